import type { AbstractGraph as Graph } from "graphology-types";
import forceAtlas2, { type ForceAtlas2Settings } from "graphology-layout-forceatlas2";
import { fnv1a32 } from "./corpus.ts";
import { foldForLayout, layoutWeight, type FoldedGraph } from "./layout-fold.ts";
import { placeEvents } from "./layout-place.ts";
import type { RegkgGraph } from "./types.ts";

export interface LayoutOptions {
  /**
   * ForceAtlas2 iterations over the folded entity graph; more settles the picture further.
   * "auto": 600 up to 1,000 entities, then fewer (autoIterations).
   */
  iterations: number | "auto";
  /** ForceAtlas2 settings over those inferred from the folded graph's size (gravity, scalingRatio, linLogMode...). */
  settings: ForceAtlas2Settings;
}

export const LAYOUT_DEFAULTS: LayoutOptions = { iterations: "auto", settings: {} };

export function resolveLayoutOptions(options: Partial<LayoutOptions>): LayoutOptions {
  const o = { ...LAYOUT_DEFAULTS, ...options };
  if (o.iterations !== "auto" && (!Number.isInteger(o.iterations) || o.iterations < 0)) {
    throw new RangeError(`layout iterations: expected a whole number >= 0 or "auto", got ${o.iterations}`);
  }
  return o;
}

/**
 * How many ForceAtlas2 iterations a folded graph of `entities` nodes gets by default: `most` up
 * to `full` entities, then fewer in proportion, so that the time (which grows a little faster than
 * the node count, with Barnes-Hut) stays near what `full` entities cost; never under `least`.
 * The CLI's default keeps 600 iterations for the shipped graph-data and graphs of a few thousand
 * actions, as before; 20,000 synthetic actions (1,552 entities) get 387, 100,000 (3,205) 187, a
 * million (20,748) 60, minutes rather than an hour. A page, which waits on the main thread, gets
 * half the budget.
 */
export function autoIterations(entities: number, { most = 600, full = 1000, least = 60 } = {}): number {
  return entities <= full ? most : Math.max(least, Math.round((most * full) / entities));
}

/** What a page that lays out a graph opened without positions runs: the wait stays in seconds. */
export function pageIterations(entities: number): number {
  return autoIterations(entities, { most: 300, full: 1000, least: 20 });
}

/**
 * Over ForceAtlas2's inferred settings (strong gravity, scalingRatio 10): gravity 1 instead of
 * 0.05. A corpus folds into many small components (a story each); weak gravity lets them drift
 * far apart, and the camera that fits them all shows each one as a knot. Measured on graph-data:
 * the median distance to the nearest node, as a share of the picture's extent, 3.4‰ -> 9.6‰
 * (8.1‰ when the whole event graph was laid out).
 */
const FOLDED_SETTINGS: ForceAtlas2Settings = { gravity: 1 };

/** The settings layoutGraph gives ForceAtlas2 for a folded graph, `overrides` last. */
export function foldedSettings(folded: FoldedGraph, overrides: ForceAtlas2Settings = {}): ForceAtlas2Settings {
  return { ...forceAtlas2.inferSettings(folded), ...FOLDED_SETTINGS, ...overrides };
}

/** Start positions from a hash of each key alone, on a disc that grows with the node count. */
export function seedPositions(folded: FoldedGraph): void {
  const spread = Math.sqrt(folded.order) * 10;
  folded.updateEachNodeAttributes((key) => {
    const h = fnv1a32(key);
    const angle = ((h & 0xffff) / 0x10000) * 2 * Math.PI;
    const radius = spread * (0.2 + 0.8 * ((h >>> 16) / 0x10000));
    return { x: radius * Math.cos(angle), y: radius * Math.sin(angle) };
  });
}

/**
 * A typical distance between linked entities (the median edge length), which sizes the clouds of
 * actions placed between them; with no edge, the mean spacing of the entities on their disc.
 */
function unitLength(folded: FoldedGraph): number {
  const lengths: number[] = [];
  folded.forEachEdge((_e, _a, _s, _t, s, t) => {
    const d = Math.hypot(s.x - t.x, s.y - t.y);
    if (d > 0) lengths.push(d);
  });
  if (lengths.length > 0) return lengths.sort((a, b) => a - b)[lengths.length >> 1]!;
  let reach = 0;
  folded.forEachNode((_k, a) => (reach = Math.max(reach, Math.hypot(a.x, a.y))));
  return reach > 0 ? reach / Math.sqrt(folded.order) : 10;
}

/**
 * Give every node x and y. ForceAtlas2 (Barnes-Hut above 2,000 entities) lays out the entities
 * alone, with the actions folded into weighted entity-entity edges (layout-fold.ts): thousands of
 * nodes where the event graph has millions, so any graph that fits in memory gets a layout in
 * seconds. Each action is then placed between its actors and targets, each document near its
 * actions (layout-place.ts). Deterministic: start positions come from a hash of each key and FA2
 * itself has no randomness, so the same graph gets the same picture, and a rebuilt graph JSON
 * does not change unless the data did.
 */
export function layoutGraph(graph: RegkgGraph, options: Partial<LayoutOptions> = {}): void {
  const { iterations: asked, settings } = resolveLayoutOptions(options);
  const folded = foldForLayout(graph);
  const iterations = asked === "auto" ? autoIterations(folded.order) : asked;
  seedPositions(folded);
  if (folded.order > 1 && iterations > 0) {
    forceAtlas2.assign(folded, {
      iterations,
      settings: foldedSettings(folded, settings),
      getEdgeWeight: (_e, attrs) => layoutWeight(attrs.weight),
    });
  }
  folded.forEachNode((key, { x, y }) => graph.mergeNodeAttributes(key, { x, y }));
  placeEvents(graph, unitLength(folded));
  const round = (v: number) => Math.round(v * 1000) / 1000;
  graph.updateEachNodeAttributes((_key, attrs) => ({ ...attrs, x: round(attrs.x ?? 0), y: round(attrs.y ?? 0) }));
}

/**
 * Another tool's graph without positions (a GEXF or GraphML with no regkg kinds): ForceAtlas2 over
 * all of it, from the same hashed start positions, for at most `iterations` rounds (none above
 * `limit` nodes, where seeded positions and the Run layout button are quicker than a frozen page).
 */
export function layoutPlainGraph(graph: Graph, { iterations = 300, limit = 3000 }: { iterations?: number; limit?: number } = {}): void {
  const spread = Math.sqrt(graph.order) * 10;
  graph.forEachNode((key) => {
    const h = fnv1a32(key);
    const angle = ((h & 0xffff) / 0x10000) * 2 * Math.PI;
    const radius = spread * (0.2 + 0.8 * ((h >>> 16) / 0x10000));
    graph.mergeNodeAttributes(key, { x: radius * Math.cos(angle), y: radius * Math.sin(angle) });
  });
  if (graph.order > 1 && graph.order <= limit && iterations > 0) {
    forceAtlas2.assign(graph, { iterations, settings: { ...forceAtlas2.inferSettings(graph), barnesHutOptimize: graph.order > 2000 } });
  }
}
