import type { RegkgGraph } from "../../src/graph/index.ts";
import type { Pattern, QueryFilters } from "../../src/query/index.ts";

/** First and last day of a partial ISO date, computed with Date (independently of src/query). */
function span(date: string): [number, number] {
  const [y, m, d] = date.split("-").map(Number) as [number, number?, number?];
  if (d !== undefined) return [Date.UTC(y, m! - 1, d), Date.UTC(y, m! - 1, d)];
  if (m !== undefined) return [Date.UTC(y, m - 1, 1), Date.UTC(y, m, 0)];
  return [Date.UTC(y, 0, 1), Date.UTC(y, 11, 31)];
}

/**
 * The reference answer, and the benchmarks' baseline: look at every action of the graph, no
 * index (linear in the graph). Endpoints must be
 * `*`, `:category` or an entity id (no name resolution). Returns [actor, action, target]
 * triples in graph order.
 */
export function scanQuery(graph: RegkgGraph, p: Pattern, filters: QueryFilters = {}): { total: number; rows: [string, string, string][] } {
  const admits = (end: Pattern["actor"], entity: string) => {
    const a = graph.getNodeAttributes(entity);
    if (a.kind !== "entity") return false;
    if (end.kind === "any") return true;
    if (end.kind === "category") return a.category === end.category;
    return end.name === entity;
  };
  const doc = filters.doc === undefined ? undefined : filters.doc.startsWith("doc:") ? filters.doc : `doc:${filters.doc}`;
  const rows: [string, string, string][] = [];
  let total = 0;
  // Answers come in graph order.
  graph.filterNodes((_n, a) => a.kind === "action").forEach((id) => {
    const a = graph.getNodeAttributes(id);
    if (a.kind !== "action") return;
    if (p.types && !p.types.includes(a.actionType)) return;
    if (p.statuses && !p.statuses.includes(a.status)) return;
    if (filters.statuses && !filters.statuses.includes(a.status)) return;
    if (filters.since || filters.until) {
      if (!a.time?.date) return;
      const [first, last] = span(a.time.date);
      if (filters.since && last < span(filters.since)[0]) return;
      if (filters.until && first > span(filters.until)[1]) return;
    }
    const edges = graph.edges(id);
    const kindOf = (e: string) => graph.getEdgeAttribute(e, "kind");
    if (doc && !edges.some((e) => kindOf(e) === "source" && graph.target(e) === doc)) return;
    const actors = edges.filter((e) => kindOf(e) === "actor").map((e) => graph.source(e)).filter((e) => admits(p.actor, e));
    const targets = edges.filter((e) => kindOf(e) === "target").map((e) => graph.target(e)).filter((e) => admits(p.target, e));
    for (const actor of actors) {
      for (const target of targets) {
        total++;
        if (rows.length < (filters.limit ?? Infinity)) rows.push([actor, id, target]);
      }
    }
  });
  return { total, rows };
}
