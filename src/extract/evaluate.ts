import type { ActionType, Status } from "../schema/index.ts";
import type { Extraction } from "./extract.ts";
import { fold } from "./gazetteer.ts";
import { prng } from "../synth/random.ts";

// A company's legal form is not part of who it is: "Binance Holdings Ltd." is "Binance Holdings".
const WORD_CHAR = /[\p{L}\p{N}]/u;
const LEGAL_FORM = /(?:,?\s+(?:inc|incorporated|ltd|limited|llc|l\.l\.c|plc|corp|corporation|co|company|ag|sa|s\.a|n\.a|na|lp|l\.p|llp|gmbh|bv|b\.v|nv|n\.v|se|spa|s\.p\.a|pte|pty|sarl|ab|as|asa|oy)\.?)+$/;

/**
 * The form in which two names are compared: case and quotes folded, bracketed parts ("(UK)"), a
 * leading "the", a trailing possessive and the company's legal form dropped, dots and commas
 * removed, spaces collapsed.
 * "The Goldman Sachs Group, Inc." and "Goldman Sachs Group" compare equal.
 */
export function normalizeName(name: string): string {
  let s = fold(name).replace(/\s*\([^)]*\)/g, "").replace(/\s+/g, " ").trim();
  s = s.replace(/^the /, "").replace(/'s?$/, "");
  for (let prev = ""; prev !== s; ) {
    prev = s;
    s = s.replace(LEGAL_FORM, "").trim();
  }
  return s.replace(/[.,]/g, "").replace(/\s+/g, " ").trim();
}

export interface Triple {
  actor: string;
  actionType: ActionType;
  target: string;
  status: Status;
  /** The act's amount (a fine's sum and currency, a count of servers), when it states one. */
  amount?: { value: number; unit: string };
  /** The act's date (YYYY, YYYY-MM or YYYY-MM-DD), when it is known. */
  date?: string;
}

/**
 * Of the matched triples, an amount's (or a date's) agreement: how many state one in the gold, how
 * many in the proposal, how many in either, and in how many both state the same. A proposal that
 * dates what the gold leaves undated counts against it as one that leaves out a gold date does.
 */
export interface DetailAgreement {
  gold: number;
  found: number;
  either: number;
  agreeing: number;
}

export interface Score {
  gold: number;
  found: number;
  correct: number;
  precision: number;
  recall: number;
  /** Of the correct triples, how many also have the gold status. */
  statusAgreement: number;
  missed: Triple[];
  spurious: Triple[];
  /** Each correct found triple with the gold triple it matched, for per-kind and status counts. */
  matched: { found: Triple; gold: Triple }[];
  /** Gold triples some found triple matched. */
  goldFound: Triple[];
  /** Of the matched triples, whether gold and proposal state the same amount (same unit, equal value to four figures). */
  amounts: DetailAgreement;
  /** Of the matched triples, whether gold and proposal give the same date. */
  dates: DetailAgreement;
}

/** What of an action (extracted or annotated) its triples carry. */
export interface TripleSource {
  actors: readonly string[];
  targets: readonly string[];
  actionType: ActionType;
  status: Status;
  quantity?: { value: number; unit: string };
  time?: { date?: string };
}

/** One triple per actor x target of an action, each with `extra` (its evidence, for one). */
export function actionTriples<E extends object>(a: TripleSource, extra: E): (Triple & E)[] {
  const amount = a.quantity ? { amount: { value: a.quantity.value, unit: a.quantity.unit } } : {};
  const date = a.time?.date ? { date: a.time.date } : {};
  return a.actors.flatMap((actor) => a.targets.map((target) => ({ actor, actionType: a.actionType, target, status: a.status, ...amount, ...date, ...extra })));
}

/** One triple per actor x target of each extracted action, named by entity id. */
export function triplesOf(x: Extraction): (Triple & { start: number; end: number; quote: string })[] {
  return x.actions.flatMap((a) => actionTriples(a, { quote: a.evidence.quote, start: a.evidence.start, end: a.evidence.end }));
}

