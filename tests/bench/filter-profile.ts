/**
 * Where a filter change's time on the page's thread goes, in the production build on a
 * synthetic graph (default 20,000 actions), as the Chrome DevTools protocol's CPU profiler
 * books it: a status is unticked and ticked again, twice, each change profiled on its own.
 *
 *   node --import tsx tests/bench/filter-profile.ts [actions]
 *
 * Prints per change its wall time (input to the next frame), the JavaScript the profiler
 * sampled ("(program)" and "(idle)" left out) and the five largest items. Not a test.
 */
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { layoutGraph, serializeGraph } from "../../src/graph/index.ts";
import { synthGraph } from "../../src/synth/synth.ts";
import { launchChromium } from "../helpers/browser.ts";
import { serveProductionSite } from "./site.ts";

interface Profile {
  nodes: { id: number; callFrame: { functionName: string; url: string; lineNumber: number } }[];
  samples: number[];
  timeDeltas: number[];
}

const actions = Number(process.argv[2] ?? 20_000);
const site = await serveProductionSite("filter-profile", 5391);
const browser = await launchChromium();
try {
  const graph = synthGraph({ actions, seed: 1 });
  layoutGraph(graph, { iterations: 0 });
  writeFileSync(join(site.outDir, "bench.graph.json"), JSON.stringify(serializeGraph(graph)));
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  page.on("pageerror", (e) => console.log("pageerror:", e.message));
  await page.goto(`${site.base}?graph=bench.graph.json`);
  await page.waitForFunction(() => document.body.dataset.ready === "true", null, { timeout: 600_000 });
  // The idle builds (query index, filters' tracker), so the change takes the path it takes later on.
  await page.waitForFunction(() => document.body.dataset.indexed === "true", null, { timeout: 600_000 });
  const cdp = await page.context().newCDPSession(page);
  await cdp.send("Profiler.enable");
  const status = await page.locator('#filters input[data-facet="statuses"]').first().getAttribute("data-value");
  for (let i = 0; i < 4; i++) {
    await page.waitForTimeout(1000);
    await cdp.send("Profiler.start");
    const t = Date.now();
    await page.locator(`#filters input[data-facet="statuses"][data-value="${status}"]`).click();
    await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0))));
    const wall = Date.now() - t;
    const { profile } = (await cdp.send("Profiler.stop")) as unknown as { profile: Profile };
    const perNode = new Map<number, number>();
    profile.samples.forEach((id, k) => perNode.set(id, (perNode.get(id) ?? 0) + (profile.timeDeltas[k] ?? 0)));
    const self = new Map<string, number>();
    for (const n of profile.nodes) {
      const key = `${n.callFrame.functionName || "(anonymous)"} ${n.callFrame.url.replace(/^.*\//, "")}:${n.callFrame.lineNumber}`;
      self.set(key, (self.get(key) ?? 0) + (perNode.get(n.id) ?? 0) / 1000);
    }
    const js = [...self].filter(([k]) => !k.startsWith("(idle)") && !k.startsWith("(program)")).reduce((sum, [, ms]) => sum + ms, 0);
    console.log(`${i % 2 ? "tick" : "untick"} ${status}: ${wall} ms wall, ${js.toFixed(0)} ms JavaScript sampled`);
    for (const [k, ms] of [...self].sort((a, b) => b[1] - a[1]).slice(0, 5)) console.log(`  ${ms.toFixed(0).padStart(6)} ms  ${k}`);
  }
} finally {
  await browser.close();
  await site.close();
}
