/**
 * Node statistics for the appearance controls and the detail panel, the page's side: the
 * counts are cheap and made on the page's thread, and so is the flat copy of the graph that
 * the statistics worker gets. PageRank and the communities are computed in the worker
 * (stats-compute.ts, which only the worker loads, with graphology's standard library).
 */
import type { RegkgGraph } from "../graph/index.ts";

/** What every node has without any heavy computation. */
export interface NodeCounts {
  degree: number;
  /** Actions the node took part in as an actor (entities only; 0 for the rest). */
  asActor: number;
  /** Actions the node took part in as a target. */
  asTarget: number;
}

/**
 * What the appearance choices read, made in one pass over the nodes and one over the edges and
 * kept while the graph stays the same, so that switching colours or sizes walks no edge again.
 */
export interface GraphTables {
  counts: Map<string, NodeCounts>;
  entities: string[];
  /** The first actor of each action: its colour when entities are coloured by community. */
  firstActor: Map<string, string>;
  /** Per entity, how many of its actions (as actor or target) have each type, and each status. */
  types: Map<string, Map<string, number>>;
  statuses: Map<string, Map<string, number>>;
  /** Actions per type and per status, in the whole graph. */
  typeCounts: Map<string, number>;
  statusCounts: Map<string, number>;
}

export function graphTables(graph: RegkgGraph): GraphTables {
  const t: GraphTables = { counts: new Map(), entities: [], firstActor: new Map(), types: new Map(), statuses: new Map(), typeCounts: new Map(), statusCounts: new Map() };
  const bump = (m: Map<string, number>, key: string) => m.set(key, (m.get(key) ?? 0) + 1);
  const bumpIn = (m: Map<string, Map<string, number>>, node: string, key: string) => {
    let tally = m.get(node);
    if (!tally) m.set(node, (tally = new Map()));
    bump(tally, key);
  };
  graph.forEachNode((n, a) => {
    t.counts.set(n, { degree: graph.degree(n), asActor: 0, asTarget: 0 });
    if (a.kind === "entity") t.entities.push(n);
    else if (a.kind === "action") {
      bump(t.typeCounts, a.actionType);
      bump(t.statusCounts, a.status);
    }
  });
  // Edges run actor -> action -> target.
  graph.forEachEdge((_e, a, source, target, sa, ta) => {
    if (a.kind !== "actor" && a.kind !== "target") return;
    const [entity, action] = a.kind === "actor" ? [source, ta] : [target, sa];
    if (a.kind === "actor") {
      t.counts.get(source)!.asActor++;
      if (!t.firstActor.has(target)) t.firstActor.set(target, source);
    } else t.counts.get(target)!.asTarget++;
    if (action.kind !== "action") return;
    bumpIn(t.types, entity, action.actionType);
    bumpIn(t.statuses, entity, action.status);
  });
  return t;
}

/**
 * The graph the statistics need, flat enough to post to a worker and cheap to make on the
 * page's thread (one pass over nodes, one over edges): which entity acts in which action, which
 * action targets which entity, and the relations between entities, as index pairs. The worker
 * folds them into the entity graph (foldEntityGraph).
 */
export interface EntityGraphInput {
  entities: string[];
  actions: number;
  /** [entity, action] index pairs, one per actor edge. */
  actors: Int32Array;
  /** [action, entity] index pairs, one per target edge. */
  targets: Int32Array;
  /** [entity, entity] index pairs, one per relation. */
  relations: Int32Array;
}

export function entityGraphInput(graph: RegkgGraph): EntityGraphInput {
  const entities: string[] = [];
  const index = new Map<string, number>();
  let actions = 0;
  graph.forEachNode((n, a) => {
    if (a.kind === "entity") {
      index.set(n, entities.length);
      entities.push(n);
    } else if (a.kind === "action") index.set(n, actions++);
  });
  const actors: number[] = [];
  const targets: number[] = [];
  const relations: number[] = [];
  graph.forEachEdge((_e, a, source, target) => {
    const list = a.kind === "actor" ? actors : a.kind === "target" ? targets : a.kind === "relation" ? relations : null;
    if (list) list.push(index.get(source)!, index.get(target)!);
  });
  return { entities, actions, actors: Int32Array.from(actors), targets: Int32Array.from(targets), relations: Int32Array.from(relations) };
}

/** Per entity, in the order of EntityGraphInput.entities. */
export interface EntityStats {
  pagerank: Float64Array;
  /** Community numbers from 0, the largest community first. */
  community: Int32Array;
  /** Entities per community, indexed by community number. */
  communitySizes: number[];
  modularity: number;
}

export type StatsPhase = "graph" | "pagerank" | "communities";
export const STATS_PHASES: readonly StatsPhase[] = ["graph", "pagerank", "communities"];

