import type { Command } from "commander";
import { statSync } from "node:fs";
import { resolve } from "node:path";
import { loadGraphData, loadGraphFile, STREAM_ABOVE_BYTES } from "../graph/node.ts";
import type { RegkgGraph } from "../graph/index.ts";
import { busy, progress } from "./progress.ts";

export const DEFAULT_DATA_DIR = "graph-data";

export interface SourceOptions {
  data?: string;
  graph?: string;
}

/** Above this size a graph file takes seconds to load, and the terminal says so. */
const SAY_LOADING_ABOVE_BYTES = 32e6;

/** The graph a command works on: a built graph file (--graph) or a graph-data folder (--data). */
export function loadSource(opts: SourceOptions): RegkgGraph {
  if (!opts.graph) return loadGraphData(resolve(opts.data ?? DEFAULT_DATA_DIR));
  const file = resolve(opts.graph);
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
      return loadGraphFile(file, { onProgress: (done) => bar.tick(mb(done)) });
    } finally {
      bar.done();
    }
  }
  const line = size > SAY_LOADING_ABOVE_BYTES ? busy(`loading ${opts.graph} (${mb(size)} MB)`) : undefined;
  try {
    return loadGraphFile(file);
  } finally {
    line?.done();
  }
}

/** The --data and --graph options every reading command takes. */
export function sourceOptions<C extends Command>(command: C): C {
  return command
    .option("--data <dir>", "graph-data folder", DEFAULT_DATA_DIR)
    .option("--graph <file>", "a graph file instead of the graph-data folder: graph JSON, or GEXF/GraphML as regkg exports them") as C;
}
