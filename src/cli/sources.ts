import type { Command } from "commander";
import { closeSync, openSync, readSync, statSync } from "node:fs";
import { resolve } from "node:path";
import { displayPath, loadGraphData, loadGraphFile, STREAM_ABOVE_BYTES } from "../graph/node.ts";
import type { RegkgGraph } from "../graph/index.ts";
import { ForeignGraphError } from "../graph/foreign.ts";
import { SNIFF_BYTES, sniffGraphFormat } from "../graph/sniff.ts";
import { buildQueryIndex, type QueryBackend } from "../query/index.ts";
import { isSqliteFile, readStoreGraph, sourceSha256, StoreBackend, type StoreSource, type WrittenStore } from "../store/index.ts";
// The CLI's own route, not part of the library's API.
import { NotForStreaming, writeStoreFromGraphFile } from "../store/write-store-file.ts";
import { note } from "./io.ts";
import { busy, progress } from "./progress.ts";

export const DEFAULT_DATA_DIR = "graph-data";

export interface SourceOptions {
  data?: string;
  graph?: string;
}

/** Above this size a graph file takes seconds to load, and the terminal says so. */
const SAY_LOADING_ABOVE_BYTES = 32e6;

/**
 * The graph a command works on: a built graph file (--graph) or a graph-data folder (--data).
 * `needs` says, for a GEXF/GraphML file another tool wrote, why this command cannot use it
 * (ForeignGraphError, exit 1): "`regkg query` has no actions ... to match".
 */
export function loadSource(opts: SourceOptions, needs?: string): RegkgGraph {
  try {
    return loadAny(opts);
  } catch (err) {
    if (err instanceof ForeignGraphError && needs) {
      throw new ForeignGraphError(err.foreign, `so ${needs}; \`regkg stats --graph ${opts.graph}\` counts its nodes, edges and attributes, and the explorer shows it as a plain graph`);
    }
    throw err;
  }
}

function loadAny(opts: SourceOptions): RegkgGraph {
  if (!opts.graph) return loadGraphData(resolve(opts.data ?? DEFAULT_DATA_DIR));
  const file = resolve(opts.graph);
  const store = storeFile(opts);
  if (store) return readStoreGraph(store, displayPath(store));
  let size = 0;
  try {
    size = statSync(file).size;
  } catch {
    // loadGraphFile names a missing or unreadable file
  }
  const mb = (bytes: number) => Math.round(bytes / 1e6);
  if (size > STREAM_ABOVE_BYTES) {
    // Read in pieces: the bar counts megabytes read (each piece is checked and added as it comes).
    const bar = progress(`loading ${opts.graph}`, mb(size), "MB");
    try {
      return loadGraphFile(file, { onProgress: (done) => bar.tick(mb(done)), onNote: (text) => note(`regkg: ${text}`) });
    } finally {
      bar.done();
    }
  }
  const line = size > SAY_LOADING_ABOVE_BYTES ? busy(`loading ${opts.graph} (${mb(size)} MB)`) : undefined;
  try {
    return loadGraphFile(file, { onNote: (text) => note(`regkg: ${text}`) });
  } finally {
    line?.done();
  }
}

/**
 * Write the store for a --graph file that is graph JSON straight from its records, without
 * building the graph (at 10^6 actions a fraction of the time and memory of loading it); checks
 * and problems are the loader's. Undefined when the source is anything else (graph-data, a
 * store, GEXF or GraphML, a file that cannot be read, broken JSON, another tool's graph JSON):
 * then the caller loads it as every command does, and the loader says what is wrong with it.
 */
export function streamGraphJsonToStore(opts: SourceOptions, out: string): WrittenStore | undefined {
  if (!opts.graph || storeFile(opts)) return undefined;
  const file = resolve(opts.graph);
  let size: number;
  try {
    size = statSync(file).size;
    const fd = openSync(file, "r");
    try {
      const head = Buffer.alloc(SNIFF_BYTES);
      const read = readSync(fd, head, 0, head.length, 0);
      if (sniffGraphFormat(head.subarray(0, read).toString("utf8")) !== "json") return undefined;
    } finally {
      closeSync(fd);
    }
  } catch {
    return undefined;
  }
  const mb = (bytes: number) => Math.round(bytes / 1e6);
  const bar = size > SAY_LOADING_ABOVE_BYTES ? progress(`reading ${opts.graph}`, mb(size), "MB") : undefined;
  try {
    return writeStoreFromGraphFile(file, displayPath(file), out, {
      source: { kind: "graph-file", path: opts.graph },
      onProgress: bar && ((done) => bar.tick(mb(done))),
    });
  } catch (err) {
    if (err instanceof NotForStreaming) return undefined;
    throw err;
  } finally {
    bar?.done();
  }
}

/** The --graph file when it is an SQLite store (told by its first bytes, not its name). */
export function storeFile(opts: SourceOptions): string | undefined {
  const file = opts.graph === undefined ? undefined : resolve(opts.graph);
  return file !== undefined && isSqliteFile(file) ? file : undefined;
}

/** What the query commands ask: a store answers from its indexes, without loading the graph; anything else is loaded and indexed. */
export function querySource(opts: SourceOptions, needs?: string): QueryBackend {
  const store = storeFile(opts);
  return store ? StoreBackend.open(store, displayPath(store)) : buildQueryIndex(loadSource(opts, needs));
}

/** What a store written from this source records it was made from. */
export function describeSource(opts: SourceOptions): StoreSource {
  if (!opts.graph) {
    const dir = opts.data ?? DEFAULT_DATA_DIR;
    return { kind: "graph-data", path: dir, sha256: sourceSha256(resolve(dir)) };
  }
  return { kind: storeFile(opts) ? "store" : "graph-file", path: opts.graph, sha256: sourceSha256(resolve(opts.graph)) };
}

/** Whether an --out path names a store: by its extension, as the user chose it. */
export function isStorePath(file: string): boolean {
  return /\.(sqlite3?|db)$/i.test(file);
}

/** The --data and --graph options every reading command takes. */
export function sourceOptions<C extends Command>(command: C): C {
  return command
    .option("--data <dir>", "graph-data folder", DEFAULT_DATA_DIR)
    .option("--graph <file>", "a graph file instead of the graph-data folder: graph JSON, an SQLite store, GEXF or GraphML (told apart by content); stats also counts a GEXF/GraphML file another tool wrote") as C;
}
