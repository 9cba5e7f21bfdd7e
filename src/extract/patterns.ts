/**
 * The frame lexicon's pattern language, compiled to regular expressions.
 *
 *   V:impose|V:levy *5 N:fine|N:penalty on|against
 *
 * Elements are separated by spaces: a literal word (underscores stand for spaces:
 * `statement_of_objections`); `V:lemma` every form of a verb; `N:lemma` a noun and its plural;
 * `a|b|c` alternatives; `,` a comma (`,?` an optional one); a trailing `?` makes an element optional; `*` is up to 4 words and `*N`
 * up to N (within a clause), `...` up to 16 words and commas; `TARGET` marks where the party
 * acted on stands. Matching ignores case and respects
 * word boundaries; British and American spellings of every word match.
 */
import { nounForms, participles, verbForms, withSpellings } from "./inflect.ts";
import { MONEY } from "./quantities.ts";

export interface CompiledPattern {
  re: RegExp;
  /** The regex group of the TARGET slot, if the pattern has one. */
  slot?: number;
  /** The forms of the pattern's first verb that read as a past participle ("fined"), for the passive. */
  participles: ReadonlySet<string>;
  /** Its bare and third-person forms, which after "the" or "a" are nouns ("the order", "a fine"). */
  nounLike: ReadonlySet<string>;
  /** Whether the first element is a verb. */
  verbFirst: boolean;
  /** Whether the first element is a noun. */
  nounFirst: boolean;
  /** Whether the pattern spans a long gap (`...`), across which another verb may govern the end. */
  longGap: boolean;
  /**
   * The first word of every form its first element takes, lower-cased and split as `sentenceWords` splits: a
   * sentence holding none of them cannot match, so the pattern's regex need not walk it.
   */
  firstWords: readonly string[];
  /**
   * For each later word element the pattern cannot do without, the first words of its forms: a sentence must hold one
   * of each ("order" is common, "order ... to pay" is not), so the regex need not try every "order" in the text.
   */
  laterWords: readonly (readonly string[])[];
}

// Words as the prefilter sees them: a match starts after a character that is no letter or digit, so its first
// word is one of these.
const NON_WORD = /[^\p{L}\p{N}]+/u;
const firstWordOf = (form: string) => form.toLowerCase().split(NON_WORD).find((w) => w !== "") ?? "";

/** The lower-cased words of a text, to test a pattern's `firstWords` against before running its regex. */
export function sentenceWords(text: string): ReadonlySet<string> {
  return new Set(text.toLowerCase().split(NON_WORD));
}

export class PatternError extends Error {}

// A word of a filler: no clause punctuation, but decimal points and thousands separators
// ("$1,200.50", "€1.07"), abbreviations ("U.S.") and apostrophes stay inside.
const WORD = "(?:\\([^()\\s]{1,20}\\)|(?:[^\\s,;:()“”\"!?.]|[.,](?=[\\p{L}\\d]))+\\.?)";
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
const phrase = (s: string) => s.split(/\s+/).map(escape).join("\\s+");
const alternatives = (forms: readonly string[]) => `(?:${[...new Set(forms)].sort((a, b) => b.length - a.length).map(phrase).join("|")})`;

