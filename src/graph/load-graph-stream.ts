import { closeSync, fstatSync, openSync, readSync } from "node:fs";
import type { Problem } from "../schema/index.ts";
import { GraphFileBuilder } from "./graph-file.ts";
import { GraphRecordScanner } from "./graph-records.ts";
import { JsonScanError, type JsonMemberScanner } from "./json-members.ts";
import type { RegkgGraph } from "./types.ts";

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
 * The bytes of a file, `chunkSize` at a time (one buffer, reused: a chunk is good until the
 * next is asked for); `onProgress` hears after each chunk has been used.
 */
export function* fileChunks(file: string, chunkSize = 16 << 20, onProgress?: LoadProgress): Generator<Uint8Array> {
  const fd = openSync(file, "r");
  try {
    const total = onProgress ? fstatSync(fd).size : 0;
    const buffer = Buffer.alloc(chunkSize);
    for (let at = 0; ; ) {
      const read = readSync(fd, buffer, 0, buffer.length, at);
      if (read === 0) break;
      yield buffer.subarray(0, read);
      at += read;
      onProgress?.(at, total);
    }
  } finally {
    closeSync(fd);
  }
}

/**
 * Feed a whole file to a scanner, `chunkSize` bytes at a time, and tell it the input is over;
 * `onProgress` hears after each chunk.
 */
export function scanFile(file: string, scanner: Pick<JsonMemberScanner, "push" | "end">, chunkSize = 16 << 20, onProgress?: LoadProgress): void {
  for (const chunk of fileChunks(file, chunkSize, onProgress)) scanner.push(chunk);
  scanner.end();
}

/**
 * Load a graph file of any size: the file is read in chunks and each node and edge is parsed,
 * checked against the schema and put into the graph as it comes (GraphRecordScanner), so
 * neither the text nor the parsed JSON is ever held whole (a million actions make 1.1 GB of
 * JSON, more than a V8 string can hold). Finds the same problems, at the same paths, as
 * parseGraphFile on the whole text.
 * `onProgress` hears after each chunk (16 MB unless `chunkSize` says otherwise).
 */
export function loadGraphStream(
  file: string,
  shown: string,
  { chunkSize = 16 << 20, onProgress }: { chunkSize?: number; onProgress?: LoadProgress } = {},
): { graph: RegkgGraph | undefined; problems: Problem[] } {
  // Schema problems, and the graph's own (keys, endpoints, integrity): as for a whole file,
  // the second kind is reported only when there is none of the first.
  const builder = new GraphFileBuilder(shown);
  const records = new GraphRecordScanner(shown, builder);
  try {
    scanFile(file, records, chunkSize, onProgress);
  } catch (err) {
    if (!(err instanceof JsonScanError)) throw err;
    const where = err.message === "the file is empty" ? {} : lineAndColumn(file, err.offset);
    return { graph: undefined, problems: [{ file: shown, path: "$", ...where, message: `invalid JSON: ${err.message}` }] };
  }
  const end = records.finish();
  if (!end.ok) return { graph: undefined, problems: end.problems };
  return builder.finish(end.attributes);
}
