import type { RegkgGraph } from "../graph/index.ts";
import type { ActionType, EntityCategory, Status } from "../schema/index.ts";
import { dateRange } from "./dates.ts";
import { normalizeName } from "./normalize.ts";

/**
 * Lookup tables built once per graph, so that a query costs in proportion to the actions it
 * touches rather than to the size of the graph. Actions' own actors, targets and document
 * are read from the graph's adjacency (small per action) instead of being copied here.
 */
export interface QueryIndex {
  readonly graph: RegkgGraph;
  /** Every action id in answer order (compareActionIds); every list below keeps that order. */
  readonly actions: readonly string[];
  /** entity -> actions it performed / suffered / document -> actions it states. */
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

/**
 * The order answers come in: by document, then by the action's number, so output is stable
 * whichever index a query starts from.
 */
export function compareActionIds(a: string, b: string): number {
  const i = a.lastIndexOf(":");
  const j = b.lastIndexOf(":");
  const docA = a.slice(0, i);
  const docB = b.slice(0, j);
  if (docA !== docB) return docA < docB ? -1 : 1;
  return Number(a.slice(i + 1)) - Number(b.slice(j + 1));
}

export function buildQueryIndex(graph: RegkgGraph): QueryIndex {
  const actions: string[] = [];
  const byActor = new Map<string, string[]>();
  const byTarget = new Map<string, string[]>();
  const byDoc = new Map<string, string[]>();
  const byType = new Map<ActionType, string[]>();
  const byStatus = new Map<Status, string[]>();
  const byCategory = new Map<EntityCategory, string[]>();
  const names = new Map<string, string[]>();
  const dated: DatedAction[] = [];

  graph.forEachNode((node, a) => {
    if (a.kind === "entity") {
      push(byCategory, a.category, node);
      const keys = new Set([node, a.name, ...a.aliases, ...(a.nameZh ? [a.nameZh] : [])].map(normalizeName));
      for (const key of keys) push(names, key, node);
    } else if (a.kind === "action") actions.push(node);
  });
  // Sort on keys parsed once: comparing ids directly re-slices both strings on each of the
  // n log n comparisons, which dominated index building at 10^6 actions.
  const keyed = actions.map((id) => {
    const i = id.lastIndexOf(":");
    return { id, doc: id.slice(0, i), n: Number(id.slice(i + 1)) };
  });
  keyed.sort((a, b) => (a.doc < b.doc ? -1 : a.doc > b.doc ? 1 : a.n - b.n));
  for (let i = 0; i < keyed.length; i++) actions[i] = keyed[i]!.id;
  for (const action of actions) {
    const a = graph.getNodeAttributes(action);
    if (a.kind !== "action") continue;
    push(byType, a.actionType, action);
    push(byStatus, a.status, action);
    if (a.time?.date) {
      const [first, last] = dateRange(a.time.date);
      dated.push({ first, last, action });
    }
    graph.forEachInEdge(action, (_e, e, source) => {
      if (e.kind === "actor") push(byActor, source, action);
    });
    graph.forEachOutEdge(action, (_e, e, _s, target) => {
      if (e.kind === "target") push(byTarget, target, action);
      else if (e.kind === "source") push(byDoc, target, action);
    });
  }
  dated.sort((x, y) => (x.first < y.first ? -1 : x.first > y.first ? 1 : 0));
  return { graph, actions, byActor, byTarget, byDoc, byType, byStatus, byCategory, names, dated };
}
