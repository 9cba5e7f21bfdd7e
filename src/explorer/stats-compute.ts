/**
 * PageRank and Louvain communities on the entity graph: what the statistics worker
 * (stats-worker.ts) runs, kept out of the page's bundle, and what the unit tests check.
 */
import Graph, { DirectedGraph, UndirectedGraph } from "graphology";
import louvain from "graphology-communities-louvain";
import pagerank from "graphology-metrics/centrality/pagerank";
import { prng } from "../synth/random.ts";
import type { EntityGraphInput, EntityStats, StatsPhase } from "./stats.ts";

/**
 * The entity graph the statistics are computed on: one weighted actor -> target edge per pair
 * that acted one on the other (the weight is the number of such actions), and one per relation.
 * Actions and documents are left out: a document links everything it reports and would pull
 * its actions into one community.
 */
export interface EntityGraph {
  sources: Int32Array;
  targets: Int32Array;
  weights: Float64Array;
}

export function foldEntityGraph(input: EntityGraphInput): EntityGraph {
  const n = input.entities.length;
  // Actors of each action, as a linked list in two arrays (no array per action).
  const head = new Int32Array(input.actions).fill(-1);
  const next = new Int32Array(input.actors.length / 2);
  for (let i = 0; i < next.length; i++) {
    const action = input.actors[2 * i + 1]!;
    next[i] = head[action]!;
    head[action] = i;
  }
  const pairs = new Map<number, number>();
  const add = (s: number, t: number) => {
    if (s === t) return;
    const key = s * n + t;
    pairs.set(key, (pairs.get(key) ?? 0) + 1);
  };
  for (let j = 0; j < input.targets.length; j += 2) {
    const action = input.targets[j]!;
    const target = input.targets[j + 1]!;
    for (let i = head[action]!; i !== -1; i = next[i]!) add(input.actors[2 * i]!, target);
  }
  for (let j = 0; j < input.relations.length; j += 2) add(input.relations[j]!, input.relations[j + 1]!);
  const out: EntityGraph = { sources: new Int32Array(pairs.size), targets: new Int32Array(pairs.size), weights: new Float64Array(pairs.size) };
  let i = 0;
  for (const [key, w] of pairs) {
    out.sources[i] = Math.floor(key / n);
    out.targets[i] = key % n;
    out.weights[i] = w;
    i++;
  }
  return out;
}

/**
 * PageRank on the directed, weighted entity graph (an entity ranks high when entities that rank
 * high act on it, as Gephi computes it on a directed graph), and Louvain communities on the
 * same graph taken undirected. `progress` hears each phase as it starts.
 */
export function computeStats(input: EntityGraphInput, progress: (phase: StatsPhase) => void = () => {}): EntityStats {
  progress("graph");
  const n = input.entities.length;
  const folded = foldEntityGraph(input);
  const directed = new DirectedGraph();
  const undirected = new UndirectedGraph();
  for (let i = 0; i < n; i++) {
    directed.addNode(i);
    undirected.addNode(i);
  }
  for (let e = 0; e < folded.sources.length; e++) {
    const s = folded.sources[e]!;
    const t = folded.targets[e]!;
    const w = folded.weights[e]!;
    directed.addEdge(s, t, { weight: w });
    // A -> B and B -> A are one tie for the communities.
    undirected.updateEdge(s, t, (a) => ({ weight: ((a.weight as number | undefined) ?? 0) + w }));
  }
  progress("pagerank");
  const pagerankOut = new Float64Array(n);
  if (n > 0) {
    const ranks = pagerank(directed as Graph, { getEdgeWeight: "weight" });
    for (let i = 0; i < n; i++) pagerankOut[i] = ranks[i] ?? 0;
  }
  progress("communities");
  const community = new Int32Array(n);
  let modularity = 0;
  let communitySizes: number[] = [];
  if (n > 0) {
    // A fixed random sequence, so a graph gets the same communities on every load.
    const detailed = louvain.detailed(undirected as Graph, { getEdgeWeight: "weight", rng: prng(1) });
    modularity = Number.isFinite(detailed.modularity) ? detailed.modularity : 0;
    const raw = new Map<number, number>();
    for (let i = 0; i < n; i++) {
      const c = detailed.communities[i]!;
      raw.set(c, (raw.get(c) ?? 0) + 1);
    }
    // Renumbered by size, so community 0 is the largest and the palette goes to the biggest first.
    const order = [...raw.entries()].sort((a, b) => b[1] - a[1] || a[0] - b[0]);
    const renumber = new Map(order.map(([c], i) => [c, i]));
    for (let i = 0; i < n; i++) community[i] = renumber.get(detailed.communities[i]!)!;
    communitySizes = order.map(([, size]) => size);
  }
  return { pagerank: pagerankOut, community, communitySizes, modularity };
}
