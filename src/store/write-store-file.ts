import { createHash } from "node:crypto";
import { closeSync, fstatSync, openSync, readSync } from "node:fs";
import { JsonMemberScanner, JsonScanError } from "../graph/json-members.ts";
import type { LoadProgress } from "../graph/load-graph-stream.ts";
import { GraphRecordChecker } from "../graph/record-checker.ts";
import { checkWith, GraphFileSchema, NODE_KINDS, ValidationError, type GraphAttributes, type GraphFile, type Problem } from "../schema/index.ts";
import { writeStoreParts, type StoreParts, type StoreSource, type WrittenStore } from "./write-store.ts";

const NodeRecord = GraphFileSchema.shape.nodes.element;
const EdgeRecord = GraphFileSchema.shape.edges.element;
type Record_ = GraphFile["nodes"][number] | GraphFile["edges"][number];

/**
 * The file is not one this reader judges: not a JSON object, broken JSON, or another tool's
 * graph JSON. The graph loader reads it instead, and says what it says of such files (with the
 * same words as for any other command).
 */
export class NotForStreaming extends Error {
  constructor(readonly why: string) {
    super(`internal: ${why}`);
  }
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);

/**
 * Write an SQLite store from a graph JSON file without building the graph: the file is read in
 * chunks, each node and edge is parsed and checked against the schema as the loader checks it
 * (load-graph-stream.ts), then by GraphRecordChecker for what the loader checks on the graph,
 * and goes into the store as it comes (writeStoreParts). Problems are those the loader finds,
 * at the same paths; with any, the store is not written (ValidationError) and nothing is left
 * behind. Throws NotForStreaming for a file the loader must judge instead.
 * `source` (what the meta table records) gets the sha256 of the bytes read.
 */
export function writeStoreFromGraphFile(
  file: string,
  shown: string,
  out: string,
  { source, chunkSize = 16 << 20, onProgress }: { source?: Omit<StoreSource, "sha256">; chunkSize?: number; onProgress?: LoadProgress } = {},
): WrittenStore {
  const hash = createHash("sha256");
  const schemaProblems: Problem[] = [];
  const checker = new GraphRecordChecker(shown);
  const members: Record<string, unknown> = {};
  const streamed = new Set<string>();
  // Edges that come before the nodes (a file not written by regkg) wait for them, as in the loader.
  const waiting: [number, unknown][] = [];
  /** Records checked so far that go into the store, handed to the writer after each chunk. */
  let ready: Record_[] = [];
  /** Another tool's graph JSON has no node of a regkg kind (see foreignJson). */
  let regkgNodes = false;

  const addEdge = (index: number, value: unknown) => {
    const parsed = checkWith(EdgeRecord, value, shown, ["edges", index]);
    if (!parsed.ok) schemaProblems.push(...parsed.problems);
    // After a schema problem only the schema's are reported (as by the loader): no need to check the rest.
    else if (schemaProblems.length === 0 && checker.edge(index, parsed.value)) ready.push(parsed.value);
  };
  const scanner = new JsonMemberScanner(new Set(["nodes", "edges"]), {
    member(key, value) {
      members[key] = value;
    },
    array(key) {
      streamed.add(key);
    },
    element(key, index, value) {
      if (key === "nodes") {
        if (!regkgNodes && isObject(value) && isObject(value.attributes) && (NODE_KINDS as readonly unknown[]).includes(value.attributes.kind)) regkgNodes = true;
        const parsed = checkWith(NodeRecord, value, shown, ["nodes", index]);
        if (!parsed.ok) schemaProblems.push(...parsed.problems);
        else if (schemaProblems.length === 0 && checker.node(index, parsed.value)) ready.push(parsed.value);
      } else if (!streamed.has("nodes")) waiting.push([index, value]);
      else addEdge(index, value);
    },
  });

  let attributes: GraphAttributes | undefined;
  function* records(): Generator<Record_> {
    const fd = openSync(file, "r");
    try {
      const total = onProgress ? fstatSync(fd).size : 0;
      const buffer = Buffer.alloc(chunkSize);
      for (let at = 0; ; ) {
        const read = readSync(fd, buffer, 0, buffer.length, at);
        if (read === 0) break;
        const chunk = buffer.subarray(0, read);
        hash.update(chunk);
        try {
          scanner.push(chunk);
        } catch (err) {
          throw err instanceof JsonScanError ? new NotForStreaming(`invalid JSON: ${err.message}`) : err;
        }
        at += read;
        onProgress?.(at, total);
        // Once the file has a problem nothing more is written: the store will not be kept.
        if (schemaProblems.length === 0) yield* ready;
        ready = [];
      }
      try {
        scanner.end();
      } catch (err) {
        throw err instanceof JsonScanError ? new NotForStreaming(`invalid JSON: ${err.message}`) : err;
      }
    } finally {
      closeSync(fd);
    }
    for (const [index, value] of waiting) addEdge(index, value);
    if (schemaProblems.length === 0) yield* ready;
    ready = [];

    // The top level: the same check as the loader's, with the streamed arrays stood in for.
    const stub: Record<string, unknown> = { ...members };
    for (const key of streamed) stub[key] = [];
    const top = checkWith(GraphFileSchema, stub, shown);
    const problems = [...(top.ok ? [] : top.problems), ...schemaProblems];
    if (problems.length === 0 && top.ok) problems.push(...checker.finish(top.value.attributes));
    if (problems.length > 0) {
      const foreign = streamed.has("nodes") && !regkgNodes && !(isObject(members.attributes) && "schemaVersion" in members.attributes);
      if (foreign) throw new NotForStreaming("another tool's graph JSON");
      throw new ValidationError(problems);
    }
    attributes = (top as { value: GraphFile }).value.attributes;
  }

  const parts: StoreParts = {
    // Read by the writer only after the records: the file's attributes may come after its nodes and edges.
    get attributes() {
      if (!attributes) throw new Error("internal: the graph's attributes are asked for before its records are read");
      return attributes;
    },
    // As the loader builds it (emptyGraph): whatever the file's options say.
    allowSelfLoops: false,
    records: records(),
  };
  return writeStoreParts(parts, out, { source: source && (() => ({ ...source, sha256: hash.digest("hex") })) });
}
