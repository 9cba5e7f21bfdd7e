import type { Page } from "playwright-core";
import { describe, expect, inject, it } from "vitest";
import { ENTITY_SIZE_MAX } from "../../src/export/look.ts";
import { CATEGORY_COLORS, STATUS_COLORS } from "../../src/export/palette.ts";
import { serializeGraph } from "../../src/graph/index.ts";
import { synthGraph } from "../../src/synth/synth.ts";
import { snap } from "../helpers/browser.ts";
import { chromiumPagePerTest } from "../helpers/chromium-page.ts";

const baseURL = inject("baseURL");
let page: Page;
chromiumPagePerTest({ width: 1400, height: 900 }, (p) => {
  page = p;
});

/** Open the page and wait until it has drawn; a 20,000-action graph takes a while on two busy cores. */
async function open(url = baseURL, timeout = 30_000): Promise<void> {
  await page.goto(url);
  await page.waitForFunction(() => document.body.dataset.ready !== undefined, null, { timeout });
  expect(await page.evaluate(() => document.body.dataset.ready)).toBe("true");
}

/** What sigma draws for nodes, after the reducers. */
const drawn = (nodes: string[]) =>
  page.evaluate((ns) => ns.map((n) => window.__regkg!.display(n) as { color: string; size: number } | undefined), nodes);
const statsDone = (timeout: number) => page.waitForFunction(() => document.getElementById("stats-progress")?.dataset.done === "true", null, { timeout });

describe("appearance", () => {
  it("colour and size choices change what sigma draws; the legend, the address and the panel follow", async () => {
    await open();
    const action = "action:china-crypto-crackdown-intensify:2";
    const [tencentBefore, actionBefore] = await drawn(["entity:tencent", action]);
    expect(tencentBefore!.color).toBe(CATEGORY_COLORS.company);

    await page.selectOption("#color-by", "status");
    // Tencent's shutdown of the WeChat accounts is enacted: the action is drawn in the status colour.
    await expect.poll(async () => (await drawn([action]))[0]!.color).toBe(STATUS_COLORS.enacted);
    expect((await drawn(["entity:tencent"]))[0]!.color).not.toBe(CATEGORY_COLORS.company);
    const legend = await page.locator("#legend li").allTextContents();
    expect(legend.at(-1)).toBe("document");
    for (const item of legend.slice(0, -1)) expect(item).toMatch(/^(enacted|announced|planned|stated|reported) \(\d+\)$/);
    expect(legend.some((item) => item.startsWith("enacted"))).toBe(true);
    // (The address follows the state after a short debounce: wait for it.)
    await expect.poll(() => new URL(page.url()).searchParams.get("color")).toBe("status");

    // Sized by actions as target, an entity that never is a target shrinks to the minimum.
    await page.selectOption("#size-by", "asTarget");
    await expect.poll(async () => (await drawn(["entity:tencent"]))[0]!.size).toBeLessThan(tencentBefore!.size);
    expect((await drawn([action]))[0]!.size).toBe(actionBefore!.size);
    await snap(page, "appearance-status-target");

    // The choice survives a reload, as the rest of the view does.
    await page.reload();
    await page.waitForFunction(() => document.body.dataset.ready === "true");
    expect(await page.locator("#color-by").inputValue()).toBe("status");
    expect((await drawn([action]))[0]!.color).toBe(STATUS_COLORS.enacted);

    // The panel shows the node's values; PageRank and community once asked for.
    await page.fill("#search", "Tencent");
    await page.keyboard.press("Enter");
    const values = page.locator("#details #node-values");
    await expect.poll(() => values.locator("dt").allTextContents()).toEqual(["links", "actions as actor", "actions as target", "PageRank", "community", ""]);
    await page.click("#compute-stats");
    await statsDone(30_000);
    await expect.poll(() => values.locator("dd").nth(3).textContent()).toMatch(/^\d\.\d+(e-\d+)? \(\d+(st|nd|rd|th) of \d+\)$/);
  });

  it("the layout settings are checked and a running layout takes them", async () => {
    await open();
    await page.click("#layout-settings summary");
    await page.fill("#fa2-gravity", "-2");
    await page.locator("#fa2-gravity").dispatchEvent("change");
    await expect.poll(() => page.locator("#fa2-error").textContent()).toBe("gravity: expected a number of at least 0, got -2");
    await page.fill("#fa2-gravity", "1");
    await page.locator("#fa2-gravity").dispatchEvent("change");
    await expect.poll(() => page.locator("#fa2-error").isHidden()).toBe(true);

    await page.click("#layout-toggle");
    const at = () => page.evaluate(() => JSON.stringify(window.__regkg!.viewport("entity:tencent")));
    const before = await at();
    await expect.poll(at, { timeout: 10_000 }).not.toBe(before);
    // New settings while it runs: the layout restarts with them and keeps moving the graph.
    await page.check("#fa2-linlog");
    expect(await page.locator("#layout-toggle").textContent()).toBe("Stop layout");
    const after = await at();
    await expect.poll(at, { timeout: 10_000 }).not.toBe(after);
    await page.click("#layout-toggle");
    expect(await page.locator("#layout-toggle").textContent()).toBe("Run layout");
  });

  it("at 20,000 actions: no node drawn above the cap, community colouring in several colours, PageRank sizes", async () => {
    const graph = synthGraph({ actions: 20_000, seed: 1 });
    const entities = graph.filterNodes((_n, a) => a.kind === "entity");
    const busiest = entities.reduce((best, e) => (graph.degree(e) > graph.degree(best) ? e : best));
    // The hubs of this graph have thousands of links: drawn by the old rule they covered the canvas.
    expect(graph.degree(busiest)).toBeGreaterThan(1000);
    const body = JSON.stringify(serializeGraph(graph));
    await page.route("**/big.graph.json", (route) => route.fulfill({ contentType: "application/json", body }));
    // The events view, where actions are drawn too (a graph this size opens on the entity overview).
    await open(`${baseURL}?graph=big.graph.json&view=events`, 120_000);

    const sizes = async () => (await drawn(entities)).map((d) => d!.size);
    expect(Math.max(...(await sizes()))).toBeLessThanOrEqual(ENTITY_SIZE_MAX);
    expect((await drawn([busiest]))[0]!.size).toBe(ENTITY_SIZE_MAX);

    await page.selectOption("#color-by", "community");
    await statsDone(120_000);
    await expect.poll(async () => new Set((await drawn(entities)).map((d) => d!.color)).size, { timeout: 30_000 }).toBeGreaterThan(3);
    expect(await page.locator("#legend li").first().textContent()).toMatch(/^community 1 · \d+ entities$/);
    // An action is drawn in its actor's community colour.
    const actorsOf = (n: string) => graph.inEdges(n).filter((e) => graph.getEdgeAttribute(e, "kind") === "actor").map((e) => graph.source(e));
    const action = graph.findNode((n, a) => a.kind === "action" && actorsOf(n).length === 1)!;
    const actor = actorsOf(action)[0]!;
    const [a, b] = await drawn([action, actor]);
    expect(a!.color).toBe(b!.color);
    await snap(page, "appearance-20k-community");

    await page.selectOption("#size-by", "pagerank");
    await expect.poll(async () => Math.max(...(await sizes())), { timeout: 30_000 }).toBe(ENTITY_SIZE_MAX);
    const pr = await sizes();
    expect(new Set(pr.map((s) => s.toFixed(2))).size).toBeGreaterThan(10);
    await snap(page, "appearance-20k-pagerank");
  }, 300_000);
});
