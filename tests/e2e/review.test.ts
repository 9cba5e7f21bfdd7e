import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type { Page } from "playwright-core";
import { afterAll, describe, expect, it } from "vitest";
import { snap, waitReady } from "../helpers/browser.ts";
import { chromiumPagePerTest } from "../helpers/chromium-page.ts";
import { regkg } from "../helpers/cli.ts";
import { REPO, SEED_DIR, SEED_ANNOTATION } from "../helpers/paths.ts";
import { copyData, REVIEW_ARTICLE as ARTICLE, startServer, type RunningServer } from "../helpers/server.ts";

const SLUG = "regulators-ban-crypto-lending";
/** Each scenario starts a server of its own (vite, the NLP library): slower when the whole suite runs. */
const SCENARIO = 240_000;

let page: Page;
let server: RunningServer;
let data: string;
const errors: string[] = [];

chromiumPagePerTest({ width: 1500, height: 950 }, (p) => {
  page = p;
  page.on("pageerror", (e) => errors.push(e.message));
});
afterAll(async () => {
  await server?.stop();
}, SCENARIO);

async function open(): Promise<void> {
  await page.goto(server.url);
  expect(await waitReady(page)).toBe("true");
  await page.waitForSelector("#review-toggle:not([hidden])");
}

/** A scenario of its own: a fresh copy of the seed graph-data, a server on it, the page open. */
async function freshServer(): Promise<void> {
  data = copyData(SEED_DIR);
  await server?.stop();
  server = await startServer(data);
  await open();
}

/** Paste an article into review mode's ingest form and send it (the review panel open). */
async function pasteArticle(text: string, title?: string): Promise<void> {
  await page.click("#ingest summary");
  await page.fill("#ingest-text", text);
  if (title) await page.fill("#ingest-title", title);
  await page.click("#ingest-submit");
}

/** A text of the corpus's dev part, as committed. */
const devText = (slug: string) => readFileSync(join(REPO, `graph-data/documents/${slug}/text.txt`), "utf8");

const annotation = () => JSON.parse(readFileSync(join(data, `annotations/${SLUG}.json`), "utf8"));
const count = async () => Number(await page.getAttribute("#review-toggle", "data-count"));
const message = () => page.textContent("#review-message");
const hasNode = (id: string) => page.evaluate((n) => window.__regkg!.display(n) !== undefined, id);

/** Select characters [start, end) of the document shown in review, as a mouse drag would. */
async function selectInDocument(start: number, end: number): Promise<void> {
  await page.evaluate(
    ([s, e]) => {
      const box = document.getElementById("review-doc")!;
      const walker = document.createTreeWalker(box, NodeFilter.SHOW_TEXT);
      const range = document.createRange();
      let at = 0;
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        const len = n.textContent!.length;
        if (s! >= at && s! <= at + len) range.setStart(n, s! - at);
        if (e! >= at && e! <= at + len) {
          range.setEnd(n, e! - at);
          break;
        }
        at += len;
      }
      const sel = window.getSelection()!;
      sel.removeAllRanges();
      sel.addRange(range);
    },
    [start, end],
  );
}

