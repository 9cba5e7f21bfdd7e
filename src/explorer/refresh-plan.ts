/**
 * What a state change changes in what sigma draws, so the page asks sigma to reprocess those
 * nodes and edges only (`refresh({ partialGraph })`) rather than run the reducers over the whole
 * graph again. The reducers (reducers.ts) read, per node: whether the filters and the
 * exploration show it, whether it is lit (hovered neighbourhood, highlight or query answer),
 * selected, hovered; per edge: its ends' standing (shown, lit) and, folded,
 * how many of its actions the filters leave. A plan lists the nodes and edges any of these
 * changed for; null means "everything" (a new view, a change nobody can list cheaply).
 */
import type { Derived } from "./derive.ts";
import type { ExplorerState } from "./state.ts";

export interface RefreshPlan {
  nodes: string[];
  edges: string[];
}

/** The graph sigma shows, as far as a plan needs it. */
export interface ShownGraph {
  order: number;
  size: number;
  hasNode(node: string): boolean;
  forEachEdge(node: string, callback: (edge: string) => void): void;
}

/** What the reducers bring forward: the same rule as reducers.ts's litSet. */
export const litOf = (d: Derived): ReadonlySet<string> | null => d.focus ?? d.highlight?.nodes ?? (d.query && "result" in d.query ? d.query.nodes : null);

/** Past this share of the graph, a full refresh costs no more than listing what changed. */
const MAX_SHARE = 0.5;

/** Add to `out` the values in exactly one of `a` and `b`; false when one is null and the other not (everything changes). */
function addDifference(out: Set<string>, a: ReadonlySet<string> | null, b: ReadonlySet<string> | null): boolean {
  if (a === b) return true;
  if (!a || !b) return false;
  for (const x of a) if (!b.has(x)) out.add(x);
  for (const x of b) if (!a.has(x)) out.add(x);
  return true;
}

/**
 * The nodes and edges whose looks a change from `before` to `after` may change, in the graph
 * `shown` (the same graph before and after: a new graph is a full refresh). In the entity
 * overview, a filter change redraws the folded edges whose count of actions it changed
 * (`after.derived.foldChanged`: each is as thick, or as dark, as the filters leave its actions).
 */
export function refreshPlan(
  shown: ShownGraph,
  before: { state: ExplorerState; derived: Derived },
  after: { state: ExplorerState; derived: Derived },
): RefreshPlan | null {
  const { state: s0, derived: d0 } = before;
  const { state: s1, derived: d1 } = after;
  if (s0.view !== s1.view) return null;
  const filtersChanged = s0.filters !== s1.filters;
  // The who-acted-on-whom view hides an edge with its action (not a node there); an events view's exploration is another graph.
  if (filtersChanged && (s1.view === "who" || d1.flipped === null)) return null;
  const foldChanged = filtersChanged && s1.view === "entities" ? d1.foldChanged : [];
  if (foldChanged === null || foldChanged.length > MAX_SHARE * Math.max(1, shown.size)) return null;
  if (s1.view === "events" && s0.explore !== s1.explore) return null;

  // Nodes whose edges look different too (shown, lit), and nodes whose own looks alone change.
  const ends = new Set<string>();
  if (!addDifference(ends, litOf(d0), litOf(d1))) return null;
  if (!addDifference(ends, d0.scope, d1.scope)) return null;
  for (const n of d1.flipped ?? []) ends.add(n);
  // Which nodes are ranked first for a label (derived.labelled) is read as sigma draws each
  // frame (label-grid.ts), not by the reducers: no node to reprocess for it.
  const nodes = new Set<string>();
  for (const n of [s0.selected, s1.selected, s0.hovered, s1.hovered]) if (n !== null) nodes.add(n);

  const edges = new Set<string>();
  for (const n of ends) {
    if (!shown.hasNode(n)) continue;
    nodes.add(n);
    shown.forEachEdge(n, (e) => edges.add(e));
  }
  for (const e of foldChanged) edges.add(e);
  const nodeList = [...nodes].filter((n) => shown.hasNode(n));
  if (nodeList.length > MAX_SHARE * shown.order || edges.size > MAX_SHARE * Math.max(1, shown.size)) return null;
  return { nodes: nodeList, edges: [...edges] };
}
