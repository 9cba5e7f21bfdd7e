import type { RegkgGraph } from "../graph/index.ts";
import { exploredEntities, MAX_DEPTH, neighborhood, runQuery, shortestPath, topNodes, visibleWeight, type FoldGraph, type QueryIndex, type QueryResult, type WhoGraph } from "../query/index.ts";
import type { ExplorerState } from "./state.ts";
import { computeVisibility, type EdgeWeights, type Visibility, type VisibilityTracker } from "./visibility.ts";

export { computeVisibility, visibilityTracker, type EdgeWeights, type Visibility, type VisibilityTracker } from "./visibility.ts";

/**
 * The nodes to keep bright while `node` is hovered: an action with everything it touches; an
 * entity with its actions, their other parties and its relations; a document with its
 * actions.
 */
export function focusOf(graph: RegkgGraph | WhoGraph | FoldGraph, node: string): Set<string> {
  const focus = new Set([node]);
  const kind = graph.getNodeAttribute(node, "kind");
  for (const n of graph.neighbors(node)) {
    focus.add(n);
    if (kind === "entity" && graph.getNodeAttribute(n, "kind") === "action") {
      for (const m of graph.neighbors(n)) if (graph.getNodeAttribute(m, "kind") === "entity") focus.add(m);
    }
  }
  return focus;
}

export interface Derived {
  visibility: Visibility;
  focus: ReadonlySet<string> | null;
  query: { result: QueryResult; nodes: ReadonlySet<string> } | { error: unknown } | null;
  /** The ego network or path to bring forward, with a sentence saying what it is. */
  highlight: { nodes: ReadonlySet<string>; note: string } | null;
  /** What an exploration keeps of the shown graph (the rest is hidden); null: everything. */
  scope: ReadonlySet<string> | null;
  /** In the events view, how many of the expanded entities' actions the scope keeps (MAX_EVENT_ACTIONS). */
  scopeActions: { kept: number; total: number } | null;
  /**
   * The nodes whose labels come first in sigma's label grid (label-grid.ts): at most
   * MAX_RANKED_LABELS of what is brought forward, the best connected first, and the entities an
   * exploration was expanded from. None is labelled by force (only the selected and hovered
   * node are): each still gets a label only where the grid has room at the current zoom.
   */
  labelled: ReadonlySet<string>;
  /** Folded edge -> how many of its actions the filters leave; null when no filter hides any action. */
  weights: EdgeWeights | null;
  /**
   * The nodes whose visibility changed since the previous Derived: none when the filters did
   * not change, the tracker's list when it followed the change; null when it is not known (the
   * visibility was computed from scratch).
   */
  flipped: readonly string[] | null;
  /**
   * In the entity overview, the folded edges whose count of visible actions changed since the
   * previous Derived (the tracker's list); null when not known (a full redraw then).
   */
  foldChanged: readonly string[] | null;
}

/** A highlight of a hub brings forward thousands of nodes; this many of them are ranked first for a label. */
export const MAX_RANKED_LABELS = 30;

/** The events view of an exploration draws at most this many actions (a hub of 100,000 has 20,000). */
export const MAX_EVENT_ACTIONS = 1_000;

/**
 * What an exploration keeps of the event graph: the actions of the entities it was expanded
 * from that the filters leave, with their parties and documents. Past MAX_EVENT_ACTIONS it keeps
 * the actions between two expanded entities first, then the latest; `total` says how many there were.
 */
export function eventScope(graph: RegkgGraph, seeds: readonly string[], visible: ReadonlySet<string>): { nodes: Set<string>; kept: number; total: number } {
  const seedSet = new Set(seeds);
  const candidates = new Map<string, { both: boolean; date: string }>();
  for (const seed of seeds) {
    if (!graph.hasNode(seed)) continue;
    graph.forEachNeighbor(seed, (action, a) => {
      if (a.kind !== "action" || candidates.has(action) || !visible.has(action)) return;
      let seedsIn = 0;
      graph.forEachNeighbor(action, (n) => {
        if (seedSet.has(n)) seedsIn++;
      });
      candidates.set(action, { both: seedsIn > 1, date: a.time?.date ?? "" });
    });
  }
  let chosen = [...candidates.keys()];
  if (chosen.length > MAX_EVENT_ACTIONS) {
    chosen = [...candidates]
      .sort(([, x], [, y]) => Number(y.both) - Number(x.both) || (x.date < y.date ? 1 : x.date > y.date ? -1 : 0))
      .slice(0, MAX_EVENT_ACTIONS)
      .map(([id]) => id);
  }
  const nodes = new Set(seeds.filter((n) => graph.hasNode(n)));
  for (const action of chosen) {
    nodes.add(action);
    graph.forEachNeighbor(action, (n) => nodes.add(n));
  }
  return { nodes, kept: chosen.length, total: candidates.size };
}

/** The nodes ranked first for a label: the expanded entities, then what is lit (entities, and actions when hovered) by degree in the shown graph. */
function rankedLabels(shown: RegkgGraph | WhoGraph | FoldGraph, lit: ReadonlySet<string> | null, actionsToo: boolean, seeds: readonly string[]): Set<string> {
  const out = new Set<string>(seeds.filter((n) => shown.hasNode(n)).slice(0, MAX_RANKED_LABELS));
  if (!lit) return out;
  const candidates: string[] = [];
  for (const n of lit) if (shown.hasNode(n) && (actionsToo || shown.getNodeAttribute(n, "kind") !== "action")) candidates.push(n);
  for (const n of topNodes(candidates, (x) => shown.degree(x), MAX_RANKED_LABELS)) out.add(n);
  return out;
}

