/**
 * Where a reviewer should look for what the extractor missed: the sentences that no action's
 * evidence covers and that the marker (marker.ts) scores as likely to state an action, from their
 * words, the frame words they use (outside a name), an amount and their place. On news the rules
 * were not written for the extractor proposes about a third of what an annotator finds; these
 * sentences, about two a document, hold more than half of the rest (README, "How good it is"), so
 * review mode marks them and `regkg ingest` counts them.
 */
import type { ActionType, Quantity } from "../schema/index.ts";
import { findTime } from "./dates.ts";
import type { Mention } from "./gazetteer.ts";
import { defaultLexicon, type Lexicon } from "./lexicon.ts";
import { countriesNamed } from "./mentions.ts";
import { findAmounts } from "./quantities.ts";
import { splitSentences, type Sentence } from "./sentences.ts";
import { findHits, type Hit } from "./triggers.ts";
import { defaultMarker, markerProbability, sentenceFeatures, type MarkerModel } from "./marker.ts";

export interface UnreadSentence {
  start: number;
  end: number;
  quote: string;
  /** The action's words found there (maybe none), each with the action type its frame states. */
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
  /** What scores a sentence (default: the shipped model). */
  marker?: MarkerModel;
}

/** A sentence's frame hits that are an action's words: those outside a name ("the Enforcement Division" states no action). */
function actionWords(hits: readonly Hit[], mentions: readonly Mention[]): Hit[] {
  return hits.filter((h) => !mentions.some((m) => m.start <= h.start && h.start < m.end));
}

export function unreadSentences(text: string, { sentences, hits, mentions, evidence, countries, docDate, marker = defaultMarker() }: UnreadInput): UnreadSentence[] {
  const out: UnreadSentence[] = [];
  for (const [i, s] of sentences.entries()) {
    if (evidence.some((e) => e.start < s.end && s.start < e.end)) continue;
    const found = actionWords(hits[i] ?? [], mentions);
    const quote = text.slice(s.start, s.end);
    if (markerProbability(marker, sentenceFeatures(quote, i, found.map((h) => h.type))) < marker.threshold) continue;
    const words = found.map((h) => ({ start: h.start, end: h.end, text: text.slice(h.start, h.end), actionType: h.type }));
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
  return unreadSentences(text, { sentences, hits, mentions: [], evidence, countries: countriesNamed(text, lexicon), ...(docDate ? { docDate } : {}) });
}
