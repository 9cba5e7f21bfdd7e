import type { EntityCategory } from "../schema/index.ts";
import { fold, type GazetteerEntry, type Mention } from "./gazetteer.ts";
import { CURRENCY_FIRST } from "./quantities.ts";

/** One conjunct of the phrase an action acts on: "banned [X], [Y] and [the market]". */
export interface ObjectItem {
  start: number;
  end: number;
  text: string;
  /** Known names inside it; the first is what the item stands for. */
  mentions: Mention[];
}

// Words that end the object phrase: a preposition starting an adjunct, a relative clause, a
// subordinate clause, whom a litigant acts for ("filed the complaint on behalf of the FDA"). "of" is not among them: "closure of X", "operation of X" keep X. A dot
// right after a name ends its abbreviation ("TD Bank, N.A. and ..."), not the phrase.
// ("ordered the bank pursuant to Article 24 of the Banking Law to submit a report": so does the law an act rests on, as "under" does.)
// ("has fined Automotive Lighting and Hella a total of €26 744 000": the amount of a double object ends it too, not one after a
// determiner: "approved a €3 billion German State aid scheme".)
const STOP = new RegExp(String.raw`[;:!?()“”"]|(?<!\u0001)\.(?=\s|$)|,(?!\s+(?:and|or)\b)(?!\s*(?:(?:Mr|Mrs|Ms|Miss|Dr|Prof|Sir|Dame)\.?\s+)?\u0001)(?!(?:\s+[a-z-]+){1,3}(?:\s*,|\s+(?:and|or)\s))|(?:^|\s)(?:for|in|from|to|by|with|under|after|before|because|since|that|which|who|whose|where|while|but|amid|as|over|citing|following|until|if|unless|so|despite|through|via|across|at|within|without|against|on the grounds|on behalf of|pursuant to|in accordance with|according|including|such as|namely)\b|(?<=\S)(?<!\b(?:a|an|the|its|their|his|her|this|that|these|those|of|and|or|to|up))\s+(?=(?:a\s+(?:total|combined\s+total|sum)\s+of\s+)?(?:${CURRENCY_FIRST})\s?\d)`, "i");
// ("found that LaForgia was a cause of Certified's violations": so does an auxiliary or a copula; the names in what it says are no parties.)
const PAST_AFTER_NAME = /(?<=\u0001)\s+(?=(?:\p{Ll}+ed|was|were|had|did)\s)/u;
// "to" leads an object only before a name or a determiner: "orders to X", not "orders to submit reports".
const LEAD = /^\s*(?:(?:of|on(?!\s+behalf\b)|against|into|with|from|that|upon)\s+|to\s+(?=\u0001|the\b|a\b|an\b|its\b|their\b|all\b|\p{Lu}))?/iu;
const SEPARATOR = /\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or|as well as|and\/or)\s+|\s+[–—]\s+/gi;
// What follows a name and only describes it: ", a Delaware corporation,", ", 47, of Sydney", ", based in London".
const APPOSITIVE = /(?<=\u0001 *),\s+(?:(?:a|an|based|headquartered|located|of|formerly|also known as|aka|now|its|his|her|their|who|which|whose|the\s+(?:former|then|sole|chief|founder|owner|parent|subsidiary|head|director|president|chairman|CEO))\b|\d{1,3}(?=\s*,))[^,;()]*/gu;

export const EXCLUDED_ASIDE = /\s*[—─]{1,2}\s*(?:excluding|except(?:\s+for)?|other\s+than)\s[^—─;:]{1,200}[—─]{1,2}/giu;
const LEGAL_BASIS_BEFORE = /^\s*,\s*(?:pursuant\s+to|under|in\s+accordance\s+with|on\s+the\s+basis\s+of)\s[^,;:()]{1,120},\s*/i;

// Where a named party is based, said before its name: "has ordered Omaha, Neb.-based Union Pacific Railroad Co. to immediately reinstate".
// (Its comma would otherwise end the object at the town.)
const BASED_BEFORE = /(?<=^\s*(?:the\s+)?)\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*)?,\s+\p{Lu}[\p{L}.]*(?:\s+\p{Lu}[\p{L}.]*)?-based\s+(?=\u0001)/u;

const LOCATED = /(?<=\u0001[\p{L} ]{0,20}?)\s+in\s+(?:the\s+)?\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*)?(?=\s+and\s+(?:the\s+)?[\p{Lu}\u0001])/gu;

/**
 * The conjuncts of the object phrase that starts at `from` and ends before `to`: lists split on
 * commas and "and"/"or", never inside a known name ("payment and settlement companies").
 */
