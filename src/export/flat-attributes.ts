import { STRUCTURED_ATTRIBUTES as STRUCTURED } from "../graph/foreign.ts";
import type { EdgeAttributes, NodeAttributes } from "../schema/index.ts";

export type Flat = Record<string, string | number | boolean>;

/** How other tools draw a node (label, size, colour): each format carries them its own way (GEXF's viz, GraphML's keys), not as data. */
const DISPLAY = new Set(["label", "size", "color"]);

/**
 * Node or edge attributes as scalars, for GEXF, GraphML and CSV: strings, numbers and
 * booleans pass as they are; lists and objects (aliases, time, quantity, evidence) become
 * JSON text. Absent attributes stay absent, and so do the display attributes (label, size, color).
 */
export function flatten(attrs: NodeAttributes | EdgeAttributes): Flat {
  const out: Flat = {};
  for (const [k, v] of Object.entries(attrs)) {
    if (v === undefined || DISPLAY.has(k)) continue;
    out[k] = STRUCTURED.has(k) || typeof v === "object" ? JSON.stringify(v) : (v as string | number | boolean);
  }
  return out;
}

/** The inverse of flatten. */
export function unflatten(flat: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(flat)) {
    if (v === undefined || v === null || v === "") continue;
    out[k] = STRUCTURED.has(k) && typeof v === "string" ? JSON.parse(v) : v;
  }
  return out;
}
