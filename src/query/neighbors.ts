import { UsageError, type NodeAttributes } from "../schema/index.ts";
import type { Direction, QueryBackend } from "./backend.ts";
import { resolveEntity } from "./resolve.ts";

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
export function neighborhood(backend: QueryBackend, name: string, depth = 2, direction: Direction = "both"): Neighborhood {
  if (!Number.isInteger(depth) || depth < 1 || depth > MAX_DEPTH) throw new UsageError(`--depth: expected a whole number from 1 to ${MAX_DEPTH}, got "${depth}"`);
  if (!["out", "in", "both"].includes(direction)) throw new UsageError(`--direction: expected out, in or both, got "${direction}"`);
  const center = resolveEntity(backend, name);
  const depthOf = new Map<string, number>([[center, 0]]);
  // edge -> its two ends, as first seen.
  const edges = new Map<string, readonly [string, string]>();
  let frontier = [center];
  for (let d = 1; d <= depth && frontier.length > 0; d++) {
    const next: string[] = [];
    for (const node of frontier) {
      for (const { node: n, edge } of backend.steps(node, direction)) {
        if (!edges.has(edge)) edges.set(edge, [node, n]);
        if (!depthOf.has(n)) {
          depthOf.set(n, d);
          next.push(n);
        }
      }
    }
    frontier = next;
  }
  const nodes = [...depthOf].map(([id, d]) => {
    const n = backend.node(id)!;
    return { id, kind: n.kind, label: n.label, depth: d };
  });
  // Edges seen from the last ring may lead outside; keep those between listed nodes.
  const inside = [...edges].filter(([, [a, b]]) => depthOf.has(a) && depthOf.has(b)).map(([e]) => e);
  return { center, depth, direction, nodes, edges: inside };
}
