import type { Page } from "playwright-core";
import { describe, expect, inject, it } from "vitest";
import { MAX_LISTED } from "../../src/explorer/controllers/filters.ts";
import { MAX_RANKED_LABELS } from "../../src/explorer/derive.ts";
import { DIM_NODE, PLAIN_EDGES_ABOVE } from "../../src/explorer/reducers.ts";
import { initialState, OVERVIEW_THRESHOLD, toggleFilter } from "../../src/explorer/state.ts";
import { computeVisibility } from "../../src/explorer/visibility.ts";
import { serializeGraph } from "../../src/graph/index.ts";
import { exploredEntities, foldActions, visibleWeight } from "../../src/query/index.ts";
import { synthGraph } from "../../src/synth/synth.ts";
import { cameraAtRest, nextFrames, snap, waitReady } from "../helpers/browser.ts";
import { chromiumPagePerTest } from "../helpers/chromium-page.ts";

/** A graph just over the threshold: the page must open it on the entity overview. */
const graph = synthGraph({ actions: OVERVIEW_THRESHOLD + 1000, seed: 7 });
const body = JSON.stringify(serializeGraph(graph));
const fold = foldActions(graph);
const entities = graph.filterNodes((_n, a) => a.kind === "entity");
/** The entity with the most folded edges, the one a user notices first. */
const hub = [...entities].sort((a, b) => fold.degree(b) - fold.degree(a))[0]!;

const baseURL = inject("baseURL");
let page: Page;
chromiumPagePerTest({ width: 1400, height: 900 }, async (p) => {
  page = p;
  await page.route("**/large.graph.json", (route) => route.fulfill({ contentType: "application/json", body }));
});

/** The sum of a #rrggbb colour's channels: lower is darker. */
const lightness = (hex: string) => [1, 3, 5].reduce((sum, i) => sum + parseInt(hex.slice(i, i + 2), 16), 0);

async function open(query = ""): Promise<void> {
  await page.goto(`${baseURL}?graph=large.graph.json${query}`);
  expect(await waitReady(page)).toBe("true");
}
const state = () => page.evaluate(() => window.__regkg!.state());
/** What sigma draws for each of these nodes: whether drawn at all, hidden, labelled by force. */
const drawn = (ids: string[]) =>
  page.evaluate(
    ([list, dim]) => list.map((n) => window.__regkg!.display(n)).map((d) => (d ? { hidden: d.hidden === true, forceLabel: d.forceLabel === true, dim: d.color === dim } : null)),
    [ids, DIM_NODE] as const,
  );
const shownIds = async (ids: string[]) => {
  const d = await drawn(ids);
  return ids.filter((_id, i) => d[i] && !d[i]!.hidden);
};

const settled = () => cameraAtRest(page);
/** Search the busiest entity by name and choose it: the overview starts exploring from it. */
const exploreHub = async () => {
  const name = (graph.getNodeAttributes(hub) as { name: string }).name;
  await page.fill("#search", name);
  await expect.poll(() => page.locator("#search-results li").first().textContent()).toContain(name);
  await page.keyboard.press("Enter");
  await expect.poll(async () => (await state()).explore).toEqual([hub]);
};

const frames = () => nextFrames(page);
/** How many pairs of these boxes overlap. */
function overlappingPairs(boxes: { x: number; y: number; width: number; height: number }[]): number {
  let n = 0;
  for (let i = 0; i < boxes.length; i++) {
    for (let j = i + 1; j < boxes.length; j++) {
      const a = boxes[i]!;
      const b = boxes[j]!;
      if (a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height) n++;
    }
  }
  return n;
}

