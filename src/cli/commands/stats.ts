import type { Command } from "commander";
import { graphStats, type GraphStats } from "../../graph/index.ts";
import { out, resolveFormat, run } from "../io.ts";
import { table } from "../render.ts";
import { DEFAULT_DATA_DIR, loadSource } from "../sources.ts";

function renderText(source: string, s: GraphStats): string {
  const section = (title: string, counts: Record<string, number>) =>
    table(Object.entries(counts).map(([k, n]) => [k, n]), [title, "count"]);
  return [
    `${source}: ${s.nodes} nodes, ${s.edges} edges, ${s.evidenceSpans} evidence spans`,
    section("node kind", s.nodeKinds),
    section("entity category", s.entityCategories),
    section("action type", s.actionTypes),
    section("status", s.statuses),
    section("edge kind", s.edgeKinds),
  ].join("\n\n");
}

export function register(program: Command): void {
  program
    .command("stats")
    .description("count nodes and edges by kind, entity category, action type and status")
    .option("--data <dir>", "graph-data folder", DEFAULT_DATA_DIR)
    .option("--graph <file>", "a built graph JSON file instead of the graph-data folder")
    .option("--format <format>", "text or json (default: text on a terminal, json otherwise)")
    .action((opts: { data: string; graph?: string; format?: string }) =>
      run(() => {
        const format = resolveFormat(opts.format);
        const s = graphStats(loadSource(opts));
        out(format === "json" ? JSON.stringify(s, null, 2) : renderText(opts.graph ?? opts.data, s));
      }),
    );
}