export function objectItems(text: string, from: number, to: number, mentions: readonly Mention[]): ObjectItem[] {
  const inside = mentions.filter((m) => m.start >= from && m.end <= to);
  // Known names become opaque runs of \u0001, so stops and separators cannot cut them.
  const chars = text.slice(from, to).split("");
  for (const m of inside) for (let i = m.start; i < m.end; i++) chars[i - from] = "\u0001";
  // ("payday lender, The Cash Store": a capital "The" after a comma begins the name.)
  for (const m of inside) if (m.start - 4 >= from && /, $/.test(text.slice(m.start - 6, m.start - 4)) && text.slice(m.start - 4, m.start) === "The ") for (let i = m.start - 4; i < m.start; i++) chars[i - from] = "\u0001";
  // Brackets ("(OPSL)", "(the “Company”)") and appositives say nothing about who is acted on: blanked, offsets kept.
  const blanked: [number, number][] = [];
  const blank = (m: string, at: number) => {
    blanked.push([from + at, from + at + m.length]);
    return " ".repeat(m.length);
  };
  let masked = chars.join("");
  // Inner brackets first: "(INFR(2022)2029)".
  for (let prev = ""; prev !== masked; ) {
    prev = masked;
    masked = masked.replace(/\([^()]*\)/g, blank);
  }
  masked = masked.replace(APPOSITIVE, blank);
  // ("these institutions──excluding failed institutions (...)──to submit reports": an aside that leaves some out, between dashes,
  // says which of them are not acted on (read by the caller); the object goes on after it.)
  masked = masked.replace(EXCLUDED_ASIDE, blank);
  masked = masked.replace(BASED_BEFORE, blank);
  // "Kunlun Bank in China and Elaf Bank in Iraq": where a named party is, before the next of a list, only places it.
  masked = masked.replace(LOCATED, blank);
  // A name inside a bracket or an appositive ("X Inc. (Chiyoda City, Tokyo)") is not acted on.
  const named = inside.filter((m) => !blanked.some(([a, b]) => a <= m.start && m.end <= b));
  // ("The financial authorities ordered, pursuant to Article 24 of the Banking Law and other relevant legislation, these institutions ...
  // to submit reports": the law an act rests on, set off by commas between the verb and its object, is passed over.)
  const basis = LEGAL_BASIS_BEFORE.exec(masked);
  const lead = basis ? basis[0].length : LEAD.exec(masked)![0].length;
  // "migrated abroad and a small number ...": a verb with nothing after it but a new clause has no object.
  if (/^\s*(?:and|or|but|,)\s/i.test(masked.slice(lead))) return [];
  const stop = STOP.exec(masked.slice(lead));
  // "resolves claims that Baptist submitted fraudulent Medicare claims": a past-tense verb right after a
  // name starts the clause that name is the subject of; what it did is no party acted on.
  const verb = PAST_AFTER_NAME.exec(masked.slice(lead));
  const end = lead + Math.min(stop ? stop.index : masked.length - lead, verb ? verb.index : masked.length - lead);
  const items: ObjectItem[] = [];
  let at = lead;
  const push = (a: number, b: number) => {
    const raw = text.slice(from + a, from + b);
    const trimmedStart = a + (raw.length - raw.trimStart().length);
    const trimmedEnd = b - (raw.length - raw.trimEnd().length);
    if (trimmedEnd <= trimmedStart) return;
    const s = from + trimmedStart;
    const e = from + trimmedEnd;
    items.push({ start: s, end: e, text: text.slice(s, e), mentions: named.filter((m) => m.start >= s && m.end <= e) });
  };
  let listed = false;
  for (const sep of masked.slice(0, end).matchAll(SEPARATOR)) {
    if (sep.index! + sep[0].length <= at) continue;
    if (sep.index! < at) {
      at = sep.index! + sep[0].length;
      continue;
    }
    // ", and" with no list before it starts a new clause: "withdrawing from the market, and
    // transactions falling ..."; after "X, Y" it ends the list: "X, Y, and Z".
    // ("X, a Dutch company, and Y": after a name and its description, ", and" goes on with the list.)
    const described = blanked.some(([a, b]) => a - from >= at && b - from >= sep.index! && b - from <= sep.index! + sep[0].length);
    if (/^\s*,\s*(?:and|or)\s/.test(sep[0]) && !listed && !described) {
      push(at, sep.index!);
      return items;
    }
    if (/^\s*,\s*$/.test(sep[0])) listed = true;
    push(at, sep.index!);
    at = sep.index! + sep[0].length;
  }
  push(at, end);
  // "marketing, selling, or using signal jamming devices": verbs sharing one object; the object is what they act on.
  const last = items.at(-1);
  const gerund = last && /^([\p{L}-]+ing)\s+(?=\S)/u.exec(last.text);
  if (gerund && items.length > 1 && items.slice(0, -1).every((i) => /^[\p{L}-]+ing$/u.test(i.text))) {
    const at = last.start + gerund[0].length;
    items.splice(0, items.length, { start: at, end: last.end, text: text.slice(at, last.end), mentions: last.mentions.filter((m) => m.start >= at) });
  }
  // "investigations into all water and wastewater companies", "banned the exporting and importing of arms": a bare
  // noun or a gerund before "and" shares the plural head after it; one class of parties, one activity.
  // ("the firm and its directors", "nuisance calls and texts": a determiner before a noun, or a plural, is a party of its own;
  // "settlement with federal and state government agencies": nor are adjectives before the bodies that act.)
  for (let i = items.length - 2; i >= 0; i--) {
    const [a, b] = [items[i]!, items[i + 1]!];
    const bare = /^(?:all\s+)?[a-z][a-z-]*(?:\s+[a-z][a-z-]*)?$/.test(a.text) && !/(?:[^s]s|al|ic|ive|ous|ful|ary|ern|ish|ese)$/.test(a.text) && !/\b(?:agencies|authorities|regulators|governments|officials|courts|departments|bodies)$/.test(b.text);
    const gerund = /^(?:(?:the|all)\s+)?[a-z-]+ing$/.test(a.text);
    if (a.mentions.length === 0 && b.mentions.length === 0 && (bare || gerund) && /^\s+(?:and|or)\s+$/.test(text.slice(a.end, b.start)) && /^[a-z][a-z-]*(?:\s+(?:of\s+)?[a-z][a-z-]*){0,3}$/.test(b.text) && /[^s]s$/.test(b.text)) {
      items.splice(i, 2, { start: a.start, end: b.end, text: text.slice(a.start, b.end), mentions: [] });
    }
  }
  // "against payday lender, The Cash Store, and loan funder, Assistive Finance": a bare description set before a name by a comma only says what the name is.
  for (let i = items.length - 2; i >= 0; i--) {
    const [d, n] = [items[i]!, items[i + 1]!];
    if (d.mentions.length === 0 && /^[a-z][a-z-]*(?: [a-z][a-z-]*){0,2}$/.test(d.text) && n.mentions.length > 0 && /^\s*,\s*(?:the\s+)?$/i.test(text.slice(d.end, n.mentions[0]!.start))) items.splice(i, 1);
  }
  // "three other exchanges, including Delta Trade and Helix Swap": the examples are acted on too.
  const example = /^,?\s*(?:including|such as|namely|notably)\s+/i.exec(masked.slice(end));
  if (example) items.push(...objectItems(text, from + end + example[0].length, to, mentions));
  return items;
}

