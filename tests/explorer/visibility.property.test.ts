import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { computeVisibility, visibilityTracker, visibilityTrackerSteps, type Visibility, type VisibilityTracker } from "../../src/explorer/visibility.ts";
import { initialState, setDates, toggleFilter, type ExplorerState, type Facet } from "../../src/explorer/state.ts";
import type { RegkgGraph } from "../../src/graph/index.ts";
import { foldActions, visibleWeight } from "../../src/query/index.ts";
import { synthGraph } from "../../src/synth/synth.ts";
import { CATEGORIES, randomGraph, STATUS_LIST, TYPES, withEdgesReordered } from "../helpers/random-graph.ts";

/** A day of the random graphs' years, as the date slider gives it. */
const day = fc
  .tuple(fc.integer({ min: 2014, max: 2021 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 28 }))
  .map(([y, m, d]) => `${y}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`);

/** One user step on the filter panel: tick or untick a checkbox, move the date range, or reset it. */
type Step = { facet: Facet; value: string } | { dates: [string, string] | null };
const step = (docs: string[]): fc.Arbitrary<Step> =>
  fc.oneof(
    fc.record({ facet: fc.constant<Facet>("categories"), value: fc.constantFrom<string>(...CATEGORIES) }),
    fc.record({ facet: fc.constant<Facet>("actionTypes"), value: fc.constantFrom<string>(...TYPES) }),
    fc.record({ facet: fc.constant<Facet>("statuses"), value: fc.constantFrom<string>(...STATUS_LIST) }),
    fc.record({ facet: fc.constant<Facet>("documents"), value: fc.constantFrom(...docs, "doc:absent") }),
    fc.record({ dates: fc.option(fc.tuple(day, day).map(([a, b]) => (a <= b ? [a, b] : [b, a]) as [string, string]), { nil: null }) }),
  );
const apply = (s: ExplorerState, x: Step): ExplorerState => ("dates" in x ? setDates(s, x.dates) : toggleFilter(s, x.facet, x.value));

function same(got: Visibility, want: Visibility): void {
  expect([...got.nodes].sort()).toEqual([...want.nodes].sort());
  expect({ ...got, nodes: null }).toEqual({ ...want, nodes: null });
}

/** A tracker built in steps of a few nodes, edges or actions each, as the page builds it in idle time. */
function builtInSteps(graph: RegkgGraph): VisibilityTracker {
  const steps = visibilityTrackerSteps(graph, undefined, 3);
  let progress = 0;
  for (;;) {
    const next = steps.next();
    if (next.done) return next.value;
    expect(next.value).toBeGreaterThanOrEqual(progress);
    progress = next.value;
  }
}

/** Walk `steps` with a tracker (built in steps), checking it against a recomputation from scratch after each, and the nodes it says it flipped; folded weights too, from step `weightsFrom` on. */
function followsScratch(graph: RegkgGraph, steps: Step[], weightsFrom: number): void {
  const fold = foldActions(graph);
  const tracker = builtInSteps(graph);
  let state = initialState;
  let before = computeVisibility(graph, state.filters);
  steps.forEach((x, i) => {
    state = apply(state, x);
    const want = computeVisibility(graph, state.filters);
    same(tracker.apply(state.filters), want);
    // What it says it flipped (the nodes the page redraws) is what changed, no fewer.
    const changed = [...want.nodes].filter((n) => !before.nodes.has(n)).concat([...before.nodes].filter((n) => !want.nodes.has(n)));
    // (A document whose actions flip both ways may be listed with no change: redrawn for nothing, harmless.)
    const listed = new Set(tracker.lastFlipped());
    expect(changed.filter((n) => !listed.has(n))).toEqual([]);
    // The folded edges it says changed count (the overview redraws those), once it keeps counts:
    // every edge whose count changed, each once (one whose actions flipped both ways may be listed too).
    const listedEdges = tracker.lastFoldChanged();
    if (i > weightsFrom) {
      const moved = fold.filterEdges((_e, a) => visibleWeight(a, want.nodes) !== visibleWeight(a, before.nodes));
      const listedSet = new Set(listedEdges);
      expect(moved.filter((e) => !listedSet.has(e))).toEqual([]);
      expect(listedEdges!.length).toBe(listedSet.size);
    } else expect(listedEdges).toBeNull();
    before = want;
    if (i >= weightsFrom) {
      const weights = tracker.foldWeights(fold);
      fold.forEachEdge((e, a) => expect(weights.get(e), e).toBe(visibleWeight(a, want.nodes)));
    }
  });
}

