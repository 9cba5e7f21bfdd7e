import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { indexAhead, type Scheduler } from "../../src/explorer/index-ahead.ts";
import type { RegkgGraph } from "../../src/graph/index.ts";
import { buildQueryIndex, entityNames, queryIndexSteps, runQuery, type QueryIndex } from "../../src/query/index.ts";
import { searchEntities } from "../../src/explorer/controllers/search.ts";
import { synthGraph } from "../../src/synth/synth.ts";
import { randomGraph, withEdgesReordered } from "../helpers/random-graph.ts";

/** Every table of an index, as plain data. */
const tables = (ix: QueryIndex) => ({
  actions: ix.actions,
  ...Object.fromEntries((["byActor", "byTarget", "byDoc", "byType", "byStatus", "byCategory", "names"] as const).map((k) => [k, [...ix[k]]])),
  dated: ix.dated,
  ordinal: [...ix.ordinal],
});

/** A scheduler the test drives: each slice it is handed waits until run() is called. */
function manual(): Scheduler & { pending: () => number; run: (stepsPerSlice: number) => void } {
  const queue: ((more: () => boolean) => void)[] = [];
  const s = Object.assign((slice: (more: () => boolean) => void) => void queue.push(slice), {
    pending: () => queue.length,
    run(stepsPerSlice: number) {
      let left = stepsPerSlice;
      queue.shift()?.(() => --left > 0);
    },
  });
  return s;
}

const graph = synthGraph({ actions: 3000, seed: 2 });

describe("the query index built in steps", () => {
  it("answers a search before it is built from its names table made alone: the same table, the same hits", () => {
    const ix = buildQueryIndex(graph);
    const names = entityNames(graph);
    expect([...names]).toEqual([...ix.names]);
    const someone = graph.findNode((_n, a) => a.kind === "entity")!;
    const name = (graph.getNodeAttributes(someone) as { name: string }).name;
    for (const text of [name, name.slice(0, 4), "authority", someone])
      expect(searchEntities({ graph, names }, text)).toEqual(searchEntities(ix, text));
  });

  it("is the index built at once, also when edges do not come grouped by action", () => {
    const run = (g: RegkgGraph) => {
      const steps = queryIndexSteps(g, 7);
      let r = steps.next();
      while (!r.done) r = steps.next();
      expect(tables(r.value)).toEqual(tables(buildQueryIndex(g)));
    };
    run(graph);
    fc.assert(fc.property(randomGraph, fc.nat(), (g, seed) => run(withEdgesReordered(g, seed))), { numRuns: 100 });
  });

  it("in idle slices reports growing progress, then 1, and gives the index built at once", () => {
    const scheduler = manual();
    const ahead = indexAhead(graph, scheduler);
    const seen: number[] = [];
    ahead.start((done) => seen.push(done));
    while (scheduler.pending() > 0) scheduler.run(3);
    expect(seen.length).toBeGreaterThan(3);
    expect(seen).toEqual([...seen].sort((a, b) => a - b));
    expect(seen.at(-1)).toBe(1);
    expect(tables(ahead.get())).toEqual(tables(buildQueryIndex(graph)));
  });

  it("a search before the build is done finishes it at once, with the same answers, and the slices stop", () => {
    const scheduler = manual();
    const ahead = indexAhead(graph, scheduler);
    const seen: number[] = [];
    ahead.start((done) => seen.push(done));
    scheduler.run(2);
    scheduler.run(2);
    expect(seen.at(-1)).toBeLessThan(1);
    const index = ahead.get();
    expect(seen.at(-1)).toBe(1);
    expect(ahead.get()).toBe(index);
    const pattern = ":regulator -[ban]-> *";
    expect(runQuery(index, pattern).rows).toEqual(runQuery(buildQueryIndex(graph), pattern).rows);
    const before = seen.length;
    while (scheduler.pending() > 0) scheduler.run(2);
    expect(seen.length).toBe(before);
  });
});
