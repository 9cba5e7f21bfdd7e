import { DirectedGraph } from "graphology";
import type { RegkgGraph } from "../graph/index.ts";
import type { GraphAttributes, NodeAttributes } from "../schema/index.ts";

/** An edge of the folded view: every action from one actor to one target, as one arrow. */
export interface FoldEdgeAttributes {
  kind: "fold";
  /** How many actions run from the actor to the target. */
  weight: number;
  /** Those actions, in graph order (an action with two actors and two targets is in four edges). */
  actions: string[];
}

export type FoldGraph = DirectedGraph<NodeAttributes, FoldEdgeAttributes, GraphAttributes>;

/** The key of the folded edge from `actor` to `target`; one per pair and direction. */
export const foldKey = (actor: string, target: string): string => `${actor}->${target}`;

/**
 * The who-acted-on-whom projection folded for large graphs: the entities, and one edge
 * actor -> target per pair and direction whose weight is the number of actions between them
 * (whoActedOnWhom keeps one edge per action: 100,000 actions make 100,000+ edges to draw and
 * label; folded, a few per entity). Entities that take part in no action are kept, so that
 * entity attributes and positions line up with the event graph's.
 */
export function foldActions(graph: RegkgGraph): FoldGraph {
  const fold: FoldGraph = new DirectedGraph({ allowSelfLoops: true });
  fold.replaceAttributes(graph.getAttributes());
  graph.forEachNode((n, a) => {
    if (a.kind === "entity") fold.addNode(n, a);
  });
  // Pairs are gathered in a Map first: cheaper than asking the graph for each edge.
  const pairs = new Map<string, { actor: string; target: string; attrs: FoldEdgeAttributes }>();
  const actors: string[] = [];
  const targets: string[] = [];
  graph.forEachNode((action, a) => {
    if (a.kind !== "action") return;
    actors.length = 0;
    targets.length = 0;
    graph.forEachEdge(action, (_e, e, source, target) => {
      if (e.kind === "actor") actors.push(source);
      else if (e.kind === "target") targets.push(target);
    });
    for (const s of actors) {
      for (const t of targets) {
        const key = foldKey(s, t);
        const pair = pairs.get(key);
        if (!pair) pairs.set(key, { actor: s, target: t, attrs: { kind: "fold", weight: 1, actions: [action] } });
        // The same actor listed twice on one action still counts the action once.
        else if (pair.attrs.actions[pair.attrs.actions.length - 1] !== action) {
          pair.attrs.actions.push(action);
          pair.attrs.weight++;
        }
      }
    }
  });
  for (const [key, { actor, target, attrs }] of pairs) fold.addDirectedEdgeWithKey(key, actor, target, attrs);
  return fold;
}

/** How many of an edge's actions `visible` keeps (filters), for weights that follow the filters. */
export function visibleWeight(attrs: FoldEdgeAttributes, visible: ReadonlySet<string>): number {
  let n = 0;
  for (const a of attrs.actions) if (visible.has(a)) n++;
  return n;
}

/**
 * What an exploration shows (as in Neo4j Bloom): the entities it started from or expanded
 * (`seeds`) and every entity one folded edge away from one of them, either direction.
 * Collapsing a seed takes away the neighbours no other seed brought.
 */
export function exploredEntities(fold: FoldGraph, seeds: readonly string[]): Set<string> {
  const out = new Set<string>();
  for (const seed of seeds) {
    if (!fold.hasNode(seed)) continue;
    out.add(seed);
    fold.forEachNeighbor(seed, (n) => out.add(n));
  }
  return out;
}

/** The `limit` nodes of `nodes` with the highest score, highest first (ties: the order given). */
export function topNodes(nodes: Iterable<string>, score: (node: string) => number, limit: number): string[] {
  const scored: [string, number][] = [];
  for (const n of nodes) scored.push([n, score(n)]);
  return scored
    .map((x, i) => [x, i] as const)
    .sort(([a, i], [b, j]) => b[1] - a[1] || i - j)
    .slice(0, limit)
    .map(([[n]]) => n);
}
