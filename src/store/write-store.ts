import { mkdirSync, renameSync, rmSync, statSync } from "node:fs";
import { basename, dirname, join } from "node:path";
import type { RegkgGraph } from "../graph/index.ts";
import { normalizeName } from "../query/normalize.ts";
import { dateRange } from "../query/dates.ts";
import { EnvironmentError, isEdgeKey, SCHEMA_VERSION, type GraphAttributes, type GraphFile } from "../schema/index.ts";
import { edgePositionsFromGraph, edgePositionsInOrder, type EdgeList } from "./edge-positions.ts";
import { APPLICATION_ID, INDEXES, STORE_VERSION, TABLES } from "./schema.ts";
import { isSqliteError, openDatabase, type Db } from "./sqlite.ts";

/** What a store was made from, kept in its meta table. */
export interface StoreSource {
  /** graph-data, graph-json, store, synth, ... */
  kind: string;
  /** The path as the user gave it, if any. */
  path?: string;
  /** sha256 (hex) of what it was made from: the file's bytes, or graph-data's files. */
  sha256: string;
}

export interface WrittenStore {
  nodes: number;
  edges: number;
  bytes: number;
}

type NodeRecord = GraphFile["nodes"][number];
type EdgeRecord = GraphFile["edges"][number];

/**
 * A valid graph given as its records: its nodes in graph order and its edges in graph order,
 * mixed as the producer likes so long as each edge comes after both its nodes (a graph file's
 * order, or a generator's, which emits each document's edges with its nodes). What
 * `regkg synth` generates, without ever building the graph in memory.
 */
export interface StoreParts {
  /** Read only once all the records have been read (a file may give them after its nodes and edges). */
  attributes: GraphAttributes;
  allowSelfLoops: boolean;
  records: Iterable<NodeRecord | PlacedEdge>;
  /**
   * Where a node stands among the node records (0 for the first), for a producer that keeps
   * such an index anyway (GraphRecordChecker does, for its own checks): the writer then keeps
   * none of its own. It may answer for nodes not yet handed over. Its edges should then be
   * PlacedEdges: at a million actions, looking each edge's nodes up by id again costs seconds.
   */
  placeOf?: (id: string) => number | undefined;
}

/**
 * An edge record that says where its nodes stand among the node records (see StoreParts.placeOf),
 * and whether its key is its own rather than the one edgeKey derives from its ends.
 */
export type PlacedEdge = EdgeRecord & { sourcePlace?: number; targetPlace?: number; ownKey?: boolean };

const nul = <T>(v: T | undefined): T | null => (v === undefined ? null : v);
const json = (v: unknown): string | null => (v === undefined ? null : JSON.stringify(v));

/**
 * Write a graph (already validated) as a regkg SQLite store. The file is written under a
 * temporary name beside `file` and renamed over it only when complete, so a reader sees the
 * old store or the new one, never half of one; a failure leaves nothing behind.
 */
export function writeStore(graph: RegkgGraph, file: string, options: { source?: StoreSource } = {}): WrittenStore {
  const parts: StoreParts = {
    attributes: graph.getAttributes(),
    allowSelfLoops: graph.allowSelfLoops,
    records: (function* () {
      for (const { node, attributes } of graph.nodeEntries()) yield { key: node, attributes };
      for (const { edge, attributes, source, target } of graph.edgeEntries()) yield { key: edge, source, target, attributes };
    })(),
  };
  // The graph itself says in which order it walks each node's edges.
  return writeAtomically(file, (db) => fill(db, parts, (edges) => edgePositionsFromGraph(graph, edges), options.source));
}

/**
 * writeStore for a graph given as its records (StoreParts), which are read once and never all
 * held: the order in which graphology would walk each node's edges is worked out from the
 * order of the records, as graphology would build it from them.
 */
export function writeStoreParts(parts: StoreParts, file: string, options: { source?: StoreSource | (() => StoreSource) } = {}): WrittenStore {
  return writeAtomically(file, (db) => fill(db, parts, edgePositionsInOrder, options.source));
}

