import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { Browser, Page } from "playwright-core";
import { PNG } from "pngjs";
import { afterAll, beforeAll, beforeEach, describe, expect, inject, it } from "vitest";
import { launchChromium, snap, waitReady } from "../helpers/browser.ts";
import { REPO } from "../helpers/paths.ts";

const baseURL = inject("baseURL");
let browser: Browser;
let page: Page;

beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});
beforeEach(async () => {
  page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  return () => page.close();
});

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

describe("explorer: first page", () => {
  it("renders the seed graph: the canvas is drawn and the page reports the graph's node count", async () => {
    const errors: string[] = [];
    page.on("pageerror", (e) => errors.push(e.message));
    await page.goto(baseURL);
    expect(await waitReady(page)).toBe("true");

    const built = JSON.parse(readFileSync(join(REPO, "public/data/seed.graph.json"), "utf8"));
    const status = page.locator("#status");
    expect(Number(await status.getAttribute("data-node-count"))).toBe(built.nodes.length);
    expect(Number(await status.getAttribute("data-edge-count"))).toBe(built.edges.length);
    expect(await status.textContent()).toContain(`${built.nodes.length} nodes`);

    const canvasShot = await page.locator("#graph").screenshot();
    await snap(page, "first-page");
    // The page background is #fbfaf7; nodes, edges and labels must cover a visible share.
    expect(inkRatio(canvasShot, [0xfb, 0xfa, 0xf7])).toBeGreaterThan(0.005);
    expect(errors).toEqual([]);
  });

  it("shows a legend with the entity categories present and their counts", async () => {
    await page.goto(baseURL);
    await waitReady(page);
    const items = await page.locator("#legend li").allTextContents();
    expect(items).toEqual(expect.arrayContaining([expect.stringMatching(/^regulator\s*3$/), expect.stringMatching(/^action\s*\d+$/)]));
  });

  it("shows a readable error page for a graph file that fails validation, with document text as text", async () => {
    const built = JSON.parse(readFileSync(join(REPO, "public/data/seed.graph.json"), "utf8"));
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
});
