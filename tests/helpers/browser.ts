import { existsSync, mkdirSync } from "node:fs";
import { join } from "node:path";
import { chromium, type Browser, type Page } from "playwright-core";
import { REPO } from "./paths.ts";

export const CHROMIUM = process.env.REGKG_CHROMIUM ?? "/usr/bin/chromium";
export const SCREENSHOTS = join(REPO, "tests/e2e/screenshots");

/** Debian's Chromium, headless; never a downloaded browser. */
export async function launchChromium(): Promise<Browser> {
  if (!existsSync(CHROMIUM)) {
    throw new Error(`Chromium not found at ${CHROMIUM}: install it with \`apt-get install -y chromium\` (.ci/run does) or set REGKG_CHROMIUM`);
  }
  return chromium.launch({
    executablePath: CHROMIUM,
    args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
  });
}

/** Wait for the explorer's ready signal: "true" when drawn, "error" when it shows an error page. */
export async function waitReady(page: Page): Promise<string> {
  await page.waitForFunction(() => document.body.dataset.ready !== undefined, null, { timeout: 30_000 });
  return page.evaluate(() => document.body.dataset.ready!);
}

/** Save a screenshot per scenario, to look at when a test fails. */
export async function snap(page: Page, name: string): Promise<Buffer> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  return page.screenshot({ path: join(SCREENSHOTS, `${name}.png`) });
}

/** Two animation frames: a state change draws on the next one. */
export const nextFrames = (page: Page): Promise<void> => page.evaluate(() => new Promise<void>((r) => requestAnimationFrame(() => requestAnimationFrame(() => r()))));

/** The camera at rest (choosing an entity or a selection from the panel animates it). */
export async function cameraAtRest(page: Page): Promise<void> {
  let last = "";
  for (;;) {
    await page.waitForTimeout(150);
    const now = JSON.stringify(await page.evaluate(() => window.__regkg!.camera()));
    if (now === last) return;
    last = now;
  }
}