// "these" and "those" are pronouns only alone: "those relationships" is a description.
const PRONOUN = /^(?:(?:they|them|it)\b|(?:him|her|these|those|both|each of them|all of them|both of them)$|both\s+(?:to|of)\b)/i;
/** "they", "them", "they impose ...": the item refers back to something named before. */
export const isPronoun = (item: ObjectItem) => PRONOUN.test(item.text.trim());

const DETERMINERS =
  /^(?:(?:a slew|a number|a total|a handful|a range|a series|a group|a couple|dozens|hundreds|thousands|millions|scores|all|some|most|many|one|two|three|several|each|any|none)\s+of\s+(?:the\s+)?|(?:the|a|an|some|several|all|any|its|their|his|her|these|those|this|that|other|more|multiple|many|various|certain|such|further|up to|more than|less than|fewer than|about|around|nearly|almost|at least|over|no|every|each|one|two|three|four|five|six|seven|eight|nine|ten)\s+|\d[\d,.]*%?\s+)+/i;
const NOT_A_NAME = /^(?:are|is|was|were|be|been|has|have|had|do|does|did|can|could|may|might|must|shall|should|will|would|and|or|but|nor|they|them|it|this|that|these|those|who|which|what|there|here|time|year|years|month|months|week|weeks|day|days|way|part|step|steps|move|action|actions|measures?|efforts?|plans?|statement|decision|heads?|success|view|total|also|the|changes?|sections?|prices?|offers?|reports?|findings?|amounts?|facility|facilities|matters?|cases?|violations?|deficiencies|charges?|allegations?|terms?|conditions?|requirements?|obligations?|issues?|concerns?|problems?|practices?|conduct|information|documents?|records?|results?|orders?|penalt(?:y|ies)|fines?|sanctions?|remedies|relief|the\s+\w+)$/i;

