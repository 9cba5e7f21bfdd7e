/** A name longer than this is compared by its first MAX_COMPARED characters: a typo is near the start as often as anywhere, and a 100 KB name must not cost a 100 KB edit-distance table per candidate. */
export const MAX_COMPARED = 64;

/**
 * Edit distance between a and b, or `limit + 1` as soon as it is known to exceed `limit`
 * (lengths too far apart, or a whole row of the table above it).
 */
function levenshteinWithin(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  const prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let diag = prev[0]!;
    prev[0] = i;
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const up = prev[j]!;
      const d = Math.min(up + 1, prev[j - 1]! + 1, diag + (a[i - 1] === b[j - 1] ? 0 : 1));
      prev[j] = d;
      if (d < rowMin) rowMin = d;
      diag = up;
    }
    if (rowMin > limit) return limit + 1;
  }
  return prev[b.length]!;
}

/**
 * The candidate closest to `wanted`, if it is close enough to be a plausible typo (an edit
 * distance of at most a third of the name, and at least 2). Compares at most MAX_COMPARED
 * characters of each name, stops a comparison once it cannot beat the best so far, and stops
 * the search at an exact match: bounded work per candidate whatever the length of `wanted`.
 */
export function nearest(wanted: string, candidates: Iterable<string>): string | undefined {
  const truncated = wanted.length > MAX_COMPARED;
  const w = wanted.slice(0, MAX_COMPARED).toLowerCase();
  const limit = Math.max(2, Math.floor(w.length / 3));
  let best: string | undefined;
  let bestDistance = limit + 1;
  for (const c of candidates) {
    // A long name is compared with the same length of prefix; a short one with the whole candidate (too long a candidate is too far anyway).
    const other = truncated ? c.slice(0, MAX_COMPARED) : c.length > w.length + limit ? undefined : c;
    if (other === undefined) continue;
    const d = levenshteinWithin(w, other.toLowerCase(), bestDistance - 1);
    if (d < bestDistance) {
      best = c;
      bestDistance = d;
      if (d === 0) break;
    }
  }
  return best;
}

/** How a user's text is quoted in a message: whole when short, else its first `max` characters and its length. */
export function quoteInput(text: string, max = 80): string {
  if (text.length <= max) return `"${text}"`;
  return `"${text.slice(0, max)}…" (${text.length.toLocaleString("en")} characters)`;
}
