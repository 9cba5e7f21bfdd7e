import type { RegkgGraph } from "../graph/index.ts";
import type { ActionType, EdgeAttributes, EntityCategory, NodeAttributes, Status } from "../schema/index.ts";
import { nodeLabel, type ActionView, type EntityCount, type QueryBackend, type Selector, type Step } from "./backend.ts";
import { dateRange } from "./dates.ts";
import { normalizeName } from "./normalize.ts";
import { forEachStep } from "./walk.ts";

/**
 * Lookup tables built once per graph, so that a query costs in proportion to the actions it
 * touches rather than to the size of the graph. Every list of actions is in graph order (for a
 * graph regkg built: by document, then by the action's number), which is the order answers
 * come in whichever list a query starts from.
 */
export interface QueryIndex extends QueryBackend {
  readonly graph: RegkgGraph;
  /** Every action id, in graph order. */
  readonly actions: readonly string[];
  /** Action id -> its position in `actions`, to merge lists back into graph order. */
  readonly ordinal: ReadonlyMap<string, number>;
  /** entity -> actions it performed / suffered; document -> actions it states. */
  readonly byActor: ReadonlyMap<string, readonly string[]>;
  readonly byTarget: ReadonlyMap<string, readonly string[]>;
  readonly byDoc: ReadonlyMap<string, readonly string[]>;
  readonly byType: ReadonlyMap<ActionType, readonly string[]>;
  readonly byStatus: ReadonlyMap<Status, readonly string[]>;
  readonly byCategory: ReadonlyMap<EntityCategory, readonly string[]>;
  /** Normalised name, alias, Chinese name or id -> the entities it names. */
  readonly names: ReadonlyMap<string, readonly string[]>;
  /** Dated actions sorted by the first day their date can mean. */
  readonly dated: readonly DatedAction[];
}

