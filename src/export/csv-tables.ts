import type { RegkgGraph } from "../graph/index.ts";
import { csvLine } from "./csv.ts";
import { flatten } from "./flat-attributes.ts";

/** Columns of nodes.csv: the id, then every attribute any node has (lists and objects as JSON). */
export const NODE_COLUMNS = [
  "id", "kind", "name", "category", "aliases", "nameZh", "description", "actionType", "status", "summary",
  "time", "quantity", "attribution", "evidence", "method", "review", "title", "publisher", "url", "published",
  "language", "text", "x", "y",
] as const;
export const EDGE_COLUMNS = ["id", "kind", "source", "target", "relType", "title", "evidence"] as const;

/** nodes.csv and edges.csv, RFC 4180, one row per node or edge, written line by line. */
export function* nodesCsv(graph: RegkgGraph): Generator<string> {
  yield csvLine(NODE_COLUMNS);
  for (const { node, attributes } of graph.nodeEntries()) {
    const flat: Record<string, unknown> = { id: node, ...flatten(attributes) };
    yield csvLine(NODE_COLUMNS.map((c) => flat[c] as string | number | undefined));
  }
}

export function* edgesCsv(graph: RegkgGraph): Generator<string> {
  yield csvLine(EDGE_COLUMNS);
  for (const { edge, attributes, source, target } of graph.edgeEntries()) {
    const flat: Record<string, unknown> = { id: edge, source, target, ...flatten(attributes) };
    yield csvLine(EDGE_COLUMNS.map((c) => flat[c] as string | number | undefined));
  }
}
