/**
 * Where each interaction's time on the page's thread goes, at 20,000 actions (or the size
 * given), in a production build left unminified (so the CPU profile names sigma's methods):
 * a scripted session on the entity overview (find the busiest entity, select a neighbour,
 * expand it, collapse it, its ego network, untick and retick a status, a query, the events
 * view), each step profiled on its own with the Chrome DevTools protocol's CPU profiler.
 *
 *   node --import tsx tests/bench/interaction-profile.ts [actions] [runs] [modes]
 *
 * `modes` (default "partial,full"): "full" opens the page with `?refresh=full`, where every
 * state change makes sigma reprocess the whole graph (what the page did before it refreshed
 * only what changed); "arrows" with `?edges=arrows`, where the overview draws its folded edges
 * as arrows however many (as before it drew plain lines above reducers.ts's PLAIN_EDGES_ABOVE);
 * "base" the page built from another checkout, the directory REGKG_BENCH_BASE names (e.g. an
 * earlier commit's `git archive` with node_modules linked in), for a before/after comparison;
 * all are run in this one process, alternating, `runs` times each
 * (default 3). Prints per mode and step the median wall time (input to the frame after),
 * JavaScript sampled, the inclusive time of sigma's stages and of the page's own work, and
 * the longest main-thread task, then the CPU time of the Chromium processes and the load
 * average. Not a test: nothing here passes or fails on speed.
 */
import { copyFileSync, readdirSync, readFileSync } from "node:fs";
import { loadavg } from "node:os";
import { join } from "node:path";
import type { CDPSession, Page } from "playwright-core";
import { launchChromium } from "../helpers/browser.ts";
import { sessionGraph, STEP_BODY } from "./session-steps.ts";
import { serveProductionSite } from "./site.ts";

interface ProfileNode {
  id: number;
  parent?: number;
  children?: number[];
  callFrame: { functionName: string; url: string; lineNumber: number };
}
interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

const actions = Number(process.argv[2] ?? 20_000);
const runs = Number(process.argv[3] ?? 3);
const modes = (process.argv[4] ?? "partial,full").split(",");

/** The stages to book time to (inclusive: a sample counts for each of these on its stack). */
const STAGES: Record<string, (fn: string, url: string) => boolean> = {
  "sigma refresh": (f) => f === "refresh",
  "  reducers (page)": (f) => f === "nodeReducer" || f === "edgeReducer",
  "  sigma addNode/addEdge": (f) => f === "addNode" || f === "addEdge" || f === "updateNode" || f === "updateEdge",
  "  sigma process (index, buffers)": (f) => f === "process" && true,
  "  sigma render (draw, labels)": (f) => f === "render",
  "    of which labels": (f) => f === "renderLabels" || f === "renderEdgeLabels" || f === "renderHighlightedNodes",
  "derive (page)": (f) => f === "derive",
  "panels (page)": (f) => f === "render$1" || f === "renderDetails" || f === "renderFilters" || f === "renderQueryResult",
  "GC": (f) => f === "(garbage collector)",
  "(program) native": (f) => f === "(program)",
};

/** Inclusive milliseconds per stage, and JavaScript sampled in all. */
function book(profile: Profile): Record<string, number> & { js: number } {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const out: Record<string, number> = Object.fromEntries(Object.keys(STAGES).map((k) => [k, 0]));
  let js = 0;
  profile.samples.forEach((id, k) => {
    const ms = (profile.timeDeltas[k] ?? 0) / 1000;
    const leaf = byId.get(id)!;
    if (leaf.callFrame.functionName !== "(idle)") js += ms;
    const seen = new Set<string>();
    for (let cur: number | undefined = id; cur !== undefined; cur = parent.get(cur)) {
      const f = byId.get(cur)!.callFrame;
      for (const [stage, test] of Object.entries(STAGES)) {
        if (!seen.has(stage) && test(f.functionName, f.url)) {
          seen.add(stage);
          out[stage]! += ms;
        }
      }
    }
  });
  return Object.assign(out, { js });
}

