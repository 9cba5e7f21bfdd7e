import type { RegkgGraph } from "../graph/index.ts";
import type { EdgeAttributes } from "../schema/index.ts";
import type { Direction, Step } from "./backend.ts";

export type { Direction, Step } from "./backend.ts";

/**
 * The edges paths and neighbourhoods follow: who acted (actor), on whom (target), under what
 * (basis), and standing relations. Source edges are left out because every action of an
 * article links to it, which would make any two entities of one article two steps apart;
 * attribution edges are left out because saying something is not acting.
 *
 * graphology-traversal and graphology-shortest-path walk every edge of a node and cannot skip
 * edges by kind, and copying the graph without those edges would double its memory; hence
 * this small walker over the graph's own adjacency.
 */
export const WALK_EDGE_KINDS: ReadonlySet<EdgeAttributes["kind"]> = new Set(["actor", "target", "basis", "relation"]);

/** Call `visit` for each walkable edge of `node` in the given direction: out-edges first, then in-edges. */
export function forEachStep(graph: RegkgGraph, node: string, direction: Direction, visit: (step: Step) => void): void {
  if (direction !== "in") {
    graph.forEachOutEdge(node, (edge, attrs, _s, target) => {
      if (WALK_EDGE_KINDS.has(attrs.kind)) visit(step(target, edge, true, attrs));
    });
  }
  if (direction !== "out") {
    graph.forEachInEdge(node, (edge, attrs, source) => {
      if (WALK_EDGE_KINDS.has(attrs.kind)) visit(step(source, edge, false, attrs));
    });
  }
}

function step(node: string, edge: string, forward: boolean, attrs: EdgeAttributes): Step {
  return attrs.kind === "relation" ? { node, edge, forward, kind: attrs.kind, relType: attrs.relType } : { node, edge, forward, kind: attrs.kind };
}
