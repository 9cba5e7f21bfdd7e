/**
 * Word forms for the frame lexicon: a verb's or a noun's inflections and the British and
 * American spellings of each, so the lexicon names a word once ("V:penalise") and matches
 * "penalizes", "penalised" and "penalizing" alike. A spelling that no text uses costs nothing.
 */

/** Past and past-participle forms that no rule makes. */
const IRREGULAR: Record<string, string[]> = {
  be: ["is", "are", "was", "were", "been", "being", "am"],
  have: ["has", "had"],
  hit: ["hit"],
  uphold: ["upheld"],
  deal: ["dealt"],
  sell: ["sold"],
  keep: ["kept"],
  do: ["did", "done"],
  get: ["got", "gotten"],
  shut: ["shut"],
  put: ["put"],
  set: ["set"],
  bid: ["bid"],
  bring: ["brought"],
  send: ["sent"],
  find: ["found"],
  hold: ["held"],
  take: ["took", "taken"],
  freeze: ["froze", "frozen"],
  forbid: ["forbade", "forbad", "forbidden"],
  withdraw: ["withdrew", "withdrawn"],
  seek: ["sought"],
  strike: ["struck", "stricken"],
  give: ["gave", "given"],
  fall: ["fell", "fallen"],
  plead: ["pleaded", "pled"],
  begin: ["began", "begun"],
  meet: ["met"],
  pay: ["paid"],
  lay: ["laid"],
  win: ["won"],
  lead: ["led"],
  make: ["made"],
  go: ["went", "gone"],
  run: ["ran", "run"],
  undertake: ["undertook", "undertaken"],
  choose: ["chose", "chosen"],
  stand: ["stood"],
  catch: ["caught"],
  speak: ["spoke", "spoken"],
};

/** Verbs whose last consonant doubles before -ed and -ing (ban -> banned). */
const DOUBLES = new Set([
  "ban", "bar", "plan", "stop", "ship", "drop", "permit", "commit", "admit", "omit", "refer", "transfer", "compel", "propel",
  "expel", "rebut", "submit", "emit", "remit", "occur", "deter", "equip", "slap", "grab", "rob", "wrap", "step", "tap", "strip",
  "skip", "rig", "nab", "prefer", "confer", "regret", "dispel", "acquit", "outfit", "net", "abet",
]);
/** Verbs in -l that double in British spelling only (cancelled / canceled). */
const L_DOUBLES = new Set(["cancel", "label", "signal", "travel", "model", "total", "fuel", "counsel", "level", "channel", "dial", "enrol", "fulfil"]);

const CONSONANT_Y = /[^aeiou]y$/;

function thirdPerson(w: string): string {
  if (/(?:s|sh|ch|x|z|o)$/.test(w)) return `${w}es`;
  if (CONSONANT_Y.test(w)) return `${w.slice(0, -1)}ies`;
  return `${w}s`;
}

function regularPast(w: string): string[] {
  if (w.endsWith("e")) return [`${w}d`];
  if (CONSONANT_Y.test(w)) return [`${w.slice(0, -1)}ied`];
  if (DOUBLES.has(w)) return [`${w}${w.at(-1)}ed`];
  if (L_DOUBLES.has(w)) return [`${w}led`, `${w}ed`];
  return [`${w}ed`];
}

function gerund(w: string): string[] {
  if (w.endsWith("ie")) return [`${w.slice(0, -2)}ying`];
  if (/[^aeiouy]e$/.test(w) && w !== "be") return [`${w.slice(0, -1)}ing`];
  if (DOUBLES.has(w)) return [`${w}${w.at(-1)}ing`];
  if (L_DOUBLES.has(w)) return [`${w}ling`, `${w}ing`];
  return [`${w}ing`];
}

/** Every form of a verb: base, third person, past, participles, gerund (a multi-word verb inflects its first word). */
export function verbForms(lemma: string): string[] {
  const [head, ...rest] = lemma.toLowerCase().split(/\s+/);
  const w = head!;
  const tail = rest.length ? ` ${rest.join(" ")}` : "";
  const heads = w === "be" ? IRREGULAR.be! : [w, thirdPerson(w), ...(IRREGULAR[w] ?? regularPast(w)), ...gerund(w)];
  return withSpellings(heads.map((h) => `${h}${tail}`));
}

/** The past participles of a verb's first word, for telling "X was fined" from "X fined". */
export function participles(lemma: string): string[] {
  const w = lemma.toLowerCase().split(/\s+/)[0]!;
  return withSpellings(IRREGULAR[w] ?? regularPast(w));
}

/** Singular and plural of a noun (a multi-word noun pluralises its first word: "statements of objections"). */
export function nounForms(lemma: string): string[] {
  const words = lemma.toLowerCase().split(/\s+/);
  const w = words[0]!;
  const tail = words.length > 1 ? ` ${words.slice(1).join(" ")}` : "";
  const plural = /(?:s|sh|ch|x|z)$/.test(w) ? `${w}es` : CONSONANT_Y.test(w) ? `${w.slice(0, -1)}ies` : `${w}s`;
  // A noun phrase's head is its last word when it does not end in a preposition phrase.
  const lastPlural = words.length > 1 && !words.includes("of") ? [`${words.slice(0, -1).join(" ")} ${nounForms(words.at(-1)!)[1]}`] : [];
  return withSpellings([`${w}${tail}`, `${plural}${tail}`, ...lastPlural]);
}

/** British and American spellings of each word (-ise/-ize, -isation/-ization, licence/license, -our/-or, judgement/judgment...). */
export function withSpellings(words: readonly string[]): string[] {
  const out = new Set<string>();
  for (const word of words) {
    out.add(word);
    const variants = [
      word.replace(/(?<=\w{2})is(e|es|ed|ing|ation|ations|er|ers)\b/g, "iz$1"),
      word.replace(/(?<=\w{2})iz(e|es|ed|ing|ation|ations|er|ers)\b/g, "is$1"),
      word.replace(/(?<=\w{2})ys(e|es|ed|ing)\b/g, "yz$1"),
      word.replace(/(?<=\w{2})yz(e|es|ed|ing)\b/g, "ys$1"),
      word.replace(/\bpractis/g, "practic"),
      word.replace(/\bpractic(?=e[sd]?\b|ing\b)/g, "practis"),
      word.replace(/(?<=\w{3})ence(s?)\b/g, "ense$1"),
      word.replace(/(?<=\w{3})ense(s?)\b/g, "ence$1"),
      word.replace(/(?<=\w{3}[^aeiou])our(s|ed|ing|able)?\b/g, "or$1"),
      word.replace(/\bjudgement/g, "judgment"),
      word.replace(/\bjudgment/g, "judgement"),
      word.replace(/\bprogramme/g, "program"),
    ];
    for (const v of variants) out.add(v);
  }
  return [...out];
}
