import { mkdirSync, renameSync, rmSync, statSync } from "node:fs";
import { basename, dirname, join } from "node:path";
import type { RegkgGraph } from "../graph/index.ts";
import { normalizeName } from "../query/normalize.ts";
import { dateRange } from "../query/dates.ts";
import { edgeKey, EnvironmentError, SCHEMA_VERSION } from "../schema/index.ts";
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

const nul = <T>(v: T | undefined): T | null => (v === undefined ? null : v);
const json = (v: unknown): string | null => (v === undefined ? null : JSON.stringify(v));

/**
 * Write a graph (already validated) as a regkg SQLite store. The file is written under a
 * temporary name beside `file` and renamed over it only when complete, so a reader sees the
 * old store or the new one, never half of one; a failure leaves nothing behind.
 */
export function writeStore(graph: RegkgGraph, file: string, options: { source?: StoreSource } = {}): WrittenStore {
  const dir = dirname(file);
  const tmp = join(dir, `.${basename(file)}.${process.pid}.${Date.now()}.tmp`);
  let db: Db | undefined;
  try {
    mkdirSync(dir, { recursive: true });
    db = openDatabase(tmp, {});
    fill(db, graph, options.source);
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
  return { nodes: graph.order, edges: graph.size, bytes: statSync(file).size };
}

function fill(db: Db, graph: RegkgGraph, source: StoreSource | undefined): void {
  // A fresh file nobody else reads until it is renamed into place: no journal, no fsync.
  db.pragma("journal_mode = OFF");
  db.pragma("synchronous = OFF");
  db.pragma("locking_mode = EXCLUSIVE");
  db.pragma("cache_size = -262144");
  db.pragma(`application_id = ${APPLICATION_ID}`);
  db.pragma(`user_version = ${STORE_VERSION}`);
  db.exec(TABLES);

  const insertDoc = db.prepare("INSERT INTO documents VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)");
  const insertEntity = db.prepare("INSERT INTO entities VALUES (?,?,?,?,?,?,?,?,?,?,0,0)");
  const insertName = db.prepare("INSERT INTO names VALUES (?,?,?,?,?)");
  const insertAction = db.prepare("INSERT INTO actions VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)");
  const insertEvidence = db.prepare("INSERT INTO evidence VALUES (?,?,?,?,?,?)");
  const insertRole = db.prepare("INSERT INTO roles VALUES (?,?,?,?,?,?,?)");
  const insertSource = db.prepare("INSERT INTO sources VALUES (?,?,?,?)");
  const insertRelation = db.prepare("INSERT INTO relations VALUES (?,?,?,?,?,?,?,?,?,?)");

  const docN = new Map<string, number>();
  const entityN = new Map<string, number>();
  const actionN = new Map<string, number>();

  db.transaction(() => {
    // Documents and entities first, so evidence and edges can refer to their numbers; actions
    // after, each table in graph order.
    const actions: [string, number][] = [];
    let ord = 0;
    graph.forEachNode((id, a) => {
      if (a.kind === "document") {
        const n = docN.size + 1;
        docN.set(id, n);
        insertDoc.run(n, id, ord, a.title, nul(a.publisher), nul(a.url), nul(a.published), a.language, nul(a.licence), nul(a.split), a.text, nul(a.x), nul(a.y));
      } else if (a.kind === "entity") {
        const n = entityN.size + 1;
        entityN.set(id, n);
        insertEntity.run(n, id, ord, a.name, a.category, nul(a.nameZh), nul(a.description), nul(a.review), nul(a.x), nul(a.y));
        let pos = 0;
        const name = (kind: string, text: string) => insertName.run(n, pos++, kind, text, normalizeName(text));
        name("id", id);
        name("name", a.name);
        for (const alias of a.aliases) name("alias", alias);
        if (a.nameZh) name("name_zh", a.nameZh);
      } else actions.push([id, ord]);
      ord++;
    });
    for (const [id, nodeOrd] of actions) {
      const a = graph.getNodeAttributes(id);
      if (a.kind !== "action") continue;
      const n = actionN.size + 1;
      actionN.set(id, n);
      const date = a.time?.date;
      const [first, last] = date ? dateRange(date) : [null, null];
      insertAction.run(
        n, id, nodeOrd, a.actionType, a.status, a.summary, nul(date), first, last, json(a.time), json(a.quantity),
        nul(a.attribution), a.method, nul(a.review), nul(a.x), nul(a.y),
      );
      a.evidence.forEach((ev, pos) => {
        const doc = docN.get(ev.doc);
        if (doc === undefined) throw new Error(`internal: evidence of ${id} cites "${ev.doc}", which is not a document of the graph`);
        insertEvidence.run(n, pos, doc, ev.start, ev.end, ev.quote);
      });
    }

    // Where each edge stands among its entity's edges (out-edges, then in-edges): hubs have
    // tens of thousands, so these are worked out once per entity, not per edge.
    const atSource = new Map<string, number>();
    const atTarget = new Map<string, number>();
    for (const entity of entityN.keys()) {
      let pos = 0;
      graph.forEachOutEdge(entity, (edge) => void atSource.set(edge, pos++));
      graph.forEachInEdge(entity, (edge) => void atTarget.set(edge, pos++));
    }
    // An action has a handful of edges, and its edges mostly come together: one action's
    // positions are kept at a time.
    let current: string | undefined;
    let atAction = new Map<string, number>();
    const actionPos = (action: string, edge: string) => {
      if (action !== current) {
        current = action;
        atAction = new Map();
        let pos = 0;
        graph.forEachOutEdge(action, (e) => void atAction.set(e, pos++));
        graph.forEachInEdge(action, (e) => void atAction.set(e, pos++));
      }
      return atAction.get(edge)!;
    };
    const own = (key: string, derived: string) => (key === derived ? null : key);

    let edgeOrd = 0;
    graph.forEachEdge((key, e, source, target) => {
      const ord = edgeOrd++;
      switch (e.kind) {
        case "actor":
          insertRole.run(actionN.get(target), entityN.get(source), "actor", ord, actionPos(target, key), atSource.get(key), own(key, edgeKey("actor", source, target)));
          break;
        case "target":
        case "basis":
        case "attribution":
          insertRole.run(actionN.get(source), entityN.get(target), e.kind, ord, actionPos(source, key), atTarget.get(key), own(key, edgeKey(e.kind, source, target)));
          break;
        case "source":
          insertSource.run(actionN.get(source), docN.get(target), ord, own(key, edgeKey("source", source, target)));
          break;
        case "relation":
          insertRelation.run(
            null, entityN.get(source), entityN.get(target), e.relType, nul(e.title), json(e.evidence),
            ord, atSource.get(key), atTarget.get(key), own(key, edgeKey("relation", source, target, e.relType)),
          );
          break;
      }
    });
  })();

  db.exec(INDEXES);
  db.exec(`UPDATE entities SET
    actions_as_actor = (SELECT count(*) FROM roles WHERE roles.entity = entities.n AND role = 'actor'),
    actions_as_target = (SELECT count(*) FROM roles WHERE roles.entity = entities.n AND role = 'target')`);
  const meta: Record<string, string | number> = {
    store_version: STORE_VERSION,
    graph_schema_version: SCHEMA_VERSION,
    graph_attributes: JSON.stringify(graph.getAttributes()),
    allow_self_loops: graph.allowSelfLoops ? 1 : 0,
    nodes: graph.order,
    edges: graph.size,
    documents: docN.size,
    entities: entityN.size,
    actions: actionN.size,
    ...(source ? { source_kind: source.kind, source_sha256: source.sha256, ...(source.path ? { source: source.path } : {}) } : {}),
  };
  const insertMeta = db.prepare("INSERT INTO meta VALUES (?, ?)");
  db.transaction(() => {
    for (const [k, v] of Object.entries(meta)) insertMeta.run(k, String(v));
  })();
  // Statistics for the query planner, from a sample: cheap, and they keep it on the indexes.
  db.pragma("analysis_limit = 1000");
  db.exec("ANALYZE");
}
