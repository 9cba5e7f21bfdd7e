import { MultiDirectedGraph } from "graphology";
import type { RegkgGraph } from "../graph/index.ts";

/**
 * The nodes of `scope` and the edges between them, as a graph for sigma to draw: built from the
 * scope's own edges, so it costs what the scope holds, not what the whole graph holds. Node
 * attributes are the graph's own objects (positions the layout moves stay shared); edge keys are
 * the graph's, so the page's lookups by key keep working.
 */
export function scopedGraph(graph: RegkgGraph, scope: ReadonlySet<string>): RegkgGraph {
  const sub = new MultiDirectedGraph({ allowSelfLoops: true }) as unknown as RegkgGraph;
  sub.replaceAttributes(graph.getAttributes());
  for (const n of scope) if (graph.hasNode(n)) sub.addNode(n, graph.getNodeAttributes(n));
  for (const n of scope) {
    if (!graph.hasNode(n)) continue;
    graph.forEachOutEdge(n, (e, attrs, _s, target) => {
      if (scope.has(target)) sub.addDirectedEdgeWithKey(e, n, target, attrs);
    });
  }
  return sub;
}
