/**
 * The ForceAtlas2 settings the page lets a user change (as Gephi Lite does), checked before
 * the layout gets them: the layout worker would throw on a negative gravity, and NaN would
 * scatter every node to infinity.
 */
export interface LayoutChoice {
  /** Pull towards the centre; higher keeps loose parts closer. */
  gravity: number;
  /** Repulsion against attraction; higher spreads the graph out. */
  scalingRatio: number;
  /** The Barnes-Hut approximation: much faster on large graphs, a little less exact. */
  barnesHut: boolean;
  /** LinLog attraction: tighter clusters, further apart. */
  linLog: boolean;
}

/** graphology's inferSettings() values for gravity and scaling, and Barnes-Hut above 2,000 nodes as the page always had it. */
export function defaultLayoutChoice(order: number): LayoutChoice {
  return { gravity: 0.05, scalingRatio: 10, barnesHut: order > 2000, linLog: false };
}

/** ForceAtlas2 settings for a choice (the rest as graphology's inferSettings() gives them). */
export function fa2Settings(choice: LayoutChoice): { gravity: number; scalingRatio: number; barnesHutOptimize: boolean; linLogMode: boolean } {
  return { gravity: choice.gravity, scalingRatio: choice.scalingRatio, barnesHutOptimize: choice.barnesHut, linLogMode: choice.linLog };
}

export type Parsed = { ok: true; value: LayoutChoice } | { ok: false; message: string };

/** A choice from the form's text fields and checkboxes; a clear message for a bad number. */
export function parseLayoutChoice(form: { gravity: string; scalingRatio: string; barnesHut: boolean; linLog: boolean }): Parsed {
  const number = (text: string, name: string, positive: boolean): number | string => {
    const v = Number(text.trim());
    if (text.trim() === "" || !Number.isFinite(v)) return `${name}: expected a number, got ${JSON.stringify(text)}`;
    if (v < 0 || (positive && v === 0)) return `${name}: expected a number ${positive ? "above" : "of at least"} 0, got ${text.trim()}`;
    return v;
  };
  const gravity = number(form.gravity, "gravity", false);
  if (typeof gravity === "string") return { ok: false, message: gravity };
  const scalingRatio = number(form.scalingRatio, "scaling ratio", true);
  if (typeof scalingRatio === "string") return { ok: false, message: scalingRatio };
  return { ok: true, value: { gravity, scalingRatio, barnesHut: form.barnesHut, linLog: form.linLog } };
}
