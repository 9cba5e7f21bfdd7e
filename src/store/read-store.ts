import { graphFromFile, type GraphStats, type RegkgGraph } from "../graph/index.ts";
import { ACTION_TYPES, EDGE_KINDS, ENTITY_CATEGORIES, NODE_KINDS, STATUSES, type EdgeAttributes, type Evidence, type GraphFile, type NodeAttributes } from "../schema/index.ts";
import { edgeKey } from "../schema/index.ts";
import { openStore, corrupt, type OpenStore } from "./open-store.ts";
import { ACTION_COLUMNS, actionAttributes } from "./sqlite-backend.ts";
import { isSqliteError } from "./sqlite.ts";

type Row = unknown[];

function present<T extends object>(obj: T): T {
  const out = {} as T;
  for (const key of Object.keys(obj) as (keyof T)[]) if (obj[key] !== null && obj[key] !== undefined) out[key] = obj[key];
  return out;
}

function guarded<T>(store: OpenStore, work: () => T): T {
  try {
    return work();
  } catch (err) {
    if (isSqliteError(err)) throw corrupt(store.shown, err);
    throw err;
  } finally {
    try {
      store.db.close();
    } catch {
      // a read that failed halfway leaves a statement open; the process is ending with its error
    }
  }
}

/** Merge lists that are each sorted by their first element (a node's or an edge's place in the graph). */
function* byOrd<T>(...lists: Iterable<[number, T]>[]): Generator<T> {
  const its = lists.map((l) => l[Symbol.iterator]());
  const heads = its.map((it) => it.next());
  for (;;) {
    let best = -1;
    for (let i = 0; i < heads.length; i++) if (!heads[i]!.done && (best < 0 || heads[i]!.value![0] < heads[best]!.value![0])) best = i;
    if (best < 0) return;
    yield heads[best]!.value![1];
    heads[best] = its[best]!.next();
  }
}

/**
 * The whole graph a store holds, checked as a graph JSON file is (schema and integrity), with
 * its nodes and edges in their original order. Attributes come back in the schema's key order.
 * For commands that need every node (validate, export); queries use StoreBackend instead.
 */
export function readStoreGraph(file: string, shown = file): RegkgGraph {
  const store = openStore(file, shown);
  const raw = guarded(store, () => storeAsGraphFile(store));
  return graphFromFile(raw, shown);
}