export interface DatedAction {
  readonly first: string;
  readonly last: string;
  readonly action: string;
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** The normalised keys an entity is found by: its id, name, aliases and Chinese name. */
function nameKeys(node: string, a: Extract<NodeAttributes, { kind: "entity" }>): Set<string> {
  return new Set([node, a.name, ...a.aliases, ...(a.nameZh ? [a.nameZh] : [])].map(normalizeName));
}

/**
 * The index's `names` table alone (the same keys, in the same order), for a search box that
 * must answer before the whole index is built: one pass over the nodes, the entities' names only.
 */
export function entityNames(graph: RegkgGraph): Map<string, string[]> {
  const names = new Map<string, string[]>();
  graph.forEachNode((node, a) => {
    if (a.kind === "entity") for (const key of nameKeys(node, a)) push(names, key, node);
  });
  return names;
}

/** The first position in `dated` whose first day is >= `first`. */
export function lowerBound(dated: readonly DatedAction[], first: string): number {
  let lo = 0;
  let hi = dated.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (dated[mid]!.first < first) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Put a list of action ids into graph order, unless it already is (the usual case). */
export function inGraphOrder(list: string[], ordinal: ReadonlyMap<string, number>): string[] {
  for (let i = 1; i < list.length; i++) {
    if (ordinal.get(list[i - 1]!)! > ordinal.get(list[i]!)!) return list.sort((a, b) => ordinal.get(a)! - ordinal.get(b)!);
  }
  return list;
}

/**
 * Build the index. The lists every query starts from are built here, in one pass over the
 * nodes and one over the edges; the two tables only some queries need (action -> position,
 * for merging several lists; actions by date, for --since/--until) are built on first use,
 * so loading a graph does not pay for them.
 */
export function buildQueryIndex(graph: RegkgGraph): QueryIndex {
  const b = indexBuilder(graph);
  graph.forEachNode(b.node);
  // One call: graphology's per-node iteration costs more than the work.
  graph.forEachEdge((_edge, e, source, target) => b.edge(e, source, target));
  return b.finish();
}

/**
 * The same build in steps, for a page that builds the index ahead of need without holding its
 * thread: each step does about `chunk` nodes or edges and yields how far it has got (0..1);
 * the generator returns the index, the same one buildQueryIndex gives.
 */
export function* queryIndexSteps(graph: RegkgGraph, chunk = 2_000): Generator<number, QueryIndex, void> {
  const b = indexBuilder(graph);
  const total = graph.order + graph.size || 1;
  let done = 0;
  for (const { node, attributes } of graph.nodeEntries()) {
    b.node(node, attributes);
    if (++done % chunk === 0) yield done / total;
  }
  // Edges in the order forEachEdge gives them (both walk graphology's edge table).
  for (const { attributes, source, target } of graph.edgeEntries()) {
    b.edge(attributes, source, target);
    if (++done % chunk === 0) yield done / total;
  }
  return b.finish();
}

/** The index's tables, filled one node and one edge at a time (nodes first), then finished. */
function indexBuilder(graph: RegkgGraph): {
  node: (node: string, a: NodeAttributes) => void;
  edge: (e: EdgeAttributes, source: string, target: string) => void;
  finish: () => QueryIndex;
} {
  const actions: string[] = [];
  const byType = new Map<ActionType, string[]>();
  const byStatus = new Map<Status, string[]>();
  const byCategory = new Map<EntityCategory, string[]>();
  const names = new Map<string, string[]>();

  const node = (node: string, a: NodeAttributes) => {
    if (a.kind === "entity") {
      push(byCategory, a.category, node);
      for (const key of nameKeys(node, a)) push(names, key, node);
    } else if (a.kind === "action") {
      actions.push(node);
      push(byType, a.actionType, node);
      push(byStatus, a.status, node);
    }
  };

  // Edges come grouped by action, in the actions' order, for every graph regkg builds
  // or generates; then every list fills in graph order. That is checked as the edges go by
  // (a pointer walking `actions`), and only if it does not hold are the lists sorted.
  const byActor = new Map<string, string[]>();
  const byTarget = new Map<string, string[]>();
  const byDoc = new Map<string, string[]>();
  let current: string | undefined;
  let at = 0;
  let ordered = true;
  const add = (map: Map<string, string[]>, key: string, action: string) => {
    if (action !== current) {
      current = action;
      if (ordered) {
        while (at < actions.length && actions[at] !== action) at++;
        if (at === actions.length) ordered = false;
      }
    }
    const list = map.get(key);
    if (list) list.push(action);
    else map.set(key, [action]);
  };
  const edge = (e: EdgeAttributes, source: string, target: string) => {
    if (e.kind === "actor") add(byActor, source, target);
    else if (e.kind === "target") add(byTarget, target, source);
    else if (e.kind === "source") add(byDoc, target, source);
  };
  return { node, edge, finish: () => finishIndex(graph, { actions, byType, byStatus, byCategory, names, byActor, byTarget, byDoc, ordered }) };
}

function finishIndex(
  graph: RegkgGraph,
  tables: {
    actions: string[];
    byType: Map<ActionType, string[]>;
    byStatus: Map<Status, string[]>;
    byCategory: Map<EntityCategory, string[]>;
    names: Map<string, string[]>;
    byActor: Map<string, string[]>;
    byTarget: Map<string, string[]>;
    byDoc: Map<string, string[]>;
    ordered: boolean;
  },
): QueryIndex {
  const { actions, byType, byStatus, byCategory, names, byActor, byTarget, byDoc, ordered } = tables;
  let ordinal: Map<string, number> | undefined;
  const ordinals = () => {
    if (!ordinal) {
      ordinal = new Map();
      for (let i = 0; i < actions.length; i++) ordinal.set(actions[i]!, i);
    }
    return ordinal;
  };
  let dated: DatedAction[] | undefined;
  const datedActions = () => {
    if (!dated) {
      dated = [];
      // Dates repeat (a few thousand days across a million actions): each is parsed once.
      const ranges = new Map<string, readonly [string, string]>();
      for (const action of actions) {
        const a = graph.getNodeAttributes(action);
        const date = a.kind === "action" ? a.time?.date : undefined;
        if (!date) continue;
        let range = ranges.get(date);
        if (!range) ranges.set(date, (range = dateRange(date)));
        dated.push({ first: range[0], last: range[1], action });
      }
      dated.sort((x, y) => (x.first < y.first ? -1 : x.first > y.first ? 1 : 0));
    }
    return dated;
  };
  if (!ordered) {
    const o = ordinals();
    for (const map of [byActor, byTarget, byDoc]) for (const list of map.values()) inGraphOrder(list, o);
  }
  const listOf = (sel: Selector): readonly string[] | undefined => {
    if ("actor" in sel) return byActor.get(sel.actor);
    if ("target" in sel) return byTarget.get(sel.target);
    if ("type" in sel) return byType.get(sel.type);
    if ("status" in sel) return byStatus.get(sel.status);
    if ("doc" in sel) return byDoc.get(sel.doc);
    return undefined;
  };
  // Dated actions whose first day is <= until; those ending before `since` are dropped later.
  const datedStop = (until: string | undefined) => (until === undefined ? datedActions().length : lowerBound(datedActions(), `${until}\uffff`));
  const datedList = ({ since, until }: { since?: string; until?: string }) => {
    const dated = datedActions();
    const inRange: string[] = [];
    for (let i = 0, stop = datedStop(until); i < stop; i++) if (since === undefined || dated[i]!.last >= since) inRange.push(dated[i]!.action);
    return inGraphOrder(inRange, ordinals());
  };

  return {
    graph,
    actions,
    get ordinal() {
      return ordinals();
    },
    byActor,
    byTarget,
    byDoc,
    byType,
    byStatus,
    byCategory,
    names,
    get dated() {
      return datedActions();
    },

    actionCount: actions.length,
    allActions: () => actions,
    size: (sel) => ("dated" in sel ? datedStop(sel.dated.until) : (listOf(sel)?.length ?? 0)),
    select(selectors) {
      const lists = selectors.map((sel) => ("dated" in sel ? datedList(sel.dated) : listOf(sel))).filter((l): l is readonly string[] => l !== undefined && l.length > 0);
      if (lists.length <= 1) return lists[0] ?? [];
      return inGraphOrder([...new Set(lists.flat())], ordinals());
    },
    actionViews(ids) {
      const views: ActionView[] = [];
      for (const id of ids) {
        if (!graph.hasNode(id)) continue;
        const attributes = graph.getNodeAttributes(id);
        if (attributes.kind !== "action") continue;
        const actors: string[] = [];
        const targets: string[] = [];
        const docs: string[] = [];
        graph.forEachInEdge(id, (_e, e, s) => {
          if (e.kind === "actor") actors.push(s);
        });
        graph.forEachOutEdge(id, (_e, e, _s, t) => {
          if (e.kind === "target") targets.push(t);
          else if (e.kind === "source") docs.push(t);
        });
        views.push({ id, attributes, actors, targets, docs });
      }
      return views;
    },
    entity(id) {
      if (!graph.hasNode(id)) return undefined;
      const a = graph.getNodeAttributes(id);
      return a.kind === "entity" ? { id, name: a.name, category: a.category } : undefined;
    },
    entitiesOfCategory: (category) => byCategory.get(category) ?? [],
    namesFor: (key) => names.get(key) ?? [],
    nameEntries: () => names,
    documentTitle(id) {
      if (!graph.hasNode(id)) return undefined;
      const a = graph.getNodeAttributes(id);
      return a.kind === "document" ? a.title : undefined;
    },
    documentIds(limit) {
      const docs: string[] = [];
      graph.someNode((n, a) => {
        if (a.kind === "document") docs.push(n);
        return docs.length >= limit;
      });
      return docs;
    },
    node(id) {
      if (!graph.hasNode(id)) return undefined;
      const a = graph.getNodeAttributes(id);
      return { kind: a.kind, label: nodeLabel(a) };
    },
    steps(node, direction) {
      const steps: Step[] = [];
      forEachStep(graph, node, direction, (s) => steps.push(s));
      return steps;
    },
    roleCounts(role) {
      const counts: EntityCount[] = [];
      for (const [id, list] of role === "actors" ? byActor : byTarget) {
        const a = graph.getNodeAttributes(id);
        if (a.kind === "entity") counts.push({ id, name: a.name, category: a.category, actions: list.length });
      }
      return counts;
    },
  };
}
