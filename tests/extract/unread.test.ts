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
