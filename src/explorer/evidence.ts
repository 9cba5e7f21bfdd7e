const ENDS = new Set([".", "!", "?", "。", "！", "？"]);

/**
 * The sentence around an evidence span, so a quote can be read in its context: back to the
 * end of the previous sentence or the line break before, forward to the end of the sentence
 * or the line break after.
 */
export function sentenceAround(text: string, start: number, end: number): { before: string; quote: string; after: string } {
  let from = start;
  while (from > 0 && text[from - 1] !== "\n" && !(ENDS.has(text[from - 2] ?? "") && /\s/.test(text[from - 1]!))) from--;
  let to = end;
  while (to < text.length && text[to] !== "\n" && !ENDS.has(text[to - 1] ?? "")) to++;
  return { before: text.slice(from, start).trimStart(), quote: text.slice(start, end), after: text.slice(end, to).trimEnd() };
}
