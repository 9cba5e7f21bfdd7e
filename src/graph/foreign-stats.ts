import type { AbstractGraph as Graph } from "graphology-types";
import { FORMAT_NAMES, type ForeignFile } from "./foreign.ts";

/** An attribute of a foreign graph: on how many nodes (or edges) it is set, and the value types the file gave it. */
export interface AttributeCount {
  count: number;
  /** "number", "string", "boolean", "list"...: as the file typed the values, sorted. */
  types: string[];
}

/** What `regkg stats` can say about a graph regkg did not write: its size, edge directions and attributes. */
export interface ForeignStats {
  /** Always false: tells these counts apart from a regkg graph's (GraphStats). */
  regkg: false;
  format: string;
  nodes: number;
  edges: number;
  directedEdges: number;
  undirectedEdges: number;
  selfLoops: number;
  /** Nodes without a regkg `kind`. */
  nodesWithoutKind: number;
  nodeAttributes: Record<string, AttributeCount>;
  edgeAttributes: Record<string, AttributeCount>;
}

const typeOf = (v: unknown): string => (Array.isArray(v) ? "list" : v === null ? "null" : typeof v);

function countAttributes(each: (fn: (attrs: Record<string, unknown>) => void) => void): Record<string, AttributeCount> {
  const counts = new Map<string, { count: number; types: Set<string> }>();
  each((attrs) => {
    for (const [k, v] of Object.entries(attrs)) {
      if (v === undefined) continue;
      let c = counts.get(k);
      if (!c) counts.set(k, (c = { count: 0, types: new Set() }));
      c.count++;
      c.types.add(typeOf(v));
    }
  });
  // Most common first, then by name, so the table reads the same on every run.
  return Object.fromEntries(
    [...counts].sort(([a, x], [b, y]) => y.count - x.count || a.localeCompare(b)).map(([k, c]) => [k, { count: c.count, types: [...c.types].sort() }]),
  );
}

/** Counts over a foreign graph: graphology's own counters and a pass over the attributes. */
export function foreignStats({ format, graph, withoutKind }: ForeignFile): ForeignStats {
  const g: Graph = graph;
  return {
    regkg: false,
    format: FORMAT_NAMES[format],
    nodes: g.order,
    edges: g.size,
    directedEdges: g.directedSize,
    undirectedEdges: g.undirectedSize,
    selfLoops: g.selfLoopCount,
    nodesWithoutKind: withoutKind,
    nodeAttributes: countAttributes((fn) => g.forEachNode((_n, a) => fn(a))),
    edgeAttributes: countAttributes((fn) => g.forEachEdge((_e, a) => fn(a))),
  };
}
