import {
  ACTION_ID,
  DOC_ID,
  ENTITY_ID,
  GraphFileSchema,
  ValidationError,
  checkWith,
  type GraphAttributes,
  type GraphFile,
  type NodeKind,
  type Problem,
} from "../schema/index.ts";
import { Assembler } from "./assemble.ts";
import { checkIntegrity } from "./integrity.ts";
import type { EdgeSpec, Location, RegkgGraph } from "./types.ts";

const KEY_PATTERN: Record<NodeKind, RegExp> = { entity: ENTITY_ID, action: ACTION_ID, document: DOC_ID };
const KEY_EXAMPLE: Record<NodeKind, string> = { entity: "entity:pboc", action: "action:my-article:1", document: "doc:my-article" };

/** The problem with node `index` of a graph file when its key does not fit its kind. */
export function nodeKeyProblem(key: string, kind: NodeKind, file: string, index: number): Problem | undefined {
  if (KEY_PATTERN[kind].test(key)) return undefined;
  return { file, path: `$.nodes[${index}].key`, message: `expected a ${kind} id like "${KEY_EXAMPLE[kind]}", got "${key}"` };
}

/**
 * Where the records of one list of a graph file were written. Paths are written out only when
 * a problem asks for one: a million of them cost more than checking the records.
 */
class RecordPaths {
  /** The key of each record that went into the graph, at the record's index in the file. */
  private readonly keys: (string | undefined)[] = [];
  private readonly byKey = new Map<string, number>();
  private indexed = 0;

  constructor(
    private readonly file: string,
    private readonly list: "nodes" | "edges",
  ) {}

  kept(index: number, key: string): void {
    this.keys[index] = key;
  }

  at(index: number, field: string): Location {
    return { file: this.file, path: `$.${this.list}[${index}]${field}` };
  }

  /** Where the kept record with this key was written (the first, if the key came twice). */
  get(key: string): Location | undefined {
    let index = this.byKey.get(key);
    if (index === undefined) {
      for (; this.indexed < this.keys.length; this.indexed++) {
        const k = this.keys[this.indexed];
        if (k !== undefined && !this.byKey.has(k)) this.byKey.set(k, this.indexed);
      }
      index = this.byKey.get(key);
    }
    return index === undefined ? undefined : this.at(index, ".attributes");
  }
}

/** Edge `index` of a graph file; where its parts are written is worked out if a problem asks. */
class FileEdge implements EdgeSpec {
  constructor(
    readonly key: string,
    readonly source: string,
    readonly target: string,
    readonly attributes: GraphFile["edges"][number]["attributes"],
    private readonly paths: RecordPaths,
    private readonly index: number,
  ) {}

  get where(): Location {
    return this.paths.at(this.index, ".attributes");
  }

  get sourceAt(): Location {
    return this.paths.at(this.index, ".source");
  }

  get targetAt(): Location {
    return this.paths.at(this.index, ".target");
  }
}

/**
 * Builds a graph from the records of a graph file that passed the schema, one at a time and in
 * file order, and finds the graph's own problems (ids that do not fit their kind, duplicates,
 * dangling or mistyped endpoints, integrity). The whole-text and the piecewise loaders both use
 * it, so they report the same problems at the same paths.
 */
export class GraphFileBuilder {
  private readonly nodePaths: RecordPaths;
  private readonly edgePaths: RecordPaths;
  private readonly keyProblems: Problem[] = [];
  private readonly assembler: Assembler;

  constructor(private readonly file: string) {
    this.nodePaths = new RecordPaths(file, "nodes");
    this.edgePaths = new RecordPaths(file, "edges");
    this.assembler = new Assembler({}, { node: (key) => this.nodePaths.get(key), edge: (key) => this.edgePaths.get(key) });
  }

  node(index: number, n: GraphFile["nodes"][number]): void {
    const keyProblem = nodeKeyProblem(n.key, n.attributes.kind, this.file, index);
    if (keyProblem) this.keyProblems.push(keyProblem);
    else if (this.assembler.addNode(n.key, n.attributes, () => this.nodePaths.at(index, ".attributes"))) this.nodePaths.kept(index, n.key);
  }

  edge(index: number, e: GraphFile["edges"][number]): void {
    if (this.assembler.addEdge(new FileEdge(e.key, e.source, e.target, e.attributes, this.edgePaths, index))) this.edgePaths.kept(index, e.key);
  }

  finish(attributes: GraphAttributes): { graph: RegkgGraph; problems: Problem[] } {
    const graph = this.assembler.graph;
    graph.replaceAttributes(attributes);
    const integrity = checkIntegrity(graph, { graph: { file: this.file, path: "$.attributes" }, nodes: this.nodePaths, edges: this.edgePaths });
    return { graph, problems: [...this.keyProblems, ...this.assembler.problems, ...integrity] };
  }
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
 * `file` names the source in problems (a path or a URL). The graph keeps the objects of `data`
 * (as graphology's own import does): do not change `data` afterwards.
 */
export function parseGraphFile(data: unknown, file: string): { graph: RegkgGraph | undefined; problems: Problem[] } {
  const parsed = checkWith(GraphFileSchema, data, file);
  if (!parsed.ok) return { graph: undefined, problems: parsed.problems };
  const { nodes, edges, attributes } = parsed.value;
  const builder = new GraphFileBuilder(file);
  for (let i = 0; i < nodes.length; i++) builder.node(i, nodes[i]!);
  for (let i = 0; i < edges.length; i++) builder.edge(i, edges[i]!);
  return builder.finish(attributes);
}

/** parseGraphFile, throwing ValidationError when anything is wrong. */
export function graphFromFile(data: unknown, file: string): RegkgGraph {
  const { graph, problems } = parseGraphFile(data, file);
  if (!graph || problems.length > 0) throw new ValidationError(problems);
  return graph;
}
