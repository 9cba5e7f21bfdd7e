import type { Command } from "commander";
import { formatQuantity, formatTime, queryRowsToCsv } from "../../export/query-rows.ts";
import { quoteInput } from "../../graph/index.ts";
import { dateRange } from "../../query/dates.ts";
import { runQuery, type QueryBackend, type QueryFilters, type QueryResult } from "../../query/index.ts";
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


/** Why a date-filtered query may be empty: how many of the graph's actions have a date at all, and over which span. */
function datesNote(backend: QueryBackend): string {
  const actions = backend.actionCount;
  // Asked of the backend, not of an in-memory index, so a store says the same as a graph file.
  const dated = backend.select([{ dated: {} }]);
  if (dated.length === 0) return `--since and --until keep only dated actions, and none of this graph's ${actions} actions has a date`;
  let first = "\uffff";
  let last = "";
  for (const view of backend.actionViews(dated, { docs: false })) {
    const date = view.attributes.time?.date;
    if (!date) continue;
    const [from, to] = dateRange(date);
    if (from < first) first = from;
    if (to > last) last = to;
  }
  return `--since and --until keep only dated actions: ${dated.length} of this graph's ${actions} actions have a date, from ${first} to ${last}`;
}

function renderTable(r: QueryResult): string {
  const rows = r.rows.map((row) => [
    truncate(row.actor.name, 32),
    `${row.action.type} (${row.action.status})`,
    truncate(row.target.name, 44),
    [formatTime(row.action.time), formatQuantity(row.action.quantity, { grouped: true })].filter(Boolean).join("; "),
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
    .configureOutput({
      // Commander reads an argument that starts with "-" as an option; say how to pass such a pattern.
      outputError: (message, write) => {
        write(message);
        const option = /unknown option '(.*)'/s.exec(message)?.[1];
        if (option !== undefined && !/^--[A-Za-z][\w-]*$/.test(option)) write(`(a pattern that starts with "-" goes after --: regkg query -- '-name -> *')\n`);
      },
    })
    .addHelpText(
      "after",
      `
Pattern: ACTOR -> TARGET, ACTOR -[type|type]-> TARGET, ACTOR -[type]{status}-> TARGET.
ACTOR and TARGET: a name, alias, Chinese name or id (quote names with special characters),
:category for any entity of a category, or * for any entity. See README for the grammar.
A pattern that starts with "-" goes after --: regkg query -- '-name -> *'.`,
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
        const backend = querySource(opts, "`regkg query` has no actions, actors or targets to match");
        const result = runQuery(backend, pattern, filters);
        if (result.total === 0) note(`regkg: no actions match ${quoteInput(pattern)}${opts.since || opts.until ? `: ${datesNote(backend)}` : ""}`);
        if (format === "json") out(JSON.stringify({ pattern: result.pattern, total: result.total, returned: result.rows.length, rows: result.rows }, null, 2));
        else if (format === "csv") process.stdout.write(queryRowsToCsv(result.rows));
        else if (result.total > 0) out(renderTable(result));
      }),
    );
}
