/**
 * Where an interaction's time goes on the page's main thread, from a Chromium performance trace
 * (not a JavaScript profile: the trace names the native work too — style, layout, paint, WebGL
 * calls waiting for the GPU process). Runs the explorer-session steps on a synthetic graph and
 * prints, per step, the wall time (input to the frame after) and the main thread's self time by
 * trace event, largest first.
 *
 *   node --max-old-space-size=12288 --import tsx tests/bench/interaction-trace.ts [actions] [query-string] [steps]
 *
 * `query-string` is added to the page's address (e.g. "refresh=full"; "-" for none); `steps`
 * (comma-separated keys of session-steps.ts's STEP_BODY, e.g. "status,status,search,events")
 * replaces the suite session's steps. Not a test.
 */
import { loadavg } from "node:os";
import type { Page } from "playwright-core";
import { launchChromium } from "../helpers/browser.ts";
import { sessionGraph, STEP_BODY } from "./session-steps.ts";
import { serveProductionSite } from "./site.ts";

const actions = Number(process.argv[2] ?? 100_000);
const extra = process.argv[3] && process.argv[3] !== "-" ? `&${process.argv[3]}` : "";

const SUITE_STEPS: { name: string; body: string }[] = [
  { name: "select the busiest entity", body: STEP_BODY.search },
  { name: "select a neighbour", body: STEP_BODY.neighbour },
  { name: "expand it", body: STEP_BODY.expand },
  { name: "switch to events", body: STEP_BODY.events },
  { name: "run a query", body: STEP_BODY.query },
  { name: "change a filter", body: STEP_BODY.status },
];
const STEPS = process.argv[4]
  ? process.argv[4].split(",").map((key) => {
      const body = STEP_BODY[key as keyof typeof STEP_BODY];
      if (!body) throw new Error(`steps: "${key}" is not one of ${Object.keys(STEP_BODY).join(", ")}`);
      return { name: key, body };
    })
  : SUITE_STEPS;

interface TraceEvent {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  pid: number;
  tid: number;
  cat: string;
  args?: { name?: string };
}

/** Self time per event name on one thread, between t0 and t1 (µs), from complete ("X") events. */
function selfTimes(events: TraceEvent[], pid: number, tid: number, t0: number, t1: number): Map<string, number> {
  const xs = events.filter((e) => e.pid === pid && e.tid === tid && e.ph === "X" && e.dur !== undefined && e.ts >= t0 && e.ts <= t1).sort((a, b) => a.ts - b.ts || b.dur! - a.dur!);
  const out = new Map<string, number>();
  const stack: { e: TraceEvent; end: number; child: number }[] = [];
  const close = (upTo: number) => {
    while (stack.length && stack[stack.length - 1]!.end <= upTo) {
      const top = stack.pop()!;
      out.set(top.e.name, (out.get(top.e.name) ?? 0) + top.e.dur! - top.child);
    }
  };
  for (const e of xs) {
    close(e.ts);
    const parent = stack[stack.length - 1];
    if (parent) parent.child += Math.min(e.dur!, parent.end - e.ts);
    stack.push({ e, end: e.ts + e.dur!, child: 0 });
  }
  close(Infinity);
  return out;
}

async function timed(page: Page, body: string, arg: unknown): Promise<number> {
  return page.evaluate(
    async ([b, a]) => {
      const t = performance.now();
      new Function("arg", b as string)(a);
      await new Promise<void>((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
      return performance.now() - t;
    },
    [body, arg] as const,
  );
}

const site = await serveProductionSite("interaction-trace", 5393, { minify: false });
const browser = await launchChromium();
try {
  const { graph, busiest, name } = sessionGraph(site.outDir, actions);
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  page.on("pageerror", (e) => console.log("pageerror:", e.message));
  await page.goto(`${site.base}?graph=bench.graph.json${extra}`);
  await page.waitForFunction(() => document.body.dataset.ready === "true", null, { timeout: 600_000, polling: 100 });
  await page.waitForFunction(() => document.body.dataset.indexed === "true", null, { timeout: 600_000 });
  console.log(`${actions} actions, ${graph.order} nodes; busiest ${name}; load average ${loadavg()[0]!.toFixed(2)}`);
  for (const s of STEPS) {
    await page.waitForTimeout(800);
    await browser.startTracing(page, { categories: ["devtools.timeline", "disabled-by-default-devtools.timeline", "toplevel", "blink", "gpu", "v8", "cc", "viz"] });
    const wall = await timed(page, s.body, { name, id: busiest });
    await page.waitForTimeout(300);
    const buf = await browser.stopTracing();
    const events = (JSON.parse(buf.toString()) as { traceEvents: TraceEvent[] }).traceEvents;
    const main = events.find((e) => e.ph === "M" && e.name === "thread_name" && e.args?.name === "CrRendererMain");
    if (!main) throw new Error("no renderer main thread in the trace");
    const lastRefresh = await page.evaluate(() => JSON.stringify(window.__regkg?.lastRefresh?.()));
    const times = selfTimes(events, main.pid, main.tid, 0, Infinity);
    const top = [...times].sort((a, b) => b[1] - a[1]).slice(0, 12);
    console.log(`\n${s.name}: wall ${wall.toFixed(0)} ms; refresh ${lastRefresh}`);
    for (const [n, us] of top) console.log(`  ${(us / 1000).toFixed(0).padStart(7)} ms  ${n}`);
  }
  console.log(`\nload average after: ${loadavg()[0]!.toFixed(2)}`);
} finally {
  await browser.close();
  await site.close();
}
