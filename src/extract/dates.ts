import type { Time } from "../schema/index.ts";

/** A time phrase found in a sentence, with offsets into that sentence. */
export interface FoundTime {
  phrase: string;
  start: number;
  end: number;
  /** ISO date, as precise as the phrase allows (YYYY, YYYY-MM or YYYY-MM-DD). */
  date?: string;
  /** Whether the phrase counts from the document's date ("yesterday", "a year ago"). */
  relative: boolean;
}

const MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"];
const MONTH = "(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\.?";
const WEEKDAYS = ["sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday"];
const NUMBER_WORDS: Record<string, number> = { a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12 };

const pad = (n: number) => String(n).padStart(2, "0");
const monthOf = (name: string) => MONTHS.findIndex((m) => m.startsWith(name.toLowerCase().replace(/\.$/, "").slice(0, 3))) + 1;

/** A calendar day as a UTC Date; undefined unless `iso` is a full YYYY-MM-DD. */
function day(iso: string | undefined): Date | undefined {
  const m = iso && /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  return m ? new Date(Date.UTC(+m[1]!, +m[2]! - 1, +m[3]!)) : undefined;
}
const isoDay = (d: Date) => `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
const isoMonth = (d: Date) => `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}`;
const addDays = (d: Date, n: number) => new Date(d.getTime() + n * 86_400_000);
const addMonths = (d: Date, n: number) => new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + n, 1));
const validDay = (y: number, m: number, d: number) => m >= 1 && m <= 12 && d >= 1 && d <= new Date(Date.UTC(y, m, 0)).getUTCDate();

interface Rule {
  re: RegExp;
  relative: boolean;
  /** The ISO date the match names, given the document's date; undefined when it cannot tell. */
  resolve: (m: RegExpExecArray, docDate: string | undefined) => string | undefined;
}

/**
 * Most specific first: "on 4 September 2017" must win over "September 2017" and "2017".
 * Relative phrases resolve only when the document's date is a full day, and only as precisely
 * as they speak: "a year ago" is a month, "two years ago" a year, "yesterday" a day.
 */
const RULES: Rule[] = [
  { re: /\b(\d{4})-(\d{2})-(\d{2})\b/, relative: false, resolve: (m) => (validDay(+m[1]!, +m[2]!, +m[3]!) ? m[0] : undefined) },
  {
    re: new RegExp(`\\b(?:on\\s+)?(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\\s+)?(\\d{1,2})(?:st|nd|rd|th)?\\s+${MONTH},?\\s+(\\d{4})\\b`, "i"),
    relative: false,
    resolve: (m) => (validDay(+m[3]!, monthOf(m[2]!), +m[1]!) ? `${m[3]}-${pad(monthOf(m[2]!))}-${pad(+m[1]!)}` : undefined),
  },
  {
    re: new RegExp(`\\b(?:on\\s+)?(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\\s+)?${MONTH}\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})\\b`, "i"),
    relative: false,
    resolve: (m) => (validDay(+m[3]!, monthOf(m[1]!), +m[2]!) ? `${m[3]}-${pad(monthOf(m[1]!))}-${pad(+m[2]!)}` : undefined),
  },
  { re: new RegExp(`\\b(?:in\\s+)?${MONTH}\\s+(\\d{4})\\b`, "i"), relative: false, resolve: (m) => `${m[2]}-${pad(monthOf(m[1]!))}` },
  {
    // "on 4 September": the year is the document's, or the one before when that would be after it.
    re: new RegExp(`\\bon\\s+(\\d{1,2})(?:st|nd|rd|th)?\\s+${MONTH}\\b|\\bon\\s+${MONTH}\\s+(\\d{1,2})(?:st|nd|rd|th)?\\b`, "i"),
    relative: true,
    resolve: (m, docDate) => {
      const ref = day(docDate);
      if (!ref) return undefined;
      const month = monthOf((m[2] ?? m[3])!);
      const dom = +(m[1] ?? m[4])!;
      let year = ref.getUTCFullYear();
      if (!validDay(year, month, dom)) return undefined;
      if (Date.UTC(year, month - 1, dom) > ref.getTime()) year -= 1;
      return validDay(year, month, dom) ? `${year}-${pad(month)}-${pad(dom)}` : undefined;
    },
  },
  { re: /\bin\s+((?:19|20)\d{2})\b/i, relative: false, resolve: (m) => m[1] },
  { re: /\byesterday\b/i, relative: true, resolve: (_m, d) => (day(d) ? isoDay(addDays(day(d)!, -1)) : undefined) },
  { re: /\b(?:today|this morning|this afternoon|tonight)\b/i, relative: true, resolve: (_m, d) => (day(d) ? d : undefined) },
  {
    // "on Monday": the last such day on or before the document's date (news reports the past).
    re: /\b(?:on|last)\s+(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b/i,
    relative: true,
    resolve: (m, d) => {
      const ref = day(d);
      if (!ref) return undefined;
      const back = (ref.getUTCDay() - WEEKDAYS.indexOf(m[1]!.toLowerCase()) + 7) % 7;
      return isoDay(addDays(ref, -back));
    },
  },
  {
    re: /\b(?:(?:nearly|almost|about|around|some|roughly|more than|over|less than|just over|just under)\s+)?(a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d{1,3})\s+(day|week|month|year)s?\s+ago\b/i,
    relative: true,
    resolve: (m, d) => {
      const ref = day(d);
      if (!ref) return undefined;
      const n = NUMBER_WORDS[m[1]!.toLowerCase()] ?? Number(m[1]);
      const unit = m[2]!.toLowerCase();
      if (unit === "day") return isoDay(addDays(ref, -n));
      if (unit === "week") return isoMonth(addDays(ref, -7 * n));
      if (unit === "month") return isoMonth(addMonths(ref, -n));
      return n === 1 ? `${ref.getUTCFullYear() - 1}-${pad(ref.getUTCMonth() + 1)}` : String(ref.getUTCFullYear() - n);
    },
  },
  {
    re: /\b(last|this|next|earlier this|later this)\s+(week|month|year)\b/i,
    relative: true,
    resolve: (m, d) => {
      const ref = day(d);
      if (!ref) return undefined;
      const shift = m[1]!.toLowerCase() === "last" ? -1 : m[1]!.toLowerCase() === "next" ? 1 : 0;
      const unit = m[2]!.toLowerCase();
      if (unit === "week") return isoMonth(addDays(ref, 7 * shift));
      if (unit === "month") return isoMonth(addMonths(ref, shift));
      return String(ref.getUTCFullYear() + shift);
    },
  },
  { re: /\b(?:recently|lately|in recent (?:days|weeks|months))\b/i, relative: true, resolve: () => undefined },
];

// A period's bounds are not the date of an act ("from approximately September 2017 to August 2021, CX failed to
// comply", "between January 6, 1994 and July 7, 1995, ... exported"): the conduct's time, not the order's or the charge's.
const OPENS_PERIOD = /\b(?:between|from|since|beginning(?:\s+in)?|starting(?:\s+in)?)\s+(?:(?:approximately|about|around|at\s+least|early|late|mid-?)\s+)?$/i;
const CLOSES_PERIOD = /^\s*,?\s*(?:and|to|through|until|[-–—])\s*(?:approximately\s+)?(?=[\dA-Z])/;
// ("between 2014 and October 2023": a bare year is no phrase of its own, but what it opens still is a period.)
const ENDS_PERIOD = /\b(?:between\s+\S[^;]{0,30}?\s+and|from\s+\S[^;]{0,30}?\s+(?:to|through|until))\s+(?:approximately\s+)?$/i;
// A deadline is when something must be done, not when the act was ("agreed to terminate payday lending ... by Jan. 1,
// 2003", "no later than the end of August 2014").
const DEADLINE = /\b(?:by|no\s+later\s+than|not\s+later\s+than|until|till)\s+(?:the\s+(?:end|close)\s+of\s+)?$/i;
// "announced today that on June 28, 2007, ... Judge ... entered": the announcing is today; the act is dated after it.
const ANNOUNCED_TODAY = /^(?:today|this morning|this afternoon)$/i;
const REPORTING_NEAR = /\b(?:announced|said|stated|reported|disclosed|published|released)\s*$|^\s*(?:announced|said|stated|reported|disclosed|published|released)\b/i;

// Each rule's pattern, made global once (findTime runs for every sentence an action is read from).
const EVERY = RULES.map((rule) => new RegExp(rule.re.source, `${rule.re.flags.replace("g", "")}g`));

/** Every time phrase of a sentence that no more specific or earlier one overlaps, in text order. */
function timePhrases(sentence: string, docDate: string | undefined): FoundTime[] {
  const all: (FoundTime & { rule: number })[] = [];
  RULES.forEach((rule, i) => {
    for (const m of sentence.matchAll(EVERY[i]!)) {
      const date = rule.resolve(m as RegExpExecArray, docDate);
      // "2020-02-30" is no day: an absolute phrase that names no date is not a time.
      if (!date && !rule.relative) continue;
      all.push({ rule: i, phrase: m[0], start: m.index, end: m.index + m[0].length, relative: rule.relative, ...(date ? { date } : {}) });
    }
  });
  // An earlier phrase wins; at the same place, the rule listed first (the more specific).
  all.sort((a, b) => a.start - b.start || a.rule - b.rule);
  const kept: FoundTime[] = [];
  for (const { rule: _rule, ...t } of all) if (!kept.some((k) => t.start < k.end && k.start < t.end)) kept.push(t);
  return kept;
}

/**
 * The time phrase that dates the act a sentence states, resolved against the document's date
 * where it can be: the first one that is not a bound of a period ("between May 2014 and July
 * 2016") or a deadline ("by Jan. 1, 2003"), and not the day of announcing when the sentence dates the act itself after it ("announced
 * today that on June 28, 2007, ..."). Relative phrases keep their words even when they cannot be
 * resolved ("recently").
 */
export function findTime(sentence: string, docDate?: string): FoundTime | undefined {
  const phrases = timePhrases(sentence, docDate);
  const bound = new Set<FoundTime>();
  phrases.forEach((t, i) => {
    const next = phrases[i + 1];
    const after = sentence.slice(t.end);
    const before = sentence.slice(0, t.start);
    if (OPENS_PERIOD.test(before) || ENDS_PERIOD.test(before) || DEADLINE.test(before)) bound.add(t);
    // "in 1995-96" opens a span of years; in "September 2017 to August 2021" the phrase after the joining word closes it.
    if (/^\s*[-–—]\s*\d/.test(after)) bound.add(t);
    else if (next && sentence.slice(t.end, next.start).trim().length <= 18 && CLOSES_PERIOD.test(sentence.slice(t.end, next.start + 1))) {
      bound.add(t);
      bound.add(next);
    }
  });
  const acts = phrases.filter((t) => !bound.has(t));
  const first = acts[0];
  const announcing = first && ANNOUNCED_TODAY.test(first.phrase) && (REPORTING_NEAR.test(sentence.slice(Math.max(0, first.start - 12), first.start)) || REPORTING_NEAR.test(sentence.slice(first.end, first.end + 12)));
  return (announcing && acts.find((t) => t !== first && !t.relative && t.date)) || first;
}

/** The schema's `time` for an action stated in `sentence` of document `doc`. */
export function timeOf(sentence: string, doc: string, docDate?: string): Time | undefined {
  const t = findTime(sentence, docDate);
  if (!t) return undefined;
  return { ...(t.date ? { date: t.date } : {}), phrase: t.phrase, ...(t.relative ? { anchor: doc } : {}) };
}
