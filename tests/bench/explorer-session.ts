/**
 * The explorer on a large graph, against bare sigma on the same graph in the same run
 * (production build, headless Chromium with software GL on this machine's two cores):
 * first frame, time to interactive, and a scripted session (find the busiest entity, select a
 * neighbour and expand it, switch to the events view, run a query, change a filter), each step
 * timed in the page from the input event to the frame that shows its answer, with the longest
 * main-thread task (PerformanceObserver "longtask") of each step and of the whole session.
 *
 *   node --expose-gc --max-old-space-size=12288 --import tsx tests/bench/explorer-session.ts [--quick]
 *
 * runs it alone (--quick: 20k actions only); `npm run bench` runs it after the other suites.
 */
import { existsSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import type { Browser, Page } from "playwright-core";
import { layoutGraph, serializeGraph } from "../../src/graph/index.ts";
import { foldActions } from "../../src/query/index.ts";
import { synthGraph } from "../../src/synth/synth.ts";
import { CHROMIUM, launchChromium } from "../helpers/browser.ts";
import { serveProductionSite } from "./site.ts";
import { measure, renderTable, type Measurement } from "./harness.ts";

/** The steps of the session, in order. */
const STEPS = ["select the busiest entity", "select a neighbour", "expand it", "switch to events", "run a query", "change a filter"] as const;
type Step = (typeof STEPS)[number];

interface Run {
  firstFrame: number;
  interactive: number;
  /** Longest task from navigation to interactive. */
  loadLongest: number;
  steps: Record<Step, { ms: number; longest: number }>;
}

const median = (xs: readonly number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

/** Collect long tasks from the start; the page reads and clears them per step. */
const OBSERVE_LONG_TASKS = () => {
  const w = window as unknown as { __longTasks: { start: number; ms: number }[] };
  w.__longTasks = [];
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) w.__longTasks.push({ start: e.startTime, ms: e.duration });
  }).observe({ type: "longtask", buffered: true });
};

/**
 * Run `action` (a function body run in the page) and time it to the frame after its work: the
 * handlers run synchronously on the event; a requestAnimationFrame then a task come after the
 * frame that shows the answer. Returns that time and the longest task that started meanwhile.
 */
