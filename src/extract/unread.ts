/**
 * Where a reviewer should look for what the extractor missed: the sentences that use an action's
 * words (a frame of the lexicon matches there, outside a name) and that no action's evidence
 * covers. On news the rules were not written for the extractor proposes about a third of what an
 * annotator finds; these sentences, about two a document, hold nearly half of the rest (README,
 * "How good it is"), so review mode marks them and `regkg ingest` counts them.
 */
import type { ActionType, Quantity } from "../schema/index.ts";
import { findTime } from "./dates.ts";
import type { Mention } from "./gazetteer.ts";
import { defaultLexicon, type Lexicon } from "./lexicon.ts";
import { countriesNamed } from "./mentions.ts";
import { findAmounts } from "./quantities.ts";
import { splitSentences, type Sentence } from "./sentences.ts";
import { findHits, type Hit } from "./triggers.ts";

export interface UnreadSentence {
  start: number;
  end: number;
  quote: string;
  /** The action's words found there, each with the action type its frame states. */
  words: { start: number; end: number; text: string; actionType: ActionType }[];
  /** The first amount of money the sentence states, for the action a reviewer adds from it. */
  quantity?: Quantity;
  /** The date of the first time phrase it states, as precise as the phrase allows (YYYY, YYYY-MM or YYYY-MM-DD). */
  date?: string;
}

export interface UnreadInput {
  /** The text's sentences, and the frame hits of each (same order). */
  sentences: readonly Sentence[];
  hits: readonly (readonly Hit[])[];
  /** The names found in the text: words inside one ("the Enforcement Division") state no action. */
  mentions: readonly Mention[];
  /** What the actions already stand on. */
  evidence: readonly { start: number; end: number }[];
  /** The countries the text is of, which tell what a bare "$" is. */
  countries?: ReadonlySet<string>;
  /** The document's publication day (YYYY-MM-DD), which "yesterday" counts from. */
  docDate?: string;
}

export function unreadSentences(text: string, { sentences, hits, mentions, evidence, countries, docDate }: UnreadInput): UnreadSentence[] {
  const out: UnreadSentence[] = [];
  for (const [i, s] of sentences.entries()) {
    if (evidence.some((e) => e.start < s.end && s.start < e.end)) continue;
    const words = (hits[i] ?? [])
      .filter((h) => !mentions.some((m) => m.start <= h.start && h.start < m.end))
      .map((h) => ({ start: h.start, end: h.end, text: text.slice(h.start, h.end), actionType: h.type }));
    if (!words.length) continue;
    const quote = text.slice(s.start, s.end);
    const quantity = findAmounts(quote, countries)[0]?.quantity;
    const date = findTime(quote, docDate)?.date;
    out.push({ start: s.start, end: s.end, quote, words, ...(quantity ? { quantity } : {}), ...(date ? { date } : {}) });
  }
  return out;
}

/**
 * The same for a stored document and the evidence of its annotation as it is now (a reviewer's
 * added action covers its sentence). Without the names, which need the NLP library: a frame's
 * words inside a name may mark a sentence too.
 */
export function unreadIn(text: string, evidence: readonly { start: number; end: number }[], lexicon: Lexicon = defaultLexicon(), docDate?: string): UnreadSentence[] {
  const sentences = splitSentences(text);
  const hits = sentences.map((s) => findHits(text, s, lexicon, []));
  // (The countries only matter for an amount in a sentence that is marked.)
  const countries = hits.some((h) => h.length) ? countriesNamed(text, lexicon) : new Set<string>();
  return unreadSentences(text, { sentences, hits, mentions: [], evidence, countries, ...(docDate ? { docDate } : {}) });
}
