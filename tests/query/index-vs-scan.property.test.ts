import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { buildQueryIndex, runQuery, type Pattern, type QueryFilters } from "../../src/query/index.ts";
import type { RegkgGraph } from "../../src/graph/index.ts";
import { CATEGORIES, randomGraph, STATUS_LIST, TYPES, withEdgesReordered } from "../helpers/random-graph.ts";
import { scanQuery } from "../helpers/scan.ts";

const endpoint = fc.oneof(
  fc.constant({ kind: "any" as const, column: 1 }),
  fc.constantFrom(...CATEGORIES).map((category) => ({ kind: "category" as const, category, column: 1 })),
  fc.nat({ max: 11 }).map((i) => ({ kind: "name" as const, name: `entity:e${i}`, column: 1 })),
);
const someOf = <T>(values: T[]) => fc.option(fc.uniqueArray(fc.constantFrom(...values), { minLength: 1 }), { nil: null });
const pattern: fc.Arbitrary<Pattern> = fc.record({ text: fc.constant("(generated)"), actor: endpoint, types: someOf(TYPES), statuses: someOf(STATUS_LIST), target: endpoint });
const filters: fc.Arbitrary<QueryFilters> = fc.record(
  {
    statuses: fc.uniqueArray(fc.constantFrom(...STATUS_LIST), { minLength: 1 }),
    since: fc.constantFrom("2016", "2017-06", "2018-02-15"),
    until: fc.constantFrom("2017", "2018-12", "2019-03-01"),
    doc: fc.constantFrom("doc:d0", "d1"),
    limit: fc.nat({ max: 5 }),
  },
  { requiredKeys: [] },
);

/** The indexed engine and the full scan give the same rows in the same order, and the same total. */
function sameAnswer(graph: RegkgGraph, p: Pattern, f: QueryFilters): void {
  // Patterns may name entities the random graph lacks; the scan has no answer to compare.
  for (const end of [p.actor, p.target]) if (end.kind === "name" && !graph.hasNode(end.name)) return;
  if (f.doc && !graph.hasNode(f.doc.startsWith("doc:") ? f.doc : `doc:${f.doc}`)) return;
  const indexed = runQuery(buildQueryIndex(graph), p, f);
  const scanned = scanQuery(graph, p, f);
  expect(indexed.total).toBe(scanned.total);
  expect(indexed.rows.map((r) => [r.actor.id, r.action.id, r.target.id])).toEqual(scanned.rows);
}

describe("the indexed engine gives the brute-force scan's answer", () => {
  it("on random graphs, patterns and filters: same rows in the same order, same total", () => {
    fc.assert(
      fc.property(randomGraph, pattern, filters, sameAnswer),
      { numRuns: 300 },
    );
  });

  it("also when the graph's edges come in no particular order (the index then sorts its lists)", () => {
    // Same nodes, edges inserted in a random permutation: lists no longer fill in graph order.
    const shuffled = fc.tuple(randomGraph, fc.integer()).map(([graph, seed]) => withEdgesReordered(graph, seed));
    fc.assert(
      fc.property(shuffled, pattern, filters, sameAnswer),
      { numRuns: 300 },
    );
  });
});
