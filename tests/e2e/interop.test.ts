/**
 * The explorer opens what other tools write back: GEXF and GraphML as regkg exports them, by
 * "Open graph…", by drag and drop and by ?graph=, told apart by content. A GEXF or GraphML
 * another tool wrote without regkg's attributes opens as a plain graph, with a note saying
 * which of regkg's features it cannot have.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import Graph from "graphology";
import gexf from "graphology-gexf";
import type { Page } from "playwright-core";
import { describe, expect, inject, it } from "vitest";
import { snap, waitReady } from "../helpers/browser.ts";
import { chromiumPagePerTest } from "../helpers/chromium-page.ts";
import { regkg } from "../helpers/cli.ts";
import { GEPHI_SAMPLE, gephiGexf, networkxGraphml } from "../helpers/foreign-files.ts";
import { REPO } from "../helpers/paths.ts";

const baseURL = inject("baseURL");
const seed = () => JSON.parse(readFileSync(join(REPO, "public/data/seed.graph.json"), "utf8"));
let page: Page;
chromiumPagePerTest({ width: 1400, height: 900 }, (p) => {
  page = p;
});

/** The seed graph exported by the real CLI in a format, as a user would hand it to Gephi. */
function exported(format: "gexf" | "graphml"): string {
  const r = regkg(["export", "--format", format]);
  expect(r.status, r.stderr).toBe(0);
  return r.stdout;
}

async function openFile(name: string, body: string, mimeType = "application/xml"): Promise<void> {
  await page.goto(baseURL);
  expect(await waitReady(page)).toBe("true");
  await page.setInputFiles("#open-file", { name, mimeType, buffer: Buffer.from(body) });
  // The XML reader (and for another tool's file, generic mode) loads on first use: on a busy machine that takes a while.
  await expect.poll(() => page.evaluate(() => window.__regkg?.source), { timeout: 20_000 }).toBe(`file:${name}`);
  await expect.poll(() => page.evaluate(() => document.body.dataset.ready), { timeout: 20_000 }).toBe("true");
}

