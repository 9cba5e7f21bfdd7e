import type { Command } from "commander";
import { resolve } from "node:path";
import { graphParts, writeGraphJson } from "../../export/graph-json-stream.ts";
import { layoutGraph } from "../../graph/index.ts";
import { loadGraphData, writeStreamAtomic } from "../../graph/node.ts";
import { note, outChunks, run, wholeNumber } from "../io.ts";
import { writeStore } from "../../store/index.ts";
import { DEFAULT_DATA_DIR, describeSource, isStorePath } from "../sources.ts";
import { VERSION } from "../version.ts";

export function register(program: Command): void {
  program
    .command("build")
    .description("build the graph from graph-data and write it as graphology serialized JSON (to stdout without --out), or as an SQLite store when --out ends in .sqlite or .db")
    .option("--data <dir>", "graph-data folder", DEFAULT_DATA_DIR)
    .option("--out <file>", "write to this file (atomically: a failed build leaves it as it was); FILE.sqlite or FILE.db writes an SQLite store")
    .option("--no-layout", "leave out node positions (x, y)")
    .option("--iterations <n>", "ForceAtlas2 iterations for the positions", "600")
    .action((opts: { data: string; out?: string; layout: boolean; iterations: string }) =>
      run(async () => {
        const iterations = wholeNumber("--iterations", opts.iterations, "a whole number >= 0");
        const graph = loadGraphData(resolve(opts.data));
        graph.setAttribute("generator", `regkg ${VERSION}`);
        if (opts.layout) layoutGraph(graph, { iterations });
        if (!opts.out) return writeGraphJson(graphParts(graph), (chunk) => outChunks(chunk));
        if (isStorePath(opts.out)) {
          const { bytes } = writeStore(graph, resolve(opts.out), { source: describeSource({ data: opts.data }) });
          return note(`regkg: wrote ${opts.out} (SQLite store: ${graph.order} nodes, ${graph.size} edges, ${(bytes / 1e6).toFixed(1)} MB)`);
        }
        await writeStreamAtomic(resolve(opts.out), (write) => writeGraphJson(graphParts(graph), write));
        note(`regkg: wrote ${opts.out} (${graph.order} nodes, ${graph.size} edges)`);
      }),
    );
}
