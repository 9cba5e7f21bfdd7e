/**
 * The sentences review mode underlines (src/extract/unread.ts): no action read from them, and the
 * marker (src/extract/marker.ts) scores them as likely to state one. On real releases of the
 * corpus's dev part, which the shipped marker was trained on: a retrained marker should still
 * read them so.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { defaultMarker, extractActions, unreadIn, unreadSentences } from "../../src/extract/index.ts";
import { defaultLexicon } from "../../src/extract/lexicon.ts";
import { findHits } from "../../src/extract/triggers.ts";
import { DATA_DIR } from "../helpers/paths.ts";

const SLUG = "commerce-1998-chemicals-export-company-settles-illegal-export-charges";
const meta = JSON.parse(readFileSync(join(DATA_DIR, "documents", SLUG, "meta.json"), "utf8"));
const text = readFileSync(join(DATA_DIR, "documents", SLUG, "text.txt"), "utf8");
const AGREED = "The company neither confirmed nor denied the charges but agreed to pay the penalty.";

describe("sentences worth a reviewer's look", () => {
  const devText = (slug: string) => {
    const dir = join(DATA_DIR, "documents", slug);
    const m = JSON.parse(readFileSync(join(dir, "meta.json"), "utf8"));
    expect(m.split, slug).toBe("dev");
    return { meta: m, text: readFileSync(join(dir, "text.txt"), "utf8") };
  };

  it("lists sentences that no proposed action stands on and that likely state one, with the action's words they use", () => {
    expect(meta.split).toBe("dev");
    const x = extractActions(text, [], { publisher: meta.publisher });
    expect(x.actions.length).toBeGreaterThan(0);
    const quotes = x.unread.map((u) => u.quote);
    // The extractor reads the penalty imposed, not the company's agreeing to pay it.
    expect(quotes).toContain(AGREED);
    expect(x.unread.find((u) => u.quote === AGREED)!.words.map((w) => [w.text, w.actionType])).toEqual([["pay the penalty", "fine"]]);
    for (const u of x.unread) {
      expect(text.slice(u.start, u.end)).toBe(u.quote);
      expect(x.actions.some((a) => a.evidence.start < u.end && u.start < a.evidence.end), u.quote).toBe(false);
    }
    // A sentence that no frame's words match, stating an act all the same (the annotation reads an approval in it).
    const foxtel = devText("accc-2002-accepts-foxtel-optus-pay-tv-deal");
    const oppose = extractActions(foxtel.text, [], { publisher: foxtel.meta.publisher }).unread.find((u) => u.quote.startsWith("The ACCC does not therefore intend to oppose the arrangements"));
    expect(oppose?.words).toEqual([]);
    // Frame words in what describes something else ("a culture that was directed towards", "a purchaser approved by the ACCC"): not marked.
    for (const [slug, sentence] of <[string, string][]>[
      ["asic-2021-forex-ct-20m-penalty-director-disqualified", "- implementing and encouraging a trading floor culture that was directed towards"],
      ["accc-2008-accepts-undertaking-in-national-foods-dairy-farmers-acquisition", "These assets are to be divested to a purchaser or purchasers approved by the ACCC."],
    ]) {
      const doc = devText(slug);
      const start = doc.text.indexOf(sentence);
      expect(start, sentence).toBeGreaterThan(-1);
      const x = extractActions(doc.text, [], { publisher: doc.meta.publisher });
      expect(x.actions.some((a) => a.evidence.start <= start && start < a.evidence.end), sentence).toBe(false);
      expect(x.unread.some((u) => u.start <= start && start < u.end), sentence).toBe(false);
      // ... though the frames' words are there: a marker that took every sentence would list it, with them.
      const every = extractActions(doc.text, [], { publisher: doc.meta.publisher, marker: { ...defaultMarker(), threshold: Number.MIN_VALUE } });
      expect(every.unread.find((u) => u.start <= start && start < u.end)?.words.length, sentence).toBeGreaterThan(0);
    }
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

  it("drops a sentence once an action stands on it, and does not count words inside a name as an action's", () => {
    const start = text.indexOf(AGREED);
    const before = unreadIn(text, []);
    expect(before.map((u) => u.quote)).toContain(AGREED);
    expect(unreadIn(text, [{ start, end: start + 10 }]).map((u) => u.quote)).not.toContain(AGREED);
    // The same sentence, its words taken as part of a name: they are not the action's words it uses.
    const at = before.find((u) => u.quote === AGREED)!;
    const sentences = [{ start: at.start, end: at.end, text: at.quote }];
    const hits = [findHits(text, sentences[0]!, defaultLexicon(), [])];
    const every = { ...defaultMarker(), threshold: Number.MIN_VALUE };
    expect(unreadSentences(text, { sentences, hits, mentions: [], evidence: [], marker: every })[0]!.words).toHaveLength(1);
    const name = at.words[0]!;
    expect(unreadSentences(text, { sentences, hits, mentions: [{ start: name.start, end: name.end, text: name.text, entity: "entity:x" }], evidence: [], marker: every })[0]!.words).toEqual([]);
  });
});
