import type { ActionAttributes, ActionType, EntityCategory, Evidence, NodeAttributes, Status } from "../schema/index.ts";
import { edgeKey, kindOfId } from "../schema/index.ts";
import type { ActionView, Direction, EntityCount, EntityInfo, QueryBackend, Selector, Step } from "../query/backend.ts";
import { nodeLabel } from "../query/backend.ts";
import { corrupt, openStore, type OpenStore } from "./open-store.ts";
import { isSqliteError, type Statement } from "./sqlite.ts";

type Row = unknown[];

/** Drop the keys SQLite gave NULL for, keeping the schema's key order. */
function present<T extends object>(obj: T): T {
  const out = {} as T;
  for (const key of Object.keys(obj) as (keyof T)[]) if (obj[key] !== null && obj[key] !== undefined) out[key] = obj[key];
  return out;
}

/** An action row as the graph holds it; `evidence` is filled in by the caller. */
export function actionAttributes(r: Row, evidence: Evidence[]): ActionAttributes {
  // Columns: action_type, status, summary, time, quantity, attribution, method, review, x, y.
  return present({
    kind: "action" as const,
    actionType: r[0] as ActionType,
    status: r[1] as Status,
    summary: r[2] as string,
    time: r[3] === null ? undefined : JSON.parse(r[3] as string),
    quantity: r[4] === null ? undefined : JSON.parse(r[4] as string),
    attribution: r[5] as string | undefined,
    evidence,
    method: r[6] as string,
    review: r[7] as ActionAttributes["review"],
    x: r[8] as number | undefined,
    y: r[9] as number | undefined,
  });
}

export const ACTION_COLUMNS = "action_type, status, summary, time, quantity, attribution, method, review, x, y";

/**
 * The query engine's access methods answered from a store's tables and indexes: opening is a
 * few milliseconds whatever the graph's size, and each query reads only the rows it touches.
 * Statements are prepared on first use.
 */
export class StoreBackend implements QueryBackend {
  readonly actionCount: number;
  private readonly statements = new Map<string, Statement>();
  private readonly entities = new Map<string, EntityInfo | undefined>();
  private readonly titles = new Map<string, string | undefined>();
  /** Action id -> row number, for the actions lists handed out: their records are then read by number. */
  private readonly actionN = new Map<string, number>();

  private constructor(private readonly store: OpenStore) {
    this.actionCount = Number(store.meta.get("actions") ?? 0);
  }

  /** Open a store for queries; throws ValidationError (naming the file) when it is not a usable store. */
  static open(file: string, shown = file): StoreBackend {
    return new StoreBackend(openStore(file, shown));
  }

  close(): void {
    this.store.db.close();
  }

  /** SQLite's errors (a corrupt page read halfway) become problems with the file. */
  private guard<T>(work: () => T): T {
    try {
      return work();
    } catch (err) {
      if (isSqliteError(err)) throw corrupt(this.store.shown, err);
      throw err;
    }
  }

  private rows(sql: string, ...params: unknown[]): Row[] {
    return this.guard(() => {
      let s = this.statements.get(sql);
      if (!s) this.statements.set(sql, (s = this.store.db.prepare(sql).raw(true)));
      return s.all(...params) as Row[];
    });
  }

  private one(sql: string, ...params: unknown[]): Row | undefined {
    return this.rows(sql, ...params)[0];
  }

  *allActions(): Iterable<string> {
    const s = this.guard(() => this.store.db.prepare("SELECT id FROM actions ORDER BY n").pluck());
    const ids = this.guard(() => s.iterate());
    // Each step reads pages, and a corrupt one throws there: every step is guarded.
    for (;;) {
      const next = this.guard(() => ids.next());
      if (next.done) return;
      yield next.value as string;
    }
  }

  size(sel: Selector): number {
    let r: Row | undefined;
    if ("actor" in sel) r = this.one("SELECT actions_as_actor FROM entities WHERE id = ?", sel.actor);
    else if ("target" in sel) r = this.one("SELECT actions_as_target FROM entities WHERE id = ?", sel.target);
    else if ("type" in sel) r = this.one("SELECT count(*) FROM actions WHERE action_type = ?", sel.type);
    else if ("status" in sel) r = this.one("SELECT count(*) FROM actions WHERE status = ?", sel.status);
    else if ("doc" in sel) r = this.one("SELECT count(*) FROM sources WHERE doc = (SELECT n FROM documents WHERE id = ?)", sel.doc);
    else if (sel.dated.until !== undefined) r = this.one("SELECT count(*) FROM actions WHERE date_first <= ?", sel.dated.until);
    else r = this.one("SELECT count(*) FROM actions WHERE date_first IS NOT NULL");
    return Number(r?.[0] ?? 0);
  }