const median = (xs: readonly number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

/** The steps, each a function body run in the page with `arg`. */
const STEPS: { name: string; body: string }[] = [
  { name: "find the busiest entity", body: STEP_BODY.search },
  { name: "select a neighbour", body: STEP_BODY.neighbour },
  { name: "expand it", body: STEP_BODY.expand },
  { name: "collapse it", body: STEP_BODY.collapse },
  { name: "select the busiest again", body: STEP_BODY.search },
  { name: "its ego network (1 step)", body: `document.querySelector('#details [data-ego="1"]').click();` },
  { name: "clear the highlight", body: `document.getElementById("highlight-clear").click();` },
  { name: "untick a status", body: STEP_BODY.status },
  { name: "tick it again", body: STEP_BODY.status },
  { name: "run a query", body: STEP_BODY.query },
  { name: "switch to events", body: STEP_BODY.events },
];

async function step(page: Page, cdp: CDPSession, body: string, arg: unknown): Promise<{ wall: number; longest: number; stages: ReturnType<typeof book> }> {
  await cdp.send("Profiler.start");
  const { wall, longest } = await page.evaluate(
    async ([b, a]) => {
      const w = window as unknown as { __longTasks: { start: number; ms: number }[] };
      const t = performance.now();
      new Function("arg", b as string)(a);
      await new Promise<void>((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
      const wall = performance.now() - t;
      await new Promise((resolve) => setTimeout(resolve, 200));
      return { wall, longest: Math.max(0, ...w.__longTasks.filter((x) => x.start >= t - 1).map((x) => x.ms)) };
    },
    [body, arg] as const,
  );
  const { profile } = (await cdp.send("Profiler.stop")) as unknown as { profile: Profile };
  return { wall, longest, stages: book(profile) };
}

/** CPU seconds (user + sys) of the processes under `root` (the browser, its renderers and GPU process), from /proc. */
function chromiumCpu(root: number): number {
  const stats = new Map<number, { ppid: number; ticks: number }>();
  for (const d of readdirSync("/proc")) {
    if (!/^\d+$/.test(d)) continue;
    try {
      const s = readFileSync(`/proc/${d}/stat`, "utf8");
      const f = s.slice(s.lastIndexOf(")") + 2).split(" ");
      stats.set(Number(d), { ppid: Number(f[1]), ticks: Number(f[11]) + Number(f[12]) });
    } catch {
      // gone meanwhile
    }
  }
  const mine = new Set([root]);
  for (let grew = true; grew; ) {
    grew = false;
    for (const [pid, s] of stats) if (!mine.has(pid) && mine.has(s.ppid)) (mine.add(pid), (grew = true));
  }
  let ticks = 0;
  for (const pid of mine) if (pid !== root) ticks += stats.get(pid)?.ticks ?? 0;
  return ticks / 100;
}

const site = await serveProductionSite("interaction-profile", 5392, { minify: false });
if (modes.includes("base") && !process.env.REGKG_BENCH_BASE) throw new Error('mode "base": set REGKG_BENCH_BASE to the checkout to compare with');
const baseSite = modes.includes("base") ? await serveProductionSite("interaction-profile-base", 5394, { minify: false, root: process.env.REGKG_BENCH_BASE! }) : undefined;
const browser = await launchChromium();
/** Chromium's processes are this one's descendants (its own CPU is left out). */
const root = process.pid;
try {
  const { graph, fold, busiest, name } = sessionGraph(site.outDir, actions);
  if (baseSite) copyFileSync(join(site.outDir, "bench.graph.json"), join(baseSite.outDir, "bench.graph.json"));
  console.log(`${actions} actions: ${graph.order} nodes; overview ${fold.order} entities, ${fold.size} folded edges; busiest ${name} (${fold.degree(busiest)} folded edges)`);
  const results = new Map<string, Map<string, { wall: number; longest: number; stages: ReturnType<typeof book> }[]>>();
  const cpuByMode = new Map<string, number[]>();
  const load: number[] = [loadavg()[0]!];
  const loads: { mode: string; first: number; interactive: number; indexed: number; longest: number }[] = [];
  for (let run = 0; run < runs; run++) {
    for (const mode of modes) {
      const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
      page.on("pageerror", (e) => console.log("pageerror:", e.message));
      await page.addInitScript(() => {
        const w = window as unknown as { __longTasks: { start: number; ms: number }[] };
        w.__longTasks = [];
        new PerformanceObserver((list) => {
          for (const e of list.getEntries()) w.__longTasks.push({ start: e.startTime, ms: e.duration });
        }).observe({ type: "longtask", buffered: true });
      });
      await page.goto(`${mode === "base" ? baseSite!.base : site.base}?graph=bench.graph.json${mode === "full" ? "&refresh=full" : mode === "arrows" ? "&edges=arrows" : ""}`);
      await page.waitForFunction(() => document.body.dataset.ready === "true", null, { timeout: 600_000, polling: 100 });
      // As in explorer-session.ts: this evaluate runs when the main thread is free.
      const interactive = await page.evaluate(() => performance.now());
      const loadInfo = await page.evaluate(() => ({
        first: (window as unknown as { __firstFrame?: number }).__firstFrame ?? NaN,
        longest: Math.max(0, ...(window as unknown as { __longTasks: { ms: number }[] }).__longTasks.map((x) => x.ms)),
      }));
      await page.waitForFunction(() => document.body.dataset.indexed === "true", null, { timeout: 600_000 });
      const indexed = await page.evaluate(() => performance.now());
      loads.push({ mode, first: loadInfo.first, interactive, indexed, longest: loadInfo.longest });
      process.stderr.write(`${mode}: first frame ${loadInfo.first.toFixed(0)} ms, interactive ${interactive.toFixed(0)} ms, indexed ${indexed.toFixed(0)} ms, longest task ${loadInfo.longest.toFixed(0)} ms\n`);
      const cdp = await page.context().newCDPSession(page);
      await cdp.send("Profiler.enable");
      await cdp.send("Profiler.setSamplingInterval", { interval: 200 });
      const perMode = results.get(mode) ?? new Map();
      results.set(mode, perMode);
      const cpu0 = chromiumCpu(root);
      for (const s of STEPS) {
        await page.waitForTimeout(800);
        const r = await step(page, cdp, s.body, { name, id: busiest });
        perMode.set(s.name, [...(perMode.get(s.name) ?? []), r]);
        process.stderr.write(`  ${mode} ${s.name}: wall ${r.wall.toFixed(0)} ms, longest task ${r.longest.toFixed(0)} ms\n`);
      }
      cpuByMode.set(mode, [...(cpuByMode.get(mode) ?? []), chromiumCpu(root) - cpu0]);
      if ((await page.evaluate(() => window.__regkg?.state().view)) !== "events") throw new Error("the session did not reach the events view");
      await page.close();
      load.push(loadavg()[0]!);
      process.stderr.write(`run ${run + 1}/${runs} ${mode} done\n`);
    }
  }
  for (const [mode, perMode] of results) {
    console.log(`\n== ${mode === "base" ? `the page built from ${process.env.REGKG_BENCH_BASE}` : mode === "full" ? "full refresh on every change (?refresh=full)" : mode === "arrows" ? "overview edges as arrows (?edges=arrows, as before plain lines)" : "partial refresh (this page)"}: medians of ${runs} runs, ms`);
    const cols = ["wall", "longest task", "JS sampled", ...Object.keys(STAGES)];
    console.log(["step".padEnd(28), ...cols.map((c) => c.trim().slice(0, 14).padStart(15))].join(""));
    for (const [s, rs] of perMode) {
      const vals = [median(rs.map((r) => r.wall)), median(rs.map((r) => r.longest)), median(rs.map((r) => r.stages.js)), ...Object.keys(STAGES).map((k) => median(rs.map((r) => r.stages[k]!)))];
      console.log([s.padEnd(28), ...vals.map((v) => v.toFixed(0).padStart(15))].join(""));
    }
    console.log(`Chromium CPU (user+sys, all processes) for the ${STEPS.length} steps incl. 0.8 s pauses: ${cpuByMode.get(mode)!.map((x) => `${x.toFixed(1)} s`).join(", ")}`);
  }
  console.log("\npage load per run, ms (first frame; interactive = ready and the main thread free; query index built; longest task until ready):");
  for (const l of loads) console.log(`  ${l.mode}: first frame ${l.first.toFixed(0)}, interactive ${l.interactive.toFixed(0)}, indexed ${l.indexed.toFixed(0)}, longest task ${l.longest.toFixed(0)}`);
  console.log(`\nload average (1 min) before and after each page: ${load.map((x) => x.toFixed(2)).join(", ")}`);
} finally {
  await browser.close();
  await site.close();
  await baseSite?.close();
}
