import type { Command } from "commander";
import { renameSync, rmSync } from "node:fs";
import { join, resolve } from "node:path";
import { edgesCsv, nodesCsv } from "../../export/csv-tables.ts";
import { toGexf } from "../../export/gexf.ts";
import { graphParts, writeGraphJson } from "../../export/graph-json-stream.ts";
import { toGraphml } from "../../export/graphml.ts";
import { NEO4J_NODE_FILES, NEO4J_README, NEO4J_RELATIONSHIPS_FILE, neo4jCypher, neo4jNodesCsv, neo4jRelationshipsCsv } from "../../export/neo4j.ts";
import { queryRowsToCsv } from "../../export/query-rows.ts";
import { selectSubgraph } from "../../export/subgraph.ts";
import { layoutGraph, type RegkgGraph } from "../../graph/index.ts";
import { writeFileAtomic, writeStreamAtomic } from "../../graph/node.ts";
import { buildQueryIndex, runQuery } from "../../query/index.ts";
import { UsageError } from "../../schema/index.ts";
import { note, outChunks, run } from "../io.ts";
import { writeStore } from "../../store/index.ts";
import { describeSource, loadSource, sourceOptions, type SourceOptions } from "../sources.ts";

const FORMATS = ["json", "gexf", "graphml", "csv", "neo4j", "sqlite"] as const;
/** Above this many nodes, exports do not compute missing positions (ForceAtlas2 would take minutes). */
const LAYOUT_LIMIT = 5000;

interface ExportOptions extends SourceOptions {
  format: string;
  query?: string;
  out?: string;
}

/**
 * Write several files into a folder, each complete or absent: all are first written under
 * temporary names, and renamed into place only when every one has been written.
 */
async function writeFolder(dir: string, files: [string, Iterable<string>][]): Promise<void> {
  const temps: [string, string][] = [];
  try {
    for (const [name, chunks] of files) {
      const tmp = join(dir, `.${name}.partial`);
      await writeStreamAtomic(tmp, async (write) => {
        for (const c of chunks) await write(c);
      });
      temps.push([tmp, join(dir, name)]);
    }
  } catch (err) {
    for (const [tmp] of temps) rmSync(tmp, { force: true });
    throw err;
  }
  for (const [tmp, final] of temps) renameSync(tmp, final);
}

function withPositions(graph: RegkgGraph): void {
  const missing = graph.someNode((_n, a) => a.x === undefined || a.y === undefined);
  if (!missing) return;
  if (graph.order <= LAYOUT_LIMIT) layoutGraph(graph);
  else note(`regkg: positions left out: ${graph.order} nodes is too many to lay out here (limit ${LAYOUT_LIMIT}); export a built graph with positions instead`);
}

export function register(program: Command): void {
  sourceOptions(
    program
      .command("export")
      .description("write the graph, or the part a query selects, as graphology JSON, GEXF 1.3, GraphML, CSV, Neo4j import files or an SQLite store"),
  )
    .requiredOption("--format <format>", FORMATS.join(", "))
    .option("--query <pattern>", 'only the actions this pattern matches, with their endpoints (e.g. "Tencent -> *")')
    .option("--out <path>", "a file (a folder for csv and neo4j); written atomically; stdout without it (not for csv, neo4j, sqlite)")
    .action((opts: ExportOptions) =>
      run(async () => {
        if (!(FORMATS as readonly string[]).includes(opts.format)) throw new UsageError(`--format: expected one of ${FORMATS.join(", ")}, got "${opts.format}"`);
        if ((opts.format === "csv" || opts.format === "neo4j") && !opts.out) throw new UsageError(`--format ${opts.format} writes several files: give --out FOLDER`);
        if (opts.format === "sqlite" && !opts.out) throw new UsageError("--format sqlite writes a database file, not text: give --out FILE");
        const full = loadSource(opts);
        const index = buildQueryIndex(full);
        const graph = opts.query ? selectSubgraph(index, opts.query) : full;
        if (opts.query && graph.order === 0) note(`regkg: no actions match ${JSON.stringify(opts.query)}; the export is empty`);
        const out = opts.out ? resolve(opts.out) : undefined;

        switch (opts.format) {
          case "json": {
            if (out) await writeStreamAtomic(out, (write) => writeGraphJson(graphParts(graph), write));
            else await writeGraphJson(graphParts(graph), (chunk) => outChunks(chunk));
            break;
          }
          case "gexf":
          case "graphml": {
            withPositions(graph);
            const text = opts.format === "gexf" ? toGexf(graph) : toGraphml(graph);
            if (out) writeFileAtomic(out, text);
            else await outChunks(text);
            break;
          }
          case "csv": {
            // The subgraph holds every action the query matched, so the full index gives its rows.
            const rows = runQuery(index, opts.query ?? "* -> *").rows;
            await writeFolder(out!, [
              ["nodes.csv", nodesCsv(graph)],
              ["edges.csv", edgesCsv(graph)],
              ["who-acted-on-whom.csv", [queryRowsToCsv(rows)]],
            ]);
            break;
          }
          case "sqlite": {
            writeStore(graph, out!, { source: describeSource(opts) });
            break;
          }
          case "neo4j": {
            await writeFolder(out!, [
              ...(Object.keys(NEO4J_NODE_FILES) as (keyof typeof NEO4J_NODE_FILES)[]).map((kind) => [NEO4J_NODE_FILES[kind].file, neo4jNodesCsv(graph, kind)] as [string, Iterable<string>]),
              [NEO4J_RELATIONSHIPS_FILE, neo4jRelationshipsCsv(graph)],
              ["import.cypher", neo4jCypher(graph)],
              ["README.txt", [NEO4J_README]],
            ]);
            break;
          }
        }
        if (out) note(`regkg: wrote ${opts.out} (${opts.format}: ${graph.order} nodes, ${graph.size} edges)`);
      }),
    );
}
