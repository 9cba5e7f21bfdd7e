import type { Command } from "commander";
import { mkdirSync } from "node:fs";
import { dirname } from "node:path";
import { edgesCsv, nodesCsv } from "../../export/csv-tables.ts";
import { toGexf } from "../../export/gexf.ts";
import { graphParts, writeGraphJson } from "../../export/graph-json-stream.ts";
import { toGraphml } from "../../export/graphml.ts";
import { NEO4J_NODE_FILES, NEO4J_README, NEO4J_RELATIONSHIPS_FILE, neo4jCypher, neo4jNodesCsv, neo4jRelationshipsCsv } from "../../export/neo4j.ts";
import { queryRowsToCsv } from "../../export/query-rows.ts";
import { selectSubgraph } from "../../export/subgraph.ts";
import { layoutGraph, type RegkgGraph } from "../../graph/index.ts";
import { prepareOutput, writeFileAtomic, writeFolderAtomic, writeStreamAtomic } from "../../graph/node.ts";
import { buildQueryIndex, runQuery } from "../../query/index.ts";
import { UsageError } from "../../schema/index.ts";
import { note, outChunks, run } from "../io.ts";
import { writeStore } from "../../store/index.ts";
import { describeSource, loadSource, sourceOptions, streamGraphJsonToStore, type SourceOptions } from "../sources.ts";

const FORMATS = ["json", "gexf", "graphml", "csv", "neo4j", "sqlite"] as const;

interface ExportOptions extends SourceOptions {
  format: string;
  query?: string;
  out?: string;
  mkdir?: boolean;
}

/**
 * Other tools open a JSON, GEXF or GraphML export placed. A graph whose nodes all have positions
 * keeps them; otherwise the whole graph is laid out (entities by ForceAtlas2, actions and
 * documents placed among them), which takes seconds even at a million actions.
 */
function withPositions(graph: RegkgGraph): void {
  const missing = graph.someNode((_n, a) => a.x === undefined || a.y === undefined);
  if (missing) layoutGraph(graph);
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
    .option("--mkdir", "create the folders --out needs (a folder path ending in / is created without it)")
    .action((opts: ExportOptions) =>
      run(async () => {
        if (!(FORMATS as readonly string[]).includes(opts.format)) throw new UsageError(`--format: expected one of ${FORMATS.join(", ")}, got "${opts.format}"`);
        if ((opts.format === "csv" || opts.format === "neo4j") && !opts.out) throw new UsageError(`--format ${opts.format} writes several files: give --out FOLDER`);
        if (opts.format === "sqlite" && !opts.out) throw new UsageError("--format sqlite writes a database file, not text: give --out FILE");
        // The output path is checked before the graph is loaded: a mistake there should not cost a load.
        const folder = opts.format === "csv" || opts.format === "neo4j";
        const target = opts.out ? prepareOutput(opts.out, folder ? "folder" : "file", { mkdir: opts.mkdir, example: `graph.${opts.format}` }) : undefined;
        if (opts.format === "sqlite" && !opts.query) {
          // A graph JSON goes into the store record by record, without building the graph (the
          // writer makes the folder --mkdir asks for).
          const written = streamGraphJsonToStore(opts, target!.path);
          if (written) return note(`regkg: wrote ${opts.out} (${opts.format}: ${written.nodes} nodes, ${written.edges} edges)`);
        }
        const full = loadSource(opts, "`regkg export` has none of regkg's attributes to write");
        const index = buildQueryIndex(full);
        const graph = opts.query ? selectSubgraph(index, opts.query) : full;
        if (opts.query && graph.order === 0) note(`regkg: no actions match ${JSON.stringify(opts.query)}; the export is empty`);
        const out = target?.path;
        const mkdir = { mkdir: target?.mkdir };

        switch (opts.format) {
          case "json": {
            // Other tools open it placed, coloured and labelled, as the explorer shows it.
            withPositions(graph);
            if (out) await writeStreamAtomic(out, (write) => writeGraphJson(graphParts(graph, { look: true }), write), mkdir);
            else await writeGraphJson(graphParts(graph, { look: true }), (chunk) => outChunks(chunk));
            break;
          }
          case "gexf":
          case "graphml": {
            withPositions(graph);
            const text = opts.format === "gexf" ? toGexf(graph) : toGraphml(graph);
            if (out) writeFileAtomic(out, text, mkdir);
            else await outChunks(text);
            break;
          }
          case "csv": {
            // The subgraph holds every action the query matched, so the full index gives its rows.
            const rows = runQuery(index, opts.query ?? "* -> *").rows;
            await writeFolderAtomic(out!, [
              ["nodes.csv", nodesCsv(graph)],
              ["edges.csv", edgesCsv(graph)],
              ["who-acted-on-whom.csv", [queryRowsToCsv(rows)]],
            ], mkdir);
            break;
          }
          case "sqlite": {
            if (target!.mkdir) mkdirSync(dirname(out!), { recursive: true });
            writeStore(graph, out!, { source: describeSource(opts) });
            break;
          }
          case "neo4j": {
            await writeFolderAtomic(out!, [
              ...(Object.keys(NEO4J_NODE_FILES) as (keyof typeof NEO4J_NODE_FILES)[]).map((kind) => [NEO4J_NODE_FILES[kind].file, neo4jNodesCsv(graph, kind)] as [string, Iterable<string>]),
              [NEO4J_RELATIONSHIPS_FILE, neo4jRelationshipsCsv(graph)],
              ["import.cypher", neo4jCypher(graph)],
              ["README.txt", [NEO4J_README]],
            ], mkdir);
            break;
          }
        }
        if (out) note(`regkg: wrote ${opts.out} (${opts.format}: ${graph.order} nodes, ${graph.size} edges)`);
      }),
    );
}