/**
 * Precision and recall of found triples against gold ones. The matching rule: a found triple
 * is right when its action type is the gold one's and its actor and target each match the gold
 * one's, where two entities match when they are the same (same id) or share a name: some name
 * or alias of one equals some name or alias of the other after `normalizeName`. Triples are
 * counted once per document (the same act stated twice is one triple); precision is the
 * share of distinct found triples that match a gold triple, recall the share of distinct gold
 * triples that some found triple matches, status agreement the share of matched pairs whose
 * status is the gold one.
 *
 * `names(x)` gives the names and aliases of an entity (by id or name); without it, triples
 * compare by the strings they hold.
 */
export function score(found: readonly Triple[], gold: readonly Triple[], names: (entity: string) => readonly string[] = (n) => [n]): Score {
  const same = sameEntity(names);
  const match = (f: Triple, g: Triple) => f.actionType === g.actionType && same(f.actor, g.actor) && same(f.target, g.target);
  const distinct = (list: readonly Triple[]) => list.filter((t, i) => list.findIndex((o) => match(o, t)) === i);
  const uniqueFound = distinct(found);
  const uniqueGold = distinct(gold);
  const matched: { found: Triple; gold: Triple }[] = [];
  for (const f of uniqueFound) {
    // A status-agreeing gold triple is preferred, so one found triple is not held against a
    // second statement of the same act with another status.
    const g = uniqueGold.find((g) => match(f, g) && g.status === f.status) ?? uniqueGold.find((g) => match(f, g));
    if (g) matched.push({ found: f, gold: g });
  }
  const goldFound = uniqueGold.filter((g) => uniqueFound.some((f) => match(f, g)));
  const statusOk = matched.filter((m) => m.found.status === m.gold.status).length;
  // Amounts and dates of every statement of a matched act are compared, not only the first's: "fined £12,000 ... and a
  // further £6,057" states two amounts, and a found one that gives either agrees.
  const details = (of: (t: Triple) => string | undefined): DetailAgreement => {
    const out = { gold: 0, found: 0, either: 0, agreeing: 0 };
    for (const g of goldFound) {
      const want = new Set(gold.filter((o) => match(o, g)).map(of).filter((v): v is string => v !== undefined));
      const got = found.filter((f) => match(f, g)).map(of).filter((v): v is string => v !== undefined);
      if (want.size) out.gold++;
      if (got.length) out.found++;
      if (want.size || got.length) out.either++;
      if (got.some((v) => want.has(v))) out.agreeing++;
    }
    return out;
  };
  return {
    gold: uniqueGold.length,
    found: uniqueFound.length,
    correct: matched.length,
    precision: uniqueFound.length ? matched.length / uniqueFound.length : 0,
    recall: uniqueGold.length ? goldFound.length / uniqueGold.length : 1,
    statusAgreement: matched.length ? statusOk / matched.length : 0,
    missed: uniqueGold.filter((g) => !goldFound.includes(g)),
    spurious: uniqueFound.filter((f) => !matched.some((m) => m.found === f)),
    matched,
    goldFound,
    amounts: details((t) => (t.amount ? `${amountKey(t.amount.value)} ${t.amount.unit.toUpperCase()}` : undefined)),
    dates: details((t) => t.date),
  };
}

/** An amount as compared: to four significant figures, so "€1.07 billion" and 1,070,000,000 agree whichever way they were written. */
function amountKey(value: number): string {
  return Number(value.toPrecision(4)).toString();
}

/** The matching rule's entity test: the same id, or a name or alias in common after `normalizeName`. */
export function sameEntity(names: (entity: string) => readonly string[]): (a: string, b: string) => boolean {
  const cache = new Map<string, Set<string>>();
  const keys = (e: string) => {
    let k = cache.get(e);
    if (!k) cache.set(e, (k = new Set([e, ...names(e)].map(normalizeName).filter(Boolean))));
    return k;
  };
  return (a, b) => {
    if (a === b) return true;
    const kb = keys(b);
    for (const k of keys(a)) if (kb.has(k)) return true;
    return false;
  };
}

