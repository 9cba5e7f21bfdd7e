import { buildQueryIndex, parsePattern, runQuery, shortestPath, type QueryIndex } from "../../src/query/index.ts";
import { forEachStep } from "../../src/query/walk.ts";
import type { RegkgGraph } from "../../src/graph/index.ts";
import { scanQuery } from "../helpers/scan.ts";
import { measure, timeEach, withBaseline, type Measurement } from "./harness.ts";

const SUITE = "query";
/** Lookups that should not notice the graph's size. */
export const QUERY_SUBLINEAR = new Set([`${SUITE}: X -> *`, `${SUITE}: * -> X`, `${SUITE}: X -[ban|warn|block]-> *`, `${SUITE}: path (<= 3 hops)`]);

function sample<T>(rand: () => number, items: readonly T[], n: number): T[] {
  return Array.from({ length: Math.min(n, items.length) }, () => items[Math.floor(rand() * items.length)]!);
}

function heapMb(): number {
  (globalThis as { gc?: () => void }).gc?.();
  return process.memoryUsage().heapUsed / 1e6;
}

/** The naive path baseline: breadth-first from one end over everything reachable. */
function bfsAll(graph: RegkgGraph, from: string): number {
  const seen = new Set([from]);
  let frontier = [from];
  while (frontier.length > 0) {
    const next: string[] = [];
    for (const node of frontier) forEachStep(graph, node, "both", ({ node: n }) => void (!seen.has(n) && (seen.add(n), next.push(n))));
    frontier = next;
  }
  return seen.size;
}

export function queryBench(graph: RegkgGraph, size: number, rand: () => number): Measurement[] {
  const out: Measurement[] = [];
  const before = heapMb();
  let index!: QueryIndex;
  const buildTimes = timeEach([0], () => (index = buildQueryIndex(graph)));
  const indexMb = heapMb() - before;
  out.push(measure(SUITE, "build indexes", size, buildTimes, { note: `index heap ${indexMb.toFixed(0)} MB; the date and position tables are built on first use (next rows)` }));
  // What the first query that needs the lazy tables pays, once.
  const firstDated = timeEach([0], () => runQuery(index, "* -> *", { since: "2019", until: "2019-06", limit: 10 }));
  out.push(measure(SUITE, "first --since/--until query (builds the date and position tables)", size, firstDated));

  const actors = [...index.byActor.keys()];
  const targets = [...index.byTarget.keys()];
  const scans = size >= 1e6 ? 5 : size >= 1e5 ? 10 : 30;
  const cases: [string, string[], (x: string) => string][] = [
    ["X -> *", sample(rand, actors, 500), (x) => `${x} -> *`],
    ["* -> X", sample(rand, targets, 500), (x) => `* -> ${x}`],
    ["X -[ban|warn|block]-> *", sample(rand, actors, 500), (x) => `${x} -[ban|warn|block]-> *`],
  ];
  for (const [name, entities, pattern] of cases) {
    const patterns = entities.map(pattern);
    const indexed = timeEach(patterns, (p) => runQuery(index, p));
    const baseline = timeEach(patterns.slice(0, scans), (p) => scanQuery(graph, parsePattern(p), {}));
    // Keep the benchmark honest: both must give the same answer.
    for (const p of patterns.slice(0, 3)) {
      const a = runQuery(index, p).total;
      const b = scanQuery(graph, parsePattern(p), {}).total;
      if (a !== b) throw new Error(`bench: ${p}: indexed ${a} rows, scan ${b}`);
    }
    out.push(withBaseline(measure(SUITE, name, size, indexed), "full scan", baseline));
  }

  // Pairs three hops apart: an official, their regulator, one of its actions' targets.
  const pairs: [string, string][] = [];
  graph.forEachEdge((_e, a, source, target) => {
    if (a.kind !== "relation" || a.relType !== "holds_position_in" || pairs.length >= 200) return;
    const acts = index.byActor.get(target) ?? [];
    if (acts.length === 0) return;
    const action = acts[Math.floor(rand() * acts.length)]!;
    const t = graph.outNeighbors(action).find((n) => graph.getNodeAttribute(n, "kind") === "entity");
    if (t && t !== source) pairs.push([source, t]);
  });
  const pathTimes = timeEach(pairs, ([a, b]) => shortestPath(index, a, b));
  const bfsTimes = timeEach(pairs.slice(0, scans), ([a]) => bfsAll(graph, a));
  out.push(withBaseline(measure(SUITE, "path (<= 3 hops)", size, pathTimes), "BFS from one end", bfsTimes));

  // A hostile pattern: an unknown 100 KB name, answered with "no entity is called ..." after the "did you mean" search.
  const huge = Array.from({ length: 5 }, (_, i) => `* -> ${String.fromCharCode(113 + i).repeat(50_000)}${"x".repeat(50_000)}`);
  const unknownTimes = timeEach(huge, (p) => {
    try {
      runQuery(index, p);
    } catch {
      return; // NotFoundError: the answer being timed
    }
    throw new Error("bench: a 100 KB unknown name was found");
  });
  out.push(measure(SUITE, "unknown 100 KB name (did you mean)", size, unknownTimes, { note: `${index.names.size.toLocaleString("en")} names compared` }));
  return out;
}
