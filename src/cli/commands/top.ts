import type { Command } from "commander";
import { toCsv } from "../../export/csv.ts";
import { topEntities, type TopRole } from "../../query/index.ts";
import { out, resolveFormat, run, wholeNumber } from "../io.ts";
import { table } from "../render.ts";
import { querySource, sourceOptions, type SourceOptions } from "../sources.ts";

export function register(program: Command): void {
  sourceOptions(
    program
      .command("top")
      .description("the most active actors, or the most targeted entities, by number of actions")
      .argument("[role]", "actors or targets", "actors"),
  )
    .option("--limit <n>", "how many", "10")
    .option("--format <format>", "table, json or csv (default: table on a terminal, json otherwise)")
    .action((role: string, opts: SourceOptions & { limit: string; format?: string }) =>
      run(() => {
        const format = resolveFormat(opts.format, ["table", "json", "csv"]);
        const limit = wholeNumber("--limit", opts.limit, "a whole number >= 1");
        const top = topEntities(querySource(opts, "`regkg top` has no actors or targets to rank"), role as TopRole, limit);
        if (format === "json") out(JSON.stringify({ role, entries: top }, null, 2));
        else if (format === "csv") process.stdout.write(toCsv(["rank", "id", "name", "category", "actions"], top.map((t, i) => [i + 1, t.id, t.name, t.category, t.actions])));
        else out(table(top.map((t, i) => [i + 1, t.name, t.category, t.actions]), ["#", role === "actors" ? "actor" : "target", "category", "actions"]));
      }),
    );
}
