import type { Command } from "commander";
import { graphStats, type GraphStats } from "../../graph/index.ts";
import { describeForeign, ForeignGraphError } from "../../graph/foreign.ts";
import { foreignStats, type AttributeCount, type ForeignStats } from "../../graph/foreign-stats.ts";
import { note, out, resolveFormat, run } from "../io.ts";
import { table } from "../render.ts";
import { storeStats } from "../../store/index.ts";
import { displayPath } from "../../graph/node.ts";
import { loadSource, sourceOptions, storeFile, type SourceOptions } from "../sources.ts";

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

function renderForeign(source: string, s: ForeignStats): string {
  const section = (title: string, what: string, counts: Record<string, AttributeCount>) =>
    table(Object.entries(counts).map(([k, c]) => [k, c.types.join(", "), c.count]), [title, "type", what]);
  const directions = [s.directedEdges && `${s.directedEdges} directed`, s.undirectedEdges && `${s.undirectedEdges} undirected`].filter(Boolean).join(", ");
  return [
    `${source}: ${s.nodes} nodes, ${s.edges} edges${directions ? ` (${directions})` : ""}${s.selfLoops ? `, ${s.selfLoops} self-loops` : ""}`,
    section("node attribute", "nodes", s.nodeAttributes),
    section("edge attribute", "edges", s.edgeAttributes),
  ].join("\n\n");
}

/** A graph file's counts; another tool's GEXF/GraphML is counted as a plain graph, with a note saying so. */
function countSource(opts: SourceOptions): GraphStats | ForeignStats {
  try {
    return graphStats(loadSource(opts));
  } catch (err) {
    if (!(err instanceof ForeignGraphError)) throw err;
    note(`regkg: ${err.foreign.file}: ${describeForeign(err.foreign)}; counted as a plain graph (no kinds, categories, action types or statuses to count)`);
    return foreignStats(err.foreign);
  }
}

export function register(program: Command): void {
  sourceOptions(program.command("stats"))
    .description("count nodes and edges by kind, entity category, action type and status (a GEXF/GraphML file another tool wrote: nodes, edges and attributes)")
    .option("--format <format>", "text or json (default: text on a terminal, json otherwise)")
    .action((opts: { data: string; graph?: string; format?: string }) =>
      run(() => {
        const format = resolveFormat(opts.format, ["text", "json"]);
        const store = storeFile(opts);
        // A store counts from its indexes; nothing is loaded.
        const s = store ? storeStats(store, displayPath(store)) : countSource(opts);
        const source = opts.graph ?? opts.data;
        if (format === "json") out(JSON.stringify(s, null, 2));
        else out("regkg" in s ? renderForeign(source, s) : renderText(source, s));
      }),
    );
}
