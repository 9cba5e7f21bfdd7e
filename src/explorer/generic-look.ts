/**
 * How generic mode draws and finds the nodes of a graph another tool wrote: pure functions
 * over its attributes, which can hold anything (a `type` sigma has no program for, a size in
 * Gephi's units, a label that is a number), so what reaches sigma is always made here.
 */
import type { AbstractGraph as Graph } from "graphology-types";
import type { SearchHit } from "./controllers/search.ts";

export const DEFAULT_NODE_COLOR = "#8a94a6";
export const DEFAULT_EDGE_COLOR = "#cfd3da";
/** Drawn radii in pixels: the file's sizes (Gephi's run from about 4 to 50+) are mapped onto this range. */
export const NODE_SIZES: readonly [number, number] = [4, 16];
const EDGE_SIZES: readonly [number, number] = [0.6, 4];

const isNumber = (v: unknown): v is number => typeof v === "number" && Number.isFinite(v);

/** Maps a value of an attribute linearly from its range in the graph onto [lo, hi]; values that are not numbers get lo. */
export function scaler(values: Iterable<unknown>, [lo, hi]: readonly [number, number]): (v: unknown) => number {
  let min = Infinity;
  let max = -Infinity;
  for (const v of values) {
    if (!isNumber(v)) continue;
    if (v < min) min = v;
    if (v > max) max = v;
  }
  if (min === Infinity) return () => lo;
  if (max === min) return (v) => (isNumber(v) ? (lo + hi) / 2 : lo);
  return (v) => (isNumber(v) ? lo + ((hi - lo) * (v - min)) / (max - min) : lo);
}

/** The file's colour: a CSS colour string (GEXF viz:color, a GraphML "color"), or GraphML's r/g/b numbers as Gephi writes them. */
export function colorOf(a: Record<string, unknown>, fallback = DEFAULT_NODE_COLOR): string {
  if (typeof a.color === "string" && a.color.trim()) return a.color.trim();
  if (isNumber(a.r) && isNumber(a.g) && isNumber(a.b)) return `rgb(${a.r},${a.g},${a.b})`;
  return fallback;
}

/** The node's label as text: the file's label (a string or a number), else its id. */
export function labelOf(key: string, a: Record<string, unknown>): string {
  const label = a.label ?? a.name;
  return (typeof label === "string" && label.trim()) || isNumber(label) ? String(label) : key;
}

/** An edge's weight: GEXF's weight, or viz:thickness; 1 when it has neither. */
export const weightOf = (a: Record<string, unknown>): number => (isNumber(a.weight) ? a.weight : isNumber(a.thickness) ? a.thickness : 1);

/** What sigma draws for a node and an edge, before selection changes it. */
export interface GenericLook {
  node: (key: string, a: Record<string, unknown>) => { x: number; y: number; size: number; color: string; label: string; type: "circle" | "square" };
  edge: (a: Record<string, unknown>, directed: boolean) => { size: number; color: string; type: "arrow" | "line" };
}

/** The look of a graph: sizes scaled over the whole graph once, the rest per item. */
export function genericLook(graph: Graph): GenericLook {
  const nodeSize = scaler(graph.mapNodes((_n, a) => a.size), NODE_SIZES);
  const hasSizes = graph.someNode((_n, a) => isNumber(a.size));
  const edgeSize = scaler(graph.mapEdges((_e, a) => weightOf(a)), EDGE_SIZES);
  return {
    node: (key, a) => ({
      x: isNumber(a.x) ? a.x : 0,
      y: isNumber(a.y) ? a.y : 0,
      size: hasSizes ? nodeSize(a.size) : 5,
      color: colorOf(a),
      label: labelOf(key, a),
      // GEXF's viz:shape: sigma draws discs and squares; the other shapes are drawn as discs.
      type: a.shape === "square" ? "square" : "circle",
    }),
    edge: (a, directed) => ({ size: edgeSize(weightOf(a)), color: colorOf(a, DEFAULT_EDGE_COLOR), type: directed ? "arrow" : "line" }),
  };
}

/** The lower-cased label and id of every node, made once so each keystroke only scans strings. */
export function labelIndex(graph: Graph): { key: string; label: string; folded: string; foldedKey: string }[] {
  return graph.mapNodes((key, a) => {
    const label = labelOf(key, a);
    return { key, label, folded: label.toLowerCase(), foldedKey: key.toLowerCase() };
  });
}

/**
 * Nodes whose label (or id) contains the text, ignoring case: exact matches first, then those
 * starting with it, then the rest, each group by label.
 */
export function searchLabels(index: ReturnType<typeof labelIndex>, text: string, limit = 8): SearchHit[] {
  const q = text.trim().toLowerCase();
  if (!q) return [];
  const found: { rank: number; hit: SearchHit }[] = [];
  for (const n of index) {
    const at = n.folded.indexOf(q);
    const atKey = at < 0 ? n.foldedKey.indexOf(q) : -1;
    if (at < 0 && atKey < 0) continue;
    const rank = at >= 0 ? (n.folded === q ? 0 : at === 0 ? 1 : 2) : n.foldedKey === q ? 0 : 3;
    found.push({ rank, hit: { id: n.key, name: n.label, category: "", ...(at < 0 ? { via: n.key } : {}) } });
  }
  return found
    .sort((x, y) => x.rank - y.rank || x.hit.name.localeCompare(y.hit.name))
    .slice(0, limit)
    .map((x) => x.hit);
}
