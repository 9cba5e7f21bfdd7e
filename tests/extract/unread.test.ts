/**
 * The sentences review mode underlines (src/extract/unread.ts): an action's words, and no action
 * read from them. On a real release of the corpus's dev part.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { extractActions, unreadIn, unreadSentences } from "../../src/extract/index.ts";
import { defaultLexicon } from "../../src/extract/lexicon.ts";
import { findHits } from "../../src/extract/triggers.ts";
import { DATA_DIR } from "../helpers/paths.ts";

const SLUG = "commerce-1998-chemicals-export-company-settles-illegal-export-charges";
const meta = JSON.parse(readFileSync(join(DATA_DIR, "documents", SLUG, "meta.json"), "utf8"));
const text = readFileSync(join(DATA_DIR, "documents", SLUG, "text.txt"), "utf8");
const AGREED = "The company neither confirmed nor denied the charges but agreed to pay the penalty.";

describe("sentences worth a reviewer's look", () => {
  it("lists each sentence with an action's words that no proposed action stands on, and only those", () => {
    expect(meta.split).toBe("dev");
    const x = extractActions(text, [], { publisher: meta.publisher });
    expect(x.actions.length).toBeGreaterThan(0);
    const quotes = x.unread.map((u) => u.quote);
    // The extractor reads the penalty imposed, not the company's agreeing to pay it.
    expect(quotes).toContain(AGREED);
    expect(x.unread.find((u) => u.quote === AGREED)!.words.map((w) => [w.text, w.actionType])).toEqual([["pay the penalty", "fine"]]);
    const lexicon = defaultLexicon();
    for (const s of x.sentences) {
      const covered = x.actions.some((a) => a.evidence.start < s.end && s.start < a.evidence.end);
      const worded = findHits(text, s, lexicon, []).some((h) => !x.mentions.some((m) => m.start <= h.start && h.start < m.end));
      expect(quotes.includes(s.text), s.text).toBe(!covered && worded);
    }
    for (const u of x.unread) expect(text.slice(u.start, u.end)).toBe(u.quote);
  });

  it("gives each sentence the first amount it states and the date of its first time phrase, for the action a reviewer adds from it", () => {
    const penalty = unreadIn(text, [], defaultLexicon(), meta.published).find((u) => u.quote.includes("imposed a $16,000 civil penalty"))!;
    // "today" is the day the release was published.
    expect(penalty).toMatchObject({ quantity: { value: 16_000, unit: "USD" }, date: "1998-09-03" });
    expect(unreadIn(text, [], defaultLexicon()).find((u) => u.start === penalty.start)).not.toHaveProperty("date");
    expect(unreadIn(text, []).find((u) => u.quote === AGREED)).not.toHaveProperty("quantity");
    // A bare "$" in an ASIC release is the Australian dollar: the text names ASIC (another dev text).
    const asic = "asic-2025-acbf-funeral-plans-penalised-further-3-5-million";
    const asicMeta = JSON.parse(readFileSync(join(DATA_DIR, "documents", asic, "meta.json"), "utf8"));
    expect(asicMeta.split).toBe("dev");
    const asicText = readFileSync(join(DATA_DIR, "documents", asic, "text.txt"), "utf8");
    const handed = unreadIn(asicText, [], defaultLexicon(), asicMeta.published).find((u) => u.quote.startsWith("The $3.5 million penalty handed down today"))!;
    expect(handed).toMatchObject({ quantity: { value: 3_500_000, unit: "AUD" }, date: "2025-07-10" });
    // The extraction's own list says the same.
    const x = extractActions(asicText, [], { publisher: asicMeta.publisher, docDate: asicMeta.published });
    expect(x.unread.find((u) => u.start === handed.start)).toMatchObject({ quantity: handed.quantity, date: handed.date });
  });

  it("drops a sentence once an action stands on it, and words inside a name", () => {
    const start = text.indexOf(AGREED);
    const before = unreadIn(text, []);
    expect(before.map((u) => u.quote)).toContain(AGREED);
    expect(unreadIn(text, [{ start, end: start + 10 }]).map((u) => u.quote)).not.toContain(AGREED);
    // The same sentence, its words taken as part of a name: nothing left to look at.
    const at = before.find((u) => u.quote === AGREED)!;
    const sentences = [{ start: at.start, end: at.end, text: at.quote }];
    const hits = [findHits(text, sentences[0]!, defaultLexicon(), [])];
    expect(unreadSentences(text, { sentences, hits, mentions: [], evidence: [] })).toHaveLength(1);
    const name = at.words[0]!;
    expect(unreadSentences(text, { sentences, hits, mentions: [{ start: name.start, end: name.end, text: name.text, entity: "entity:x" }], evidence: [] })).toEqual([]);
  });
});
