import { UsageError, type NodeAttributes } from "../schema/index.ts";
import { nodeLabel } from "./path.ts";
import type { QueryIndex } from "./query-index.ts";
import { resolveEntity } from "./resolve.ts";
import { forEachStep, type Direction } from "./walk.ts";

export interface NeighborNode {
  id: string;
  kind: NodeAttributes["kind"];
  label: string;
  /** Steps from the centre: an entity's actions are at 1, their other actors and targets at 2. */
  depth: number;
}

export interface Neighborhood {
  center: string;
  depth: number;
  direction: Direction;
  /** The centre first, then by depth, each depth in the order found. */
  nodes: NeighborNode[];
  /** Edges between the nodes listed, of the kinds walked. */
  edges: string[];
}

export const MAX_DEPTH = 6;

/**
 * An entity's ego network: everything within `depth` steps along actions and relations.
 * `out` follows edges forward (what X did, and to whom), `in` backward (who acted on X).
 */
export function neighborhood(index: QueryIndex, name: string, depth = 2, direction: Direction = "both"): Neighborhood {
  if (!Number.isInteger(depth) || depth < 1 || depth > MAX_DEPTH) throw new UsageError(`--depth: expected a whole number from 1 to ${MAX_DEPTH}, got "${depth}"`);
  if (!["out", "in", "both"].includes(direction)) throw new UsageError(`--direction: expected out, in or both, got "${direction}"`);
  const { graph } = index;
  const center = resolveEntity(index, name);
  const depthOf = new Map<string, number>([[center, 0]]);
  const edges = new Set<string>();
  let frontier = [center];
  for (let d = 1; d <= depth && frontier.length > 0; d++) {
    const next: string[] = [];
    for (const node of frontier) {
      forEachStep(graph, node, direction, ({ node: n, edge }) => {
        edges.add(edge);
        if (!depthOf.has(n)) {
          depthOf.set(n, d);
          next.push(n);
        }
      });
    }
    frontier = next;
  }
  const nodes = [...depthOf].map(([id, d]) => {
    const attrs = graph.getNodeAttributes(id);
    return { id, kind: attrs.kind, label: nodeLabel(attrs), depth: d };
  });
  // Edges seen from the last ring may lead outside; keep those between listed nodes.
  const inside = [...edges].filter((e) => depthOf.has(graph.source(e)) && depthOf.has(graph.target(e)));
  return { center, depth, direction, nodes, edges: inside };
}
