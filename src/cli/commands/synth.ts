import type { Command } from "commander";
import { createHash } from "node:crypto";
import { writeGraphJson } from "../../export/graph-json-stream.ts";
import { prepareOutput, writeStreamAtomic } from "../../graph/node.ts";
import { synthEdges, synthesize, synthNodes, synthRecords } from "../../synth/synth.ts";
import { note, outChunks, run, wholeNumber } from "../io.ts";
import { progress } from "../progress.ts";
import { isStorePath } from "../sources.ts";
import { writeStoreParts } from "../../store/write-store.ts";

export function register(program: Command): void {
  program
    .command("synth")
    .description("generate a synthetic regulatory graph (valid regkg graph JSON) for benchmarks and tests")
    .requiredOption("--actions <n>", "number of actions")
    .option("--seed <s>", "random seed: the same seed gives the same graph", "1")
    .option("--out <file>", "write to this file (atomically); stdout without it; FILE.sqlite or FILE.db writes an SQLite store, straight from the generator")
    .option("--mkdir", "create the folders --out needs")
    .action((opts: { actions: string; seed: string; out?: string; mkdir?: boolean }) =>
      run(async () => {
        const target = opts.out ? prepareOutput(opts.out, "file", { mkdir: opts.mkdir, example: "synth.json" }) : undefined;
        const s = synthesize({ actions: wholeNumber("--actions", opts.actions), seed: wholeNumber("--seed", opts.seed) });
        const bar = progress("synth", s.options.actions, "actions");
        let actions = 0;
        const counted = function* <R extends { attributes: { kind: string } }>(records: Iterable<R>) {
          for (const r of records) {
            if (r.attributes.kind === "action" && ++actions % 1000 === 0) bar.tick(actions);
            yield r;
          }
        };
        const nodes = counted(synthNodes(s));
        const parts = { attributes: s.attributes, options: { type: "directed", multi: true, allowSelfLoops: false } as const, nodes, edges: synthEdges(s) };
        try {
          // Generated records are valid by construction: they go into the store as they come,
          // without building the graph in memory (at 10^6 actions, minutes and gigabytes).
          if (target && isStorePath(target.path)) {
            const source = { kind: "synth", sha256: createHash("sha256").update(s.attributes.generator ?? "").digest("hex") };
            writeStoreParts({ attributes: s.attributes, allowSelfLoops: parts.options.allowSelfLoops, records: counted(synthRecords(s)) }, target.path, { source });
          } else if (target) await writeStreamAtomic(target.path, (write) => writeGraphJson(parts, write), { mkdir: target.mkdir });
          else await writeGraphJson(parts, (chunk) => outChunks(chunk));
        } finally {
          bar.done();
        }
        note(`regkg: synthesized ${s.options.actions.toLocaleString("en")} actions in ${s.documentCount.toLocaleString("en")} documents, ${s.population.entities.length.toLocaleString("en")} entities${opts.out ? ` -> ${opts.out}` : ""}`);
      }),
    );
}