describe("explorer: GEXF and GraphML", () => {
  it("opens our GEXF with the same nodes, edges and attributes as the graph JSON", async () => {
    const built = seed();
    await openFile("seed.gexf", exported("gexf"));
    expect(await page.evaluate(() => [window.__regkg!.nodes, window.__regkg!.edges])).toEqual([built.nodes.length, built.edges.length]);
    // Attributes came back typed: search by an alias, open the panel with its evidence.
    await page.fill("#search", "PBOC");
    await page.keyboard.press("Enter");
    await expect.poll(() => page.locator("#details h2").textContent()).toBe("People's Bank of China");
    await page.fill("#query-input", "Tencent -> *");
    await page.locator("#query-input").press("Enter");
    await expect.poll(() => page.locator("#query-results .query-rows li").count()).toBe(1);
    expect(await page.locator("#query-results").textContent()).toContain("closure of a slew of related social media");
    // Actions are drawn square, as in the JSON.
    expect((await page.evaluate(() => window.__regkg!.display("action:china-crypto-crackdown-intensify:16")))?.type).toBe("square");
    await snap(page, "gexf-opened");

    // And what comes back out is graph JSON other tools draw as the explorer does.
    const [saved] = await Promise.all([page.waitForEvent("download"), page.click("#download-json")]);
    const file = JSON.parse(readFileSync((await saved.path())!, "utf8"));
    expect(file.nodes).toHaveLength(built.nodes.length);
    const tencent = file.nodes.find((n: { key: string }) => n.key === "entity:tencent").attributes;
    expect(tencent).toMatchObject({ name: "Tencent", label: "Tencent", color: "#1f77b4" });
    expect(tencent.size).toBeGreaterThan(0);
  });

  it("opens our GraphML by ?graph=, whatever the file is called", async () => {
    const built = seed();
    const xml = exported("graphml");
    await page.route("**/exported.json", (route) => route.fulfill({ contentType: "application/octet-stream", body: xml }));
    await page.goto(`${baseURL}?graph=exported.json`);
    expect(await waitReady(page)).toBe("true");
    expect(await page.evaluate(() => [window.__regkg!.nodes, window.__regkg!.edges])).toEqual([built.nodes.length, built.edges.length]);
    await page.fill("#search", "潘功胜");
    await page.keyboard.press("Enter");
    await expect.poll(() => page.locator("#details h2").textContent()).toBe("Pan Gongsheng");
  });

  it("opens a GEXF dropped onto the page", async () => {
    await page.goto(baseURL);
    expect(await waitReady(page)).toBe("true");
    const transfer = await page.evaluateHandle((text) => {
      const dt = new DataTransfer();
      dt.items.add(new File([text], "dropped.gexf", { type: "" }));
      return dt;
    }, exported("gexf"));
    await page.dispatchEvent("#stage", "drop", { dataTransfer: transfer });
    await expect.poll(() => page.evaluate(() => window.__regkg!.source)).toBe("file:dropped.gexf");
  });

  it("opens a GEXF Gephi wrote as a plain graph: its look, search by label, attributes as text, and a note on what it lacks", async () => {
    const hostile = '<img src=x onerror="window.__pwned=1">';
    await openFile("lesmiserables.gexf", gephiGexf({ note: hostile }));
    expect(await page.evaluate(() => document.body.dataset.mode)).toBe("generic");
    expect(await page.evaluate(() => [window.__regkg!.nodes, window.__regkg!.edges])).toEqual([GEPHI_SAMPLE.nodes, GEPHI_SAMPLE.edges]);
    expect(await page.locator("#status").textContent()).toBe(`${GEPHI_SAMPLE.nodes} nodes · ${GEPHI_SAMPLE.edges} edges · GEXF from another tool`);

    // The note says what the file is and names what needs regkg's attributes; those controls are gone.
    const note = page.locator("#generic-note");
    await expect.poll(() => note.isVisible()).toBe(true);
    expect(await note.textContent()).toContain("lesmiserables.gexf is a GEXF graph of 10 nodes and 13 edges that regkg did not write");
    expect(await note.locator(".unavailable li").allTextContents()).toEqual([
      "the who-acted-on-whom query and view",
      "filters by category, action type, status, document and date",
      "the legend",
      "evidence quotes",
      "paths and neighbourhoods",
      "review",
      "validation",
    ]);
    for (const hidden of ["#query", "#filters"]) expect(await page.locator(hidden).isVisible(), hidden).toBe(false);
    expect(await page.locator('[data-view="who"]').isDisabled()).toBe(true);
    expect(await page.locator("#download-view").isDisabled()).toBe(true);

    // Drawn as Gephi saved it: its colours, its positions, bigger nodes bigger, undirected edges without arrows.
    const valjean = await page.evaluate(() => window.__regkg!.display("11.0"));
    const napoleon = await page.evaluate(() => window.__regkg!.display("1.0"));
    expect(valjean).toMatchObject({ color: "rgb(67,160,71)", label: "Valjean", type: "circle" });
    expect(valjean!.size as number).toBeGreaterThan(napoleon!.size as number);
    const at = (id: string) => page.evaluate((n) => window.__regkg!.viewport(n)!, id);
    const [v, n, f] = [await at("11.0"), await at("1.0"), await at("23.0")];
    expect(n.x).toBeLessThan(v.x); // Napoleon is far left in the file, Fantine right
    expect(f.x).toBeGreaterThan(v.x);
    expect(f.y).toBeGreaterThan(v.y); // Fantine is lower in the file: y grows upwards there, downwards on screen
    expect((await page.evaluate(() => window.__regkg!.edgeDisplay("0")))?.type).toBe("line");
    await snap(page, "foreign-gexf");

    // Search by label opens the panel: the file's attributes, as text; neighbours as links.
    await page.fill("#search", "valj");
    await page.keyboard.press("Enter");
    await expect.poll(() => page.locator("#details h2").textContent()).toBe("Valjean");
    const rows = Object.fromEntries(
      await page.locator("#details .attributes tr").evaluateAll((trs) => trs.map((tr) => [tr.querySelector("th")!.textContent, tr.querySelector("td")!.textContent])),
    );
    expect(rows).toMatchObject({ modularity_class: "2", note: hostile, size: "100", color: "rgb(67,160,71)" });
    expect(await page.locator("#details img").count()).toBe(0);
    expect(await page.evaluate(() => (window as { __pwned?: number }).__pwned)).toBeUndefined();
    await page.locator('#details button[data-node="26.0"]').click();
    await expect.poll(() => page.locator("#details h2").textContent()).toBe("Cosette");
    // The selection fades what is not next to it.
    expect((await page.evaluate(() => window.__regkg!.display("1.0")))?.color).not.toBe("rgb(235,81,72)");
    await snap(page, "foreign-gexf-details");

    // Downloaded, it is a GEXF that opens again the same way.
    const [saved] = await Promise.all([page.waitForEvent("download"), page.click("#download-json")]);
    expect(saved.suggestedFilename()).toBe("lesmiserables.gexf");
    const back = gexf.parse(Graph, readFileSync((await saved.path())!, "utf8"));
    expect([back.order, back.size]).toEqual([GEPHI_SAMPLE.nodes, GEPHI_SAMPLE.edges]);
    expect(back.getNodeAttribute("11.0", "modularity_class")).toBe(2);
  });

  it("lays out a GraphML without positions given by ?graph=, with arrows for its directed edges", async () => {
    const xml = networkxGraphml();
    await page.route("**/characters.graphml", (route) => route.fulfill({ contentType: "application/xml", body: xml }));
    await page.goto(`${baseURL}?graph=characters.graphml`);
    expect(await waitReady(page)).toBe("true");
    expect(await page.evaluate(() => [document.body.dataset.mode, window.__regkg!.nodes])).toEqual(["generic", GEPHI_SAMPLE.nodes]);
    expect(await page.locator("#generic-note").textContent()).toContain("positions laid out here (the file has none)");
    const spots = await page.evaluate(() => ["0.0", "1.0", "11.0", "26.0"].map((n) => window.__regkg!.viewport(n)!));
    expect(new Set(spots.map((p) => `${Math.round(p.x)},${Math.round(p.y)}`)).size).toBe(4);
    expect((await page.evaluate(() => window.__regkg!.edgeDisplay("0")))?.type).toBe("arrow");
    await page.fill("#search", "gavroche");
    await page.keyboard.press("Enter");
    await expect.poll(() => page.locator("#details h2").textContent()).toBe("Gavroche");
  });

  it("a graphology JSON without regkg's attributes opens as a plain graph; our GEXF after it has every feature back", async () => {
    // As sigma's examples and other graphology tools save a graph.
    const plain = Graph.from(gexf.parse(Graph, gephiGexf())).export();
    await openFile("lesmiserables.json", JSON.stringify(plain), "application/json");
    expect(await page.evaluate(() => [document.body.dataset.mode, window.__regkg!.nodes])).toEqual(["generic", GEPHI_SAMPLE.nodes]);
    expect(await page.locator("#generic-note").textContent()).toContain("lesmiserables.json is a graphology JSON graph of 10 nodes and 13 edges that regkg did not write");
    expect(await page.locator("#query").isVisible()).toBe(false);
    await page.setInputFiles("#open-file", { name: "seed.gexf", mimeType: "application/xml", buffer: Buffer.from(exported("gexf")) });
    await expect.poll(() => page.evaluate(() => window.__regkg?.source), { timeout: 20_000 }).toBe("file:seed.gexf");
    expect(await page.evaluate(() => document.body.dataset.mode)).toBeUndefined();
    expect(await page.locator("#generic-note").count()).toBe(0);
    for (const shown of ["#query", "#filters", "#legend h2"]) expect(await page.locator(shown).isVisible(), shown).toBe(true);
    expect(await page.locator('[data-view="who"]').isDisabled()).toBe(false);
    await page.fill("#query-input", "Tencent -> *");
    await page.locator("#query-input").press("Enter");
    await expect.poll(() => page.locator("#query-results .query-rows li").count()).toBe(1);
  });
});