/** Why a gold triple was missed, told only by comparing it with what was found. */
export const MISS_KINDS = ["no action in its sentence", "found with another type", "found with another target", "found with another actor", "its sentence read otherwise"] as const;
export type MissKind = (typeof MISS_KINDS)[number];

/**
 * Counts of a document's missed gold triples by kind, first that applies: the same actor and
 * target were found with another type; the type and actor with another target; the type and
 * target with another actor; some action was proposed from one of its evidence sentences, but
 * none of these; no action was proposed from its evidence at all. Counting needs no one to read
 * the misses, so the test part's can be counted too.
 */
export function missKinds(
  missed: readonly (Triple & { evidence: readonly { start: number; end: number }[] })[],
  found: readonly (Triple & { start: number; end: number })[],
  names: (entity: string) => readonly string[] = (n) => [n],
): Record<MissKind, number> {
  const same = sameEntity(names);
  return countKinds(MISS_KINDS, missed, (g): MissKind => {
    const part = partThatDiffers(g, found, same);
    if (part) return `found with another ${part}`;
    return found.some((f) => readFrom(f, g)) ? "its sentence read otherwise" : "no action in its sentence";
  });
}

/** Whether a found triple was read from one of a gold triple's evidence spans. */
const readFrom = (f: { start: number; end: number }, g: { evidence: readonly { start: number; end: number }[] }) => g.evidence.some((e) => f.start < e.end && e.start < f.end);

/** How many of `items` are of each kind (every kind listed, at 0 when none is). */
function countKinds<K extends string, T>(kinds: readonly K[], items: readonly T[], kindOf: (item: T) => K): Record<K, number> {
  const counts = Object.fromEntries(kinds.map((k) => [k, 0])) as Record<K, number>;
  for (const item of items) counts[kindOf(item)]++;
  return counts;
}

/**
 * Where a triple comes closest to some of `others` when none matches it: they hold its actor and
 * target with another type, or its actor and type with another target, or its target and type
 * with another actor (first that applies); undefined when none shares two of its three parts.
 */
export function partThatDiffers(t: Triple, others: readonly Triple[], same: (a: string, b: string) => boolean): "type" | "target" | "actor" | undefined {
  if (others.some((o) => same(o.actor, t.actor) && same(o.target, t.target))) return "type";
  if (others.some((o) => o.actionType === t.actionType && same(o.actor, t.actor))) return "target";
  if (others.some((o) => o.actionType === t.actionType && same(o.target, t.target))) return "actor";
  return undefined;
}

/** Why a found triple matched no gold one, told only by comparing it with the gold: the precision side of `MISS_KINDS`. */
export const WRONG_KINDS = ["gold has another type", "gold has another target", "gold has another actor", "its sentence states another gold action", "no gold action in its sentence"] as const;
export type WrongKind = (typeof WRONG_KINDS)[number];

/**
 * Counts of a document's wrong (unmatched) found triples by kind, first that applies: the gold
 * holds the same actor and target with another type; the same actor and type with another
 * target; the same target and type with another actor; the sentence it was read from is the
 * evidence of some other gold action; the gold reads no action from that sentence at all.
 * The first three are near misses (one of the three parts differs); the last is an action read
 * where the annotator saw none. Like `missKinds`, it needs no one to read the rows.
 */
export function wrongKinds(
  wrong: readonly (Triple & { start: number; end: number })[],
  gold: readonly (Triple & { evidence: readonly { start: number; end: number }[] })[],
  names: (entity: string) => readonly string[] = (n) => [n],
): Record<WrongKind, number> {
  const same = sameEntity(names);
  return countKinds(WRONG_KINDS, wrong, (f): WrongKind => {
    const part = partThatDiffers(f, gold, same);
    if (part) return `gold has another ${part}`;
    return gold.some((g) => readFrom(f, g)) ? "its sentence states another gold action" : "no gold action in its sentence";
  });
}

/** Totals of several scores: counts added up, rates computed from the sums (micro-averaged). */
export interface Totals {
  gold: number;
  found: number;
  correct: number;
  goldFound: number;
  statusAgreeing: number;
  precision: number;
  recall: number;
  statusAgreement: number;
  amounts: DetailAgreement;
  dates: DetailAgreement;
}

