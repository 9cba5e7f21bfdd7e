import { MultiDirectedGraph } from "graphology";
import { EDGE_ENDPOINTS, kindOfId, SCHEMA_VERSION, type GraphAttributes, type NodeKind, type Problem } from "../schema/index.ts";
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

/** Where things were written, asked only when a problem needs to say so. */
export interface Locator {
  node(key: string): Location | undefined;
  edge(key: string): Location | undefined;
}

/**
 * Puts checked nodes and edges into a graph one at a time, recording the problems graphology
 * itself would throw on (duplicate keys, edges to missing nodes) and edges whose endpoints have
 * the wrong kinds; a node or edge with a problem is left out and the rest still goes in, so one
 * run reports every problem. Used whole (assembleGraph) and streamed (loading a large file).
 */
export class Assembler {
  readonly graph: RegkgGraph;
  readonly problems: Problem[] = [];

  constructor(
    attributes: Partial<GraphAttributes>,
    private readonly locate: Locator,
  ) {
    this.graph = emptyGraph(attributes);
  }

  /**
   * A node whose key has the form of its kind (callers check that first: the schema's id
   * patterns), so that an edge's endpoints can be checked by their keys alone. `where` may be
   * a function, for callers that work a location out only when it is needed.
   */
  addNode(key: string, attributes: NodeSpec["attributes"], where: Location | (() => Location)): boolean {
    if (kindOfId(key) !== attributes.kind) throw new Error(`internal: node "${key}" does not have the id of ${withArticle(attributes.kind)}`);
    // graphology refuses a key it already has; asking first would look every key up twice.
    try {
      this.graph.addNode(key, attributes);
      return true;
    } catch (err) {
      if (!this.graph.hasNode(key)) throw err;
      const first = this.locate.node(key);
      const at = typeof where === "function" ? where() : where;
      this.problems.push({ ...at, message: `duplicate id "${key}"${first ? `, first defined in ${first.file} at ${first.path}` : ""}` });
      return false;
    }
  }

  addEdge(edge: EdgeSpec): boolean {
    const { graph, problems } = this;
    const kind = edge.attributes.kind;
    const [wantSource, wantTarget] = EDGE_ENDPOINTS[kind];
    // Kinds from the keys; whether the nodes exist, graphology says as it adds the edge.
    const sourceOk = kindOfId(edge.source) === wantSource || endpointProblem(graph, edge.source, wantSource, "source", kind, edge.sourceAt, problems);
    const targetOk = kindOfId(edge.target) === wantTarget || endpointProblem(graph, edge.target, wantTarget, "target", kind, edge.targetAt, problems);
    if (!sourceOk || !targetOk) return false;
    if (edge.source === edge.target) {
      problems.push({ ...edge.targetAt, message: `"${edge.source}" cannot be linked to itself` });
      return false;
    }
    try {
      graph.addDirectedEdgeWithKey(edge.key, edge.source, edge.target, edge.attributes);
      return true;
    } catch (err) {
      const missingSource = !graph.hasNode(edge.source);
      const missingTarget = !graph.hasNode(edge.target);
      if (missingSource) endpointProblem(graph, edge.source, wantSource, "source", kind, edge.sourceAt, problems);
      if (missingTarget) endpointProblem(graph, edge.target, wantTarget, "target", kind, edge.targetAt, problems);
      if (missingSource || missingTarget) return false;
      if (!graph.hasEdge(edge.key)) throw err;
      const first = this.locate.edge(edge.key);
      problems.push({ ...edge.where, message: `duplicate edge "${edge.key}"${first ? `, first defined in ${first.file} at ${first.path}` : ""}` });
      return false;
    }
  }
}

/** Put checked node and edge specs into a graph (see Assembler), keeping where each was written. */
export function assembleGraph(
  nodes: readonly NodeSpec[],
  edges: readonly EdgeSpec[],
  attributes: Partial<GraphAttributes>,
  graphAt: Location,
): Assembled {
  const nodeAt = new Map<string, Location>();
  const edgeAt = new Map<string, Location>();
  const assembler = new Assembler(attributes, { node: (k) => nodeAt.get(k), edge: (k) => edgeAt.get(k) });
  for (const node of nodes) if (assembler.addNode(node.key, node.attributes, node.where)) nodeAt.set(node.key, node.where);
  for (const edge of edges) if (assembler.addEdge(edge)) edgeAt.set(edge.key, edge.where);
  return { graph: assembler.graph, provenance: { graph: graphAt, nodes: nodeAt, edges: edgeAt }, problems: assembler.problems };
}

/** Record why an edge's endpoint is wrong (missing, or of the wrong kind); returns false. */
function endpointProblem(
  graph: RegkgGraph,
  key: string,
  wantKind: NodeKind,
  end: "source" | "target",
  edgeKind: string,
  at: Location,
  problems: Problem[],
): false {
  if (!graph.hasNode(key)) {
    const similar = nearest(key, graph.filterNodes((_n, a) => a.kind === wantKind));
    problems.push({ ...at, message: `unknown ${wantKind} "${key}"${similar ? `; did you mean "${similar}"?` : ""}` });
  } else {
    const kind = graph.getNodeAttribute(key, "kind");
    problems.push({ ...at, message: `expected ${withArticle(wantKind)} as the ${end} of ${withArticle(edgeKind)} edge, got the ${kind} "${key}"` });
  }
  return false;
}

export function withArticle(word: string): string {
  return `${/^[aeiou]/.test(word) ? "an" : "a"} ${word}`;
}
