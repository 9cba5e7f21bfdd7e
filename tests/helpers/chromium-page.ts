import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, beforeEach } from "vitest";
import { launchChromium } from "./browser.ts";

/**
 * The browser set-up every e2e file shares: one headless Chromium for the file, a fresh page of
 * `viewport` for each test (closed after it). `onPage` receives each page before its test, to
 * keep it and to add routes or listeners. (Apart from browser.ts, which the benchmarks import
 * outside vitest.)
 */
export function chromiumPagePerTest(viewport: { width: number; height: number }, onPage: (page: Page) => void | Promise<void>): void {
  let browser: Browser | undefined;
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
  });
  beforeEach(async () => {
    const page = await browser!.newPage({ viewport });
    await onPage(page);
    return () => page.close();
  });
}
