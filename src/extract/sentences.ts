/** A sentence with its offsets into the original text (JavaScript string indices, end exclusive). */
export interface Sentence {
  start: number;
  end: number;
  text: string;
}

const ABBREVIATIONS = new Set(["mr", "mrs", "ms", "dr", "prof", "inc", "ltd", "co", "corp", "vs", "etc", "e.g", "i.e", "u.s", "u.k", "st", "jr", "sr", "gov", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "art", "sec", "para", "approx", "dept", "est", "fig", "vol"]);

/**
 * Split text into sentences, keeping exact offsets: a sentence ends at . ! ? (and closing
 * quotes or brackets after it) followed by whitespace and a capital, digit or opening quote,
 * unless the word before is a known abbreviation or a single letter; a line break always ends one.
 */
export function splitSentences(text: string): Sentence[] {
  const out: Sentence[] = [];
  let start = 0;
  const push = (end: number) => {
    let s = start;
    let e = end;
    while (s < e && /\s/.test(text[s]!)) s++;
    while (e > s && /\s/.test(text[e - 1]!)) e--;
    if (e > s) out.push({ start: s, end: e, text: text.slice(s, e) });
    start = end;
  };
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (c === "\n") {
      // A hard-wrapped line goes on in lower case: "a monetary forfeiture of twelve\nthousand dollars".
      const lineStart = text.lastIndexOf("\n", i - 1) + 1;
      const line = text.slice(lineStart, i).trimEnd();
      const next = /^[ \t]*(\S)/.exec(text.slice(i + 1, i + 40));
      if (line && !/[.!?:;。]["'”’)]?$/.test(line) && next && /[\p{Ll}(]/u.test(next[1]!) && !/^\s*[-•*]/.test(text.slice(i + 1, i + 5))) continue;
      push(i);
      continue;
    }
    if (c !== "." && c !== "!" && c !== "?" && c !== "。" && c !== "！" && c !== "？") continue;
    let j = i + 1;
    while (j < text.length && /["'”’)\]]/.test(text[j]!)) j++;
    if (c === "。" || c === "！" || c === "？") {
      push(j);
      i = j - 1;
      continue;
    }
    // "... in the Order Instituting Proceedings.2 The Order ...": a footnote's number after the stop.
    // (Or in brackets: "... under a Relevant Warrant.[1] As a result, Ofgem opened an investigation into ...".)
    const footnote = c === "." && /\p{Ll}/u.test(text[i - 1] ?? "") ? /^(?:\d{1,2}|\[\d{1,3}\])(?=[ \t]+\p{Lu})/u.exec(text.slice(j, j + 6)) : null;
    if (footnote) j += footnote[0].length;
    if (j < text.length && !/\s/.test(text[j]!)) continue;
    let k = j;
    while (k < text.length && text[k] === " ") k++;
    if (k < text.length && text[k] !== "\n" && !/[A-Z0-9"“‘'(\[\p{Lu}]/u.test(text[k]!)) continue;
    if (c === ".") {
      const word = /([A-Za-z.]+)$/.exec(text.slice(Math.max(0, i - 12), i))?.[1]?.toLowerCase() ?? "";
      // "No. 5" is an abbreviation; "said no. Then" is not.
      const numbered = (word === "no" || word === "nos") && /\d/.test(text[k] ?? "");
      // "L.P.", "N.A.", "N.Y.", "D.C.": dotted abbreviations end no sentence.
      if (ABBREVIATIONS.has(word) || numbered || /^[a-z]$/.test(word) || /^(?:[a-z]\.)+[a-z]$/.test(word)) continue;
    }
    push(j);
    i = j - 1;
  }
  push(text.length);
  return out;
}

const SMALL_WORDS = /^(?:a|an|the|and|or|but|of|in|on|at|to|for|with|by|from|as|into|over|after|under|its|their|his|her|vs\.?|v\.?)$/i;

/**
 * The index of the first sentence if it is a headline, else -1. A headline is a first line of
 * its own, without a closing full stop, short, and either in title case or set apart by a blank
 * line: it repeats what the body says in words too clipped to read roles from. A first line
 * that is a sentence of the body ("The SEC today charged ...") is read like any other.
 */
export function headlineOf(text: string, sentences: readonly Sentence[]): number {
  const first = sentences[0];
  if (!first || sentences.length < 2) return -1;
  return isHeading(text, first, true) ? 0 : -1;
}

const BULLET = /^[ \t]*[•▪◦·*-][ \t]/;

/**
 * Whether the line at `lineStart` is a bulleted item of a list that a lead line ending in ":"
 * opens ("Four ACCC court proceeding were concluded, ..., including:" then "• Meriton Property
 * Services Pty Ltd to pay penalties of $3 million for manipulating Trip Advisor reviews, in
 * breach of the Australian Consumer Law"): such an item is a clause of the lead, not a section
 * title, however many of its words the names capitalise. The bulleted lines above it are its
 * sibling items; the first line above them that is not one must end in the colon.
 */
function listItemUnderLead(text: string, lineStart: number): boolean {
  const lineEnd = text.indexOf("\n", lineStart);
  if (!BULLET.test(text.slice(lineStart, lineEnd < 0 ? text.length : lineEnd))) return false;
  const own = /^[ \t]*/.exec(text.slice(lineStart))![0].length;
  let end = lineStart - 1;
  while (end > 0) {
    const start = text.lastIndexOf("\n", end - 1) + 1;
    const line = text.slice(start, end);
    end = start - 1;
    if (line.trim() === "") continue;
    const indent = /^[ \t]*/.exec(line)![0].length;
    if (BULLET.test(line) && indent >= own && !/:\s*$/.test(line)) continue;
    return /:\s*$/.test(line);
  }
  return false;
}

/**
 * Whether a sentence is a heading: a line of its own without a closing full stop, short, in
 * title case (or, for the first line, set apart by a blank line): a title, a subtitle, a section
 * heading. Names in headings are capitalised whatever they are, so they are not read as names.
 */
export function isHeading(text: string, s: Sentence, first = false): boolean {
  const lineStart = text.lastIndexOf("\n", s.start - 1) + 1;
  if (text.slice(lineStart, s.start).trim() !== "") return false;
  const lineEnd = text.indexOf("\n", s.start);
  if (lineEnd >= 0 && lineEnd < s.end) return false;
  if (lineEnd >= 0 && text.slice(s.end, lineEnd).trim() !== "") return false;
  // A closing full stop makes a sentence, unless it ends a legal form: "Administrative Action on Mizuho Bank Co., Ltd."
  if (/[.!?。]["”’)]?$/.test(s.text) && !/\b(?:Inc|Ltd|Co|Corp|Bhd|N\.A|L\.P|S\.A|L\.L\.C|B\.V|N\.V|Pty|Jr|Sr)\.$/.test(s.text)) return false;
  // ("The respondents are Roche Vitamins Australia Pty Ltd, BASF Australia Limited, and Aventis Animal Nutrition Pty Ltd, formerly known as
  // Rhone-Poulenc Animal Nutrition Pty Ltd.": but a line that opens as a sentence, an article and two words in lower case, is one.)
  if (/[.!?。]$/.test(s.text) && /^(?:The|A|An)\s+\p{Ll}+\s+\p{Ll}+\s/u.test(s.text)) return false;
  if (!first && listItemUnderLead(text, lineStart)) return false;
  const words = s.text.split(/\s+/).filter((w) => /\p{L}/u.test(w));
  if (words.length === 0 || words.length > 45) return false;
  const content = words.filter((w) => !SMALL_WORDS.test(w));
  const capitalised = content.filter((w) => /^["“‘'(]?[\p{Lu}\d$€£]/u.test(w)).length;
  const titleCase = content.length > 0 && capitalised / content.length >= 0.6;
  // ("New Jersey Court Order Imposes More Than $30 Million in Sanctions against Coyt E. Murray, Tech Traders, Inc., ...": a
  // first line in title case that lists its parties may run long; any other line that long is a sentence.)
  if (words.length > 30 && !(first && titleCase)) return false;
  if (!first) return titleCase;
  const setApart = lineEnd < 0 || /^\n\s*\n/.test(text.slice(lineEnd));
  return titleCase || setApart || words.length <= 14;
}
