import type { Page } from "playwright-core";
import { describe, expect, inject, it } from "vitest";
import { OVERVIEW_THRESHOLD } from "../../src/explorer/state.ts";
import { serializeGraph } from "../../src/graph/index.ts";
import { foldActions } from "../../src/query/index.ts";
import { synthGraph } from "../../src/synth/synth.ts";
import { cameraAtRest, nextFrames, waitReady } from "../helpers/browser.ts";
import { chromiumPagePerTest } from "../helpers/chromium-page.ts";

/** Over the threshold: the page opens on the entity overview, where the partial refreshes matter. */
const graph = synthGraph({ actions: OVERVIEW_THRESHOLD + 1000, seed: 7 });
const body = JSON.stringify(serializeGraph(graph));
const fold = foldActions(graph);
const entities = fold.nodes();
const edges = fold.edges();
const hub = [...entities].sort((a, b) => fold.degree(b) - fold.degree(a))[0]!;
const hubName = (graph.getNodeAttributes(hub) as { name: string }).name;
/** Statuses and action types, commonest first. */
const byCount = (key: "status" | "actionType") => {
  const counts = new Map<string, number>();
  graph.forEachNode((_n, a) => {
    if (a.kind === "action") counts.set(a[key], (counts.get(a[key]) ?? 0) + 1);
  });
  return [...counts].sort((a, b) => b[1] - a[1]).map(([v]) => v);
};

const baseURL = inject("baseURL");
let page: Page;
chromiumPagePerTest({ width: 1200, height: 800 }, async (p) => {
  page = p;
  await page.route("**/large.graph.json", (route) => route.fulfill({ contentType: "application/json", body }));
});

/** Everything sigma holds for drawing the overview: each node's and edge's display data, and the labels it drew. */
const drawing = () =>
  page.evaluate(
    ([ns, es]) => ({
      nodes: ns.map((n) => JSON.stringify(window.__regkg!.display(n))),
      edges: es.map((e) => JSON.stringify(window.__regkg!.edgeDisplay(e))),
      labels: window.__regkg!.labels(),
    }),
    [entities, edges] as const,
  );
const frames = () => nextFrames(page);
const settled = () => cameraAtRest(page);

/**
 * What the page drew after a change (reprocessing what changed only) is what sigma draws after
 * reprocessing the whole graph in the same state: the same display data for every entity and
 * folded edge, the same labels, the same pixels.
 */
async function drawsAsFullRefresh(): Promise<void> {
  if (process.env.REGKG_TRACE_REFRESH) console.log(await lastRefresh());
  await settled();
  await frames();
  const partial = await drawing();
  const partialPixels = await page.locator("#graph").screenshot();
  await page.evaluate(() => window.__regkg!.fullRefresh());
  await frames();
  const full = await drawing();
  expect(partial.nodes).toEqual(full.nodes);
  expect(partial.edges).toEqual(full.edges);
  expect(partial.labels).toEqual(full.labels);
  expect((await page.locator("#graph").screenshot()).equals(partialPixels)).toBe(true);
}

const lastRefresh = () => page.evaluate(() => window.__regkg!.lastRefresh!());

describe("what a change redraws", { timeout: 240_000 }, () => {
  it("filters, selections, an exploration and a highlight reprocess what they change, and sigma draws what a full refresh draws", async () => {
    const errors: string[] = [];
    page.on("pageerror", (e) => errors.push(e.message));
    await page.goto(`${baseURL}?graph=large.graph.json`);
    expect(await waitReady(page)).toBe("true");
    // The filters' tracker, which lists what a filter change flips, is built in idle time.
    await page.waitForFunction(() => document.body.dataset.indexed === "true", null, { timeout: 60_000 });
    // The rarest status (a change that touches a part of the graph), the commonest type (one that touches much of it).
    const status = byCount("status").at(-1)!;
    const type = byCount("actionType")[0]!;

    // A filter change: the flipped entities and the arrows whose thickness changes.
    await page.locator(`#filters input[data-facet="statuses"][data-value="${status}"]`).uncheck();
    const untick = await lastRefresh();
    expect(untick.kind).toMatch(/^partial/);
    expect(untick.edges).toBeGreaterThan(0);
    expect(untick.edges).toBeLessThan(edges.length);
    await drawsAsFullRefresh();

    // A search starts an exploration from the hub (everything else is hidden: a full refresh).
    await page.fill("#search", hubName);
    await expect.poll(() => page.locator("#search-results li").first().textContent()).toContain(hubName);
    await page.keyboard.press("Enter");
    await expect.poll(() => page.evaluate(() => window.__regkg!.state().explore)).toEqual([hub]);
    await drawsAsFullRefresh();

    // Selecting a neighbour changes two nodes' looks, nothing sigma indexes... except draw order (zIndex): see lastRefresh.
    const neighbour = await page.locator("#details .action-line button[data-node^='entity:']").evaluateAll((bs, h) => bs.map((b) => (b as HTMLElement).dataset.node!).find((n) => n !== h)!, hub);
    await page.locator(`#details .action-line button[data-node="${neighbour}"]`).first().click();
    await expect.poll(() => page.evaluate(() => window.__regkg!.state().selected)).toBe(neighbour);
    expect(await lastRefresh()).toMatchObject({ nodes: 2, edges: 0 });
    await drawsAsFullRefresh();

    // Expanding it shows its neighbours too; collapsing takes them back.
    await page.click("#explore-expand");
    await expect.poll(() => page.evaluate(() => window.__regkg!.state().explore)).toEqual([hub, neighbour]);
    await drawsAsFullRefresh();

    // A filter change during the exploration.
    await page.locator(`#filters input[data-facet="actionTypes"][data-value="${type}"]`).uncheck();
    await drawsAsFullRefresh();

    // An ego network (everything not in it is dimmed), then the selection moves within it.
    await page.click('#details [data-ego="1"]');
    await expect.poll(() => page.locator("#highlight-note").textContent()).toContain("Within 1 step");
    await drawsAsFullRefresh();
    await page.locator(`#details .action-line button[data-node="${hub}"]`).first().click();
    await expect.poll(() => page.evaluate(() => window.__regkg!.state().selected)).toBe(hub);
    expect((await lastRefresh()).kind).toMatch(/^partial/);
    await drawsAsFullRefresh();

    await page.click("#explore-collapse");
    await expect.poll(() => page.evaluate(() => window.__regkg!.state().explore)).toEqual([neighbour]);
    await drawsAsFullRefresh();

    // Both filters back, then the highlight and the exploration cleared (two changes in one click).
    await page.locator(`#filters input[data-facet="statuses"][data-value="${status}"]`).check();
    await page.locator(`#filters input[data-facet="actionTypes"][data-value="${type}"]`).check();
    await drawsAsFullRefresh();
    await page.click("#highlight-clear");
    await expect.poll(() => page.evaluate(() => window.__regkg!.state().explore)).toBeNull();
    await drawsAsFullRefresh();
    expect(errors).toEqual([]);
  });
});
