import type { EdgeDisplayData, NodeDisplayData } from "sigma/types";
import type { RegkgGraph } from "../graph/index.ts";
import type { FoldEdgeAttributes, FoldGraph, WhoEdgeAttributes, WhoGraph } from "../query/index.ts";
import type { EdgeAttributes, NodeAttributes } from "../schema/index.ts";
import type { Override } from "./appearance.ts";
import type { Derived } from "./derive.ts";
import { edgeLook, nodeLook } from "./display.ts";
import { STATUS_COLORS } from "../export/palette.ts";
import type { ExplorerState } from "./state.ts";

export const DIM_NODE = "#dcd9d2";
export const DIM_EDGE = "#efede8";
/** Folded edges are many: a light grey, so that thousands of them still leave the nodes readable. */
const FOLD_EDGE = "#bdb8ad";

/**
 * Above this many folded edges the overview draws them as plain one-pixel lines (sigma's
 * EdgeLineProgram, registered as "fast" in main.ts), as dark as the log of their number of
 * actions, instead of arrows as thick as it. Sigma's arrow and rectangle programs draw each edge
 * as an instance; Chromium's software GL (SwiftShader, on a machine without a GPU) pays for each
 * instance, hidden or not, about as much as for its pixels: at 100,000 actions (54,438 folded
 * edges) a frame of arrows took 3.3-4.1 s, one of plain lines 0.35-0.83 s (README, Performance).
 * Arrow heads are a few pixels in a mass of thousands of edges; an entity's directions are in
 * its panel and in the events view, which keeps its arrows.
 */
export const PLAIN_EDGES_ABOVE = 4_000;
/** Plain lines' shades: one action, and the darkest (2^6 = 64 actions or more). */
const LINE_LIGHT = [0xc9, 0xc4, 0xb9] as const;
const LINE_DARK = [0x6f, 0x69, 0x5c] as const;
const LINE_SHADES = Array.from({ length: 7 }, (_, k) => `#${LINE_LIGHT.map((c, i) => Math.round(c + ((LINE_DARK[i]! - c) * k) / 6).toString(16).padStart(2, "0")).join("")}`);

/** The shade of a plain folded line of `weight` actions: darker by the log of it, as arrows grow thicker. */
export const lineShade = (weight: number): string => LINE_SHADES[Math.min(6, Math.max(0, Math.round(Math.log2(Math.max(1, weight)))))]!;

/**
 * sigma's nodeReducer and edgeReducer: how each node and edge looks for the current state, in
 * either view. They read the state and what was derived from it; they never touch the graph.
 */
export function makeReducers(
  graph: RegkgGraph,
  shown: () => RegkgGraph | WhoGraph | FoldGraph,
  state: () => ExplorerState,
  derived: () => Derived,
  curves: () => ReadonlyMap<string, number> = () => new Map(),
  /** Colour and size a user chose (controllers/appearance.ts), laid over the default look. */
  appearance: () => ReadonlyMap<string, Override> | null = () => null,
  /** Folded edges are plain lines in an overview of more edges than this (`?edges=arrows` in main.ts: never). */
  plainEdgesAbove = PLAIN_EDGES_ABOVE,
) {
  const degree = new Map<string, number>();
  graph.forEachNode((n) => degree.set(n, graph.degree(n)));
  /** What to keep bright: the hovered neighbourhood, else an ego network or path, else a query's answer. */
  const litSet = (d: Derived) => d.focus ?? d.highlight?.nodes ?? (d.query && "result" in d.query ? d.query.nodes : null);

  const nodeReducer = (node: string, attrs: NodeAttributes): Partial<NodeDisplayData> => {
    const s = state();
    const d = derived();
    const look: Partial<NodeDisplayData> = {
      x: attrs.x,
      y: attrs.y,
      ...nodeLook(attrs, degree.get(node) ?? 0),
      ...appearance()?.get(node),
      type: attrs.kind === "action" ? "square" : "circle",
      zIndex: attrs.kind === "entity" ? 1 : 0,
    };
    if (!d.visibility.nodes.has(node) || (d.scope && !d.scope.has(node))) return { ...look, hidden: true };
    const lit = litSet(d);
    // The selected and hovered nodes alone are labelled by force: any other forced label would
    // bypass the label grid and, zoomed out, pile up with the rest (label-grid.ts).
    if (node === s.selected || node === s.hovered) return { ...look, highlighted: true, forceLabel: true, zIndex: 3 };
    if (lit && !lit.has(node)) return { ...look, color: DIM_NODE, label: "", zIndex: 0 };
    if (lit) return { ...look, zIndex: 2 };
    return look;
  };

  /**
   * A node's claim to a label in sigma's label grid (label-grid.ts): 0 for a dimmed node (no
   * label to draw), 2 for the nodes derive.ts ranks first (an exploration's expanded entities, a
   * highlight's best connected), 1 for the rest.
   */
  const labelRank = (node: string): number => {
    const d = derived();
    const lit = litSet(d);
    if (lit && !lit.has(node)) return 0;
    return d.labelled.has(node) ? 2 : 1;
  };

  const edgeReducer = (edge: string, attrs: EdgeAttributes | WhoEdgeAttributes | FoldEdgeAttributes): Partial<EdgeDisplayData> => {
    const d = derived();
    const [source, target] = shown().extremities(edge);
    let look: Partial<EdgeDisplayData>;
    if (attrs.kind === "fold") {
      // One edge for all the actions from one entity to another: thickness by log of their number.
      const weight = d.weights ? (d.weights.get(edge) ?? 0) : attrs.weight;
      if (weight === 0) return { hidden: true };
      look = { color: FOLD_EDGE, size: 0.6 + Math.log2(weight), label: `${weight} action${weight === 1 ? "" : "s"}` };
      if (shown().size > plainEdgesAbove) look = { ...look, color: lineShade(weight), type: "fast" } as Partial<EdgeDisplayData>;
    } else if (attrs.kind === "who") {
      if (!d.visibility.nodes.has(attrs.action)) return { hidden: true };
      look = { color: STATUS_COLORS[attrs.status], size: 2, label: `${attrs.actionType.replace(/_/g, " ")} (${attrs.status})` };
      // Several actions between the same two entities: curved apart, so each label can be read.
      const curvature = curves().get(edge);
      if (curvature !== undefined) look = { ...look, type: "curved", curvature } as Partial<EdgeDisplayData>;
    } else look = edgeLook(attrs);
    if (!d.visibility.nodes.has(source) || !d.visibility.nodes.has(target) || (d.scope && !(d.scope.has(source) && d.scope.has(target)))) return { ...look, hidden: true };
    const lit = litSet(d);
    if (lit && !(lit.has(source) && lit.has(target))) return { ...look, color: DIM_EDGE, label: "", zIndex: 0 };
    if (lit) return { ...look, size: (look.size ?? 1) * 1.6, zIndex: 1, forceLabel: true };
    return look;
  };

  return { nodeReducer, edgeReducer, labelRank };
}
