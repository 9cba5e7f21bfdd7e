/**
 * The evaluation split of the corpus, fixed by rule so that nobody picks which texts are easy
 * to score on (graph-data/CORPUS.md): a document is in the test part when the FNV-1a 32-bit hash
 * of its slug, modulo 100, is below 40.
 */
export type Split = "dev" | "test";

export const TEST_PERCENT = 40;

/** FNV-1a, 32 bits, over the UTF-16 code units of an ASCII slug (which are its bytes). */
export function fnv1a32(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h >>> 0;
}

/** The split a corpus document belongs to, from its slug alone. */
export function splitOf(slug: string): Split {
  return fnv1a32(slug) % 100 < TEST_PERCENT ? "test" : "dev";
}
