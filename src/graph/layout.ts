import type { AbstractGraph as Graph } from "graphology-types";
import forceAtlas2 from "graphology-layout-forceatlas2";

export interface LayoutOptions {
  /** ForceAtlas2 iterations; more settles the picture further. */
  iterations: number;
}

export const LAYOUT_DEFAULTS: LayoutOptions = { iterations: 600 };

/** FNV-1a: a stable hash, so start positions depend on the node's key and nothing else. */
function hash(key: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < key.length; i++) {
    h ^= key.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/**
 * Give every node x and y with ForceAtlas2. Deterministic: start positions come from a hash of
 * each key and FA2 itself has no randomness, so the same graph gets the same picture, and a
 * rebuilt graph JSON does not change unless the data did. Any graphology graph: a regkg graph,
 * or another tool's GEXF/GraphML without positions.
 */
export function layoutGraph(graph: Graph, options: Partial<LayoutOptions> = {}): void {
  const { iterations } = { ...LAYOUT_DEFAULTS, ...options };
  if (!Number.isInteger(iterations) || iterations < 0) throw new RangeError(`layout iterations: expected a whole number >= 0, got ${iterations}`);
  const spread = Math.sqrt(graph.order) * 10;
  graph.forEachNode((key) => {
    const h = hash(key);
    const angle = ((h & 0xffff) / 0x10000) * 2 * Math.PI;
    const radius = spread * (0.2 + 0.8 * ((h >>> 16) / 0x10000));
    graph.mergeNodeAttributes(key, { x: radius * Math.cos(angle), y: radius * Math.sin(angle) });
  });
  if (graph.order > 1 && iterations > 0) {
    forceAtlas2.assign(graph, {
      iterations,
      settings: { ...forceAtlas2.inferSettings(graph), barnesHutOptimize: graph.order > 2000 },
      // Every action links to its document; at full weight the document would pull all
      // actions into one knot, so source edges barely count.
      getEdgeWeight: (_edge, attrs) => (attrs.kind === "source" ? 0.05 : 1),
    });
  }
  const round = (v: number) => Math.round(v * 1000) / 1000;
  graph.updateEachNodeAttributes((_key, attrs) => ({ ...attrs, x: round(attrs.x ?? 0), y: round(attrs.y ?? 0) }));
}
