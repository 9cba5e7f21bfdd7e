import { emptyGraph, type RegkgGraph } from "../graph/index.ts";
import { runQuery, type QueryFilters, type QueryIndex } from "../query/index.ts";

/**
 * The part of the graph a query selects: the matching actions with all their edges and
 * endpoints (every actor, target, basis, attribution and source document), the actions their
 * dates count from, and the relations among the entities kept. The result validates on its own.
 */
export function selectSubgraph(index: QueryIndex, pattern: string, filters: QueryFilters = {}): RegkgGraph {
  const { graph } = index;
  const { rows } = runQuery(index, pattern, { ...filters, limit: undefined });
  const actions = new Set(rows.map((r) => r.action.id));
  // Time anchors can point at other actions; keep those too, so no reference dangles.
  for (const a of [...actions]) {
    for (let at = graph.getNodeAttributes(a); at.kind === "action" && at.time?.anchor?.startsWith("action:") && !actions.has(at.time.anchor); ) {
      actions.add(at.time.anchor);
      at = graph.getNodeAttributes(at.time.anchor);
    }
  }
  const keep = new Set(actions);
  for (const a of actions) for (const n of graph.neighbors(a)) keep.add(n);

  // Every edge of a kept action ends at a kept node, and the only edges between two kept
  // entities are relations, so the induced subgraph is exactly what is described above.
  return inducedSubgraph(graph, keep);
}

/** The given nodes and every edge between two of them, in graph order, listing the documents kept. */
export function inducedSubgraph(graph: RegkgGraph, nodes: ReadonlySet<string>): RegkgGraph {
  const documents = graph.getAttribute("documents").filter((d) => nodes.has(d));
  const sub = emptyGraph({ ...graph.getAttributes(), documents });
  // Graph order, so the subgraph serializes like the graph it comes from.
  graph.forEachNode((n, attrs) => {
    if (nodes.has(n)) sub.addNode(n, attrs);
  });
  graph.forEachEdge((e, attrs, source, target) => {
    if (nodes.has(source) && nodes.has(target)) sub.addDirectedEdgeWithKey(e, source, target, attrs);
  });
  return sub;
}
