// What an article's text must be to be ingested (Node: counts UTF-8 bytes with Buffer). Kept apart
// from the extractor so `regkg ingest` can check a file before loading the NLP library.
import type { Problem } from "../schema/index.ts";

/** The longest article regkg reads. */
export const MAX_ARTICLE_BYTES = 10 * 1024 * 1024;

/** What keeps a text from being ingested as an article, or undefined when nothing does. */
export function articleProblem(text: string, shown: string): Problem | undefined {
  const problem = (message: string): Problem => ({ file: shown, path: "$", message });
  const bytes = Buffer.byteLength(text);
  if (bytes > MAX_ARTICLE_BYTES) return problem(`is ${(bytes / 1e6).toFixed(1)} MB: expected an article of at most 10 MB`);
  if (text.includes("\u0000")) return problem("holds NUL bytes: expected plain text, not a binary file");
  if (text.trim() === "") return problem("is empty: expected the article's text");
  // Offsets must point into the text as stored, so markup is refused rather than stripped.
  if (/<(?:html|body|div|p|span|article)\b[^>]*>/i.test(text)) {
    return problem("looks like HTML: save the article as plain text (a browser's reader view or 'Save as text') and ingest that");
  }
  return undefined;
}