describe("the filters' tracker gives what a recomputation from scratch gives", () => {
  it("on random graphs after every step of a random sequence of filter changes, folded weights included", () => {
    fc.assert(
      fc.property(
        randomGraph.chain((graph) => fc.tuple(fc.constant(graph), fc.array(step(graph.filterNodes((_n, a) => a.kind === "document")), { maxLength: 25 }), fc.nat({ max: 25 }))),
        ([graph, steps, weightsFrom]) => followsScratch(graph, steps, weightsFrom),
      ),
      { numRuns: 300 },
    );
  });

  it("built with the overview's fold, keeps its counts from the start: the first change lists the folded edges it changed", () => {
    const graph = synthGraph({ actions: 3000, seed: 5 });
    const fold = foldActions(graph);
    const steps = visibilityTrackerSteps(graph, undefined, 50, fold);
    let next = steps.next();
    while (!next.done) next = steps.next();
    const tracker = next.value;
    const status = graph.getNodeAttributes(graph.findNode((_n, a) => a.kind === "action")!) as { status: string };
    const state = apply(initialState, { facet: "statuses", value: status.status } as Step);
    const want = computeVisibility(graph, state.filters);
    tracker.apply(state.filters);
    const moved = fold.filterEdges((_e, a) => visibleWeight(a, want.nodes) !== a.weight);
    expect(moved.length).toBeGreaterThan(0);
    expect(new Set(tracker.lastFoldChanged())).toEqual(new Set(moved));
    const weights = tracker.foldWeights(fold);
    fold.forEachEdge((e, a) => expect(weights.get(e), e).toBe(visibleWeight(a, want.nodes)));
  });

  it("when it starts from filters already set (a shared link), as after the same changes one by one", () => {
    fc.assert(
      fc.property(
        randomGraph.chain((graph) => fc.tuple(fc.constant(graph), fc.array(step(graph.filterNodes((_n, a) => a.kind === "document")), { maxLength: 10 }))),
        ([graph, steps]) => {
          const filters = steps.reduce(apply, initialState).filters;
          same(visibilityTracker(graph, filters).apply(filters), computeVisibility(graph, filters));
        },
      ),
      { numRuns: 100 },
    );
  });

  it("on a generated graph of 3,000 actions with its own relations (officials, regulators, operators)", () => {
    const graph = synthGraph({ actions: 3000, seed: 5 });
    const docs = graph.filterNodes((_n, a) => a.kind === "document").slice(0, 20);
    const categories = [...new Set(graph.mapNodes((_n, a) => (a.kind === "entity" ? a.category : "")))].filter(Boolean);
    const synthStep = fc.oneof(
      step(docs),
      fc.record({ facet: fc.constant<Facet>("categories"), value: fc.constantFrom(...categories) }),
    );
    fc.assert(fc.property(fc.array(synthStep, { minLength: 1, maxLength: 8 }), (steps) => followsScratch(graph, steps, 0)), { numRuns: 15 });
  });
});

describe("what the filters leave visible", () => {
  it("does not depend on the order the graph's edges come in (an entity is shown one relation away from one that acts, never two)", () => {
    fc.assert(
      fc.property(randomGraph, fc.subarray(CATEGORIES), fc.subarray(STATUS_LIST), fc.nat(), (graph, categories, statuses, seed) => {
        const filters = { ...initialState.filters, categories: new Set(categories), statuses: new Set(statuses) };
        same(computeVisibility(withEdgesReordered(graph, seed), filters), computeVisibility(graph, filters));
      }),
      { numRuns: 500 },
    );
  });
});
