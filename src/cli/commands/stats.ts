import type { Command } from "commander";
import { graphStats, type GraphStats } from "../../graph/index.ts";
import { out, resolveFormat, run } from "../io.ts";
import { table } from "../render.ts";
import { storeStats } from "../../store/index.ts";
import { displayPath } from "../../graph/node.ts";
import { loadSource, sourceOptions, storeFile } from "../sources.ts";

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
  sourceOptions(program.command("stats"))
    .description("count nodes and edges by kind, entity category, action type and status")
    .option("--format <format>", "text or json (default: text on a terminal, json otherwise)")
    .action((opts: { data: string; graph?: string; format?: string }) =>
      run(() => {
        const format = resolveFormat(opts.format, ["text", "json"]);
        const store = storeFile(opts);
        // A store counts from its indexes; nothing is loaded.
        const s = store ? storeStats(store, displayPath(store)) : graphStats(loadSource(opts));
        out(format === "json" ? JSON.stringify(s, null, 2) : renderText(opts.graph ?? opts.data, s));
      }),
    );
}
