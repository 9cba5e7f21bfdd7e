import type { RegkgGraph } from "../graph/index.ts";
import type { ActionType, EntityCategory, Status } from "../schema/index.ts";
import { dateRange } from "./dates.ts";
import { normalizeName } from "./normalize.ts";

/**
 * Lookup tables built once per graph, so that a query costs in proportion to the actions it
 * touches rather than to the size of the graph. Every list of actions is in graph order (for a
 * graph regkg built: by document, then by the action's number), which is the order answers
 * come in whichever list a query starts from.
 */
export interface QueryIndex {
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

/** Put a list of action ids into graph order, unless it already is (the usual case). */
export function inGraphOrder(list: string[], ordinal: ReadonlyMap<string, number>): string[] {
  for (let i = 1; i < list.length; i++) {
    if (ordinal.get(list[i - 1]!)! > ordinal.get(list[i]!)!) return list.sort((a, b) => ordinal.get(a)! - ordinal.get(b)!);
  }
  return list;
}

export function buildQueryIndex(graph: RegkgGraph): QueryIndex {
  const actions: string[] = [];
  const ordinal = new Map<string, number>();
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
    } else if (a.kind === "action") {
      ordinal.set(node, actions.length);
      actions.push(node);
      push(byType, a.actionType, node);
      push(byStatus, a.status, node);
      if (a.time?.date) {
        const [first, last] = dateRange(a.time.date);
        dated.push({ first, last, action: node });
      }
    }
  });
  // One pass over the edges. Edges are usually stored in the order of their actions; a list
  // that receives an action out of that order is noted and sorted afterwards.
  const lastOrdinal = new Map<string[], number>();
  const unsorted = new Set<string[]>();
  const add = (map: Map<string, string[]>, key: string, action: string) => {
    let list = map.get(key);
    if (!list) map.set(key, (list = []));
    const n = ordinal.get(action)!;
    if (n < (lastOrdinal.get(list) ?? -1)) unsorted.add(list);
    lastOrdinal.set(list, n);
    list.push(action);
  };
  graph.forEachEdge((_edge, e, source, target) => {
    if (e.kind === "actor") add(byActor, source, target);
    else if (e.kind === "target") add(byTarget, target, source);
    else if (e.kind === "source") add(byDoc, target, source);
  });
  for (const list of unsorted) list.sort((a, b) => ordinal.get(a)! - ordinal.get(b)!);
  dated.sort((x, y) => (x.first < y.first ? -1 : x.first > y.first ? 1 : 0));
  return { graph, actions, ordinal, byActor, byTarget, byDoc, byType, byStatus, byCategory, names, dated };
}