  private list(sel: Selector): Row[] {
    if ("actor" in sel || "target" in sel) {
      const [role, id] = "actor" in sel ? ["actor", sel.actor] : ["target", sel.target];
      return this.rows("SELECT a.n, a.id FROM roles r JOIN actions a ON a.n = r.action WHERE r.entity = (SELECT n FROM entities WHERE id = ?) AND r.role = ? ORDER BY r.action", id, role);
    }
    if ("type" in sel) return this.rows("SELECT n, id FROM actions WHERE action_type = ? ORDER BY n", sel.type);
    if ("status" in sel) return this.rows("SELECT n, id FROM actions WHERE status = ? ORDER BY n", sel.status);
    if ("doc" in sel) return this.rows("SELECT a.n, a.id FROM sources s JOIN actions a ON a.n = s.action WHERE s.doc = (SELECT n FROM documents WHERE id = ?) ORDER BY s.action", sel.doc);
    const { since, until } = sel.dated;
    return this.rows(
      "SELECT n, id FROM actions WHERE date_first IS NOT NULL AND (@until IS NULL OR date_first <= @until) AND (@since IS NULL OR date_last >= @since) ORDER BY n",
      { until: until ?? null, since: since ?? null },
    );
  }

  select(selectors: readonly Selector[]): readonly string[] {
    const lists = selectors.map((s) => this.list(s)).filter((l) => l.length > 0);
    for (const list of lists) for (const r of list) this.actionN.set(r[1] as string, r[0] as number);
    if (lists.length <= 1) return (lists[0] ?? []).map((r) => r[1] as string);
    const byN = new Map<number, string>();
    for (const list of lists) for (const r of list) byN.set(r[0] as number, r[1] as string);
    return [...byN].sort((a, b) => a[0] - b[0]).map((e) => e[1]);
  }

  actionViews(ids: readonly string[], { docs = true }: { docs?: boolean } = {}): ActionView[] {
    if (ids.length === 0) return [];
    const known = ids.map((id) => this.actionN.get(id));
    const rows = known.every((n) => n !== undefined)
      ? this.rows(`SELECT n, id, ${ACTION_COLUMNS} FROM actions WHERE n IN (SELECT value FROM json_each(?))`, JSON.stringify(known))
      : this.rows(`SELECT n, id, ${ACTION_COLUMNS} FROM actions WHERE id IN (SELECT value FROM json_each(?))`, JSON.stringify(ids));
    const ns = JSON.stringify(rows.map((r) => r[0]));
    const parties = new Map<number, { actors: string[]; targets: string[]; docs: string[]; evidence: Evidence[] }>();
    for (const r of rows) parties.set(r[0] as number, { actors: [], targets: [], docs: [], evidence: [] });
    // The names and titles rows will show come with the parties, so rows need no lookup of their own.
    for (const [action, role, entity, name, category] of this.rows(
      "SELECT r.action, r.role, e.id, e.name, e.category FROM roles r JOIN entities e ON e.n = r.entity WHERE r.action IN (SELECT value FROM json_each(?)) AND r.role IN ('actor', 'target') ORDER BY r.action, r.action_pos",
      ns,
    )) {
      const p = parties.get(action as number)!;
      (role === "actor" ? p.actors : p.targets).push(entity as string);
      if (!this.entities.has(entity as string)) this.entities.set(entity as string, { id: entity as string, name: name as string, category: category as EntityCategory });
    }
    if (docs) {
      for (const [action, doc] of this.rows("SELECT s.action, d.id FROM sources s JOIN documents d ON d.n = s.doc WHERE s.action IN (SELECT value FROM json_each(?))", ns)) {
        parties.get(action as number)!.docs.push(doc as string);
      }
    }
    for (const [action, doc, start, end, quote, title] of this.rows(
      "SELECT ev.action, d.id, ev.char_start, ev.char_end, ev.quote, d.title FROM evidence ev JOIN documents d ON d.n = ev.doc WHERE ev.action IN (SELECT value FROM json_each(?)) ORDER BY ev.action, ev.pos",
      ns,
    )) {
      parties.get(action as number)!.evidence.push({ doc: doc as string, start: start as number, end: end as number, quote: quote as string });
      this.titles.set(doc as string, title as string);
    }
    const byId = new Map<string, ActionView>();
    for (const r of rows) {
      const p = parties.get(r[0] as number)!;
      byId.set(r[1] as string, { id: r[1] as string, attributes: actionAttributes(r.slice(2), p.evidence), actors: p.actors, targets: p.targets, docs: p.docs });
    }
    return ids.flatMap((id) => byId.get(id) ?? []);
  }

  entity(id: string): EntityInfo | undefined {
    // Rows name the same few entities over and over; a graph has far fewer entities than actions.
    if (this.entities.has(id)) return this.entities.get(id);
    const r = this.one("SELECT name, category FROM entities WHERE id = ?", id);
    const e = r && { id, name: r[0] as string, category: r[1] as EntityCategory };
    this.entities.set(id, e);
    return e;
  }

