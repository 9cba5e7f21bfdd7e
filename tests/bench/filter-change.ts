/**
 * What one filter change costs the explorer's main thread, before and after the filters'
 * tracker (src/explorer/visibility.ts), in the same process on the same graph:
 *
 *   node --expose-gc --max-old-space-size=8192 --import tsx tests/bench/filter-change.ts [20000,100000] [runs]
 *
 * "scratch" is what each change cost before: the visibility pass over every action, then the
 * folded edges' weights counted again (the entity overview's edge thickness). "tracker" is what
 * it costs now: the flipped bucket's actions, their parties and folded edges. CPU time of this
 * process (user + sys, process.cpuUsage), median of `runs` (default 7) per change; each untick is
 * followed by a retick, timed too. Not a test: nothing here passes or fails on speed.
 */
import { loadavg } from "node:os";
import { computeVisibility, visibilityTracker } from "../../src/explorer/visibility.ts";
import { initialState, setDates, toggleFilter, type Filters } from "../../src/explorer/state.ts";
import type { RegkgGraph } from "../../src/graph/index.ts";
import { foldActions, visibleWeight, type FoldGraph } from "../../src/query/index.ts";
import { synthGraph } from "../../src/synth/synth.ts";

const sizes = (process.argv[2] ?? "20000,100000").split(",").map(Number);
const runs = Number(process.argv[3] ?? 7);
const gc = () => (globalThis as { gc?: () => void }).gc?.();

/** CPU milliseconds (user + sys) that `fn` took. */
function cpu(fn: () => void): number {
  const t = process.cpuUsage();
  fn();
  const d = process.cpuUsage(t);
  return (d.user + d.system) / 1000;
}
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

/** The changes a user makes: the commonest and the rarest status, the commonest type, a busy document, a date range. */
function changes(graph: RegkgGraph): { name: string; filters: Filters }[] {
  const count = (key: (a: Record<string, unknown>) => unknown) => {
    const m = new Map<string, number>();
    graph.forEachNode((_n, a) => {
      if (a.kind === "action") m.set(String(key(a as never)), (m.get(String(key(a as never))) ?? 0) + 1);
    });
    return [...m].sort((x, y) => y[1] - x[1]);
  };
  const statuses = count((a) => a.status);
  const types = count((a) => a.actionType);
  const docs = new Map<string, number>();
  graph.forEachEdge((_e, a, _s, t) => {
    if (a.kind === "source") docs.set(t, (docs.get(t) ?? 0) + 1);
  });
  const doc = [...docs].sort((x, y) => y[1] - x[1])[0]![0];
  const year = count((a) => (a.time as { date?: string } | undefined)?.date?.slice(0, 4) ?? "").find(([y]) => y !== "")![0];
  return [
    { name: `untick the commonest status (${statuses[0]![0]})`, filters: toggleFilter(initialState, "statuses", statuses[0]![0]).filters },
    { name: `untick the rarest status (${statuses.at(-1)![0]})`, filters: toggleFilter(initialState, "statuses", statuses.at(-1)![0]).filters },
    { name: `untick the commonest type (${types[0]![0]})`, filters: toggleFilter(initialState, "actionTypes", types[0]![0]).filters },
    { name: "untick the busiest document", filters: toggleFilter(initialState, "documents", doc).filters },
    { name: `dates: the commonest year (${year}) only`, filters: setDates(initialState, [`${year}-01-01`, `${year}-12-31`]).filters },
  ];
}

function scratch(graph: RegkgGraph, fold: FoldGraph, filters: Filters): void {
  const v = computeVisibility(graph, filters);
  if (v.visibleActions === v.totalActions) return;
  const out = new Map<string, number>();
  fold.forEachEdge((e, a) => out.set(e, visibleWeight(a, v.nodes)));
}

process.stderr.write(`load average at start: ${loadavg().map((x) => x.toFixed(2)).join(", ")}\n`);
for (const actions of sizes) {
  const graph = synthGraph({ actions, seed: 1 });
  const fold = foldActions(graph);
  gc();
  let tracker!: ReturnType<typeof visibilityTracker>;
  const build = cpu(() => {
    tracker = visibilityTracker(graph);
    tracker.foldWeights(fold);
  });
  console.log(`\n${actions.toLocaleString("en")} actions (${graph.order.toLocaleString("en")} nodes, ${graph.size.toLocaleString("en")} edges, ${fold.size.toLocaleString("en")} folded edges); tracker built once in ${build.toFixed(0)} ms CPU`);
  const all = computeVisibility(graph, initialState.filters).visibleActions;
  console.log("| change (actions it hides) | scratch: untick / retick | tracker: untick / retick | ratio (untick) |");
  console.log("|---|--:|--:|--:|");
  for (const c of changes(graph)) {
    const s: [number[], number[]] = [[], []];
    const t: [number[], number[]] = [[], []];
    for (let r = 0; r < runs; r++) {
      gc();
      s[0].push(cpu(() => scratch(graph, fold, c.filters)));
      s[1].push(cpu(() => scratch(graph, fold, initialState.filters)));
      gc();
      t[0].push(cpu(() => void tracker.apply(c.filters)));
      t[1].push(cpu(() => void tracker.apply(initialState.filters)));
    }
    const [s0, s1, t0, t1] = [median(s[0]), median(s[1]), median(t[0]), median(t[1])];
    const hides = all - computeVisibility(graph, c.filters).visibleActions;
    console.log(`| ${c.name} (${hides.toLocaleString("en")}) | ${s0.toFixed(1)} / ${s1.toFixed(1)} ms | ${t0.toFixed(1)} / ${t1.toFixed(1)} ms | ${(s0 / Math.max(t0, 0.01)).toFixed(1)}x |`);
  }
}
process.stderr.write(`load average at end: ${loadavg().map((x) => x.toFixed(2)).join(", ")}\n`);
