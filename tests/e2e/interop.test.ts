/**
 * The explorer opens what other tools write back: GEXF and GraphML as regkg exports them, by
 * "Open graph…", by drag and drop and by ?graph=, told apart by content. A GEXF another tool
 * wrote without regkg's attributes gets a page saying what it lacks.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { MultiDirectedGraph } from "graphology";
import gexf from "graphology-gexf";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, beforeEach, describe, expect, inject, it } from "vitest";
import { launchChromium, snap, waitReady } from "../helpers/browser.ts";
import { regkg } from "../helpers/cli.ts";
import { REPO } from "../helpers/paths.ts";

const baseURL = inject("baseURL");
const seed = () => JSON.parse(readFileSync(join(REPO, "public/data/seed.graph.json"), "utf8"));
let browser: Browser;
let page: Page;

beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});
beforeEach(async () => {
  page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
  return () => page.close();
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
  await expect.poll(() => page.evaluate(() => window.__regkg?.source)).toBe(`file:${name}`);
  await expect.poll(() => page.evaluate(() => document.body.dataset.ready)).toBe("true");
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

  it("says what a GEXF another tool wrote lacks, instead of a blank page", async () => {
    // Written with graphology-gexf as Gephi writes a graph: labels, viz, its own attributes.
    const g = new MultiDirectedGraph();
    g.addNode("0", { label: "Myriel", x: 1, y: 2, size: 10, color: "#ff0000", modularity_class: 1 });
    g.addNode("1", { label: "Napoleon", x: 3, y: 4, size: 4, color: "#00ff00", modularity_class: 1 });
    g.addEdge("0", "1", { weight: 1 });
    await page.goto(baseURL);
    expect(await waitReady(page)).toBe("true");
    await page.setInputFiles("#open-file", { name: "lesmiserables.gexf", mimeType: "application/xml", buffer: Buffer.from(gexf.write(g)) });
    await expect.poll(() => page.locator("#error").isVisible()).toBe(true);
    const problem = await page.locator("#error-list li").first().textContent();
    expect(problem).toContain("lesmiserables.gexf: is a GEXF graph of 2 nodes and 1 edges that regkg did not write");
    expect(problem).toContain("queries, paths, filters, evidence and validation cannot use it");
    await snap(page, "foreign-gexf");
  });
});