  entitiesOfCategory(category: EntityCategory): readonly string[] {
    return this.rows("SELECT id FROM entities WHERE category = ? ORDER BY n", category).map((r) => r[0] as string);
  }

  namesFor(key: string): readonly string[] {
    return this.rows("SELECT e.id FROM entities e WHERE e.n IN (SELECT entity FROM names WHERE key = ?) ORDER BY e.n", key).map((r) => r[0] as string);
  }

  nameEntries(): Iterable<readonly [string, readonly string[]]> {
    const names = new Map<string, string[]>();
    for (const [key, id] of this.rows("SELECT nm.key, e.id FROM names nm JOIN entities e ON e.n = nm.entity ORDER BY nm.entity, nm.pos")) {
      const ids = names.get(key as string);
      if (!ids) names.set(key as string, [id as string]);
      else if (ids[ids.length - 1] !== id) ids.push(id as string);
    }
    return names;
  }

  documentTitle(id: string): string | undefined {
    if (this.titles.has(id)) return this.titles.get(id);
    const title = this.one("SELECT title FROM documents WHERE id = ?", id)?.[0] as string | undefined;
    this.titles.set(id, title);
    return title;
  }

  documentIds(limit: number): string[] {
    return this.rows("SELECT id FROM documents ORDER BY n LIMIT ?", limit).map((r) => r[0] as string);
  }

  node(id: string): { kind: NodeAttributes["kind"]; label: string } | undefined {
    switch (kindOfId(id)) {
      case "entity": {
        const e = this.entity(id);
        return e && { kind: "entity", label: e.name };
      }
      case "action": {
        const r = this.one("SELECT action_type, status, summary FROM actions WHERE id = ?", id);
        return r && { kind: "action", label: nodeLabel({ kind: "action", actionType: r[0], status: r[1], summary: r[2] } as ActionAttributes) };
      }
      case "document": {
        const title = this.documentTitle(id);
        return title === undefined ? undefined : { kind: "document", label: title };
      }
      default:
        return undefined;
    }
  }

  steps(node: string, direction: Direction): Step[] {
    const steps: Step[] = [];
    const kind = kindOfId(node);
    if (kind === "entity") {
      const rows = this.rows(
        `SELECT r.entity_pos AS pos, r.role, a.id, r.edge, NULL FROM roles r JOIN actions a ON a.n = r.action
           WHERE r.entity = (SELECT n FROM entities WHERE id = @id) AND r.role IN ('actor', 'target', 'basis')
         UNION ALL SELECT rel.source_pos, 'relation:out', e.id, rel.edge, rel.rel_type FROM relations rel JOIN entities e ON e.n = rel.target
           WHERE rel.source = (SELECT n FROM entities WHERE id = @id)
         UNION ALL SELECT rel.target_pos, 'relation:in', e.id, rel.edge, rel.rel_type FROM relations rel JOIN entities e ON e.n = rel.source
           WHERE rel.target = (SELECT n FROM entities WHERE id = @id)
         ORDER BY pos`,
        { id: node },
      );
      for (const [, role, other, edge, relType] of rows) {
        const o = other as string;
        if (role === "relation:out" || role === "relation:in") {
          const forward = role === "relation:out";
          const key = (edge as string | null) ?? (forward ? edgeKey("relation", node, o, relType as string) : edgeKey("relation", o, node, relType as string));
          steps.push({ node: o, edge: key, forward, kind: "relation", relType: relType as string });
        } else {
          const forward = role === "actor";
          const key = (edge as string | null) ?? (forward ? edgeKey("actor", node, o) : edgeKey(role as string, o, node));
          steps.push({ node: o, edge: key, forward, kind: role as Step["kind"] });
        }
      }
    } else if (kind === "action") {
      const rows = this.rows(
        "SELECT r.role, e.id, r.edge FROM roles r JOIN entities e ON e.n = r.entity WHERE r.action = (SELECT n FROM actions WHERE id = ?) AND r.role IN ('actor', 'target', 'basis') ORDER BY r.action_pos",
        node,
      );
      for (const [role, other, edge] of rows) {
        const o = other as string;
        const forward = role !== "actor";
        const key = (edge as string | null) ?? (forward ? edgeKey(role as string, node, o) : edgeKey("actor", o, node));
        steps.push({ node: o, edge: key, forward, kind: role as Step["kind"] });
      }
    }
    return direction === "both" ? steps : steps.filter((s) => s.forward === (direction === "out"));
  }

  roleCounts(role: "actors" | "targets"): EntityCount[] {
    const column = role === "actors" ? "actions_as_actor" : "actions_as_target";
    return this.rows(`SELECT id, name, category, ${column} FROM entities WHERE ${column} > 0 ORDER BY n`).map((r) => ({
      id: r[0] as string,
      name: r[1] as string,
      category: r[2] as EntityCategory,
      actions: r[3] as number,
    }));
  }
}