export function compilePattern(pattern: string): CompiledPattern {
  const elements = pattern.trim().split(/\s+/);
  if (elements.length === 0 || elements[0] === "") throw new PatternError("empty pattern");
  let source = "";
  let slot: number | undefined;
  let group = 0;
  const firstParticiples = new Set<string>();
  const nounLike = new Set<string>();
  let verbFirst = false;
  let nounFirst = false;
  let longGap = false;
  const firstWords = new Set<string>();
  const laterWords: string[][] = [];
  for (const [i, raw] of elements.entries()) {
    // Words may be set apart by a quotation mark: "will be “struck".
    // Or by a bracketed short form: "a Deferred Prosecution Agreement (DPA) with".
    const sep = i === 0 ? "" : "\\s+(?:\\([^()]{1,30}\\)\\s+)?[\"“‘']?";
    if (raw === "...") {
      if (i === 0) throw new PatternError(`"${pattern}": a pattern cannot start with ...`);
      longGap = true;
      // A longer gap, across commas: "appointed A, B and C of D as receivers".
      source += `(?:\\s*,|\\s+${WORD}){0,20}?`;
      continue;
    }
    if (/^\*\d*$/.test(raw)) {
      if (i === 0) throw new PatternError(`"${pattern}": a pattern cannot start with ${raw}`);
      const n = raw === "*" ? 4 : Number(raw.slice(1));
      // An amount set off by commas is part of the gap: "proposed the maximum allowable fine, $151,005, against X".
      source += `(?:\\s+${WORD}|,\\s+${MONEY},){0,${n}}?`;
      continue;
    }
    if (raw === "TARGET") {
      if (i === 0) throw new PatternError(`"${pattern}": a pattern cannot start with TARGET`);
      // Nothing after it would bound it: the shortest match is one word ("suspends trading in the").
      if (i === elements.length - 1) throw new PatternError(`"${pattern}": a pattern cannot end with TARGET (leave it out: the object after the words is read anyway)`);
      group++;
      slot = group;
      // May be empty: "X was found guilty" has its target before the verb.
      // Brackets inside it are kept whole: "Finland (INFR(2022)2029) and Ireland".
      // Nor does it run into a new clause with a subject of its own: "found failings in X['s controls] and they were required".
      // A colon is kept where it opens a list of the parties: "grant the following companies under Npower Group PLC: Npower Limited, ..., a temporary ... derogation".
      source += `((?:\\s+(?:(?!\\s(?:and|but)\\s+(?:they|it|he|she|we)\\s)(?:[^;:()]|(?<=\\bthe\\s+following\\b[^;:.]*):(?=\\s)|\\((?:[^()]|\\([^()]*\\))*\\))){1,240}?)?)`;
      continue;
    }
    // A comma, where the words set one off: "Under the agreement, WDOC will provide ...".
    if (raw === "," || raw === ",?") {
      if (i === 0) throw new PatternError(`"${pattern}": a pattern cannot start with a comma`);
      source += raw === ",?" ? "(?:\\s*,)?" : "\\s*,";
      continue;
    }
    const optional = raw.endsWith("?");
    const body = optional ? raw.slice(0, -1) : raw;
    if (optional && i === 0) throw new PatternError(`"${pattern}": a pattern cannot start with an optional element`);
    const forms: string[] = [];
    for (const alt of body.split("|")) {
      if (alt === "") throw new PatternError(`"${pattern}": empty alternative in "${raw}"`);
      const m = /^([VN]):(.+)$/.exec(alt);
      const words = (m ? m[2]! : alt).replace(/_/g, " ");
      if (!/^[\p{L}\d' ’-]+$/u.test(words)) throw new PatternError(`"${pattern}": "${alt}" is not a word, V:verb, N:noun, *, *N or TARGET`);
      if (m?.[1] === "V") {
        const all = verbForms(words);
        forms.push(...all);
        if (i === 0) {
          verbFirst = true;
          for (const p of participles(words)) firstParticiples.add(p);
          const base = words.split(" ")[0]!;
          for (const w of withSpellings([base, `${base}s`, `${base}es`])) nounLike.add(w);
        }
      } else if (m?.[1] === "N") {
        forms.push(...nounForms(words));
        if (i === 0) nounFirst = true;
      } else forms.push(...withSpellings([words]));
    }
    if (i === 0) for (const f of forms) firstWords.add(firstWordOf(f));
    else if (!optional) laterWords.push([...new Set(forms.map(firstWordOf))]);
    const alt = alternatives(forms);
    source += optional ? `(?:${sep}${alt})?` : `${sep}${alt}`;
  }
  const re = new RegExp(`(?<![\\p{L}\\d])${source}(?![\\p{L}\\d])`, "giu");
  return { re, ...(slot !== undefined ? { slot } : {}), participles: firstParticiples, nounLike, verbFirst, nounFirst, longGap, firstWords: [...firstWords], laterWords };
}
