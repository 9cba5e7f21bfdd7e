import type { Command } from "commander";
import { formatQuantity, formatTime, queryRowsToCsv } from "../../export/query-rows.ts";
import { runQuery, type QueryFilters, type QueryResult } from "../../query/index.ts";
import type { Status } from "../../schema/index.ts";
import { note, out, resolveFormat, run, wholeNumber } from "../io.ts";
import { table, truncate } from "../render.ts";
import { querySource, sourceOptions, type SourceOptions } from "../sources.ts";

interface QueryOptions extends SourceOptions {
  status?: string;
  since?: string;
  until?: string;
  doc?: string;
  format?: string;
  limit?: string;
}


function renderTable(r: QueryResult): string {
  const rows = r.rows.map((row) => [
    truncate(row.actor.name, 32),
    `${row.action.type} (${row.action.status})`,
    truncate(row.target.name, 44),
    [formatTime(row.action.time), formatQuantity(row.action.quantity)].filter(Boolean).join("; "),
    `“${truncate(row.evidence[0]?.quote ?? "", 58)}”`,
  ]);
  const shown = r.rows.length < r.total ? `\n${r.rows.length} of ${r.total} rows (--limit)` : `\n${r.total} row${r.total === 1 ? "" : "s"}`;
  return table(rows, ["actor", "action", "target", "when / how many", "evidence"]) + shown;
}

export function register(program: Command): void {
  sourceOptions(
    program
      .command("query")
      .description("who acted on whom: list actor -> action -> target rows matching PATTERN, with evidence")
      .argument("<pattern>", 'e.g. "PBOC -> *", "* -[shutdown|block]-> *", ":regulator -[ban]{planned}-> :activity"'),
  )
    .option("--status <list>", "only these statuses, comma-separated (enacted,announced,planned,stated,reported)")
    .option("--since <date>", "only actions dated on or after this ISO date (YYYY, YYYY-MM or YYYY-MM-DD)")
    .option("--until <date>", "only actions dated on or before this ISO date")
    .option("--doc <id>", "only actions stated by this document (doc:slug or slug)")
    .option("--limit <n>", "print at most n rows")
    .option("--format <format>", "table, json or csv (default: table on a terminal, json otherwise)")
    .addHelpText(
      "after",
      `
Pattern: ACTOR -> TARGET, ACTOR -[type|type]-> TARGET, ACTOR -[type]{status}-> TARGET.
ACTOR and TARGET: a name, alias, Chinese name or id (quote names with special characters),
:category for any entity of a category, or * for any entity. See README for the grammar.`,
    )
    .action((pattern: string, opts: QueryOptions) =>
      run(() => {
        const format = resolveFormat(opts.format, ["table", "json", "csv"]);
        const filters: QueryFilters = {
          statuses: opts.status?.split(",").map((s) => s.trim() as Status),
          since: opts.since,
          until: opts.until,
          doc: opts.doc,
          limit: opts.limit === undefined ? undefined : wholeNumber("--limit", opts.limit, "a whole number >= 0"),
        };
        const result = runQuery(querySource(opts), pattern, filters);
        if (result.total === 0) note(`regkg: no actions match ${JSON.stringify(pattern)}${opts.since || opts.until ? " (actions without a date are left out when --since or --until is given)" : ""}`);
        if (format === "json") out(JSON.stringify({ pattern: result.pattern, total: result.total, returned: result.rows.length, rows: result.rows }, null, 2));
        else if (format === "csv") process.stdout.write(queryRowsToCsv(result.rows));
        else if (result.total > 0) out(renderTable(result));
      }),
    );
}
