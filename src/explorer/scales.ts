/**
 * Scales for the appearance controls: a value to a node size, a category to a colour. Pure, so
 * what the page draws for a choice is tested without a browser.
 */
import { ENTITY_SIZE_MAX, ENTITY_SIZE_MIN } from "../export/look.ts";

/**
 * Sizes between `min` and `max` (the cap) on a logarithmic scale fitted to the values: the
 * smallest positive value sets the unit, so counts (unit 1) and PageRank (unit ~1/n) both
 * spread over the whole range, and a value far above the rest is drawn at `max`, never larger.
 * Zero and below are drawn at `min`.
 */
export function logSizeScale(values: Iterable<number>, min = ENTITY_SIZE_MIN, max = ENTITY_SIZE_MAX): (value: number) => number {
  let unit = Infinity;
  let top = 0;
  for (const v of values) {
    if (v > 0 && v < unit) unit = v;
    if (v > top) top = v;
  }
  if (!(top > 0)) return () => min;
  const span = Math.log1p(top / unit);
  return (value) => {
    if (!(value > 0)) return min;
    const t = span > 0 ? Math.log1p(value / unit) / span : 1;
    return min + (max - min) * Math.min(1, t);
  };
}

/** Distinct hues for categorical colouring (Tableau 10, then two more), readable on the light page. */
export const CATEGORICAL_PALETTE = [
  "#4e79a7", "#f28e2b", "#e15759", "#76b7b2", "#59a14f", "#edc948",
  "#b07aa1", "#ff9da7", "#9c755f", "#17becf", "#8c564b", "#393b79",
] as const;

/** What a value beyond the palette's reach, or no value at all, is drawn in. */
export const OTHER_COLOR = "#b9b6ae";

export interface Categorical<K> {
  colorOf: (key: K | undefined) => string;
  /** The coloured keys, most frequent first, with their counts; then how many were left grey. */
  entries: { key: K; color: string; count: number }[];
  other: { keys: number; count: number };
}

/**
 * Colours for the most frequent keys, one palette hue each; the rest share OTHER_COLOR, so the
 * legend stays short and no two coloured keys look alike. `fixed` gives keys their own colour
 * (statuses keep the colours they have elsewhere on the page).
 */
export function categorical<K>(counts: ReadonlyMap<K, number>, fixed?: ReadonlyMap<K, string>, palette: readonly string[] = CATEGORICAL_PALETTE): Categorical<K> {
  const ranked = [...counts.entries()].filter(([, c]) => c > 0).sort((a, b) => b[1] - a[1]);
  const colors = new Map<K, string>();
  const entries: Categorical<K>["entries"] = [];
  let keys = 0;
  let count = 0;
  for (const [key, c] of ranked) {
    const color = fixed ? fixed.get(key) : palette[entries.length];
    if (color === undefined) {
      keys++;
      count += c;
      continue;
    }
    colors.set(key, color);
    entries.push({ key, color, count: c });
  }
  return { colorOf: (key) => (key === undefined ? OTHER_COLOR : (colors.get(key) ?? OTHER_COLOR)), entries, other: { keys, count } };
}

/** The most frequent key of a tally (the first on a tie, in the order keys were first seen); undefined for none. */
export function dominant<K>(tally: ReadonlyMap<K, number> | undefined): K | undefined {
  let best: K | undefined;
  let most = 0;
  for (const [k, c] of tally ?? []) if (c > most) [best, most] = [k, c];
  return best;
}
