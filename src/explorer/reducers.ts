import type { EdgeDisplayData, NodeDisplayData } from "sigma/types";
import type { RegkgGraph } from "../graph/index.ts";
import type { EdgeAttributes, NodeAttributes } from "../schema/index.ts";
import type { Derived } from "./derive.ts";
import { edgeLook, nodeLook } from "./display.ts";
import type { ExplorerState } from "./state.ts";

export const DIM_NODE = "#dcd9d2";
export const DIM_EDGE = "#efede8";

/**
 * sigma's nodeReducer and edgeReducer: how each node and edge looks for the current state.
 * They read the state and what was derived from it; they never touch the graph.
 */
export function makeReducers(graph: RegkgGraph, state: () => ExplorerState, derived: () => Derived) {
  const degree = new Map<string, number>();
  graph.forEachNode((n) => degree.set(n, graph.degree(n)));

  const nodeReducer = (node: string, attrs: NodeAttributes): Partial<NodeDisplayData> => {
    const s = state();
    const d = derived();
    const look: Partial<NodeDisplayData> = {
      x: attrs.x,
      y: attrs.y,
      ...nodeLook(attrs, degree.get(node) ?? 0),
      type: attrs.kind === "action" ? "square" : "circle",
      zIndex: attrs.kind === "entity" ? 1 : 0,
    };
    if (!d.visibility.nodes.has(node)) return { ...look, hidden: true };
    const queried = d.query && "result" in d.query ? d.query.nodes : null;
    const lit = d.focus ?? queried;
    if (node === s.selected || node === s.hovered) return { ...look, highlighted: true, forceLabel: true, zIndex: 3 };
    if (lit && !lit.has(node)) return { ...look, color: DIM_NODE, label: "", zIndex: 0 };
    if (lit) return { ...look, forceLabel: attrs.kind !== "action" || d.focus !== null, zIndex: 2 };
    return look;
  };

  const edgeReducer = (edge: string, attrs: EdgeAttributes): Partial<EdgeDisplayData> => {
    const d = derived();
    const look: Partial<EdgeDisplayData> = edgeLook(attrs);
    const [source, target] = graph.extremities(edge);
    if (!d.visibility.nodes.has(source) || !d.visibility.nodes.has(target)) return { ...look, hidden: true };
    const queried = d.query && "result" in d.query ? d.query.nodes : null;
    const lit = d.focus ?? queried;
    if (lit && !(lit.has(source) && lit.has(target))) return { ...look, color: DIM_EDGE, zIndex: 0 };
    if (lit) return { ...look, size: (look.size ?? 1) * 1.6, zIndex: 1 };
    return look;
  };

  return { nodeReducer, edgeReducer };
}
