/**
 * npm run bench [-- --quick] [-- --only layout]: every benchmark on synthetic graphs of
 * 10^3..10^6 actions (--quick: 10^3 and 10^4; --only layout: the layout rows alone), one table, the growth per tenfold size, and the results as JSON
 * under bench-results/ (gitignored). Not a test: nothing here passes or fails on speed.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { synthGraph } from "../../src/synth/synth.ts";
import { prng } from "../../src/synth/random.ts";
import { REPO } from "../helpers/paths.ts";
import { growth, measure, renderGrowth, renderTable, timeEach, type Measurement } from "./harness.ts";
import { explorerBench } from "./explorer.ts";
import { explorerSessionBench } from "./explorer-session.ts";
import { exportBench } from "./export.ts";
import { corpusIngestBench, ingestBench } from "./ingest.ts";
import { foldedLayoutBench, layoutBench, loadBench } from "./load.ts";
import { QUERY_SUBLINEAR, queryBench } from "./query.ts";
import { storeBench } from "./store.ts";

const quick = process.argv.includes("--quick");
const onlyAt = process.argv.indexOf("--only");
const only = onlyAt >= 0 ? process.argv[onlyAt + 1] : undefined;
if (only !== undefined && only !== "layout") throw new Error(`bench: --only: expected "layout", got "${only}"`);
const layoutOnly = only === "layout";
const sizes = quick ? [1e3, 1e4] : [1e3, 1e4, 1e5, 1e6];
const results: Measurement[] = [];
const log = (s: string) => process.stderr.write(`${s}\n`);

for (const size of sizes) {
  log(`bench: ${size.toLocaleString("en")} actions ...`);
  let graph!: ReturnType<typeof synthGraph>;
  (globalThis as { gc?: () => void }).gc?.();
  const heapBefore = process.memoryUsage().heapUsed;
  const synthTimes = timeEach([0], () => (graph = synthGraph({ actions: size, seed: 1 })));
  (globalThis as { gc?: () => void }).gc?.();
  const graphHeap = process.memoryUsage().heapUsed - heapBefore;
  results.push(measure("synth", "generate graph in memory", size, synthTimes, { note: `${graph.order} nodes, ${graph.size} edges, ${(graphHeap / 1e6).toFixed(0)} MB heap` }));
  // Each suite starts from a collected heap: the graphs a load leaves behind are gigabytes at
  // 10^6, and collecting them would otherwise land in the next suite's times.
  const gc = () => (globalThis as { gc?: () => void }).gc?.();
  if (!layoutOnly) {
    results.push(...(await exportBench(graph, size, graphHeap)));
    gc();
    results.push(...(await loadBench(graph, size)));
    gc();
    results.push(...queryBench(graph, size, prng(size)));
    gc();
    // Whole processes against a store and the graph JSON; below 10^5 both take start-up time alone.
    if (size >= 1e5) results.push(...(await storeBench(graph, size)));
    gc();
  }
  const full = layoutBench(graph, size);
  results.push(...full);
  gc();
  results.push(...foldedLayoutBench(graph, size, full[0]));
  gc();
  if (!layoutOnly) results.push(...ingestBench(graph, size));
}

if (!layoutOnly) {
  results.push(...corpusIngestBench());
  log("bench: explorer in Chromium ...");
  results.push(...(await explorerBench(quick)));
  log("bench: explorer session at 20k-100k actions in Chromium ...");
  results.push(...(await explorerSessionBench(quick)));
}

const g = growth(results, QUERY_SUBLINEAR);
const stamp = new Date().toISOString().replace(/[:.]/g, "-");
const dir = join(REPO, "bench-results");
mkdirSync(dir, { recursive: true });
const file = join(dir, `bench-${stamp}.json`);
writeFileSync(file, JSON.stringify({ date: new Date().toISOString(), node: process.version, quick, results, growth: g }, null, 2));

console.log(renderTable(results));
console.log(`\nGrowth per tenfold size (linear is about x10; index lookups should stay near x1):\n${renderGrowth(g)}`);
console.log(`\nResults: ${file}`);
