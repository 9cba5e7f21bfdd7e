import type { Command } from "commander";
import { mkdirSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { graphParts, writeGraphJson } from "../../export/graph-json-stream.ts";
import { layoutGraph } from "../../graph/index.ts";
import { loadGraphData, prepareOutput, writeStreamAtomic } from "../../graph/node.ts";
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
    .option("--mkdir", "create the folders --out needs")
    .option("--no-layout", "leave out node positions (x, y)")
    .option("--iterations <n>", 'ForceAtlas2 iterations over the entities for the positions; "auto": 600 up to 1,000 entities, then fewer (at least 60)', "auto")
    .action((opts: { data: string; out?: string; mkdir?: boolean; layout: boolean; iterations: string }) =>
      run(async () => {
        const iterations = opts.iterations === "auto" ? "auto" : wholeNumber("--iterations", opts.iterations, 'a whole number >= 0 or "auto"');
        const target = opts.out ? prepareOutput(opts.out, "file", { mkdir: opts.mkdir, example: "graph.json" }) : undefined;
        const graph = loadGraphData(resolve(opts.data));
        graph.setAttribute("generator", `regkg ${VERSION}`);
        if (opts.layout) layoutGraph(graph, { iterations });
        if (!target) return writeGraphJson(graphParts(graph, { look: true }), (chunk) => outChunks(chunk));
        if (isStorePath(target.path)) {
          if (target.mkdir) mkdirSync(dirname(target.path), { recursive: true });
          const { bytes } = writeStore(graph, target.path, { source: describeSource({ data: opts.data }) });
          return note(`regkg: wrote ${opts.out} (SQLite store: ${graph.order} nodes, ${graph.size} edges, ${(bytes / 1e6).toFixed(1)} MB)`);
        }
        await writeStreamAtomic(target.path, (write) => writeGraphJson(graphParts(graph, { look: true }), write), { mkdir: target.mkdir });
        note(`regkg: wrote ${opts.out} (${graph.order} nodes, ${graph.size} edges)`);
      }),
    );
}