function writeAtomically(file: string, work: (db: Db) => { nodes: number; edges: number }): WrittenStore {
  const dir = dirname(file);
  const tmp = join(dir, `.${basename(file)}.${process.pid}.${Date.now()}.tmp`);
  let db: Db | undefined;
  let counts: { nodes: number; edges: number };
  try {
    mkdirSync(dir, { recursive: true });
    db = openDatabase(tmp, {});
    counts = work(db);
    db.close();
    db = undefined;
    renameSync(tmp, file);
  } catch (err) {
    try {
      db?.close();
    } catch {
      // the error that got us here is the one to report
    }
    try {
      rmSync(tmp, { force: true });
    } catch {
      // nothing was created (the folder itself cannot be made)
    }
    const code = (err as NodeJS.ErrnoException).code;
    if (err instanceof Error && code && (isSqliteError(err) ? /^SQLITE_(CANTOPEN|FULL|IOERR|READONLY|PERM)/.test(code) : /^E[A-Z]+$/.test(code))) {
      throw new EnvironmentError(`${file}: cannot write the store here: ${err.message}`);
    }
    throw err;
  }
  return { ...counts, bytes: statSync(file).size };
}

/**
 * Rows go to SQLite many at a time: one multi-row INSERT per `ROWS` rows costs about half of
 * as many single-row ones (each call into SQLite has its own overhead).
 */
const ROWS = 64;

class Inserter {
  private readonly many;
  private readonly one;
  private readonly args: unknown[] = [];
  private readonly width: number;

  constructor(db: Db, table: string, columns: number) {
    const row = `(${Array(columns).fill("?").join(",")})`;
    this.many = db.prepare(`INSERT INTO ${table} VALUES ${Array(ROWS).fill(row).join(",")}`);
    this.one = db.prepare(`INSERT INTO ${table} VALUES ${row}`);
    this.width = columns;
  }

  row(...values: unknown[]): void {
    for (const v of values) this.args.push(v);
    if (this.args.length === this.width * ROWS) {
      this.many.run(this.args);
      this.args.length = 0;
    }
  }

  flush(): void {
    for (let i = 0; i < this.args.length; i += this.width) this.one.run(this.args.slice(i, i + this.width));
    this.args.length = 0;
  }
}

/** Node kinds as numbers, in the low bits of a node's code (its number in its own table above them). */
const DOC = 0;
const ENTITY = 1;
const ACTION = 2;
/** Edge kinds as numbers, for the compact list of edges. */
const EDGE_KIND = { actor: 0, target: 1, basis: 2, attribution: 3, source: 4, relation: 5 } as const;
const ROLE_NAMES = ["actor", "target", "basis", "attribution"] as const;