function storeAsGraphFile({ db, meta }: OpenStore): GraphFile {
  const all = (sql: string) => db.prepare(sql).raw(true).iterate() as IterableIterator<Row>;
  const docIds: string[] = [];
  const entityIds: string[] = [];
  const actionIds: string[] = [];

  const documents: [number, GraphFile["nodes"][number]][] = [];
  for (const [n, id, ord, title, publisher, url, published, language, licence, split, text, x, y] of all("SELECT * FROM documents ORDER BY n")) {
    docIds[n as number] = id as string;
    const attributes = present({ kind: "document", title, publisher, url, published, language, licence, split, text, x, y }) as NodeAttributes;
    documents.push([ord as number, { key: id as string, attributes }]);
  }

  const aliases = all("SELECT entity, name FROM names WHERE kind = 'alias' ORDER BY entity, pos");
  let alias = aliases.next();
  const entities: [number, GraphFile["nodes"][number]][] = [];
  for (const [n, id, ord, name, category, nameZh, description, review, x, y] of all("SELECT n, id, ord, name, category, name_zh, description, review, x, y FROM entities ORDER BY n")) {
    entityIds[n as number] = id as string;
    const list: string[] = [];
    for (; !alias.done && (alias.value[0] as number) <= (n as number); alias = aliases.next()) if (alias.value[0] === n) list.push(alias.value[1] as string);
    const attributes = present({ kind: "entity", name, category, aliases: list, nameZh, description, review, x, y }) as NodeAttributes;
    entities.push([ord as number, { key: id as string, attributes }]);
  }

  const evidenceRows = all("SELECT action, doc, char_start, char_end, quote FROM evidence ORDER BY action, pos");
  let ev = evidenceRows.next();
  const actions: [number, GraphFile["nodes"][number]][] = [];
  for (const r of all(`SELECT n, id, ord, ${ACTION_COLUMNS} FROM actions ORDER BY n`)) {
    const n = r[0] as number;
    actionIds[n] = r[1] as string;
    const evidence: Evidence[] = [];
    for (; !ev.done && (ev.value[0] as number) <= n; ev = evidenceRows.next()) {
      const [action, doc, start, end, quote] = ev.value;
      if (action === n) evidence.push({ doc: docIds[doc as number]!, start: start as number, end: end as number, quote: quote as string });
    }
    actions.push([r[2] as number, { key: r[1] as string, attributes: actionAttributes(r.slice(3), evidence) }]);
  }

  type E = GraphFile["edges"][number];
  const edge = (key: unknown, source: string, target: string, attributes: EdgeAttributes, derived: string): E => ({ key: (key as string | null) ?? derived, source, target, attributes });
  const roles = function* (): Generator<[number, E]> {
    for (const [ord, action, entity, role, key] of all("SELECT ord, action, entity, role, edge FROM roles ORDER BY rowid")) {
      const a = actionIds[action as number]!;
      const e = entityIds[entity as number]!;
      const kind = role as "actor" | "target" | "basis" | "attribution";
      yield [ord as number, kind === "actor" ? edge(key, e, a, { kind }, edgeKey(kind, e, a)) : edge(key, a, e, { kind }, edgeKey(kind, a, e))];
    }
  };
  const sources = function* (): Generator<[number, E]> {
    for (const [ord, action, doc, key] of all("SELECT ord, action, doc, edge FROM sources ORDER BY rowid")) {
      const a = actionIds[action as number]!;
      const d = docIds[doc as number]!;
      yield [ord as number, edge(key, a, d, { kind: "source" }, edgeKey("source", a, d))];
    }
  };
  const relations = function* (): Generator<[number, E]> {
    for (const [ord, source, target, relType, title, evidence, key] of all("SELECT ord, source, target, rel_type, title, evidence, edge FROM relations ORDER BY n")) {
      const s = entityIds[source as number]!;
      const t = entityIds[target as number]!;
      const attributes = present({ kind: "relation", relType, title, evidence: evidence === null ? null : JSON.parse(evidence as string) }) as EdgeAttributes;
      yield [ord as number, edge(key, s, t, attributes, edgeKey("relation", s, t, relType as string))];
    }
  };

  return {
    attributes: JSON.parse(meta.get("graph_attributes") ?? "{}"),
    options: { type: "directed", multi: true, allowSelfLoops: meta.get("allow_self_loops") === "1" },
    nodes: [...byOrd(documents, entities, actions)],
    edges: [...byOrd(roles(), sources(), relations())],
  };
}

/** Counts by kind, category, type, status and edge kind, from the store's indexes (no graph loaded). */
export function storeStats(file: string, shown = file): GraphStats {
  const store = openStore(file, shown);
  return guarded(store, () => {
    const { db, meta } = store;
    const counts = (sql: string, keys: Iterable<string>) => {
      const out: Record<string, number> = Object.fromEntries([...keys].map((k) => [k, 0]));
      for (const [k, n] of db.prepare(sql).raw(true).all() as [string, number][]) out[k] = n;
      return out;
    };
    const one = (sql: string) => (db.prepare(sql).pluck().get() as number) ?? 0;
    const nodeKinds = Object.fromEntries([...NODE_KINDS].map((k) => [k, 0]));
    nodeKinds.entity = one("SELECT count(*) FROM entities");
    nodeKinds.action = one("SELECT count(*) FROM actions");
    nodeKinds.document = one("SELECT count(*) FROM documents");
    const edgeKinds = counts("SELECT role, count(*) FROM roles GROUP BY role", Object.keys(EDGE_KINDS));
    edgeKinds.source = one("SELECT count(*) FROM sources");
    edgeKinds.relation = one("SELECT count(*) FROM relations");
    return {
      nodes: Number(meta.get("nodes")),
      edges: Number(meta.get("edges")),
      nodeKinds,
      entityCategories: counts("SELECT category, count(*) FROM entities GROUP BY category", Object.keys(ENTITY_CATEGORIES)),
      actionTypes: counts("SELECT action_type, count(*) FROM actions GROUP BY action_type", Object.keys(ACTION_TYPES)),
      statuses: counts("SELECT status, count(*) FROM actions GROUP BY status", Object.keys(STATUSES)),
      edgeKinds,
      evidenceSpans: one("SELECT count(*) FROM evidence"),
    };
  });
}
