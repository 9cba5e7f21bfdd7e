import type { RegkgGraph } from "../graph/index.ts";
import { dateRange, neighborhood, runQuery, shortestPath, type QueryIndex, type QueryResult, type WhoGraph } from "../query/index.ts";
import type { ExplorerState, Filters } from "./state.ts";

export interface Visibility {
  /** Nodes the filters leave visible. */
  nodes: ReadonlySet<string>;
  visibleActions: number;
  totalActions: number;
  /** Actions with no calendar date: a date range never hides them. */
  undatedActions: number;
}

/**
 * What the filters leave: actions of a shown type, status and document that keep at least
 * one shown actor and one shown target; entities of a shown category that take part in a
 * visible action, or in a relation with an entity that does (an entity left with nothing is
 * hidden rather than floating alone); documents with a visible action.
 */
export function computeVisibility(graph: RegkgGraph, filters: Filters): Visibility {
  const nodes = new Set<string>();
  let visibleActions = 0;
  let totalActions = 0;
  let undatedActions = 0;
  const dates = filters.dates;
  graph.forEachNode((node, a) => {
    if (a.kind !== "action") return;
    totalActions++;
    if (!a.time?.date) undatedActions++;
    if (filters.actionTypes.has(a.actionType) || filters.statuses.has(a.status)) return;
    if (dates && a.time?.date) {
      const [first, last] = dateRange(a.time.date);
      if (last < dates[0] || first > dates[1]) return;
    }
    const docs: string[] = [];
    const parties: string[] = [];
    let actors = 0;
    let targets = 0;
    graph.forEachEdge(node, (_e, edge, source, target) => {
      const other = source === node ? target : source;
      const attrs = graph.getNodeAttributes(other);
      if (attrs.kind === "document") docs.push(other);
      else if (attrs.kind === "entity" && !filters.categories.has(attrs.category)) {
        parties.push(other);
        if (edge.kind === "actor") actors++;
        else if (edge.kind === "target") targets++;
      }
    });
    if (docs.some((d) => filters.documents.has(d)) || actors === 0 || targets === 0) return;
    nodes.add(node);
    visibleActions++;
    for (const n of [...parties, ...docs]) nodes.add(n);
  });
  graph.forEachEdge((_e, a, source, target) => {
    if (a.kind !== "relation") return;
    const s = graph.getNodeAttributes(source);
    const t = graph.getNodeAttributes(target);
    if (s.kind !== "entity" || t.kind !== "entity" || filters.categories.has(s.category) || filters.categories.has(t.category)) return;
    if (nodes.has(source) || nodes.has(target)) {
      nodes.add(source);
      nodes.add(target);
    }
  });
  return { nodes, visibleActions, totalActions, undatedActions };
}

/**
 * The nodes to keep bright while `node` is hovered: an action with everything it touches; an
 * entity with its actions, their other parties and its relations; a document with its
 * actions.
 */
export function focusOf(graph: RegkgGraph | WhoGraph, node: string): Set<string> {
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
}

function deriveHighlight(graph: RegkgGraph, index: QueryIndex, h: ExplorerState["highlight"]): Derived["highlight"] {
  if (!h) return null;
  const name = (id: string) => {
    const a = graph.getNodeAttributes(id);
    return a.kind === "entity" ? a.name : id;
  };
  try {
    if (h.kind === "ego") {
      const n = neighborhood(index, h.center, h.depth, h.direction);
      const dir = h.direction === "both" ? "" : h.direction === "out" ? ", following arrows" : ", against arrows";
      return { nodes: new Set(n.nodes.map((x) => x.id)), note: `Within ${h.depth} step${h.depth === 1 ? "" : "s"} of ${name(h.center)}${dir}: ${n.nodes.length - 1} nodes.` };
    }
    const { path } = shortestPath(index, h.from, h.to);
    if (!path) return { nodes: new Set([h.from, h.to]), note: `No chain of actions and relations links ${name(h.from)} and ${name(h.to)}.` };
    return { nodes: new Set(path.map((p) => p.id)), note: `Path from ${name(h.from)} to ${name(h.to)}: ${path.length - 1} steps.` };
  } catch (err) {
    return { nodes: new Set(), note: err instanceof Error ? err.message : String(err) };
  }
}

/** Everything the reducers and panels need, computed once per state change. */
export function derive(
  graph: RegkgGraph,
  index: QueryIndex | (() => QueryIndex),
  state: ExplorerState,
  previous?: { state: ExplorerState; derived: Derived },
  who?: WhoGraph,
): Derived {
  const visibility =
    previous && previous.state.filters === state.filters ? previous.derived.visibility : computeVisibility(graph, state.filters);
  const shown = state.view === "who" && who ? who : graph;
  const focus = state.hovered && shown.hasNode(state.hovered) ? focusOf(shown, state.hovered) : null;
  // The index is built on first need (a query, a highlight), not to draw the first frame.
  const getIndex = typeof index === "function" ? index : () => index;
  const highlight =
    previous && previous.state.highlight === state.highlight ? previous.derived.highlight : state.highlight ? deriveHighlight(graph, getIndex(), state.highlight) : null;
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
  return { visibility, focus, query, highlight };
}