describe("reviewing in the browser", () => {
  it("ingest a pasted article, fix an actor with the picker and the evidence by selecting text, accept; reject another; merge two entities", async () => {
    await freshServer();
    const seedBefore = readFileSync(join(data, SEED_ANNOTATION), "utf8");
    expect(await count()).toBe(0);
    await page.click("#review-toggle");
    expect(await page.isVisible("#review")).toBe(true);
    // Marks this page load: everything below happens without reloading the page.
    await page.evaluate(() => ((window as any).__sameLoad = true));

    // Paste the article and ingest it.
    await pasteArticle(ARTICLE);
    await page.waitForFunction(() => document.querySelector("#review-toggle")?.getAttribute("data-count") === "2");
    expect(await message()).toContain(`doc:${SLUG} added`);
    const proposed = annotation();
    expect(proposed.review).toBe("proposed");
    expect(await hasNode(`action:${SLUG}:1`)).toBe(true); // the graph has it without a reload
    const first = `action:${SLUG}:1`;
    expect(await page.getAttribute("#review-queue li[aria-current=true] button", "data-item")).toBe(first);
    // The evidence is marked in the document's text.
    expect(await page.textContent("#review-doc mark")).toBe(proposed.actions[0].evidence[0].quote);
    await snap(page, "review-ingested");

    // The actor: Chinese regulators instead of the CAC, picked by typing.
    await page.click('#review .picker[data-picker="actors"] .chip-remove');
    await page.fill("#review-actors", "chinese regul");
    await page.waitForSelector('#review-actors-hits li[data-id="entity:chinese-regulators"]');
    await page.keyboard.press("Enter");
    expect(await page.getAttribute('#review .picker[data-picker="actors"] .chip', "data-id")).toBe("entity:chinese-regulators");
    // The status and the evidence: the span without "on Monday."
    await page.selectOption("#review-status", "announced");
    const sentence = ARTICLE.indexOf("The Cyberspace");
    const quote = "The Cyberspace Administration of China ordered Tencent to shut the accounts of crypto platforms";
    await selectInDocument(sentence, sentence + quote.length);
    await page.click("#review-set-evidence");
    expect(await page.textContent("#review-doc mark")).toBe(quote);
    await snap(page, "review-edited");
    // Accept with the keyboard.
    await page.locator("#review-doc").focus();
    await page.keyboard.press("a");
    await page.waitForFunction(() => document.querySelector("#review-toggle")?.getAttribute("data-count") === "1");
    expect(await message()).toContain(`Accepted ${first} with your changes`);

    // Reject the other.
    const second = `action:${SLUG}:2`;
    expect(await page.getAttribute("#review-queue li[aria-current=true] button", "data-item")).toBe(second);
    await page.click("#review-reject");
    await page.waitForFunction(() => document.querySelector("#review-toggle")?.getAttribute("data-count") === "0");
    expect(await hasNode(second)).toBe(false);
    expect(await page.isVisible("#review-empty")).toBe(true);

    // The annotation file holds exactly those changes.
    const expected = structuredClone(proposed);
    expected.review = "accepted";
    expected.actions = [{ ...proposed.actions[0], actors: ["entity:chinese-regulators"], status: "announced", evidence: [{ start: sentence, end: sentence + quote.length, quote }] }];
    expect(annotation()).toEqual(expected);

    // Merge China into Chinese regulators from the details panel.
    await page.fill("#search", "Chinese regulators");
    await page.keyboard.press("Enter");
    await page.waitForSelector("#merge-drop");
    // The graph on the page has the accepted action as Chinese regulators' (updated in place).
    expect(await page.locator(`#details-body [data-node="${first}"]`).count()).toBeGreaterThan(0);
    await page.fill("#merge-drop", "China");
    await page.waitForSelector('#merge-drop-hits li[data-id="entity:china"]');
    await page.click('#merge-drop-hits li[data-id="entity:china"]');
    expect(await page.textContent("#merge-go")).toBe("Merge China into Chinese regulators");
    await page.click("#merge-go");
    await page.waitForFunction(() => document.querySelector("#review-message")?.textContent?.startsWith("Merged entity:china"));
    expect(await hasNode("entity:china")).toBe(false);
    await snap(page, "review-merged");
    const entities = JSON.parse(readFileSync(join(data, "entities.json"), "utf8"));
    expect(entities.entities.some((e: { id: string }) => e.id === "entity:china")).toBe(false);
    expect(entities.entities.find((e: { id: string }) => e.id === "entity:chinese-regulators").aliases).toContain("China");
    // The merge changed the seed's file only where it named China.
    const seedAfter = readFileSync(join(data, SEED_ANNOTATION), "utf8");
    expect(seedAfter).toBe(seedBefore.replaceAll('"entity:china"', '"entity:chinese-regulators"'));
    expect(annotation()).toEqual(expected);

    expect(regkg(["validate", data], REPO).status).toBe(0);

    // Undo goes back one step at a time, the tooltip saying which: the merge, then the rejection.
    expect(await page.getAttribute("#review-undo", "title")).toBe("Undo: merge entity:china into entity:chinese-regulators (u)");
    await page.click("#review-undo");
    await page.waitForFunction(() => /^Undone: merge/.test(document.querySelector("#review-message")?.textContent ?? ""));
    expect(await hasNode("entity:china")).toBe(true);
    expect(readFileSync(join(data, SEED_ANNOTATION), "utf8")).toBe(seedBefore);
    expect(await page.getAttribute("#review-undo", "title")).toBe(`Undo: reject ${second} (u)`);
    await page.click("#review-undo");
    await page.waitForFunction(() => document.querySelector("#review-toggle")?.getAttribute("data-count") === "1");
    expect(await hasNode(second)).toBe(true);
    expect(await page.getAttribute("#review-undo", "title")).toBe(`Undo: accept ${first} (u)`);
    expect(await page.evaluate(() => (window as any).__sameLoad)).toBe(true);
    expect(errors).toEqual([]);
  }, SCENARIO);

  it("409 when the file was edited in an editor while the page was open: the page reloads the item, the editor's change stays", async () => {
    await freshServer();
    await page.click("#review-toggle");
    await pasteArticle(ARTICLE);
    await page.waitForFunction(() => document.querySelector("#review-toggle")?.getAttribute("data-count") === "2");

    // Someone fixes the summary in an editor.
    const file = join(data, `annotations/${SLUG}.json`);
    const edited = readFileSync(file, "utf8").replace('"summary": "Cyberspace Administration of China ordered Tencent"', '"summary": "The CAC ordered Tencent to shut accounts"');
    expect(edited).toContain("The CAC ordered");
    writeFileSync(file, edited);

    await page.click("#review-accept");
    await page.waitForFunction(() => /changed since the page loaded it/.test(document.querySelector("#review-message")?.textContent ?? ""));
    expect(readFileSync(file, "utf8")).toBe(edited); // not overwritten
    expect(await page.inputValue("#review-summary")).toBe("The CAC ordered Tencent to shut accounts");
    await snap(page, "review-conflict");
    // Deciding again now works, on top of the editor's change.
    await page.click("#review-accept");
    await page.waitForFunction(() => document.querySelector("#review-toggle")?.getAttribute("data-count") === "1");
    const saved = JSON.parse(readFileSync(file, "utf8"));
    expect(saved.actions[0]).toMatchObject({ summary: "The CAC ordered Tencent to shut accounts", review: "accepted" });

    // Undo takes the acceptance back; the ingest before it cannot be undone from the page, so nothing is left to undo.
    await page.click("#review-undo");
    await page.waitForFunction(() => document.querySelector("#review-toggle")?.getAttribute("data-count") === "2");
    expect(readFileSync(file, "utf8")).toBe(edited);
    expect(await page.isDisabled("#review-undo")).toBe(true);
    expect(await page.getAttribute("#review-undo", "title")).toBe("Nothing to undo");
    expect(errors).toEqual([]);
  }, SCENARIO);

  it("a dropped .txt is ingested; new entities are reviewed too; a missed action is added from a selection", async () => {
    await freshServer();
    const entitiesBefore = readFileSync(join(data, "entities.json"), "utf8");
    const text =
      "SEC fines Acme Widgets\n\nThe Securities and Exchange Commission fined Acme Widgets Inc. $5 million on Tuesday for misleading investors.\n" +
      'Contact: <img src=x onerror="window.__pwned=1"> <b>press office</b>\n';
    // Drop the file on the page, as from a file manager.
    await page.evaluate((t) => {
      const dt = new DataTransfer();
      dt.items.add(new File([t], "sec-fines-acme.txt", { type: "text/plain" }));
      document.dispatchEvent(new DragEvent("drop", { dataTransfer: dt, bubbles: true, cancelable: true }));
    }, text);
    await page.waitForFunction(() => document.querySelector("#review-toggle")?.getAttribute("data-count") === "3");
    expect(await page.isVisible("#review")).toBe(true);
    const slug = "sec-fines-acme-widgets";
    const ids = await page.locator("#review-queue button").evaluateAll((bs) => bs.map((b) => (b as HTMLElement).dataset.item));
    expect(ids).toEqual([`action:${slug}:1`, "entity:acme-widgets-inc", "entity:sec"]);

    // What the document says is text on the page, never markup.
    expect(await page.locator("#review-doc img, #review-doc b").count()).toBe(0);
    expect(await page.textContent("#review-doc")).toContain('<img src=x onerror="window.__pwned=1"> <b>press office</b>');
    expect(await page.evaluate(() => (window as any).__pwned)).toBeUndefined();

    // The action is fine; the extractor missed that the fine was for misleading investors:
    // a second action from the selected words, with the form's actor, type, status and target.
    const at = text.indexOf("misleading investors");
    await selectInDocument(at, at + "misleading investors".length);
    await page.selectOption("#review-type", "charge");
    await page.click("#review-new-action");
    await page.waitForFunction(() => /^Added action:/.test(document.querySelector("#review-message")?.textContent ?? ""));
    const ann = JSON.parse(readFileSync(join(data, `annotations/${slug}.json`), "utf8"));
    expect(ann.actions[1]).toMatchObject({
      id: `action:${slug}:2`, actionType: "charge", status: "enacted", actors: ["entity:sec"], targets: ["entity:acme-widgets-inc"],
      evidence: [{ start: at, end: at + 20, quote: "misleading investors" }], method: "manual", review: "accepted",
    });
    expect(await hasNode(`action:${slug}:2`)).toBe(true);

    // Rejecting an entity an action still names is refused, with the problem said.
    await page.click('#review-queue button[data-item="entity:sec"]');
    await page.click("#review-reject");
    await page.waitForFunction(() => document.querySelector("#review-message")?.classList.contains("error"));
    expect(await page.textContent("#review-message")).toContain('unknown entity "entity:sec"');
    expect(readFileSync(join(data, "entities.json"), "utf8")).toContain('"id": "entity:sec"');

    // The company's name without "Inc", accepted: one line of entities.json changes.
    const entitiesIngested = readFileSync(join(data, "entities.json"), "utf8");
    expect(entitiesIngested).not.toBe(entitiesBefore);
    await page.click('#review-queue button[data-item="entity:acme-widgets-inc"]');
    await page.fill("#review-entity-name", "Acme Widgets");
    await page.fill("#review-entity-aliases", "Acme Widgets Inc");
    await page.click("#review-accept");
    await page.waitForFunction(() => document.querySelector("#review-toggle")?.getAttribute("data-count") === "2");
    const entitiesText = readFileSync(join(data, "entities.json"), "utf8");
    const acme = JSON.parse(entitiesText).entities.find((e: { id: string }) => e.id === "entity:acme-widgets-inc");
    expect(acme).toEqual({ id: "entity:acme-widgets-inc", name: "Acme Widgets", category: "company", aliases: ["Acme Widgets Inc"] });
    // Against the file as the ingest left it, exactly one line differs: the company's.
    const [was, now] = [entitiesIngested.split("\n"), entitiesText.split("\n")];
    expect(now.length).toBe(was.length);
    const changed = now.filter((l, i) => l !== was[i]);
    expect(changed).toEqual(['    { "id": "entity:acme-widgets-inc", "name": "Acme Widgets", "category": "company", "aliases": ["Acme Widgets Inc"] },']);
    await snap(page, "review-entity");
    expect(regkg(["validate", data], REPO).status).toBe(0);
    expect(errors).toEqual([]);
  }, SCENARIO);

  it("underlines the sentences likely to state an action that yielded none; one press selects each, and an action added from it takes the underline off", async () => {
    await freshServer();
    await page.click("#review-toggle");
    // A real Commerce Department release of the corpus's dev part.
    const text = devText("commerce-1998-chemicals-export-company-settles-illegal-export-charges");
    await pasteArticle(text);
    await page.waitForFunction(() => Number(document.querySelector("#review-toggle")?.getAttribute("data-count")) > 0);
    const first = (await page.getAttribute("#review-queue li[aria-current=true] button", "data-item"))!;
    expect(first).toMatch(/^action:/);

    // The sentences underlined are the ones the API gives, whole, and none is the evidence marked.
    const api = await (await fetch(new URL(`/api/review/${first}`, server.url))).json();
    const underlined = () => page.locator("#review-doc .unread").allTextContents();
    const expected = api.unread.map((u: { start: number; end: number }) => text.slice(u.start, u.end));
    expect(expected.length).toBeGreaterThanOrEqual(2);
    expect(await underlined()).toEqual(expected);
    const agreed = "The company neither confirmed nor denied the charges but agreed to pay the penalty.";
    expect(expected).toContain(agreed);
    expect(await page.locator("#review-doc mark").allTextContents()).not.toContain(agreed);
    expect(await page.textContent("#review-unread-count")).toBe(`${expected.length} sentences underlined in the text may state an action, but none was read from them: the extractor may have missed something there.`);
    await snap(page, "review-unread");

    // "Show the next" selects them in turn, ready for "New action from selection".
    const selected = () => page.evaluate(() => window.getSelection()!.toString());
    await page.click("#review-next-unread");
    expect(await selected()).toBe(expected[0]);
    await page.click("#review-next-unread");
    expect(await selected()).toBe(expected[1]);
    while ((await selected()) !== agreed) await page.click("#review-next-unread");
    await page.selectOption("#review-type", "settle");
    await page.click("#review-new-action");
    await page.waitForFunction(() => /^Added action:/.test(document.querySelector("#review-message")?.textContent ?? ""));
    await page.waitForFunction((n) => document.querySelectorAll("#review-doc .unread").length === n, expected.length - 1);
    expect(await underlined()).toEqual(expected.filter((q: string) => q !== agreed));
    expect(regkg(["validate", data], REPO).status).toBe(0);
    expect(errors).toEqual([]);
  }, SCENARIO);

  it("a document the extractor proposed nothing in is queued to be read, its sentences worth a look underlined, until marked done", async () => {
    await freshServer();
    await page.click("#review-toggle");
    // A real Department of Labor release of the corpus's dev part; the extractor reads no action from it.
    await pasteArticle(devText("dol-2024-court-order-asmussen-racing-stables-back-wages"), "Asmussen back wages");
    await page.waitForFunction(() => document.querySelector("#review-toggle")?.getAttribute("data-count") === "1");
    expect(await message()).toContain("doc:asmussen-back-wages added: 1 item to review");
    expect(await page.textContent("#review-queue li[aria-current=true] button")).toBe("Asmussen back wages (no action proposed: read it)");
    expect(await page.textContent(".review-where strong")).toBe("Document with no action proposed");
    const underlined = await page.locator("#review-doc .unread").allTextContents();
    expect(underlined.length).toBeGreaterThanOrEqual(2);
    expect(underlined[1]).toMatch(/^LOUISVILLE, KY – The U.S. Department of Labor has obtained a court order requiring/);
    expect(await page.locator("#review-doc mark").count()).toBe(0);
    // No type is chosen before the reviewer or a sentence chooses one: a passage added without one is refused.
    expect(await page.inputValue("#review-type")).toBe("");
    expect(await page.textContent("#review-type option:checked")).toBe("choose the type…");
    const headline = devText("dol-2024-court-order-asmussen-racing-stables-back-wages").indexOf(underlined[0]!);
    await selectInDocument(headline, headline + underlined[0]!.length);
    await page.click("#review-new-action");
    await page.waitForFunction(() => /^Choose the action's type first/.test(document.querySelector("#review-message")?.textContent ?? ""));
    expect(JSON.parse(readFileSync(join(data, "annotations/asmussen-back-wages.json"), "utf8")).actions).toEqual([]);
    // Each selected sentence proposes the action type its words state (none where no frame's words are there).
    const api = await (await fetch(new URL("/api/review/doc:asmussen-back-wages", server.url))).json();
    await page.click("#review-next-unread");
    expect(await page.evaluate(() => window.getSelection()!.toString())).toBe(underlined[0]);
    expect(await page.inputValue("#review-type")).toBe(api.unread[0].types[0] ?? "");
    await snap(page, "review-document");

    // Its parties are new to graph-data: typed, and added as new entities from the picker.
    for (const [picker, name] of [["review-actors", "U.S. Department of Labor"], ["review-targets", "Asmussen Racing Stables"]] as const) {
      await page.fill(`#${picker}`, name);
      await page.waitForSelector(`#${picker}-hits li[data-new]`);
      expect(await page.textContent(`#${picker}-hits li[data-new]`)).toContain(`New entity: “${name}”`);
      await page.click(`#${picker}-hits li[data-new]`);
      await page.waitForFunction((n) => [...document.querySelectorAll("#review .chip")].some((c) => c.textContent!.startsWith(n)), name);
    }
    const entities = JSON.parse(readFileSync(join(data, "entities.json"), "utf8")).entities;
    expect(entities).toContainEqual({ id: "entity:u-s-department-of-labor", name: "U.S. Department of Labor", category: "regulator", aliases: [], review: "proposed" });
    expect(entities.find((e: { id: string }) => e.id === "entity:asmussen-racing-stables")).toMatchObject({ name: "Asmussen Racing Stables", review: "proposed" });
    // The second underlined sentence states what the court order requires: added from it, its underline goes.
    // It orders a payment: a fine. The form takes the amount the sentence states; the reviewer makes it the order's total
    // (back wages and as much again in damages), clears the unit by mistake, and is told.
    await page.click("#review-next-unread");
    expect(await page.evaluate(() => window.getSelection()!.toString())).toBe(underlined[1]);
    expect([await page.inputValue("#review-amount"), await page.inputValue("#review-unit"), await page.inputValue("#review-date")]).toEqual(["243,260", "USD", ""]);
    await page.selectOption("#review-type", "fine");
    await page.fill("#review-amount", "486,520");
    await page.fill("#review-unit", "");
    const at = devText("dol-2024-court-order-asmussen-racing-stables-back-wages").indexOf(underlined[1]!);
    await selectInDocument(at, at + underlined[1]!.length);
    const annotationNow = () => readFileSync(join(data, "annotations/asmussen-back-wages.json"), "utf8");
    const before = annotationNow();
    await page.click("#review-new-action");
    await page.waitForFunction(() => /^Amount: say what is counted/.test(document.querySelector("#review-message")?.textContent ?? ""));
    expect(await page.getAttribute("#review-message", "class")).toBe("error");
    expect(annotationNow()).toBe(before);
    await page.fill("#review-unit", "USD");
    await page.fill("#review-date", "2024-06-11");
    await selectInDocument(at, at + underlined[1]!.length);
    await snap(page, "review-amount-date");
    await page.click("#review-new-action");
    await page.waitForFunction(() => /^Added action:/.test(document.querySelector("#review-message")?.textContent ?? ""));
    await page.waitForFunction((n) => document.querySelectorAll("#review-doc .unread").length === n, underlined.length - 1);
    const ann = JSON.parse(annotationNow());
    expect(ann.actions).toMatchObject([{ actionType: "fine", actors: ["entity:u-s-department-of-labor"], targets: ["entity:asmussen-racing-stables"], quantity: { value: 486520, unit: "USD" }, time: { date: "2024-06-11" }, method: "manual", evidence: [{ quote: underlined[1] }] }]);
    // The details panel beside it lists the new action with its date and amount, grouped for reading.
    await page.waitForFunction(() => /486,520 USD/.test(document.querySelector("#details-body")?.textContent ?? ""));
    await snap(page, "review-document-added");
    // The form keeps who acted on whom for the release's next action; the amount and date were that one's.
    expect(await page.locator('#review .picker[data-picker="actors"] .chip').evaluateAll((cs) => cs.map((c) => c.getAttribute("data-id")))).toEqual(["entity:u-s-department-of-labor"]);
    expect(await page.locator('#review .picker[data-picker="targets"] .chip').evaluateAll((cs) => cs.map((c) => c.getAttribute("data-id")))).toEqual(["entity:asmussen-racing-stables"]);
    expect([await page.inputValue("#review-amount"), await page.inputValue("#review-unit"), await page.inputValue("#review-date")]).toEqual(["", "", ""]);

    // Nothing more to add: marked done, the annotation is accepted; the two new entities still await a look.
    await page.click('#review-queue button[data-item="doc:asmussen-back-wages"]');
    await page.click("#review-accept");
    await page.waitForFunction(() => document.querySelector("#review-toggle")?.getAttribute("data-count") === "2");
    expect(await message()).toBe("Marked doc:asmussen-back-wages done: its annotation is accepted.");
    expect(JSON.parse(readFileSync(join(data, "annotations/asmussen-back-wages.json"), "utf8")).review).toBe("accepted");
    expect(regkg(["validate", data], REPO).status).toBe(0);
    expect(errors).toEqual([]);
  }, SCENARIO);

  it("without a review server behind it, the page says it is read-only and offers no review", async () => {
    // The vite server of the e2e setup serves the page without the API, as a static host of the build does.
    const { inject } = await import("vitest");
    await page.goto(inject("baseURL"));
    expect(await waitReady(page)).toBe("true");
    await page.waitForSelector("#server-note:not([hidden])");
    expect(await page.textContent("#server-note")).toContain("Read-only");
    expect(await page.isHidden("#review-toggle")).toBe(true);
  });
});
