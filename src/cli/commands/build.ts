import type { Command } from "commander";
import { resolve } from "node:path";
import { graphParts, writeGraphJson } from "../../export/graph-json-stream.ts";
import { layoutGraph } from "../../graph/index.ts";
import { loadGraphData, prepareOutput, writeStreamAtomic } from "../../graph/node.ts";
import { note, outChunks, run, wholeNumber } from "../io.ts";
import { DEFAULT_DATA_DIR } from "../sources.ts";
import { VERSION } from "../version.ts";

export function register(program: Command): void {
  program
    .command("build")
    .description("build the graph from graph-data and write it as graphology serialized JSON (to stdout without --out)")
    .option("--data <dir>", "graph-data folder", DEFAULT_DATA_DIR)
    .option("--out <file>", "write to this file (atomically: a failed build leaves it as it was)")
    .option("--mkdir", "create the folders --out needs")
    .option("--no-layout", "leave out node positions (x, y)")
    .option("--iterations <n>", "ForceAtlas2 iterations for the positions", "600")
    .action((opts: { data: string; out?: string; mkdir?: boolean; layout: boolean; iterations: string }) =>
      run(async () => {
        const iterations = wholeNumber("--iterations", opts.iterations, "a whole number >= 0");
        const target = opts.out ? prepareOutput(opts.out, "file", { mkdir: opts.mkdir, example: "graph.json" }) : undefined;
        const graph = loadGraphData(resolve(opts.data));
        graph.setAttribute("generator", `regkg ${VERSION}`);
        if (opts.layout) layoutGraph(graph, { iterations });
        if (!target) return writeGraphJson(graphParts(graph, { look: true }), (chunk) => outChunks(chunk));
        await writeStreamAtomic(target.path, (write) => writeGraphJson(graphParts(graph, { look: true }), write), { mkdir: target.mkdir });
        note(`regkg: wrote ${opts.out} (${graph.order} nodes, ${graph.size} edges)`);
      }),
    );
}
