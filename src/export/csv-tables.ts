import type { RegkgGraph } from "../graph/index.ts";
import { csvLine } from "./csv.ts";
import { flatten } from "./flat-attributes.ts";

/** Columns of nodes.csv: the id, then every attribute any node has (lists and objects as JSON). */
export const NODE_COLUMNS = [
  "id", "kind", "name", "category", "aliases", "nameZh", "description", "actionType", "status", "summary",
  "time", "quantity", "attribution", "evidence", "method", "review", "title", "publisher", "url", "published",
  "language", "licence", "split", "text", "x", "y",
] as const;
export const EDGE_COLUMNS = ["id", "kind", "source", "target", "relType", "title", "evidence"] as const;

type Cell = string | number | boolean | undefined;

/** One row: the columns read from the flattened attributes, the fixed ones (id, source, target) from `fixed`. */
function row(columns: readonly string[], flat: Record<string, Cell>, fixed: Record<string, string>): string {
  const cells: Cell[] = new Array(columns.length);
  for (let i = 0; i < columns.length; i++) cells[i] = fixed[columns[i]!] ?? flat[columns[i]!];
  return csvLine(cells);
}

/** nodes.csv and edges.csv, RFC 4180, one row per node or edge, written line by line. */
export function* nodesCsv(graph: RegkgGraph): Generator<string> {
  yield csvLine(NODE_COLUMNS);
  for (const { node, attributes } of graph.nodeEntries()) yield row(NODE_COLUMNS, flatten(attributes), { id: node });
}

export function* edgesCsv(graph: RegkgGraph): Generator<string> {
  yield csvLine(EDGE_COLUMNS);
  for (const { edge, attributes, source, target } of graph.edgeEntries()) yield row(EDGE_COLUMNS, flatten(attributes), { id: edge, source, target });
}
