import { closeSync, fstatSync, openSync, readSync } from "node:fs";
import { checkWith, GraphFileSchema, type Problem } from "../schema/index.ts";
import { GraphFileBuilder } from "./graph-file.ts";
import { JsonMemberScanner, JsonScanError } from "./json-members.ts";
import type { RegkgGraph } from "./types.ts";

const NodeRecord = GraphFileSchema.shape.nodes.element;
const EdgeRecord = GraphFileSchema.shape.edges.element;

/**
 * Line and column (1-based; the column in UTF-16 code units, as editors count) of a byte offset
 * of a file, read again in chunks. Nothing is kept but counts: a graph file is often one line.
 */
function lineAndColumn(file: string, offset: number): { line: number; column: number } {
  const fd = openSync(file, "r");
  try {
    const buffer = Buffer.alloc(1 << 20);
    let line = 1;
    let column = 1;
    for (let at = 0; at < offset; ) {
      const read = readSync(fd, buffer, 0, Math.min(buffer.length, offset - at), at);
      if (read === 0) break;
      for (let i = 0; i < read; i++) {
        const b = buffer[i]!;
        if (b === 0x0a) {
          line++;
          column = 1;
        } else if ((b & 0xc0) !== 0x80) column += b >= 0xf0 ? 2 : 1; // a character starts; 4-byte ones take two code units
      }
      at += read;
    }
    return { line, column };
  } finally {
    closeSync(fd);
  }
}

/** How far a long load has got: bytes of the file read and scanned, of its size. */
export type LoadProgress = (bytesDone: number, bytesTotal: number) => void;

/**
 * Feed a whole file to a scanner, `chunkSize` bytes at a time, and tell it the input is over;
 * `onProgress` hears after each chunk.
 */
export function scanFile(file: string, scanner: JsonMemberScanner, chunkSize = 16 << 20, onProgress?: LoadProgress): void {
  const fd = openSync(file, "r");
  try {
    const total = onProgress ? fstatSync(fd).size : 0;
    const buffer = Buffer.alloc(chunkSize);
    for (let at = 0; ; ) {
      const read = readSync(fd, buffer, 0, buffer.length, at);
      if (read === 0) break;
      scanner.push(buffer.subarray(0, read));
      at += read;
      onProgress?.(at, total);
    }
    scanner.end();
  } finally {
    closeSync(fd);
  }
}

/**
 * Load a graph file of any size: the file is read in chunks and each node and edge is parsed,
 * checked against the schema and put into the graph as it comes, so neither the text nor the
 * parsed JSON is ever held whole (a million actions make 1.1 GB of JSON, more than a V8 string
 * can hold). Finds the same problems, at the same paths, as parseGraphFile on the whole text.
 * `onProgress` hears after each chunk (16 MB unless `chunkSize` says otherwise).
 */
export function loadGraphStream(
  file: string,
  shown: string,
  { chunkSize = 16 << 20, onProgress }: { chunkSize?: number; onProgress?: LoadProgress } = {},
): { graph: RegkgGraph | undefined; problems: Problem[] } {
  // Schema problems, and the graph's own (keys, endpoints, integrity): as for a whole file,
  // the second kind is reported only when there is none of the first.
  const schemaProblems: Problem[] = [];
  const builder = new GraphFileBuilder(shown);
  /** The small members (attributes, options, anything unexpected), checked at the end. */
  const members: Record<string, unknown> = {};
  const streamed = new Set<string>();
  // Edges that come before the nodes they join (a file not written by regkg) wait for them.
  const waiting: [number, unknown][] = [];

  const addEdge = (index: number, value: unknown) => {
    const parsed = checkWith(EdgeRecord, value, shown, ["edges", index]);
    if (parsed.ok) builder.edge(index, parsed.value);
    else schemaProblems.push(...parsed.problems);
  };

  const scanner = new JsonMemberScanner(new Set(["nodes", "edges"]), {
    // "nodes" or "edges" that is not an array is kept whole, for the schema check to name.
    member(key, value) {
      members[key] = value;
    },
    array(key) {
      streamed.add(key);
    },
    element(key, index, value) {
      if (key === "nodes") {
        const parsed = checkWith(NodeRecord, value, shown, ["nodes", index]);
        if (parsed.ok) builder.node(index, parsed.value);
        else schemaProblems.push(...parsed.problems);
      } else if (!streamed.has("nodes")) waiting.push([index, value]);
      else addEdge(index, value);
    },
  });

  try {
    scanFile(file, scanner, chunkSize, onProgress);
  } catch (err) {
    if (!(err instanceof JsonScanError)) throw err;
    const where = err.message === "the file is empty" ? {} : lineAndColumn(file, err.offset);
    return { graph: undefined, problems: [{ file: shown, path: "$", ...where, message: `invalid JSON: ${err.message}` }] };
  }
  for (const [index, value] of waiting) addEdge(index, value);

  // The top level: the same check as for a whole file, with the streamed arrays stood in for.
  const stub: Record<string, unknown> = { ...members };
  for (const key of streamed) stub[key] = [];
  // checkWith, as for a whole file: a valid top level is kept as written (its attributes in the
  // file's order, as graphology keeps them), not rebuilt by the schema in the schema's order.
  const top = checkWith(GraphFileSchema, stub, shown);
  if (!top.ok || schemaProblems.length > 0) return { graph: undefined, problems: [...(top.ok ? [] : top.problems), ...schemaProblems] };
  return builder.finish(top.value.attributes);
}
