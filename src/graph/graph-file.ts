import {
  ACTION_ID,
  DOC_ID,
  ENTITY_ID,
  GraphFileSchema,
  ValidationError,
  parseWith,
  type GraphFile,
  type NodeKind,
  type Problem,
} from "../schema/index.ts";
import { assembleGraph } from "./assemble.ts";
import { checkIntegrity } from "./integrity.ts";
import type { EdgeSpec, NodeSpec, RegkgGraph } from "./types.ts";

const KEY_PATTERN: Record<NodeKind, RegExp> = { entity: ENTITY_ID, action: ACTION_ID, document: DOC_ID };
const KEY_EXAMPLE: Record<NodeKind, string> = { entity: "entity:pboc", action: "action:my-article:1", document: "doc:my-article" };

/** Edge `index` of a graph file, with where its record and its two ends are written. */
export function edgeSpec(e: GraphFile["edges"][number], file: string, index: number): EdgeSpec {
  const at = (field: string) => ({ file, path: `$.edges[${index}]${field}` });
  return { key: e.key, source: e.source, target: e.target, attributes: e.attributes, where: at(".attributes"), sourceAt: at(".source"), targetAt: at(".target") };
}

/** The problem with node `index` of a graph file when its key does not fit its kind. */
export function nodeKeyProblem(key: string, kind: NodeKind, file: string, index: number): Problem | undefined {
  if (KEY_PATTERN[kind].test(key)) return undefined;
  return { file, path: `$.nodes[${index}].key`, message: `expected a ${kind} id like "${KEY_EXAMPLE[kind]}", got "${key}"` };
}

/** The graph as graphology's serialized JSON, the format `regkg build` writes. */
export function serializeGraph(graph: RegkgGraph): GraphFile {
  const { attributes, options, nodes, edges } = graph.export();
  return {
    attributes: attributes as GraphFile["attributes"],
    options: options as GraphFile["options"],
    nodes: nodes.map(({ key, attributes }) => ({ key, attributes: attributes! })),
    edges: edges.map(({ key, source, target, attributes }) => ({ key: key!, source, target, attributes: attributes! })),
  };
}

/**
 * Check parsed JSON against the graph file schema and the integrity rules and build the graph.
 * `file` names the source in problems (a path or a URL).
 */
export function parseGraphFile(data: unknown, file: string): { graph: RegkgGraph | undefined; problems: Problem[] } {
  const parsed = parseWith(GraphFileSchema, data, file);
  if (!parsed.ok) return { graph: undefined, problems: parsed.problems };
  const g = parsed.value;
  const problems: Problem[] = [];

  const nodes: NodeSpec[] = [];
  g.nodes.forEach((n, i) => {
    const keyProblem = nodeKeyProblem(n.key, n.attributes.kind, file, i);
    if (keyProblem) {
      problems.push(keyProblem);
      return;
    }
    nodes.push({ key: n.key, attributes: n.attributes, where: { file, path: `$.nodes[${i}].attributes` } });
  });
  const edges: EdgeSpec[] = g.edges.map((e, i) => edgeSpec(e, file, i));

  const assembled = assembleGraph(nodes, edges, g.attributes, { file, path: "$.attributes" });
  problems.push(...assembled.problems, ...checkIntegrity(assembled.graph, assembled.provenance));
  return { graph: assembled.graph, problems };
}

/** parseGraphFile, throwing ValidationError when anything is wrong. */
export function graphFromFile(data: unknown, file: string): RegkgGraph {
  const { graph, problems } = parseGraphFile(data, file);
  if (!graph || problems.length > 0) throw new ValidationError(problems);
  return graph;
}