describe("the explorer on a large graph", { timeout: 150_000 }, () => {
  it(`opens above ${OVERVIEW_THRESHOLD} actions on the entity overview: one edge per actor-target pair, thicker with more actions`, async () => {
    const errors: string[] = [];
    page.on("pageerror", (e) => errors.push(e.message));
    await open();
    expect((await state()).view).toBe("entities");
    expect(await page.locator('[data-view="entities"]').getAttribute("aria-pressed")).toBe("true");
    // Actions are folded into edges, not drawn as nodes.
    const action = graph.findNode((_n, a) => a.kind === "action")!;
    expect(await page.evaluate((n) => window.__regkg!.display(n), action)).toBeUndefined();
    let heavy = "";
    let light = "";
    fold.forEachEdge((e, a) => {
      if (!heavy || a.weight > fold.getEdgeAttribute(heavy, "weight")) heavy = e;
      if (!light && a.weight === 1) light = e;
    });
    expect(fold.getEdgeAttribute(heavy, "weight")).toBeGreaterThan(2);
    const [h, l] = await page.evaluate(([a, b]) => [window.__regkg!.edgeDisplay(a!), window.__regkg!.edgeDisplay(b!)], [heavy, light]);
    expect(h!.size as number).toBeGreaterThan(l!.size as number);
    expect(h!.label).toBe(`${fold.getEdgeAttribute(heavy, "weight")} actions`);
    // Thousands of folded edges are drawn as plain lines (arrows cost software GL seconds a
    // frame), a pair of many actions darker than a pair of one.
    expect(fold.size).toBeGreaterThan(PLAIN_EDGES_ABOVE);
    expect([h!.type, l!.type]).toEqual(["fast", "fast"]);
    expect(lightness(h!.color as string)).toBeLessThan(lightness(l!.color as string));
    // The first frame's labels do not cover one another either.
    await frames();
    expect(overlappingPairs(await page.evaluate(() => window.__regkg!.labelBoxes()))).toBe(0);
    // The legend says what a plain line stands for.
    expect(await page.locator("#legend").textContent()).toContain("on a large overview a plain line, darker the more actions");
    await snap(page, "overview-large");
    // Hundreds of documents: the filter lists the first 200, and the rest on demand.
    const docs = graph.getAttribute("documents").length;
    expect(docs).toBeGreaterThan(MAX_LISTED);
    expect(await page.locator('#filters input[data-facet="documents"]').count()).toBe(MAX_LISTED);
    await page.click('#filters [data-more="documents"]');
    expect(await page.locator('#filters input[data-facet="documents"]').count()).toBe(docs);
    expect(errors).toEqual([]);
  });

  it("a search starts from one entity's neighbours; expanding a neighbour adds its own, collapsing takes them back", async () => {
    await open();
    await exploreHub();
    const first = exploredEntities(fold, [hub]);
    await expect.poll(async () => (await shownIds(entities)).sort()).toEqual([...first].sort());

    // A neighbour that reaches entities the hub does not: expanding it must show them.
    const neighbour = [...first].find((n) => n !== hub && [...exploredEntities(fold, [n])].some((m) => !first.has(m)))!;
    const second = exploredEntities(fold, [hub, neighbour]);
    await page.locator(`#details button[data-node="${neighbour}"]`).first().click();
    await expect.poll(async () => (await state()).selected).toBe(neighbour);
    await page.click("#explore-expand");
    await expect.poll(async () => (await state()).explore).toEqual([hub, neighbour]);
    await expect.poll(async () => (await shownIds(entities)).length).toBe(second.size);
    expect(await page.locator("#highlight-note").textContent()).toContain("2 entities expanded");
    await snap(page, "overview-expanded");

    await page.click("#explore-collapse");
    await expect.poll(async () => (await state()).explore).toEqual([hub]);
    await expect.poll(async () => (await shownIds(entities)).length).toBe(first.size);
    // The events view is one click away, for what the exploration keeps only.
    await page.click('[data-view="events"]');
    await expect.poll(async () => (await state()).view).toBe("events");
    const own = graph.findNeighbor(hub, (_n, a) => a.kind === "action")!;
    const far = graph.findNode((n, a) => a.kind === "action" && !graph.neighbors(n).some((m) => first.has(m)))!;
    expect(await drawn([own, far])).toEqual([{ hidden: false, forceLabel: false, dim: false }, null]);
    // The events view of an exploration keeps its arrows (actor -> action -> target).
    const ownEdge = graph.edges(hub, own)[0] ?? graph.edges(own, hub)[0]!;
    expect(await page.evaluate((e) => window.__regkg!.edgeDisplay(e)?.type, ownEdge)).toBe("arrow");
    await page.click("#highlight-clear");
    await expect.poll(async () => (await state()).explore).toBeNull();
  });

  it("switching an exploration to its events draws the events once, labelled as the overview is", async () => {
    await open();
    await exploreHub();
    await settled();
    const before = await page.evaluate(() => window.__regkg!.renders());
    await page.click('[data-view="events"]');
    await expect.poll(async () => (await state()).view).toBe("events");
    await frames();
    await frames();
    // One draw of the new graph: the view's label settings are in place before it, not a second full refresh after.
    expect((await page.evaluate(() => window.__regkg!.renders())) - before).toBe(1);
    const labels = await page.evaluate(() => window.__regkg!.labels());
    expect(labels.length).toBeGreaterThan(0);
    expect(overlappingPairs(await page.evaluate(() => window.__regkg!.labelBoxes()))).toBe(0);
  });

  it("no label is cut by the canvas's edge: zoomed in on an exploration, the labels drawn lie inside the canvas, the chosen entity's aside", async () => {
    await open();
    await exploreHub();
    await settled();
    await frames();
    const { width, height } = (await page.locator("#graph").boundingBox())!;
    const boxes = (await page.evaluate(() => window.__regkg!.labelBoxes())).filter((b) => b.node !== hub);
    expect(boxes.length).toBeGreaterThan(3);
    const cut = boxes.filter((b) => b.x < 0 || b.x + b.width > width + 0.5 || b.y < 0 || b.y + b.height > height + 0.5).map((b) => b.node);
    expect(cut).toEqual([]);
  });

  it("a status ticked from the keyboard keeps the focus: Space twice hides then shows its actions", async () => {
    await open();
    const box = page.locator('#filters input[data-facet="statuses"]').first();
    const status = (await box.getAttribute("data-value"))!;
    await box.focus();
    await page.keyboard.press("Space");
    const hiddenStatuses = () => page.evaluate(() => [...window.__regkg!.state().filters.statuses]);
    await expect.poll(hiddenStatuses).toEqual([status]);
    const focused = () => page.evaluate(() => [document.activeElement?.getAttribute("data-value"), (document.activeElement as HTMLInputElement | null)?.checked]);
    expect(await focused()).toEqual([status, false]);
    await page.keyboard.press("Space");
    await expect.poll(hiddenStatuses).toEqual([]);
    expect(await focused()).toEqual([status, true]);
  });

  it("a search answers from the entities' names before the query index is built; a query then builds it", async () => {
    // A page with no idle time: the index is never built ahead.
    await page.addInitScript(() => {
      window.requestIdleCallback = () => 0;
    });
    await open();
    await exploreHub();
    expect(await page.evaluate(() => window.__regkg!.indexBuilt!())).toBe(false);
    const name = (graph.getNodeAttributes(hub) as { name: string }).name;
    await page.fill("#query-input", `"${name}" -> *`);
    await page.click("#query-form button[type=submit]");
    await expect.poll(async () => (await page.locator("#query-results").textContent()) ?? "").toContain(name);
    expect(await page.evaluate(() => window.__regkg!.indexBuilt!())).toBe(true);
  });

  it("choosing a search result centres the chosen entity, with its neighbours drawn around it", async () => {
    await open();
    await exploreHub();
    await settled();
    const box = (await page.locator("#graph").boundingBox())!;
    const shown = [...exploredEntities(fold, [hub])];
    const at = await page.evaluate((ids) => ids.map((n) => window.__regkg!.viewport(n)), shown);
    const inside = (p: { x: number; y: number } | undefined) => p !== undefined && p.x >= 0 && p.x <= box.width && p.y >= 0 && p.y <= box.height;
    // The chosen entity is in the middle third of the canvas, not somewhere off it.
    const own = at[shown.indexOf(hub)]!;
    expect(own.x).toBeGreaterThan(box.width / 3);
    expect(own.x).toBeLessThan((2 * box.width) / 3);
    expect(own.y).toBeGreaterThan(box.height / 3);
    expect(own.y).toBeLessThan((2 * box.height) / 3);
    // And the canvas is not blank: many of its neighbours are on it too.
    expect(at.filter(inside).length).toBeGreaterThan(Math.min(20, shown.length / 2));
    await snap(page, "overview-search-chosen");
  });

  it("zoomed out on an expanded exploration, labels thin out to a bounded few that do not overlap; zooming in brings more", async () => {
    await open();
    await exploreHub();
    const first = exploredEntities(fold, [hub]);
    const neighbour = [...first].find((n) => n !== hub && [...exploredEntities(fold, [n])].some((m) => !first.has(m)))!;
    await page.locator(`#details button[data-node="${neighbour}"]`).first().click();
    await page.click("#explore-expand");
    await expect.poll(async () => (await state()).explore).toEqual([hub, neighbour]);
    const box = (await page.locator("#graph").boundingBox())!;
    // At most one label per screen cell of the overview's label grid (140 px, main.ts's
    // labelSettings), and the selected and hovered entities'.
    const bound = Math.ceil(box.width / 140) * Math.ceil(box.height / 140) + 2;
    const measure = async () => {
      await settled();
      await frames();
      const boxes = await page.evaluate(() => window.__regkg!.labelBoxes());
      return { count: boxes.length, overlapping: overlappingPairs(boxes) };
    };
    const away = () => page.mouse.move(box.x - 50, box.y + box.height / 2);
    await away();
    const near = await measure();
    expect(near.count).toBeGreaterThan(5);
    expect(near.count).toBeLessThanOrEqual(bound);
    // Zoom out with the wheel, the pointer on the graph (over the selected entity, whose
    // neighbourhood the hover brings forward), as far as the exploration is a small patch.
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    for (let i = 0; i < 4; i++) {
      await page.mouse.wheel(0, 400);
      await settled();
    }
    expect((await page.evaluate(() => window.__regkg!.camera())).ratio).toBeGreaterThan(3);
    const hovering = await measure();
    await snap(page, "overview-expanded-zoomed-out");
    await away();
    const still = await measure();
    for (const m of [hovering, still]) {
      expect(m.count).toBeGreaterThan(0);
      expect(m.count).toBeLessThanOrEqual(Math.min(bound, near.count));
    }
    // No label covers another (the hovered and the selected entity's, both drawn by force, may).
    expect(hovering.overlapping).toBeLessThanOrEqual(1);
    expect(still.overlapping).toBe(0);
    expect(near.overlapping).toBe(0);
  });

  it("unticking a status draws what the filters computed from scratch leave, folded weights included; reticking it draws what was drawn before", async () => {
    await open();
    // The query index is built in idle time after the first frame; its progress leaves the search box when done.
    const placeholder = await page.locator("#search").getAttribute("placeholder");
    await page.waitForFunction(() => document.body.dataset.indexed === "true", null, { timeout: 60_000 });
    expect(await page.locator("#search").getAttribute("placeholder")).toBe("Find an entity: name, alias or Chinese name");
    expect(placeholder === "Find an entity: name, alias or Chinese name" || placeholder!.includes("indexing names")).toBe(true);

    const edges = fold.edges();
    /** Each entity: hidden or not; each folded edge: hidden, label, thickness. */
    const drawing = () =>
      page.evaluate(
        ([ns, es]) => ({
          nodes: ns.map((n) => window.__regkg!.display(n)?.hidden === true),
          edges: es.map((e) => {
            const d = window.__regkg!.edgeDisplay(e);
            return d ? { hidden: d.hidden === true, label: d.hidden ? null : ((d.label as string | undefined) ?? null), size: d.hidden ? null : ((d.size as number | undefined) ?? null) } : null;
          }),
        }),
        [entities, edges] as const,
      );
    const before = await drawing();
    // The commonest status and type: the changes that flip the most actions. The second change
    // is followed from the first's state (the folded weights are kept, not counted again).
    const commonest = (key: "status" | "actionType") => {
      const counts = new Map<string, number>();
      graph.forEachNode((_n, a) => {
        if (a.kind === "action") counts.set(a[key], (counts.get(a[key]) ?? 0) + 1);
      });
      return [...counts].sort((a, b) => b[1] - a[1])[0]![0];
    };
    const status = commonest("status");
    const type = commonest("actionType");
    const statusBox = page.locator(`#filters input[data-facet="statuses"][data-value="${status}"]`);
    const typeBox = page.locator(`#filters input[data-facet="actionTypes"][data-value="${type}"]`);
    const hidden = () => page.evaluate(() => [...window.__regkg!.state().filters.statuses, ...window.__regkg!.state().filters.actionTypes]);
    /** What sigma draws is what the filters computed from scratch leave. */
    const drawsScratch = async (filters: typeof initialState.filters) => {
      const got = await drawing();
      const want = computeVisibility(graph, filters);
      expect(entities.filter((_n, i) => !got.nodes[i])).toEqual(entities.filter((n) => want.nodes.has(n)));
      expect(got.nodes.filter((x) => x).length).toBeGreaterThan(0);
      const weights = edges.map((e) => visibleWeight(fold.getEdgeAttributes(e), want.nodes));
      expect(got.edges.map((d) => (d!.hidden ? 0 : Number(d!.label!.split(" ")[0])))).toEqual(weights);
      expect(weights.filter((w, i) => w > 0 && w < fold.getEdgeAttribute(edges[i]!, "weight")).length).toBeGreaterThan(0);
      expect(await page.locator("#status").getAttribute("data-visible-actions")).toBe(String(want.visibleActions));
    };
    await statusBox.uncheck();
    await expect.poll(hidden).toEqual([status]);
    const noStatus = toggleFilter(initialState, "statuses", status);
    await drawsScratch(noStatus.filters);
    await snap(page, "overview-status-unticked");
    await typeBox.uncheck();
    await expect.poll(hidden).toEqual([status, type]);
    await drawsScratch(toggleFilter(noStatus, "actionTypes", type).filters);

    await statusBox.check();
    await typeBox.check();
    await expect.poll(hidden).toEqual([]);
    expect(await drawing()).toEqual(before);
  });

  it("double-click expands an entity; a hub's highlight labels by force the selected entity alone", async () => {
    await open(`&node=${encodeURIComponent(hub)}`);
    await page.click('#details [data-ego="1"]');
    await expect.poll(() => page.locator("#highlight-note").textContent()).toContain("Within 1 step");
    const d = await drawn(entities);
    // Brought forward: the hub and every entity one action away, far more than the labels allowed.
    const lit = d.filter((x) => x && !x.hidden && !x.dim).length;
    expect(lit).toBeGreaterThanOrEqual(exploredEntities(fold, [hub]).size);
    // The rest get labels where sigma's label grid has room, the best connected first.
    expect(entities.filter((_n, i) => d[i]?.forceLabel)).toEqual([hub]);
    expect(lit).toBeGreaterThan(MAX_RANKED_LABELS);
    await snap(page, "overview-hub-highlight");

    const box = (await page.locator("#graph").boundingBox())!;
    const at = (await page.evaluate((n) => window.__regkg!.viewport(n), hub))!;
    await page.mouse.dblclick(box.x + at.x, box.y + at.y);
    await expect.poll(async () => (await state()).explore).toEqual([hub]);
    await expect.poll(() => page.evaluate(() => new URL(location.href).searchParams.getAll("explore"))).toEqual([hub]);
  });
});