// Where a noun phrase ends: a relative pronoun or auxiliary, a participle or adverb after the
// head ("accounts uncovered domestically", "the market free of upset"), a preposition other than "of".
const POST_HEAD = /^(?:not|that|which|who|whom|whose|are|is|were|was|be|been|being|have|has|had|will|would|can|could|may|might|must|should|to|free|even|now|also|still|only|abroad|overseas|offshore|domestically|locally|globally|here|there|in|on|at|for|from|by|with|under|over|into|onto|across|after|before|since|during|against|without|within|about|like|than|as|per|via|\p{L}+ed|\p{L}+ly)$/iu;
const NOT_NOUNS = /^(?:abroad|overseas|offshore|domestically|locally|globally|here|there|away|back|down|up|out|off|now|then|again|further|together|\p{L}+ly)$/iu;

/** The noun phrase a description starts with, without determiners or quantities: "a slew of related accounts uncovered" -> "related accounts". */
export function bareNoun(phrase: string): string {
  const words = phrase.replace(DETERMINERS, "").replace(/[\s,.;:'’]+$/u, "").split(/\s+/).filter(Boolean);
  let end = words.length;
  for (let i = 1; i < words.length; i++) {
    if (POST_HEAD.test(words[i]!)) {
      end = i;
      break;
    }
  }
  const kept = words.slice(0, end);
  if (kept.length === 1 && NOT_NOUNS.test(kept[0]!)) return "";
  return kept.join(" ").replace(DETERMINERS, "").trim();
}

/** The word a name is about: "offshore servers of trading platforms" -> "server". */
export function headWord(name: string): string {
  const main = fold(name).split(/\s+of\s+/)[0]!;
  const words = main.split(/[\s-]+/).filter(Boolean);
  return singular(words[words.length - 1] ?? "");
}
const singular = (w: string) => w.replace(/['’]s$/, "").replace(/(?:ies)$/, "y").replace(/(?<=[^s])s$/, "");
const contentWords = (s: string) => new Set(fold(s).split(/[^\p{L}\p{N}]+/u).filter((w) => w.length > 2 && !/^(?:the|and|for|with|that|are|which|from|into|this|those|these|its|their)$/.test(w)).map(singular));

/** What a document says as a whole, for deciding what its descriptions can refer to. */
export interface DocumentScope {
  /** Content words of the whole text (singular, case-folded). */
  words: ReadonlySet<string>;
  /** Entities the text names outright. */
  mentioned: ReadonlySet<string>;
}

/** The content words of a text, for a DocumentScope. */
export const wordsOf = (text: string): Set<string> => contentWords(text);

/**
 * The known entity a description stands for, matched by its head word ("the market" ->
 * "Chinese cryptocurrency market", "124 servers ... situated offshore" -> "offshore servers of
 * ..."), only where the document makes the link: the entity is named in it, or every word of
 * one of its names occurs in it ("the central bank" is the PBOC in an article about China,
 * not in one about the euro). Among those, the one sharing most words with the description and
 * the words around it, an entity the text names winning ties; a bare "the <head>" takes the
 * only one. Undefined when nothing fits or two fit equally.
 */
export function resolveByHead(noun: string, context: string, definite: boolean, index: HeadIndex, doc: DocumentScope): string | undefined {
  const head = headWord(noun);
  if (!head || head.length < 3) return undefined;
  const own = contentWords(noun);
  const around = contentWords(context);
  let best: { id: string; score: number } | undefined;
  let tied = false;
  let candidates = 0;
  for (const e of index.get(head)) {
    const names = [e.name, ...e.aliases].filter((n) => headWord(n) === head);
    const named = doc.mentioned.has(e.id);
    // (A well-known company the text does not name is not what "the bank" means: "State Bank of India" is not in every text with "state" and "India".)
    if (names.length === 0 || !(named || (!e.asWritten && names.some((n) => [...contentWords(n)].every((w) => doc.words.has(w)))))) continue;
    candidates++;
    let score = named ? 0.5 : 0;
    for (const n of names) {
      let s = named ? 0.5 : 0;
      for (const w of contentWords(n)) if (w !== head) s += own.has(w) ? 2 : around.has(w) ? 1 : 0;
      score = Math.max(score, s);
    }
    if (!best || score > best.score) {
      best = { id: e.id, score };
      tied = false;
    } else if (score === best.score) tied = true;
  }
  if (!best || tied) return undefined;
  if (best.score >= 1) return best.id;
  return definite && candidates === 1 && own.size <= 1 ? best.id : undefined;
}

/** Entities by the head words of their names and aliases; forked per article like the Gazetteer. */
export class HeadIndex {
  private byHead = new Map<string, Map<string, GazetteerEntry>>();
  /** Ids this index (re)defines, hiding the base's older version of them. */
  private own = new Set<string>();
  constructor(
    entries: Iterable<GazetteerEntry> = [],
    private readonly base?: HeadIndex,
  ) {
    for (const e of entries) this.add(e);
  }
  fork(): HeadIndex {
    return new HeadIndex([], this);
  }
  add(e: GazetteerEntry): void {
    this.own.add(e.id);
    for (const n of [e.name, ...e.aliases]) {
      const h = headWord(n);
      if (!h) continue;
      let m = this.byHead.get(h);
      if (!m) this.byHead.set(h, (m = new Map()));
      m.set(e.id, e);
    }
  }
  *get(head: string): Iterable<GazetteerEntry> {
    const mine = this.byHead.get(head);
    if (mine) yield* mine.values();
    const theirs = this.base?.byHead.get(head);
    if (theirs) for (const [id, e] of theirs) if (!this.own.has(id)) yield e;
  }
}

const INFRASTRUCTURE = /^(?:server|website|site|account|app|application|domain|channel|wallet|node|machine|atm|page|platform account|group chat|chat)$/;
const GROUP = /^(?:platform|exchange|firm|company|provider|bank|lender|broker|issuer|operator|investor|trader|miner|business|institution|entity|promoter|customer|user|resident|fund|dealer|startup|venue|intermediary|agent|merchant|influencer|individual|organi[sz]ation)$/;
const RULE = /^(?:rule|regulation|law|guideline|notice|directive|act|measure|policy|framework|licen[cs]e|requirement)$/;

/** A proposed entity's category from its head word. */
export function categoryOfDescription(noun: string): EntityCategory {
  const head = headWord(noun);
  if (INFRASTRUCTURE.test(head)) return "infrastructure";
  if (GROUP.test(head)) return "target_group";
  if (RULE.test(head)) return "regulation";
  return "activity";
}

/**
 * Whether a description of parties names a class of them, as a plural does ("broker-dealers",
 * "covered institutions"), and not one unnamed party: "the largest civil settlement with a single
 * entity in American history", "the highest imposed against a company", "individually and doing
 * business as Future-Comm Trading". A release names the one party it acts on; a lone singular
 * common noun only speaks of parties in general.
 */
export function namesAClass(noun: string): boolean {
  if (categoryOfDescription(noun) !== "target_group") return true;
  const main = fold(noun).split(/\s+of\s+/)[0]!;
  const last = main.split(/[\s-]+/).filter(Boolean).at(-1) ?? "";
  return /[^s]s$/.test(last);
}

/** Whether a bare noun phrase can stand as a proposed entity's name. */
export function nameable(noun: string): boolean {
  const words = noun.split(/\s+/);
  if (words.length === 0 || words.length > 5 || noun.length < 3) return false;
  // A verb phrase is no description: "making findings", "submit reports", "placed", "involved".
  if (/^(?:making|imposing|taking|seeking|requiring|ordering|submitting|providing|ensuring|issuing|publishing|proposing|conducting|considering|submit|make|take|pay|provide|ensure|comply|cease|seek|protect|prevent|stop|address|help|support|deter|remedy|restore|is|are|was|were|has|have|had|can|will|may)\b/i.test(noun)) return false;
  // Nor a clause or a preposition's phrase: "when appropriate", "concerning bilateral economic and trade topics".
  if (/^(?:when|where|if|unless|while|whether|because|although|concerning|regarding|including|involving|following|according)\b/i.test(noun)) return false;
  if (words.length === 1 && /^\p{L}+(?:ed|ly)$/iu.test(noun)) return false;
  // The rest of a count ("more than 100 individuals"): nobody in particular.
  if (/^(?:than|over|about|around|approximately|nearly|almost|some)\s+\d/i.test(noun)) return false;
  // Descriptions are common nouns; capitalised names are found as names, not described.
  if (!/^[\p{Ll}\d]/u.test(noun)) return false;
  if (!words.every((w) => /^[\p{L}\p{N}][\p{L}\p{N}'’&.-]*$/u.test(w))) return false;
  if (/^[\d.,$€£¥%]+$/.test(words[0]!) || /\$|€|£|¥|\bmillion\b|\bbillion\b/.test(noun)) return false;
  return !NOT_A_NAME.test(headWord(noun)) && !NOT_A_NAME.test(noun);
}