async function timed(page: Page, action: string, arg: string): Promise<{ ms: number; longest: number }> {
  return page.evaluate(
    async ([body, a]) => {
      const w = window as unknown as { __longTasks: { start: number; ms: number }[] };
      const t = performance.now();
      new Function("arg", body!)(a);
      await new Promise<void>((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
      const ms = performance.now() - t;
      // Long task entries arrive a little after the task: wait for them.
      await new Promise((resolve) => setTimeout(resolve, 200));
      const longest = Math.max(0, ...w.__longTasks.filter((x) => x.start >= t - 1).map((x) => x.ms));
      return { ms, longest };
    },
    [action, arg] as const,
  );
}

const ACTIONS: Record<Step, string> = {
  "select the busiest entity": `
    const input = document.getElementById("search");
    input.value = arg;
    input.dispatchEvent(new Event("input"));
    input.dispatchEvent(new KeyboardEvent("keydown", { key: "Enter" }));`,
  "select a neighbour": `
    const b = [...document.querySelectorAll("#details .action-line button[data-node^='entity:']")].find((x) => x.dataset.node !== arg);
    b.click();`,
  "expand it": `document.getElementById("explore-expand").click();`,
  "switch to events": `document.querySelector('[data-view="events"]').click();`,
  "run a query": `
    document.getElementById("query-input").value = arg;
    document.getElementById("query-form").requestSubmit();`,
  "change a filter": `document.querySelector('#filters input[data-facet="statuses"]').click();`,
};

async function firstFrame(browser: Browser, url: string): Promise<{ page: Page; firstFrame: number; interactive: number; loadLongest: number }> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  await page.addInitScript(OBSERVE_LONG_TASKS);
  await page.goto(url);
  await page.waitForFunction(() => document.body.dataset.ready === "true", null, { timeout: 600_000, polling: 100 });
  // This evaluate runs when the main thread is free: the page answers input from here.
  const interactive = await page.evaluate(() => performance.now());
  const first = await page.evaluate(() => (window as unknown as { __firstFrame?: number }).__firstFrame ?? NaN);
  const loadLongest = await page.evaluate(() => Math.max(0, ...(window as unknown as { __longTasks: { ms: number }[] }).__longTasks.map((x) => x.ms)));
  return { page, firstFrame: first, interactive, loadLongest };
}

/** REGKG_BENCH_SIZES=100000 picks the sizes (actions, comma-separated); REGKG_BENCH_RUNS the runs per size (default 3). */
const envSizes = process.env.REGKG_BENCH_SIZES?.split(",").map(Number).filter((n) => n > 0);

export async function explorerSessionBench(quick: boolean, sizes = envSizes?.length ? envSizes : quick ? [20_000] : [20_000, 100_000]): Promise<Measurement[]> {
  if (!existsSync(CHROMIUM)) return [measure("explorer session", "first frame", 0, [NaN], { note: `skipped: no Chromium at ${CHROMIUM}` })];
  const site = await serveProductionSite("session", 5374);
  const { outDir, base } = site;
  const browser = await launchChromium();
  const out: Measurement[] = [];
  const runs = Number(process.env.REGKG_BENCH_RUNS) || 3;
  try {
    for (const actions of sizes) {
      const graph = synthGraph({ actions, seed: 1 });
      layoutGraph(graph, { iterations: 0 }); // seeded positions, as for the other explorer runs
      const fold = foldActions(graph);
      const busiest = fold.reduceNodes((best, n) => (fold.degree(n) > fold.degree(best) ? n : best), fold.nodes()[0]!);
      const name = (graph.getNodeAttributes(busiest) as { name: string }).name;
      // Served by the preview server as a file: handed through the browser protocol, a 100 MB
      // body crashed the page.
      writeFileSync(join(outDir, "bench.graph.json"), JSON.stringify(serializeGraph(graph)));
      const bare: number[] = [];
      const explorer: Run[] = [];
      for (let run = 0; run < runs; run++) {
        // The file's full address: relative to the bare page it would be tests/bench/bench.graph.json, a 404.
        const b = await firstFrame(browser, `${base}tests/bench/bare.html?graph=${encodeURIComponent(`${base}bench.graph.json`)}`);
        bare.push(b.firstFrame);
        await b.page.close();
        const e = await firstFrame(browser, `${base}?graph=bench.graph.json`);
        const steps = {} as Run["steps"];
        for (const step of STEPS) {
          const arg = step === "run a query" ? `"${name}" -> *` : step === "select the busiest entity" ? name : busiest;
          steps[step] = await timed(e.page, ACTIONS[step], arg);
          // Let the camera animations and the deferred URL update finish between steps.
          await e.page.waitForTimeout(700);
        }
        if ((await e.page.evaluate(() => window.__regkg?.state().explore?.length)) !== 2) throw new Error("the scripted session did not expand a neighbour");
        explorer.push({ firstFrame: e.firstFrame, interactive: e.interactive, loadLongest: e.loadLongest, steps });
        await e.page.close();
        process.stderr.write(`explorer session ${actions}: run ${run + 1}/${runs} done\n`);
      }
      const size = graph.order;
      const ff = explorer.map((r) => r.firstFrame);
      out.push(
        measure("explorer session", `first frame (${size} nodes)`, actions, [...ff].sort((a, b) => a - b), {
          baseline: { name: "bare sigma", medianMs: median(bare), ratio: median(bare) / median(ff) },
          note: `explorer ${(median(ff) / median(bare)).toFixed(2)}x bare sigma; opens on the entity overview (${fold.order} entities, ${fold.size} edges)`,
        }),
        measure("explorer session", `time to interactive (${size} nodes)`, actions, explorer.map((r) => r.interactive).sort((a, b) => a - b), {
          note: `longest task while loading ${median(explorer.map((r) => r.loadLongest)).toFixed(0)} ms (median of runs)`,
        }),
      );
      for (const step of STEPS) {
        const longest = Math.max(...explorer.map((r) => r.steps[step].longest));
        out.push(
          measure("explorer session", `${step} (${size} nodes)`, actions, explorer.map((r) => r.steps[step].ms).sort((a, b) => a - b), {
            note: `longest task ${longest.toFixed(0)} ms (worst run)`,
          }),
        );
      }
      const sessionLongest = Math.max(...explorer.flatMap((r) => STEPS.map((s) => r.steps[s].longest)));
      out.push(measure("explorer session", `longest task in the session (${size} nodes)`, actions, [sessionLongest], { note: `busiest entity: ${name}, ${fold.degree(busiest)} folded edges` }));
    }
  } finally {
    await browser.close();
    await site.close();
  }
  return out;
}

if (import.meta.url === pathToFileURL(process.argv[1]!).href) {
  const results = await explorerSessionBench(process.argv.includes("--quick"));
  console.log(renderTable(results));
}