const sumDetails = (ds: readonly DetailAgreement[]): DetailAgreement => ({ gold: sum(ds, (d) => d.gold), found: sum(ds, (d) => d.found), either: sum(ds, (d) => d.either), agreeing: sum(ds, (d) => d.agreeing) });

export function totals(scores: readonly Score[]): Totals {
  const gold = sum(scores, (s) => s.gold);
  const found = sum(scores, (s) => s.found);
  const correct = sum(scores, (s) => s.correct);
  const goldFound = sum(scores, (s) => s.goldFound.length);
  const statusAgreeing = sum(scores, (s) => s.matched.filter((m) => m.found.status === m.gold.status).length);
  return {
    gold,
    found,
    correct,
    goldFound,
    statusAgreeing,
    precision: found ? correct / found : 0,
    recall: gold ? goldFound / gold : 1,
    statusAgreement: correct ? statusAgreeing / correct : 0,
    amounts: sumDetails(scores.map((s) => s.amounts)),
    dates: sumDetails(scores.map((s) => s.dates)),
  };
}

/** A 95% interval for precision and recall: the 2.5th and 97.5th percentiles of each over resamples. */
export interface Intervals {
  precision: [number, number];
  recall: [number, number];
}

/**
 * How far the micro-averaged precision and recall of some documents could move with another draw
 * of documents like them: `samples` resamples of the documents with replacement (a bootstrap over
 * documents, since a document's triples are not independent of one another), from a fixed seed
 * so the same scores give the same interval on every run.
 */
export function bootstrapIntervals(scores: readonly Score[], samples = 1000, seed = 1): Intervals {
  const docs = scores.map((s) => [s.found, s.correct, s.gold, s.goldFound.length] as const);
  const rand = prng(seed);
  const precision: number[] = [];
  const recall: number[] = [];
  for (let i = 0; i < samples && docs.length; i++) {
    let found = 0, correct = 0, gold = 0, goldFound = 0;
    for (let j = 0; j < docs.length; j++) {
      const d = docs[Math.floor(rand() * docs.length)]!;
      found += d[0];
      correct += d[1];
      gold += d[2];
      goldFound += d[3];
    }
    precision.push(found ? correct / found : 0);
    recall.push(gold ? goldFound / gold : 1);
  }
  const band = (xs: number[]): [number, number] => {
    if (!xs.length) return [0, 0];
    xs.sort((a, b) => a - b);
    return [xs[Math.floor(0.025 * (xs.length - 1))]!, xs[Math.ceil(0.975 * (xs.length - 1))]!];
  };
  return { precision: band(precision), recall: band(recall) };
}

/** Totals per action type: gold triples of the type, found triples of the type and how many of each matched. */
export function totalsByType(scores: readonly Score[]): Map<ActionType, { gold: number; goldFound: number; found: number; correct: number }> {
  const out = new Map<ActionType, { gold: number; goldFound: number; found: number; correct: number }>();
  const row = (t: ActionType) => {
    let r = out.get(t);
    if (!r) out.set(t, (r = { gold: 0, goldFound: 0, found: 0, correct: 0 }));
    return r;
  };
  for (const s of scores) {
    for (const g of [...s.missed, ...s.goldFound]) row(g.actionType).gold++;
    for (const g of s.goldFound) row(g.actionType).goldFound++;
    for (const f of [...s.spurious, ...s.matched.map((m) => m.found)]) row(f.actionType).found++;
    for (const m of s.matched) row(m.found.actionType).correct++;
  }
  return out;
}

function sum<T>(list: readonly T[], f: (x: T) => number): number {
  let n = 0;
  for (const x of list) n += f(x);
  return n;
}

/** A gold party whose name is written in the evidence of an action on it, and whether the extractor marked that name. */
export interface NamedParty {
  role: "actor" | "target";
  entity: string;
  found: boolean;
}

/**
 * Where one of `names` is written in `spans` of `text`, as a whole run of words: case and quotes
 * folded, and each name also without a leading "the" or its legal form ("Ford Motor Company" is
 * written in "... against Ford Motor").
 */
