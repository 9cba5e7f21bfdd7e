import { MultiDirectedGraph } from "graphology";
import { EDGE_ENDPOINTS, SCHEMA_VERSION, type GraphAttributes, type NodeKind, type Problem } from "../schema/index.ts";
import { nearest } from "./suggest.ts";
import type { EdgeSpec, Location, NodeSpec, Provenance, RegkgGraph } from "./types.ts";

export interface Assembled {
  graph: RegkgGraph;
  provenance: Provenance;
  problems: Problem[];
}

export function emptyGraph(attributes?: Partial<GraphAttributes>): RegkgGraph {
  const graph: RegkgGraph = new MultiDirectedGraph({ allowSelfLoops: false });
  graph.replaceAttributes({ schemaVersion: SCHEMA_VERSION, documents: [], ...attributes });
  return graph;
}

/**
 * Put checked node and edge specs into a graph. Problems found here are the ones graphology
 * itself would throw on (duplicate keys, edges to missing nodes) and edges whose endpoints
 * have the wrong kinds; a spec with a problem is left out and the rest still goes in, so one
 * run reports every problem.
 */
export function assembleGraph(
  nodes: readonly NodeSpec[],
  edges: readonly EdgeSpec[],
  attributes: Partial<GraphAttributes>,
  graphAt: Location,
): Assembled {
  const graph = emptyGraph(attributes);
  const nodeAt = new Map<string, Location>();
  // One lookup per endpoint: graphology's own hasNode + getNodeAttribute cost two.
  const kindOf = new Map<string, NodeKind>();
  const edgeAt = new Map<string, Location>();
  const problems: Problem[] = [];

  for (const node of nodes) {
    const first = nodeAt.get(node.key);
    if (first) {
      problems.push({ ...node.where, message: `duplicate id "${node.key}", first defined in ${first.file} at ${first.path}` });
      continue;
    }
    nodeAt.set(node.key, node.where);
    kindOf.set(node.key, node.attributes.kind);
    graph.addNode(node.key, node.attributes);
  }

  for (const edge of edges) {
    const first = edgeAt.get(edge.key);
    if (first) {
      problems.push({ ...edge.where, message: `duplicate edge "${edge.key}", first defined in ${first.file} at ${first.path}` });
      continue;
    }
    const kind = edge.attributes.kind;
    const [wantSource, wantTarget] = EDGE_ENDPOINTS[kind];
    const sourceOk = kindOf.get(edge.source) === wantSource || endpointProblem(graph, kindOf, edge.source, wantSource, "source", kind, edge.sourceAt, problems);
    const targetOk = kindOf.get(edge.target) === wantTarget || endpointProblem(graph, kindOf, edge.target, wantTarget, "target", kind, edge.targetAt, problems);
    if (!sourceOk || !targetOk) continue;
    if (edge.source === edge.target) {
      problems.push({ ...edge.targetAt, message: `"${edge.source}" cannot be linked to itself` });
      continue;
    }
    edgeAt.set(edge.key, edge.where);
    graph.addDirectedEdgeWithKey(edge.key, edge.source, edge.target, edge.attributes);
  }
  return { graph, provenance: { graph: graphAt, nodes: nodeAt, edges: edgeAt }, problems };
}

/** Record why an edge's endpoint is wrong (missing, or of the wrong kind); returns false. */
function endpointProblem(
  graph: RegkgGraph,
  kindOf: ReadonlyMap<string, NodeKind>,
  key: string,
  wantKind: NodeKind,
  end: "source" | "target",
  edgeKind: string,
  at: Location,
  problems: Problem[],
): false {
  const kind = kindOf.get(key);
  if (kind === undefined) {
    const similar = nearest(key, graph.filterNodes((_n, a) => a.kind === wantKind));
    problems.push({ ...at, message: `unknown ${wantKind} "${key}"${similar ? `; did you mean "${similar}"?` : ""}` });
  } else {
    problems.push({ ...at, message: `expected ${withArticle(wantKind)} as the ${end} of ${withArticle(edgeKind)} edge, got the ${kind} "${key}"` });
  }
  return false;
}

function withArticle(word: string): string {
  return `${/^[aeiou]/.test(word) ? "an" : "a"} ${word}`;
}
