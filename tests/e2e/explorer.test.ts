import { cpSync, mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { MultiDirectedGraph } from "graphology";
import { join } from "node:path";
import type { Page } from "playwright-core";
import { PNG } from "pngjs";
import { describe, expect, inject, it } from "vitest";
import { DIM_NODE } from "../../src/explorer/reducers.ts";
import { serializeGraph } from "../../src/graph/index.ts";
import { synthGraph } from "../../src/synth/synth.ts";
import { snap, waitReady } from "../helpers/browser.ts";
import { chromiumPagePerTest } from "../helpers/chromium-page.ts";
import { regkg } from "../helpers/cli.ts";
import { REPO, SEED_DIR } from "../helpers/paths.ts";

const baseURL = inject("baseURL");
const seed = () => JSON.parse(readFileSync(join(REPO, "public/data/seed.graph.json"), "utf8"));
let page: Page;
chromiumPagePerTest({ width: 1400, height: 900 }, (p) => {
  page = p;
});

async function open(url = baseURL): Promise<void> {
  await page.goto(url);
  expect(await waitReady(page)).toBe("true");
}

/** What sigma draws for a node, after the reducers. */
const display = (node: string) => page.evaluate((n) => window.__regkg!.display(n), node);
const state = () => page.evaluate(() => window.__regkg!.state());

/** Move the mouse onto a node, where sigma has drawn it. */
async function pointAt(node: string): Promise<{ x: number; y: number }> {
  const box = (await page.locator("#graph").boundingBox())!;
  const at = (await page.evaluate((n) => window.__regkg!.viewport(n), node))!;
  const point = { x: box.x + at.x, y: box.y + at.y };
  await page.mouse.move(point.x, point.y);
  return point;
}

/** Share of pixels in the PNG that differ clearly from the background colour. */
function inkRatio(png: Buffer, background: [number, number, number]): number {
  const img = PNG.sync.read(png);
  let ink = 0;
  for (let i = 0; i < img.data.length; i += 4) {
    const d = Math.abs(img.data[i]! - background[0]) + Math.abs(img.data[i + 1]! - background[1]) + Math.abs(img.data[i + 2]! - background[2]);
    if (d > 60) ink++;
  }
  return ink / (img.width * img.height);
}

describe("explorer", () => {
  it("renders the seed graph: the canvas is drawn and the page reports the graph's node count", async () => {
    const errors: string[] = [];
    page.on("pageerror", (e) => errors.push(e.message));
    await open();
    const built = seed();
    const status = page.locator("#status");
    expect(Number(await status.getAttribute("data-node-count"))).toBe(built.nodes.length);
    expect(Number(await status.getAttribute("data-edge-count"))).toBe(built.edges.length);
    const canvasShot = await page.locator("#graph").screenshot();
    await snap(page, "first-page");
    // The page background is #fbfaf7; nodes, edges and labels must cover a visible share.
    expect(inkRatio(canvasShot, [0xfb, 0xfa, 0xf7])).toBeGreaterThan(0.005);
    expect(await display("action:china-crypto-crackdown-intensify:2")).toMatchObject({ type: "square" });
    expect(errors).toEqual([]);
  });

  it("search by alias focuses and selects the node", async () => {
    await open();
    const before = await page.evaluate(() => window.__regkg!.camera());
    await page.fill("#search", "central bank");
    await expect.poll(() => page.locator("#search-results li").first().textContent()).toContain("People's Bank of China");
    await page.keyboard.press("Enter");
    await expect.poll(async () => (await state()).selected).toBe("entity:pboc");
    await expect.poll(async () => (await page.evaluate(() => window.__regkg!.camera())).ratio).toBeLessThan(before.ratio);
    expect(await page.locator("#details h2").textContent()).toBe("People's Bank of China");
    expect(await display("entity:pboc")).toMatchObject({ highlighted: true });
    await snap(page, "search-alias");

    // The Chinese name finds its entity too.
    await page.fill("#search", "潘功胜");
    await page.keyboard.press("Enter");
    await expect.poll(async () => (await state()).selected).toBe("entity:pan-gongsheng");
  });

  it("hovering a node dims everything outside its neighbourhood", async () => {
    await open();
    expect((await display("entity:icos"))!.color).not.toBe(DIM_NODE);
    await pointAt("entity:tencent");
    await expect.poll(async () => (await state()).hovered).toBe("entity:tencent");
    // Tencent operates WeChat and shut the accounts; ICOs are no part of that.
    await expect.poll(async () => (await display("entity:icos"))!.color).toBe(DIM_NODE);
    expect((await display("entity:wechat"))!.color).not.toBe(DIM_NODE);
    expect((await display("entity:wechat-accounts-of-crypto-platforms"))!.color).not.toBe(DIM_NODE);
    expect(await display("entity:tencent")).toMatchObject({ highlighted: true });
    await snap(page, "hover-tencent");
    await page.mouse.move(2, 2);
    await expect.poll(async () => (await display("entity:icos"))!.color).not.toBe(DIM_NODE);
  });

  it("clicking a node shows its evidence quote in its sentence", async () => {
    await open();
    const p = await pointAt("entity:tencent");
    await page.mouse.click(p.x, p.y);
    await expect.poll(() => page.locator("#details h2").textContent()).toBe("Tencent");
    const marks = await page.locator("#details mark").allTextContents();
    expect(marks).toContain("closure of a slew of related social media acounts by internet giant Tencent");
    const quote = page.locator("#details blockquote").first();
    expect(await quote.textContent()).toMatch(/^Sources close to regulators say .*closure of a slew .* Tencent\.$/);
    expect(await page.locator("#details figcaption").first().textContent()).toContain("China’s Cryptocurrency Crackdown Set to Further Intensify");
    await snap(page, "click-tencent");
  });

  it("a status filter hides the planned actions and the count updates", async () => {
    await open();
    const planned = seed().nodes.filter((n: { attributes: { status?: string } }) => n.attributes.status === "planned");
    const total = Number(await page.locator("#status").getAttribute("data-visible-actions"));
    await page.locator('#filters input[data-facet="statuses"][data-value="planned"]').uncheck();
    await expect.poll(async () => Number(await page.locator("#status").getAttribute("data-visible-actions"))).toBe(total - planned.length);
    expect(await page.locator("#status").textContent()).toContain(`${total - planned.length} of ${total} actions shown`);
    for (const n of planned) expect(await display(n.key)).toMatchObject({ hidden: true });
    expect(await display("action:china-crypto-crackdown-intensify:2")).not.toMatchObject({ hidden: true });
    await snap(page, "filter-planned");
  });

  it("an empty filter result says so instead of showing a blank canvas", async () => {
    await open();
    for (const box of await page.locator('#filters input[data-facet="statuses"]').all()) await box.uncheck();
    await expect.poll(() => page.locator("#empty").isVisible()).toBe(true);
    await snap(page, "filter-empty");
  });

  it("the query box answers who acted on WeChat accounts, with evidence, and highlights the answer", async () => {
    await open();
    await page.fill("#query-input", '* -> "WeChat accounts"');
    await page.locator("#query-input").press("Enter");
    const rows = page.locator("#query-results .query-rows li");
    await expect.poll(() => rows.count()).toBe(1);
    expect(await rows.first().locator(".row-line").textContent()).toBe("Tencent → shutdown (enacted) → WeChat accounts of cryptocurrency platforms");
    expect(await rows.first().locator(".row-quote").textContent()).toContain("closure of a slew of related social media acounts");
    expect((await display("entity:tencent"))!.color).not.toBe(DIM_NODE);
    expect((await display("entity:icos"))!.color).toBe(DIM_NODE);
    await snap(page, "query-wechat");

    await page.fill("#query-input", "PBOC -[bann]-> *");
    await page.locator("#query-input").press("Enter");
    await expect.poll(() => page.locator("#query-results .error").textContent()).toMatch(/column 8: unknown action type "bann"/);
  });

  it("document text is shown as text: a name holding markup is not run", async () => {
    const built = seed();
    const tencent = built.nodes.find((n: { key: string }) => n.key === "entity:tencent");
    tencent.attributes.name = "<img src=x onerror=window.__pwned=1>";
    await page.route("**/hostile.graph.json", (route) => route.fulfill({ contentType: "application/json", body: JSON.stringify(built) }));
    await open(`${baseURL}?graph=hostile.graph.json`);
    await page.fill("#search", "<img");
    await page.keyboard.press("Enter");
    await expect.poll(() => page.locator("#details h2").textContent()).toBe("<img src=x onerror=window.__pwned=1>");
    expect(await page.locator("#details img, #search-results img").count()).toBe(0);
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
  });

  it("shows a readable error page for a graph file that fails validation", async () => {
    const built = seed();
    built.nodes[1].key = "<img src=x onerror=window.__pwned=1>";
    await page.route("**/broken.graph.json", (route) => route.fulfill({ contentType: "application/json", body: JSON.stringify(built) }));
    await page.goto(`${baseURL}?graph=broken.graph.json`);
    expect(await waitReady(page)).toBe("error");
    await snap(page, "error-page");
    const problems = await page.locator("#error-list li").allTextContents();
    expect(problems.some((p) => p.includes("$.nodes[1].key") && p.includes("<img src=x onerror=window.__pwned=1>"))).toBe(true);
    expect(await page.locator("#error img").count()).toBe(0);
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    expect(await page.locator("main").isHidden()).toBe(true);
  });

  it("the URL round-trips the view: selection, filters and query survive a reload", async () => {
    await open();
    await page.fill("#search", "PBOC");
    await page.keyboard.press("Enter");
    await page.locator('#filters input[data-facet="statuses"][data-value="planned"]').uncheck();
    await page.fill("#query-input", "* -> ICOs");
    await page.locator("#query-input").press("Enter");
    await expect.poll(() => page.evaluate(() => location.search)).toContain("q=");
    const url = page.url();
    expect(new URL(url).searchParams.getAll("hide")).toEqual(["statuses:planned"]);

    await page.reload();
    expect(await waitReady(page)).toBe("true");
    const s = await state();
    expect(s.selected).toBe("entity:pboc");
    expect(await page.evaluate(() => [...window.__regkg!.state().filters.statuses])).toEqual(["planned"]);
    expect(s.query).toBe("* -> ICOs");
    expect(await page.locator("#query-input").inputValue()).toBe("* -> ICOs");
    expect(await page.locator('#filters input[data-value="planned"]').isChecked()).toBe(false);
    expect(await page.locator("#details h2").textContent()).toBe("People's Bank of China");
    expect(await page.locator("#query-results .query-rows li").count()).toBe(4);
  });

  it("downloads the graph as JSON that graphology imports back with the same counts, and the filtered view", async () => {
    await open();
    const built = seed();
    const [whole] = await Promise.all([page.waitForEvent("download"), page.click("#download-json")]);
    const back = MultiDirectedGraph.from(JSON.parse(readFileSync((await whole.path())!, "utf8")));
    expect([back.order, back.size]).toEqual([built.nodes.length, built.edges.length]);

    await page.locator('#filters input[data-facet="statuses"][data-value="planned"]').uncheck();
    const [view] = await Promise.all([page.waitForEvent("download"), page.click("#download-view")]);
    const part = MultiDirectedGraph.from(JSON.parse(readFileSync((await view.path())!, "utf8")));
    const shown = Number(await page.locator("#status").getAttribute("data-visible-actions"));
    expect(part.filterNodes((_n, a) => a.kind === "action")).toHaveLength(shown);
    expect(part.order).toBeLessThan(back.order);

    const [png] = await Promise.all([page.waitForEvent("download"), page.click("#download-png")]);
    expect(readFileSync((await png.path())!).subarray(1, 4).toString()).toBe("PNG");
  });

  it("opens another graph file, and shows the problems of one that fails validation", async () => {
    await open();
    const renamed = seed();
    renamed.nodes.find((n: { key: string }) => n.key === "entity:tencent").attributes.name = "Tencent Holdings";
    await page.setInputFiles("#open-file", { name: "renamed.json", mimeType: "application/json", buffer: Buffer.from(JSON.stringify(renamed)) });
    await expect.poll(() => page.evaluate(() => window.__regkg!.source)).toBe("file:renamed.json");
    await page.fill("#search", "holdings");
    await expect.poll(() => page.locator("#search-results li").first().textContent()).toContain("Tencent Holdings");

    const broken = seed();
    broken.edges[0].target = "entity:nobody";
    await page.setInputFiles("#open-file", { name: "broken.json", mimeType: "application/json", buffer: Buffer.from(JSON.stringify(broken)) });
    await expect.poll(() => page.locator("#error").isVisible()).toBe(true);
    expect(await page.locator("#error-summary").textContent()).toBe("broken.json: 1 problem found.");
    expect(await page.locator("#error-list li").first().textContent()).toContain("$.edges[0].target: unknown entity");
    await snap(page, "open-broken-file");
  });

  it("works from the keyboard: find a node, follow its actions in the panel, switch views", async () => {
    await open();
    // The first Tab lands in the search box.
    await page.keyboard.press("Tab");
    expect(await page.evaluate(() => document.activeElement?.id)).toBe("search");
    await page.keyboard.type("wechat acc");
    await page.keyboard.press("ArrowDown");
    await page.keyboard.press("Enter");
    await expect.poll(async () => (await state()).selected).toBe("entity:wechat-accounts-of-crypto-platforms");
    // Every neighbour in the panel is a button: Tab to Tencent and open it with Enter.
    const tencent = page.locator('#details button[data-node="entity:tencent"]').first();
    await tencent.focus();
    await page.keyboard.press("Enter");
    await expect.poll(async () => (await state()).selected).toBe("entity:tencent");
    await page.locator('[data-view="who"]').focus();
    await page.keyboard.press("Enter");
    await expect.poll(async () => (await state()).view).toBe("who");
    // Focus is visible where it is.
    const outline = await page.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle);
    expect(outline).not.toBe("none");
  });

  it("opens a graph file dropped onto the page", async () => {
    await open();
    const dropped = seed();
    dropped.nodes.find((n: { key: string }) => n.key === "entity:wechat").attributes.name = "Weixin";
    // A real drop: a DataTransfer holding a File, dispatched as the browser would on release.
    const transfer = await page.evaluateHandle((json) => {
      const dt = new DataTransfer();
      dt.items.add(new File([json], "dropped.graph.json", { type: "application/json" }));
      return dt;
    }, JSON.stringify(dropped));
    await page.dispatchEvent("#stage", "dragover", { dataTransfer: transfer });
    expect(await page.evaluate(() => document.body.classList.contains("dragging"))).toBe(true);
    await page.dispatchEvent("#stage", "drop", { dataTransfer: transfer });
    await expect.poll(() => page.evaluate(() => window.__regkg!.source)).toBe("file:dropped.graph.json");
    expect(await page.evaluate(() => document.body.classList.contains("dragging"))).toBe(false);
    await page.fill("#search", "weixin");
    await expect.poll(() => page.locator("#search-results li").first().textContent()).toContain("Weixin");
  });

  it("marks what the extractor proposed and nobody has reviewed yet", async () => {
    const data = join(mkdtempSync(join(tmpdir(), "regkg-e2e-")), "graph-data");
    cpSync(SEED_DIR, data, { recursive: true });
    const ingest = regkg(["ingest", join(REPO, "tests/fixtures/gold/sec-ban.txt"), "--data", data]);
    expect(ingest.status, ingest.stderr).toBe(0);
    const built = regkg(["build", "--data", data]);
    expect(built.status, built.stderr).toBe(0);
    await page.route("**/ingested.graph.json", (route) => route.fulfill({ contentType: "application/json", body: built.stdout }));
    await open(`${baseURL}?graph=ingested.graph.json&node=${encodeURIComponent("entity:nova-exchange")}`);
    await expect.poll(() => page.locator("#details h2").textContent()).toBe("Nova Exchange");
    const badges = page.locator("#details [data-review=proposed]");
    // The entity itself and the fine it suffered.
    await expect.poll(() => badges.count()).toBe(2);
    expect(await badges.nth(1).getAttribute("title")).toMatch(/^proposed by the extractor \(rule:fine\.[\w.-]+:active\), not reviewed yet$/);
    await snap(page, "proposed-review");
    // A hand-annotated action carries no such mark.
    await open(`${baseURL}?node=${encodeURIComponent("entity:tencent")}`);
    await expect.poll(() => page.locator("#details h2").textContent()).toBe("Tencent");
    expect(await page.locator("#details [data-review]").count()).toBe(0);
  });

  it("runs ForceAtlas2 in a worker from the layout button and stops it", async () => {
    await open();
    const before = await page.evaluate(() => window.__regkg!.viewport("entity:tencent"));
    await page.click("#layout-toggle");
    expect(await page.locator("#layout-toggle").getAttribute("aria-pressed")).toBe("true");
    await expect.poll(async () => JSON.stringify(await page.evaluate(() => window.__regkg!.viewport("entity:tencent"))), { timeout: 10_000 }).not.toBe(JSON.stringify(before));
    await page.click("#layout-toggle");
    expect(await page.locator("#layout-toggle").textContent()).toBe("Run layout");
  });

  it("switching views keeps the selection; the projection draws actor -> target edges labelled with the action", async () => {
    await open();
    await page.fill("#search", "Tencent");
    await page.keyboard.press("Enter");
    await expect.poll(async () => (await state()).selected).toBe("entity:tencent");
    await page.click('[data-view="who"]');
    await expect.poll(async () => (await state()).view).toBe("who");
    expect((await state()).selected).toBe("entity:tencent");
    expect(await display("entity:tencent")).toMatchObject({ highlighted: true });
    // Actions are not nodes of the projection; the edge Tencent -> WeChat accounts is.
    expect(await display("action:china-crypto-crackdown-intensify:2")).toBeUndefined();
    const edge = await page.evaluate(() => window.__regkg!.edgeDisplay("action:china-crypto-crackdown-intensify:2|entity:tencent|entity:wechat-accounts-of-crypto-platforms"));
    expect(edge).toMatchObject({ label: "shutdown (enacted)" });
    expect(edge!.type).not.toBe("curved");
    // Pan Gongsheng declared ICOs illegal and warned them: two edges between the same two
    // entities, curved to opposite sides so that both labels can be read.
    const pan = await page.evaluate(() =>
      [4, 5].map((n) => window.__regkg!.edgeDisplay(`action:china-crypto-crackdown-intensify:${n}|entity:pan-gongsheng|entity:icos`)),
    );
    expect(pan.map((e) => e!.label)).toEqual(["declare illegal (stated)", "warn (stated)"]);
    expect(pan.map((e) => e!.type)).toEqual(["curved", "curved"]);
    expect(Math.sign(pan[0]!.curvature as number)).toBe(-Math.sign(pan[1]!.curvature as number));
    expect(await page.locator("#details h2").textContent()).toBe("Tencent");
    await snap(page, "view-who");
    await page.click('[data-view="events"]');
    await expect.poll(async () => (await state()).selected).toBe("entity:tencent");
    expect(await display("action:china-crypto-crackdown-intensify:2")).toBeDefined();
  });

  it("shows an entity's ego network to depth 1-3 and the path between two entities", async () => {
    await open();
    await page.fill("#search", "PBOC");
    await page.keyboard.press("Enter");
    await page.click('#details [data-ego="1"]');
    await expect.poll(() => page.locator("#highlight-note").textContent()).toBe("Within 1 step of People's Bank of China: 1 nodes.");
    expect((await display("entity:pan-gongsheng"))!.color).not.toBe(DIM_NODE);
    expect((await display("entity:tencent"))!.color).toBe(DIM_NODE);
    await page.click('#details [data-ego="2"]');
    await expect.poll(() => page.locator("#highlight-note").textContent()).toContain("Within 2 steps");
    expect((await display("entity:rectification-team"))!.color).not.toBe(DIM_NODE);

    await page.click("#path-start");
    await page.fill("#search", "China");
    await page.keyboard.press("Enter");
    await expect.poll(async () => (await state()).selected).toBe("entity:china");
    await page.click("#path-to");
    await expect.poll(() => page.locator("#highlight-note").textContent()).toBe("Path from People's Bank of China to China: 5 steps.");
    expect((await display("entity:pan-gongsheng"))!.color).not.toBe(DIM_NODE);
    expect((await display("entity:tencent"))!.color).toBe(DIM_NODE);
    await snap(page, "path-pboc-china");
    await page.click("#highlight-clear");
    await expect.poll(async () => (await display("entity:tencent"))!.color).not.toBe(DIM_NODE);
  });

  it("a date range slider hides dated actions outside it; undated ones stay and are counted apart", async () => {
    const graph = synthGraph({ actions: 300, seed: 3 });
    await page.route("**/dated.graph.json", (route) => route.fulfill({ contentType: "application/json", body: JSON.stringify(serializeGraph(graph)) }));
    await open(`${baseURL}?graph=dated.graph.json`);
    const undated = graph.filterNodes((_n, a) => a.kind === "action" && !a.time?.date).length;
    expect(await page.locator(".dates").textContent()).toContain(`${undated} undated actions are always shown`);

    const day = (iso: string) => String(Math.round(Date.parse(`${iso}T00:00:00Z`) / 86_400_000));
    await page.locator("#date-from").fill(day("2020-01-01"));
    await page.locator("#date-to").fill(day("2020-12-31"));
    // Written from the rule, not from the page's code: a dated action shows when its date can fall in 2020.
    const expected = graph.filterNodes((_n, a) => a.kind === "action" && (!a.time?.date || a.time.date.startsWith("2020"))).length;
    await expect.poll(async () => Number(await page.locator("#status").getAttribute("data-visible-actions"))).toBe(expected);
    // The address follows the state after a short debounce (writeUrl): wait for it rather than read it at once.
    await expect.poll(() => new URL(page.url()).searchParams.get("from")).toBe("2020-01-01");
    await snap(page, "date-range");
  });

  it("opens the shipped multi-document graph: every corpus document, and a date range from its earliest to its latest dated action", async () => {
    const built = regkg(["build", "--data", join(REPO, "graph-data"), "--iterations", "50"]);
    expect(built.status, built.stderr).toBe(0);
    const file = JSON.parse(built.stdout) as { nodes: { key: string; attributes: { kind: string; time?: { date?: string } } }[] };
    await page.route("**/corpus.graph.json", (route) => route.fulfill({ contentType: "application/json", body: built.stdout }));
    await open(`${baseURL}?graph=corpus.graph.json`);
    const dates = file.nodes.flatMap((n) => (n.attributes.kind === "action" && n.attributes.time?.date ? [n.attributes.time.date] : [])).sort();
    // Dated actions span years, from several documents.
    expect(Number(dates.at(-1)!.slice(0, 4)) - Number(dates[0]!.slice(0, 4))).toBeGreaterThan(5);
    const range = await page.locator(".dates .date-range").textContent();
    expect(range!.slice(0, 4)).toBe(dates[0]!.slice(0, 4));
    expect(range!.slice(-10, -6)).toBe(dates.at(-1)!.slice(0, 4));
    const documents = file.nodes.filter((n) => n.attributes.kind === "document").length;
    expect(documents).toBeGreaterThan(80);
    expect(await page.locator(".facet").first().textContent()).not.toBe("");
    await snap(page, "corpus-graph");
  });
});