export function writtenNames(text: string, names: readonly string[], spans: readonly { start: number; end: number }[]): { start: number; end: number }[] {
  const spellings = new Set<string>();
  for (const n of names) {
    const f = fold(n).replace(/\s+/g, " ").trim();
    for (const v of [f, f.replace(/^the /, ""), f.replace(LEGAL_FORM, "")]) if (v.length > 1) spellings.add(v);
  }
  const found: { start: number; end: number }[] = [];
  for (const span of spans) {
    const part = fold(text.slice(span.start, span.end));
    for (const s of spellings) {
      for (let at = part.indexOf(s); at >= 0; at = part.indexOf(s, at + 1)) {
        const before = part[at - 1] ?? " ", after = part[at + s.length] ?? " ";
        if (!WORD_CHAR.test(before) && !WORD_CHAR.test(after)) found.push({ start: span.start + at, end: span.start + at + s.length });
      }
    }
  }
  return found;
}

/**
 * The name-finding stage measured on its own, apart from frames and roles: each gold party (by
 * role, once per document) whose name or an alias is written, as a whole word run, in the
 * evidence of an action on it, and whether one of the extraction's mentions overlaps such an
 * occurrence. A party the evidence names only by description ("the company") is not counted, nor
 * one `counted` says is no proper name (a group such as "water and sewerage companies", an activity).
 * Like `missKinds`, it compares spans only, so the test part's can be counted without reading them.
 */
export function namedParties(
  text: string,
  gold: readonly { actors: readonly string[]; targets: readonly string[]; evidence: readonly { start: number; end: number }[] }[],
  mentions: readonly { start: number; end: number }[],
  names: (entity: string) => readonly string[],
  counted: (entity: string) => boolean = () => true,
): NamedParty[] {
  const spansOf = new Map<string, { role: "actor" | "target"; entity: string; spans: { start: number; end: number }[] }>();
  for (const a of gold) {
    for (const [role, list] of [["actor", a.actors], ["target", a.targets]] as const) {
      for (const entity of list) {
        if (!counted(entity)) continue;
        const key = `${role} ${entity}`;
        const entry = spansOf.get(key) ?? { role, entity, spans: [] };
        entry.spans.push(...a.evidence);
        spansOf.set(key, entry);
      }
    }
  }
  const out: NamedParty[] = [];
  for (const { role, entity, spans } of spansOf.values()) {
    const at = writtenNames(text, names(entity), spans);
    if (at.length === 0) continue;
    out.push({ role, entity, found: at.some((o) => mentions.some((m) => m.start < o.end && o.start < m.end)) });
  }
  return out;
}

type Spanned = { evidence: readonly { start: number; end: number }[] };

/**
 * What the sentences review mode marks (unread.ts) are worth to a reviewer: how many there are,
 * how many of them hold the evidence of some gold action, how many of the missed gold triples have
 * their evidence in one of them, and, given the evidence of the proposed actions (`read`), how many
 * have it in a sentence the reviewer reads for a proposal, and how many in either (counts only, so
 * the test part's can be read too).
 */
export function unreadCoverage(
  unread: readonly { start: number; end: number }[],
  gold: readonly Spanned[],
  missed: readonly Spanned[],
  read: readonly { start: number; end: number }[] = [],
): { sentences: number; holdingGold: number; missed: number; missedInside: number; missedInRead: number; missedSeen: number } {
  const inside = (u: { start: number; end: number }, g: Spanned) => g.evidence.some((e) => e.start < u.end && u.start < e.end);
  return {
    sentences: unread.length,
    holdingGold: unread.filter((u) => gold.some((g) => inside(u, g))).length,
    missed: missed.length,
    missedInside: missed.filter((g) => unread.some((u) => inside(u, g))).length,
    missedInRead: missed.filter((g) => read.some((r) => inside(r, g))).length,
    missedSeen: missed.filter((g) => unread.some((u) => inside(u, g)) || read.some((r) => inside(r, g))).length,
  };
}
