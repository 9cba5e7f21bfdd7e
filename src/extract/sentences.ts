/** A sentence with its offsets into the original text (JavaScript string indices, end exclusive). */
export interface Sentence {
  start: number;
  end: number;
  text: string;
}

const ABBREVIATIONS = new Set(["mr", "mrs", "ms", "dr", "prof", "inc", "ltd", "co", "corp", "vs", "etc", "e.g", "i.e", "u.s", "u.k", "st", "jr", "sr", "gov", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec"]);

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
    if (j < text.length && !/\s/.test(text[j]!)) continue;
    let k = j;
    while (k < text.length && text[k] === " ") k++;
    if (k < text.length && text[k] !== "\n" && !/[A-Z0-9"“‘'(\[\p{Lu}]/u.test(text[k]!)) continue;
    if (c === ".") {
      const word = /([A-Za-z.]+)$/.exec(text.slice(Math.max(0, i - 12), i))?.[1]?.toLowerCase() ?? "";
      // "No. 5" is an abbreviation; "said no. Then" is not.
      const numbered = (word === "no" || word === "nos") && /\d/.test(text[k] ?? "");
      if (ABBREVIATIONS.has(word) || numbered || /^[a-z]$/.test(word)) continue;
    }
    push(j);
    i = j - 1;
  }
  push(text.length);
  return out;
}
