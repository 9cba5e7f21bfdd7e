import type { Command } from "commander";
import { resolve } from "node:path";
import { loadGraphData, loadGraphFile } from "../graph/node.ts";
import type { RegkgGraph } from "../graph/index.ts";

export const DEFAULT_DATA_DIR = "graph-data";

export interface SourceOptions {
  data?: string;
  graph?: string;
}

/** The graph a command works on: a built graph file (--graph) or a graph-data folder (--data). */
export function loadSource(opts: SourceOptions): RegkgGraph {
  return opts.graph ? loadGraphFile(resolve(opts.graph)) : loadGraphData(resolve(opts.data ?? DEFAULT_DATA_DIR));
}

/** The --data and --graph options every reading command takes. */
export function sourceOptions<C extends Command>(command: C): C {
  return command
    .option("--data <dir>", "graph-data folder", DEFAULT_DATA_DIR)
    .option("--graph <file>", "a built graph JSON file instead of the graph-data folder") as C;
}
