import type { Command } from "commander";
import { graphStats } from "../../graph/index.ts";
import { UsageError, ValidationError } from "../../schema/index.ts";
import { out, resolveFormat, run } from "../io.ts";
import { DEFAULT_DATA_DIR, loadSource } from "../sources.ts";

export function register(program: Command): void {
  program
    .command("validate")
    .description("check a graph-data folder (default ./graph-data) or a built graph file (JSON or SQLite store) against the schema and the integrity rules")
    .argument("[dir]", "graph-data folder")
    .option("--graph <file>", "check a built graph file (graph JSON or an SQLite store) instead of a graph-data folder")
    .option("--format <format>", "text or json (default: text on a terminal, json otherwise)")
    .action((dir: string | undefined, opts: { graph?: string; format?: string }) =>
      run(() => {
        const format = resolveFormat(opts.format, ["text", "json"]);
        if (dir && opts.graph) throw new UsageError("give a graph-data folder or --graph FILE, not both");
        const what = opts.graph ?? dir ?? DEFAULT_DATA_DIR;
        try {
          const s = graphStats(loadSource({ data: dir, graph: opts.graph }, "there is nothing of regkg's schema to check in it"));
          if (format === "json") out(JSON.stringify({ valid: true, source: what, ...s }, null, 2));
          else
            out(
              `${what}: valid. ${s.nodeKinds.document} document(s), ${s.nodeKinds.entity} entities, ` +
                `${s.nodeKinds.action} actions, ${s.edges} edges, ${s.evidenceSpans} evidence spans.`,
            );
        } catch (err) {
          if (err instanceof ValidationError && format === "json") {
            out(JSON.stringify({ valid: false, source: what, problems: err.problems }, null, 2));
          }
          throw err;
        }
      }),
    );
}
