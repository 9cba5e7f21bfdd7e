import { checkWith, GraphFileSchema, NODE_KINDS, type GraphAttributes, type GraphFile, type Problem } from "../schema/index.ts";
import { JsonMemberScanner } from "./json-members.ts";

export type NodeRecord = GraphFile["nodes"][number];
export type EdgeRecord = GraphFile["edges"][number];

const NodeSchema = GraphFileSchema.shape.nodes.element;
const EdgeSchema = GraphFileSchema.shape.edges.element;

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);

/** Where the records of a graph file go once they pass the schema: the graph builder, or a checker feeding a store. */
export interface GraphRecordSink {
  node(index: number, record: NodeRecord): void;
  edge(index: number, record: EdgeRecord): void;
}

/** What is known of a graph file once it has all been read. */
export type GraphRecordsEnd = { foreign: boolean } & (
  | { ok: true; attributes: GraphAttributes }
  /** Schema problems: the top level's, then the records' in file order (as for a whole file). */
  | { ok: false; problems: Problem[] }
);

/**
 * The records of a graph JSON file read in pieces (pushed as chunks of bytes): each node and
 * edge is parsed and checked against the schema as it comes, and a record that passes goes to
 * the sink, in file order, except that edges written before the nodes (a file not written by
 * regkg) wait for them. Once a record fails the schema no more go to the sink: only the
 * schema's problems will be reported, as for a whole file. The small top-level members
 * (attributes, options, anything unexpected) are checked at the end, by `finish`.
 */
export class GraphRecordScanner {
  private readonly schemaProblems: Problem[] = [];
  /** The small members, checked at the end; "nodes" or "edges" that is not an array is kept here whole, for the schema check to name. */
  private readonly members: Record<string, unknown> = {};
  private readonly streamed = new Set<string>();
  private readonly waiting: [number, unknown][] = [];
  /** Whether a node has a regkg kind (another tool's graph JSON has none; see foreignJson). */
  private regkgNodes = false;
  private readonly scanner: JsonMemberScanner;

  constructor(
    private readonly shown: string,
    private readonly sink: GraphRecordSink,
  ) {
    this.scanner = new JsonMemberScanner(new Set(["nodes", "edges"]), {
      member: (key, value) => {
        this.members[key] = value;
      },
      array: (key) => {
        this.streamed.add(key);
      },
      element: (key, index, value) => {
        if (key === "nodes") this.node(index, value);
        else if (!this.streamed.has("nodes")) this.waiting.push([index, value]);
        else this.edge(index, value);
      },
    });
  }

  /** Feed the next chunk of the file; throws JsonScanError for text that is not JSON. */
  push(chunk: Uint8Array): void {
    this.scanner.push(chunk);
  }

  /** The file is over; throws JsonScanError if it has not closed its object. */
  end(): void {
    this.scanner.end();
  }

  /** Whether a record has failed the schema so far. */
  get failed(): boolean {
    return this.schemaProblems.length > 0;
  }

  /**
   * After `end`: the edges that waited for the nodes go to the sink, then the top level is
   * checked as for a whole file, with the streamed arrays stood in for. `foreign` says whether
   * the file is another tool's graph JSON, as foreignJson would say of the whole file.
   */
  finish(): GraphRecordsEnd {
    for (const [index, value] of this.waiting) this.edge(index, value);
    this.waiting.length = 0;
    const stub: Record<string, unknown> = { ...this.members };
    for (const key of this.streamed) stub[key] = [];
    // checkWith, as for a whole file: a valid top level is kept as written (its attributes in the
    // file's order, as graphology keeps them), not rebuilt by the schema in the schema's order.
    const top = checkWith(GraphFileSchema, stub, this.shown);
    const { attributes } = this.members;
    const foreign = this.streamed.has("nodes") && !this.regkgNodes && !(isObject(attributes) && "schemaVersion" in attributes);
    if (!top.ok || this.failed) return { foreign, ok: false, problems: [...(top.ok ? [] : top.problems), ...this.schemaProblems] };
    return { foreign, ok: true, attributes: top.value.attributes };
  }

  private node(index: number, value: unknown): void {
    if (!this.regkgNodes && isObject(value) && isObject(value.attributes) && (NODE_KINDS as readonly unknown[]).includes(value.attributes.kind)) this.regkgNodes = true;
    const parsed = checkWith(NodeSchema, value, this.shown, ["nodes", index]);
    if (!parsed.ok) this.schemaProblems.push(...parsed.problems);
    else if (!this.failed) this.sink.node(index, parsed.value);
  }

  private edge(index: number, value: unknown): void {
    const parsed = checkWith(EdgeSchema, value, this.shown, ["edges", index]);
    if (!parsed.ok) this.schemaProblems.push(...parsed.problems);
    else if (!this.failed) this.sink.edge(index, parsed.value);
  }
}
