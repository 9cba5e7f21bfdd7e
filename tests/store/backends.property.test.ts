import fc from "fast-check";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { RegkgGraph } from "../../src/graph/index.ts";
import { buildQueryIndex, neighborhood, runQuery, shortestPath, topEntities, type Pattern, type QueryBackend, type QueryFilters } from "../../src/query/index.ts";
import { StoreBackend } from "../../src/store/sqlite-backend.ts";
import { writeStore } from "../../src/store/write-store.ts";
import { tempDir } from "../helpers/fixtures.ts";
import { CATEGORIES, randomGraph, STATUS_LIST, TYPES, withEdgesReordered } from "../helpers/random-graph.ts";

/** Names as a user types them: ids, canonical names, aliases (some shared), typos, strangers. */
const name = fc.oneof(
  fc.nat({ max: 11 }).map((i) => `entity:e${i}`),
  fc.nat({ max: 11 }).map((i) => `E${i}`),
  fc.constantFrom("the regulator", "AGENCY", "e2 group", "E1", "E11x", "Agencyy", "nobody at all", "gen", "regulat", "2 gro"),
);
const endpoint = fc.oneof(
  fc.constant({ kind: "any" as const, column: 1 }),
  fc.constantFrom(...CATEGORIES).map((category) => ({ kind: "category" as const, category, column: 1 })),
  name.map((n) => ({ kind: "name" as const, name: n, column: 1 })),
);
const someOf = <T>(values: T[]) => fc.option(fc.uniqueArray(fc.constantFrom(...values), { minLength: 1 }), { nil: null });
const pattern: fc.Arbitrary<Pattern> = fc.record({ text: fc.constant("(generated)"), actor: endpoint, types: someOf(TYPES), statuses: someOf(STATUS_LIST), target: endpoint });
const filters: fc.Arbitrary<QueryFilters> = fc.record(
  {
    statuses: fc.uniqueArray(fc.constantFrom(...STATUS_LIST), { minLength: 1 }),
    since: fc.constantFrom("2016", "2017-06", "2018-02-15"),
    until: fc.constantFrom("2017", "2018-12", "2019-03-01"),
    doc: fc.constantFrom("doc:d0", "d1", "d7"),
    limit: fc.nat({ max: 5 }),
  },
  { requiredKeys: [] },
);

/** The same graph with its edges added in a random order: graphology then walks them differently. */
const shuffledGraph = fc.tuple(randomGraph, fc.integer(), fc.boolean()).map(([graph, seed, shuffle]) => (shuffle ? withEdgesReordered(graph, seed) : graph));

/** What a call returns, or the class and message of what it throws: both backends must agree on either. */
function outcome(work: () => unknown): unknown {
  try {
    return { value: work() };
  } catch (err) {
    return { error: (err as Error).name, message: (err as Error).message };
  }
}

function withStore(dir: string, graph: RegkgGraph, check: (memory: QueryBackend, store: QueryBackend) => void): void {
  const file = join(dir, "graph.sqlite");
  writeStore(graph, file);
  const store = StoreBackend.open(file);
  try {
    check(buildQueryIndex(graph), store);
  } finally {
    store.close();
  }
}

describe("the SQLite store answers as the graph in memory does", () => {
  it("the same rows, totals and errors for random patterns and filters", () => {
    const dir = tempDir();
    fc.assert(
      fc.property(shuffledGraph, fc.array(fc.tuple(pattern, filters), { minLength: 1, maxLength: 8 }), (graph, queries) =>
        withStore(dir, graph, (memory, store) => {
          for (const [p, f] of queries) expect(outcome(() => runQuery(store, p, f))).toEqual(outcome(() => runQuery(memory, p, f)));
        }),
      ),
      { numRuns: 150 },
    );
  });

  it("the same paths, neighbourhoods and top lists", () => {
    const dir = tempDir();
    const walk = fc.record({ from: name, to: name, depth: fc.integer({ min: 1, max: 4 }), direction: fc.constantFrom("out" as const, "in" as const, "both" as const) });
    fc.assert(
      fc.property(shuffledGraph, fc.array(walk, { minLength: 1, maxLength: 6 }), (graph, walks) =>
        withStore(dir, graph, (memory, store) => {
          for (const w of walks) {
            expect(outcome(() => shortestPath(store, w.from, w.to))).toEqual(outcome(() => shortestPath(memory, w.from, w.to)));
            expect(outcome(() => neighborhood(store, w.from, w.depth, w.direction))).toEqual(outcome(() => neighborhood(memory, w.from, w.depth, w.direction)));
          }
          for (const role of ["actors", "targets"] as const) expect(topEntities(store, role, 50)).toEqual(topEntities(memory, role, 50));
        }),
      ),
      { numRuns: 150 },
    );
  });
});