function fill(
  db: Db,
  parts: StoreParts,
  positions: (edges: EdgeList) => { sourcePos: Int32Array; targetPos: Int32Array },
  given: StoreSource | (() => StoreSource) | undefined,
): { nodes: number; edges: number } {
  // A fresh file nobody else reads until it is renamed into place: no journal, no fsync.
  db.pragma("journal_mode = OFF");
  db.pragma("synchronous = OFF");
  db.pragma("locking_mode = EXCLUSIVE");
  db.pragma("cache_size = -262144");
  // Rows go in many at a time, a table's before the rows they point to are all in; the writer
  // numbers them itself (tests run foreign_key_check on what it writes).
  db.pragma("foreign_keys = OFF");
  db.pragma(`application_id = ${APPLICATION_ID}`);
  db.pragma(`user_version = ${STORE_VERSION}`);
  db.exec(TABLES);

  const documents = new Inserter(db, "documents", 13);
  const entities = new Inserter(db, "entities", 12);
  const names = new Inserter(db, "names", 5);
  const actions = new Inserter(db, "actions", 16);
  const evidence = new Inserter(db, "evidence", 6);
  const roles = new Inserter(db, "roles", 7);
  const sources = new Inserter(db, "sources", 4);
  const relations = new Inserter(db, "relations", 10);

  const count = [0, 0, 0];
  /** Each node's place in graph order, by id (unless the producer keeps it); edges name their nodes by it. */
  const index = parts.placeOf ? undefined : new Map<string, number>();
  const placeOf = parts.placeOf ?? ((id: string) => index!.get(id));
  /** By place in graph order: the node's number in its own table (from 1, in graph order) * 4 + its kind. */
  const nodeCodes: number[] = [];
  /** Undefined for a node not given yet. */
  const codeOf = (id: string): number | undefined => {
    const i = placeOf(id);
    return i === undefined ? undefined : nodeCodes[i];
  };
  // Dates repeat across actions: each is worked out once.
  const ranges = new Map<string, [string, string]>();
  let lastDoc: string | undefined;
  let lastDocCode: number | undefined;
  // Evidence citing a document listed after its action waits for the document's number.
  const later: { id: string; action: number; pos: number; doc: string; start: number; end: number; quote: string }[] = [];
  const edges: EdgeList = { nodes: 0, count: 0, kind: new Uint8Array(1024), source: new Int32Array(1024), target: new Int32Array(1024) };
  const ownKeys = new Map<number, string>();
  const relationAttrs = new Map<number, GraphFile["edges"][number]["attributes"] & { kind: "relation" }>();

  // The edges are kept compactly (kinds and node indexes) until each one's place among its
  // nodes' edges is known; only what is not derived from them is kept besides.
  const edge = ({ key, source: s, target: t, attributes: a, sourcePlace, targetPlace, ownKey }: PlacedEdge) => {
    const e = edges.count++;
    if (e === edges.kind.length) grow(edges);
    const from = sourcePlace ?? placeOf(s);
    const to = targetPlace ?? placeOf(t);
    if (from === undefined || to === undefined || from >= nodeCodes.length || to >= nodeCodes.length) {
      throw new Error(`internal: edge ${key} comes before its node ${from === undefined || from >= nodeCodes.length ? s : t}`);
    }
    edges.kind[e] = EDGE_KIND[a.kind];
    edges.source[e] = from;
    edges.target[e] = to;
    if (a.kind === "relation") {
      relationAttrs.set(e, a);
      if (ownKey ?? !isEdgeKey(key, "relation", s, t, a.relType)) ownKeys.set(e, key);
    } else if (ownKey ?? !isEdgeKey(key, a.kind, s, t)) ownKeys.set(e, key);
  };

  db.transaction(() => {
    let ord = 0;
    for (const record of parts.records) {
      if ("source" in record) {
        edge(record);
        continue;
      }
      const { key: id, attributes: a } = record;
      if (a.kind === "document") {
        const n = ++count[DOC]!;
        nodeCodes.push(n * 4 + DOC);
        documents.row(n, id, ord, a.title, nul(a.publisher), nul(a.url), nul(a.published), a.language, nul(a.licence), nul(a.split), a.text, nul(a.x), nul(a.y));
      } else if (a.kind === "entity") {
        const n = ++count[ENTITY]!;
        nodeCodes.push(n * 4 + ENTITY);
        entities.row(n, id, ord, a.name, a.category, nul(a.nameZh), nul(a.description), nul(a.review), nul(a.x), nul(a.y), 0, 0);
        let pos = 0;
        const name = (kind: string, text: string) => names.row(n, pos++, kind, text, normalizeName(text));
        name("id", id);
        name("name", a.name);
        for (const alias of a.aliases) name("alias", alias);
        if (a.nameZh) name("name_zh", a.nameZh);
      } else {
        const n = ++count[ACTION]!;
        nodeCodes.push(n * 4 + ACTION);
        const date = a.time?.date;
        let range: [string, string] | [null, null] = [null, null];
        if (date) {
          range = ranges.get(date) ?? (dateRange(date) as [string, string]);
          ranges.set(date, range);
        }
        actions.row(
          n, id, ord, a.actionType, a.status, a.summary, nul(date), range[0], range[1], json(a.time), json(a.quantity),
          nul(a.attribution), a.method, nul(a.review), nul(a.x), nul(a.y),
        );
        a.evidence.forEach((ev, pos) => {
          // Consecutive actions mostly cite the same document: its code is looked up once.
          if (ev.doc !== lastDoc || lastDocCode === undefined) {
            lastDoc = ev.doc;
            lastDocCode = codeOf(ev.doc);
          }
          const doc = lastDocCode;
          if (doc !== undefined && (doc & 3) === DOC) evidence.row(n, pos, doc >> 2, ev.start, ev.end, ev.quote);
          else later.push({ id, action: n, pos, doc: ev.doc, start: ev.start, end: ev.end, quote: ev.quote });
        });
      }
      index?.set(id, ord);
      ord++;
    }
    for (const ev of later) {
      const doc = codeOf(ev.doc);
      if (doc === undefined || (doc & 3) !== DOC) throw new Error(`internal: evidence of ${ev.id} cites "${ev.doc}", which is not a document of the graph`);
      evidence.row(ev.action, ev.pos, doc >> 2, ev.start, ev.end, ev.quote);
    }
    documents.flush();
    entities.flush();
    names.flush();
    actions.flush();
    evidence.flush();

    edges.nodes = nodeCodes.length;
    const { sourcePos, targetPos } = positions(edges);

    for (let i = 0; i < edges.count; i++) {
      const s = nodeCodes[edges.source[i]!]! >> 2;
      const t = nodeCodes[edges.target[i]!]! >> 2;
      const own = ownKeys.get(i) ?? null;
      const kind = edges.kind[i]!;
      if (kind === EDGE_KIND.actor) roles.row(t, s, "actor", i, targetPos[i], sourcePos[i], own);
      else if (kind <= EDGE_KIND.attribution) roles.row(s, t, ROLE_NAMES[kind], i, sourcePos[i], targetPos[i], own);
      else if (kind === EDGE_KIND.source) sources.row(s, t, i, own);
      else {
        const r = relationAttrs.get(i)!;
        relations.row(null, s, t, r.relType, nul(r.title), json(r.evidence), i, sourcePos[i], targetPos[i], own);
      }
    }
    roles.flush();
    sources.flush();
    relations.flush();
  })();

  db.exec(INDEXES);
  db.exec(`UPDATE entities SET
    actions_as_actor = (SELECT count(*) FROM roles WHERE roles.entity = entities.n AND role = 'actor'),
    actions_as_target = (SELECT count(*) FROM roles WHERE roles.entity = entities.n AND role = 'target')`);
  const nodes = nodeCodes.length;
  // Asked only now: what it was made from may be known only once it has all been read (a file's hash).
  const source = typeof given === "function" ? given() : given;
  const meta: Record<string, string | number> = {
    store_version: STORE_VERSION,
    graph_schema_version: SCHEMA_VERSION,
    graph_attributes: JSON.stringify(parts.attributes),
    allow_self_loops: parts.allowSelfLoops ? 1 : 0,
    nodes,
    edges: edges.count,
    documents: count[DOC]!,
    entities: count[ENTITY]!,
    actions: count[ACTION]!,
    ...(source ? { source_kind: source.kind, source_sha256: source.sha256, ...(source.path ? { source: source.path } : {}) } : {}),
  };
  const insertMeta = db.prepare("INSERT INTO meta VALUES (?, ?)");
  db.transaction(() => {
    for (const [k, v] of Object.entries(meta)) insertMeta.run(k, String(v));
  })();
  // Statistics for the query planner, from a sample: cheap, and they keep it on the indexes.
  db.pragma("analysis_limit = 1000");
  db.exec("ANALYZE");
  return { nodes, edges: edges.count };
}

function grow(edges: EdgeList): void {
  const kind = new Uint8Array(edges.kind.length * 2);
  kind.set(edges.kind);
  const source = new Int32Array(edges.source.length * 2);
  source.set(edges.source);
  const target = new Int32Array(edges.target.length * 2);
  target.set(edges.target);
  Object.assign(edges, { kind, source, target });
}