/** How many actions of each folded edge the filters leave (a tracker keeps them; else counted here). */
function foldWeights(fold: FoldGraph, visibility: Visibility, tracker?: VisibilityTracker): EdgeWeights | null {
  if (visibility.visibleActions === visibility.totalActions) return null;
  if (tracker) return tracker.foldWeights(fold);
  const out = new Map<string, number>();
  fold.forEachEdge((e, a) => out.set(e, visibleWeight(a, visibility.nodes)));
  return out;
}

/**
 * `entityLevel`: the view shows entities only (overview, who acted on whom), where one step is
 * entity -> action -> entity, two steps of the event graph.
 */
function deriveHighlight(graph: RegkgGraph, index: QueryIndex, h: ExplorerState["highlight"], entityLevel = false): Derived["highlight"] {
  if (!h) return null;
  const name = (id: string) => {
    const a = graph.getNodeAttributes(id);
    return a.kind === "entity" ? a.name : id;
  };
  try {
    if (h.kind === "ego") {
      const n = neighborhood(index, h.center, entityLevel ? Math.min(MAX_DEPTH, 2 * h.depth) : h.depth, h.direction);
      const dir = h.direction === "both" ? "" : h.direction === "out" ? ", following arrows" : ", against arrows";
      const counted = entityLevel ? n.nodes.filter((x) => x.kind === "entity").length - 1 : n.nodes.length - 1;
      return { nodes: new Set(n.nodes.map((x) => x.id)), note: `Within ${h.depth} step${h.depth === 1 ? "" : "s"} of ${name(h.center)}${dir}: ${counted} ${entityLevel ? "entities" : "nodes"}.` };
    }
    const { path } = shortestPath(index, h.from, h.to);
    if (!path) return { nodes: new Set([h.from, h.to]), note: `No chain of actions and relations links ${name(h.from)} and ${name(h.to)}.` };
    return { nodes: new Set(path.map((p) => p.id)), note: `Path from ${name(h.from)} to ${name(h.to)}: ${path.length - 1} steps.` };
  } catch (err) {
    return { nodes: new Set(), note: err instanceof Error ? err.message : String(err) };
  }
}

/** The other forms of the graph a view may show, each made on first need, and the filters' tracker. */
export interface DeriveViews {
  who?: WhoGraph;
  fold?: () => FoldGraph;
  /**
   * Follows filter changes at the cost of what they change (visibility.ts). Its results are
   * live: a Derived made with it holds only until the next derive. Without it, every filter
   * change recomputes visibility and folded weights from scratch.
   */
  tracker?: VisibilityTracker;
}

/** Everything the reducers and panels need, computed once per state change. */
export function derive(
  graph: RegkgGraph,
  index: QueryIndex | (() => QueryIndex),
  state: ExplorerState,
  previous?: { state: ExplorerState; derived: Derived },
  { who, fold, tracker }: DeriveViews = {},
): Derived {
  const sameFilters = previous !== undefined && previous.state.filters === state.filters;
  // The tracker's list of flips holds if it stood where the previous state did (the same filters).
  const trackedFrom = tracker && previous && tracker.filters() === previous.state.filters;
  const visibility = sameFilters ? previous.derived.visibility : tracker ? tracker.apply(state.filters) : computeVisibility(graph, state.filters);
  const flipped = sameFilters ? [] : trackedFrom ? tracker.lastFlipped() : null;
  const shown = state.view === "who" && who ? who : state.view === "entities" && fold ? fold() : graph;
  const focus = state.hovered && shown.hasNode(state.hovered) ? focusOf(shown, state.hovered) : null;
  // The index is built on first need (a query, a highlight), not to draw the first frame.
  const getIndex = typeof index === "function" ? index : () => index;
  const highlight =
    previous && previous.state.highlight === state.highlight && (previous.state.view === "events") === (state.view === "events")
      ? previous.derived.highlight
      : state.highlight
        ? deriveHighlight(graph, getIndex(), state.highlight, state.view !== "events")
        : null;
  let query: Derived["query"] = null;
  if (previous && previous.state.query === state.query) query = previous.derived.query;
  else if (state.query) {
    try {
      const result = runQuery(getIndex(), state.query);
      const nodes = new Set<string>();
      for (const r of result.rows) for (const n of [r.actor.id, r.action.id, r.target.id]) nodes.add(n);
      query = { result, nodes };
    } catch (error) {
      query = { error };
    }
  }
  const sameView = previous && previous.state.view === state.view;
  let scope: ReadonlySet<string> | null = null;
  let scopeActions: Derived["scopeActions"] = null;
  // The events view's scope follows the filters too (it keeps visible actions only).
  if (sameView && previous.state.explore === state.explore && (state.view !== "events" || previous.state.filters === state.filters)) {
    scope = previous.derived.scope;
    scopeActions = previous.derived.scopeActions;
  } else if (state.explore && state.view === "events") {
    const events = eventScope(graph, state.explore, visibility.nodes);
    scope = events.nodes;
    scopeActions = { kept: events.kept, total: events.total };
  } else if (state.explore && fold) scope = exploredEntities(fold(), state.explore);
  const weights =
    state.view !== "entities" || !fold ? null : sameView && previous.state.filters === state.filters ? previous.derived.weights : foldWeights(fold(), visibility, tracker);
  const lit = focus ?? highlight?.nodes ?? (query && "result" in query ? query.nodes : null);
  const labelled =
    sameView && previous.derived.focus === focus && previous.state.highlight === state.highlight && previous.state.query === state.query && previous.state.explore === state.explore
      ? previous.derived.labelled
      : rankedLabels(shown, lit, focus !== null, state.explore ?? []);
  const foldChanged = sameFilters ? [] : trackedFrom && state.view === "entities" ? tracker.lastFoldChanged() : null;
  return { visibility, focus, query, highlight, scope, scopeActions, labelled, weights, flipped, foldChanged };
}
