import { existsSync } from "node:fs";
import { layoutGraph, serializeGraph } from "../../src/graph/index.ts";
import { synthGraph } from "../../src/synth/synth.ts";
import { CHROMIUM, launchChromium } from "../helpers/browser.ts";
import { SEED_DIR } from "../helpers/paths.ts";
import { loadGraphData } from "../../src/graph/node.ts";
import { serveProductionSite } from "./site.ts";
import { measure, type Measurement } from "./harness.ts";

/**
 * The explorer against bare sigma in headless Chromium (software GL: absolute times say
 * little, the ratio is the point): time from navigation to the first frame, and for the
 * explorer to the first search result.
 */
export async function explorerBench(quick: boolean, sizes = quick ? [4_000] : [4_000, 17_000, 43_000]): Promise<Measurement[]> {
  if (!existsSync(CHROMIUM)) return [measure("explorer", "first frame", 0, [NaN], { note: `skipped: no Chromium at ${CHROMIUM}` })];
  const seed = loadGraphData(SEED_DIR);
  layoutGraph(seed);
  const graphs: [string, object, number, string][] = [["seed", serializeGraph(seed), seed.order, "central bank"]];
  for (const actions of sizes) {
    const g = synthGraph({ actions, seed: 1 });
    layoutGraph(g, { iterations: 0 }); // seeded positions: the page is handed precomputed ones
    graphs.push([`${g.order} nodes`, serializeGraph(g), g.order, "authority"]);
  }
  // The production build, as users get it from `npm run build`, plus the bare page.
  const site = await serveProductionSite("site", 5373);
  const { base } = site;
  const browser = await launchChromium();
  const out: Measurement[] = [];
  try {
    for (const [label, json, order, term] of graphs) {
      const body = JSON.stringify(json);
      const time = async (path: string, search: boolean) => {
        const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
        await page.route("**/bench.graph.json", (route) => route.fulfill({ contentType: "application/json", body }));
        await page.goto(`${base}${path}?graph=bench.graph.json`);
        await page.waitForFunction(() => document.body.dataset.ready === "true", null, { timeout: 300_000 });
        const first = await page.evaluate(() => (window as unknown as { __firstFrame?: number }).__firstFrame ?? performance.now());
        if (process.env.REGKG_BENCH_MARKS) {
          const marks = await page.evaluate(() => performance.getEntriesByType("mark").map((m) => `${m.name} ${m.startTime.toFixed(0)}`));
          process.stderr.write(`${label} ${path || "explorer"}: ${marks.join(", ")} first ${first.toFixed(0)}\n`);
        }
        let searchMs = NaN;
        if (search) {
          const t = await page.evaluate(() => performance.now());
          await page.fill("#search", term);
          await page.waitForSelector("#search-results li");
          searchMs = (await page.evaluate(() => performance.now())) - t;
        }
        await page.close();
        return { first, searchMs };
      };
      // One run of each first, so both find the browser's caches in the same state; then
      // several of each, alternating, and their medians (one sample swings by a third on this
      // machine). Small graphs take a fraction of a second a run, so they get more runs.
      await time("tests/bench/bare.html", false);
      await time("", false);
      const runs = order < 1000 ? 9 : 3;
      const bares: number[] = [];
      const explorers: { first: number; searchMs: number }[] = [];
      for (let run = 0; run < runs; run++) {
        bares.push((await time("tests/bench/bare.html", false)).first);
        explorers.push(await time("", true));
      }
      const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
      const bare = { first: median(bares) };
      const explorer = { first: median(explorers.map((e) => e.first)), searchMs: median(explorers.map((e) => e.searchMs)) };
      out.push(
        measure("explorer", `first frame (${label})`, order, explorers.map((e) => e.first).sort((a, b) => a - b), {
          baseline: { name: "bare sigma", medianMs: bare.first, ratio: bare.first / explorer.first },
          note: `explorer ${(explorer.first / bare.first).toFixed(2)}x bare sigma; search result in ${explorer.searchMs.toFixed(0)} ms`,
        }),
      );
    }
  } finally {
    await browser.close();
    await site.close();
  }
  return out;
}
