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
