import { MultiDirectedGraph } from "graphology";
import { EDGE_ENDPOINTS, SCHEMA_VERSION, type GraphAttributes, type Problem } from "../schema/index.ts";
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
  const edgeAt = new Map<string, Location>();
  const problems: Problem[] = [];

  for (const node of nodes) {
    const first = nodeAt.get(node.key);
    if (first) {
      problems.push({ ...node.where, message: `duplicate id "${node.key}", first defined in ${first.file} at ${first.path}` });
      continue;
    }
    nodeAt.set(node.key, node.where);
    graph.addNode(node.key, node.attributes);
  }

  for (const edge of edges) {
    const first = edgeAt.get(edge.key);
    if (first) {
      problems.push({ ...edge.where, message: `duplicate edge "${edge.key}", first defined in ${first.file} at ${first.path}` });
      continue;
    }
    const [wantSource, wantTarget] = EDGE_ENDPOINTS[edge.attributes.kind];
    const sourceOk = checkEndpoint(graph, edge.source, wantSource, `source of ${withArticle(edge.attributes.kind)} edge`, edge.sourceAt, problems);
    const targetOk = checkEndpoint(graph, edge.target, wantTarget, `target of ${withArticle(edge.attributes.kind)} edge`, edge.targetAt, problems);
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

function checkEndpoint(graph: RegkgGraph, key: string, wantKind: string, role: string, at: Location, problems: Problem[]): boolean {
  if (!graph.hasNode(key)) {
    const similar = nearest(key, graph.nodes().filter((n) => graph.getNodeAttribute(n, "kind") === wantKind));
    problems.push({ ...at, message: `unknown ${wantKind} "${key}"${similar ? `; did you mean "${similar}"?` : ""}` });
    return false;
  }
  const kind = graph.getNodeAttribute(key, "kind");
  if (kind !== wantKind) {
    problems.push({ ...at, message: `expected ${withArticle(wantKind)} as the ${role}, got the ${kind} "${key}"` });
    return false;
  }
  return true;
}

function withArticle(word: string): string {
  return `${/^[aeiou]/.test(word) ? "an" : "a"} ${word}`;
}
