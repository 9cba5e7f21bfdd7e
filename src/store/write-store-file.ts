import { createHash } from "node:crypto";
import { GraphRecordScanner, type NodeRecord } from "../graph/graph-records.ts";
import { JsonScanError } from "../graph/json-members.ts";
import { fileChunks, type LoadProgress } from "../graph/load-graph-stream.ts";
import { GraphRecordChecker } from "../graph/record-checker.ts";
import { ValidationError, type GraphAttributes } from "../schema/index.ts";
import { writeStoreParts, type PlacedEdge, type StoreParts, type StoreSource, type WrittenStore } from "./write-store.ts";

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

/**
 * Write an SQLite store from a graph JSON file without building the graph: the file is read in
 * chunks, each node and edge is parsed and checked against the schema as the loader checks it
 * (GraphRecordScanner, as load-graph-stream.ts), then by GraphRecordChecker for what the
 * loader checks on the graph, and goes into the store as it comes (writeStoreParts). Problems
 * are those the loader finds, at the same paths; with any, the store is not written
 * (ValidationError) and nothing is left behind. Throws NotForStreaming for a file the loader
 * must judge instead. `source` (what the meta table records) gets the sha256 of the bytes read.
 * The file is read 1 MB at a time (`chunkSize`), and each chunk's records go to the writer
 * before the next is read: they are then dropped while young, which costs the garbage
 * collector far less than 16 MB of parsed records moved to the old generation (about a tenth
 * of the CPU time at 10^5 actions).
 */
export function writeStoreFromGraphFile(
  file: string,
  shown: string,
  out: string,
  { source, chunkSize = 1 << 20, onProgress }: { source?: Omit<StoreSource, "sha256">; chunkSize?: number; onProgress?: LoadProgress } = {},
): WrittenStore {
  const hash = createHash("sha256");
  const checker = new GraphRecordChecker(shown);
  /** Records checked so far that go into the store, handed to the writer after each chunk. */
  let ready: (NodeRecord | PlacedEdge)[] = [];
  const scanner = new GraphRecordScanner(shown, {
    node(index, record) {
      if (checker.node(index, record)) ready.push(record);
    },
    edge(index, record) {
      if (!checker.edge(index, record)) return;
      // The checker has looked its nodes up and compared its key with the default one: the writer need not again.
      const { key, source, target, attributes } = record;
      ready.push({ key, source, target, attributes, sourcePlace: checker.lastSource, targetPlace: checker.lastTarget, ownKey: checker.lastOwnKey });
    },
  });
  const scanning = (go: () => void) => {
    try {
      go();
    } catch (err) {
      throw err instanceof JsonScanError ? new NotForStreaming(`invalid JSON: ${err.message}`) : err;
    }
  };

  let attributes: GraphAttributes | undefined;
  function* records(): Generator<NodeRecord | PlacedEdge> {
    for (const chunk of fileChunks(file, chunkSize, onProgress)) {
      hash.update(chunk);
      scanning(() => scanner.push(chunk));
      // Once the file has a problem nothing more is written: the store will not be kept.
      if (!scanner.failed) yield* ready;
      ready = [];
    }
    scanning(() => scanner.end());
    // The edges that waited for the nodes come out of finish, then the top level's check.
    const end = scanner.finish();
    if (!scanner.failed) yield* ready;
    ready = [];
    const problems = end.ok ? checker.finish(end.attributes) : end.problems;
    if (!end.ok || problems.length > 0) {
      if (end.foreign) throw new NotForStreaming("another tool's graph JSON");
      throw new ValidationError(problems);
    }
    attributes = end.attributes;
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
    placeOf: (id) => checker.placeOf(id),
  };
  return writeStoreParts(parts, out, { source: source && (() => ({ ...source, sha256: hash.digest("hex") })) });
}
