import {
  NotFoundError,
  STATUSES,
  UsageError,
  type ActionAttributes,
  type ActionType,
  type EntityCategory,
  type Quantity,
  type Status,
  type Time,
} from "../schema/index.ts";
import { dateRange, isPartialDate } from "./dates.ts";
import { parsePattern, type Endpoint, type Pattern } from "./pattern.ts";
import { inGraphOrder, type QueryIndex } from "./query-index.ts";
import { resolveEntity } from "./resolve.ts";

export interface QueryFilters {
  /** Keep actions with one of these statuses (intersected with the pattern's {statuses}). */
  statuses?: readonly Status[];
  /** ISO dates, partial allowed; an action is kept when its date can fall in the range. Undated actions are left out. */
  since?: string;
  until?: string;
  /** Keep actions stated by this document (an id like doc:slug, or the bare slug). */
  doc?: string;
  /** Return at most this many rows (`total` still counts them all). */
  limit?: number;
}

export interface EntityRef {
  id: string;
  name: string;
  category: EntityCategory;
}

export interface EvidenceRef {
  doc: string;
  title: string;
  start: number;
  end: number;
  quote: string;
}

/** One answer: an actor acted on a target through an action, and the text that says so. */
export interface QueryRow {
  actor: EntityRef;
  action: {
    id: string;
    type: ActionType;
    status: Status;
    summary: string;
    time: Time | null;
    quantity: Quantity | null;
    attribution: string | null;
  };
  target: EntityRef;
  evidence: EvidenceRef[];
}

export interface QueryResult {
  pattern: string;
  /** Rows come in graph order of their actions (by document, then action number, for graphs regkg builds), then actor and target in edge order. */
  /** Rows that match, before the limit. */
  total: number;
  rows: QueryRow[];
}

/** Which entities an endpoint of the pattern admits. */
type Admit = (entity: string) => boolean;

function admitter(index: QueryIndex, pattern: Pattern, end: Endpoint): { admit: Admit; entities: readonly string[] | null } {
  switch (end.kind) {
    case "any":
      return { admit: () => true, entities: null };
    case "category": {
      const entities = index.byCategory.get(end.category) ?? [];
      const admit = (e: string) => {
        const a = index.graph.getNodeAttributes(e);
        return a.kind === "entity" && a.category === end.category;
      };
      return { admit, entities };
    }
    case "name": {
      const id = resolveEntity(index, end.name, { pattern: pattern.text, column: end.column });
      return { admit: (e) => e === id, entities: [id] };
    }
  }
}

export function checkFilters(index: QueryIndex, filters: QueryFilters): { doc?: string } {
  for (const s of filters.statuses ?? []) {
    if (!(s in STATUSES)) throw new UsageError(`--status: expected one of ${Object.keys(STATUSES).join(", ")}, got "${s}"`);
  }
  for (const [flag, value] of [["--since", filters.since], ["--until", filters.until]] as const) {
    if (value !== undefined && !isPartialDate(value)) throw new UsageError(`${flag}: expected an ISO date (YYYY, YYYY-MM or YYYY-MM-DD), got "${value}"`);
  }
  if (filters.limit !== undefined && (!Number.isInteger(filters.limit) || filters.limit < 0)) {
    throw new UsageError(`--limit: expected a whole number >= 0, got "${filters.limit}"`);
  }
  if (filters.doc === undefined) return {};
  const doc = filters.doc.startsWith("doc:") ? filters.doc : `doc:${filters.doc}`;
  if (!index.graph.hasNode(doc) || index.graph.getNodeAttribute(doc, "kind") !== "document") {
    const docs = index.graph.filterNodes((_n, a) => a.kind === "document");
    throw new NotFoundError(`--doc: no document "${filters.doc}" in the graph (documents: ${docs.slice(0, 10).join(", ")}${docs.length > 10 ? ", ..." : ""})`);
  }
  return { doc };
}

function union(index: QueryIndex, lists: readonly (readonly string[] | undefined)[]): readonly string[] {
  const present = lists.filter((l): l is readonly string[] => l !== undefined && l.length > 0);
  if (present.length <= 1) return present[0] ?? [];
  return inGraphOrder([...new Set(present.flat())], index.ordinal);
}

function lowerBound(dated: QueryIndex["dated"], first: string): number {
  let lo = 0;
  let hi = dated.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (dated[mid]!.first < first) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

export function entityRef(index: QueryIndex, id: string): EntityRef {
  const a = index.graph.getNodeAttributes(id);
  if (a.kind !== "entity") throw new Error(`${id} is not an entity`);
  return { id, name: a.name, category: a.category };
}

export function actionEvidence(index: QueryIndex, attrs: ActionAttributes): EvidenceRef[] {
  return attrs.evidence.map((ev) => {
    const doc = index.graph.getNodeAttributes(ev.doc);
    return { doc: ev.doc, title: doc.kind === "document" ? doc.title : ev.doc, start: ev.start, end: ev.end, quote: ev.quote };
  });
}

/**
 * Answer a "who acted on whom" pattern. The work starts from the smallest of the index lists
 * the pattern and filters select (the actor's actions, the target's, a type's, a status's,
 * a document's, a date range's), so it grows with the actions touched, not with the graph.
 */
export function runQuery(index: QueryIndex, pattern: string | Pattern, filters: QueryFilters = {}): QueryResult {
  const p = typeof pattern === "string" ? parsePattern(pattern) : pattern;
  const { doc } = checkFilters(index, filters);
  const { graph } = index;
  const actor = admitter(index, p, p.actor);
  const target = admitter(index, p, p.target);

  const statusSet =
    p.statuses && filters.statuses ? p.statuses.filter((s) => filters.statuses!.includes(s)) : (p.statuses ?? filters.statuses ?? null);
  const types = p.types ? new Set(p.types) : null;
  const statuses = statusSet ? new Set(statusSet) : null;
  const since = filters.since ? dateRange(filters.since)[0] : undefined;
  const until = filters.until ? dateRange(filters.until)[1] : undefined;

  // Candidate lists, each a superset of the answer. Only their sizes are computed up front;
  // the shortest one alone is materialised and scanned.
  const candidates: { size: number; list: () => readonly string[] }[] = [];
  const unionOf = (lists: (readonly string[] | undefined)[]) => ({ size: lists.reduce((n, l) => n + (l?.length ?? 0), 0), list: () => union(index, lists) });
  if (actor.entities) candidates.push(unionOf(actor.entities.map((e) => index.byActor.get(e))));
  if (target.entities) candidates.push(unionOf(target.entities.map((e) => index.byTarget.get(e))));
  if (types) candidates.push(unionOf([...types].map((t) => index.byType.get(t))));
  if (statuses) candidates.push(unionOf([...statuses].map((s) => index.byStatus.get(s))));
  if (doc) candidates.push(unionOf([index.byDoc.get(doc)]));
  if (since !== undefined || until !== undefined) {
    // Dated actions whose first day is <= until; those ending before `since` are dropped.
    const stop = until === undefined ? index.dated.length : lowerBound(index.dated, `${until}\uffff`);
    candidates.push({
      size: stop,
      list: () => {
        const inRange: string[] = [];
        for (let i = 0; i < stop; i++) if (since === undefined || index.dated[i]!.last >= since) inRange.push(index.dated[i]!.action);
        return inGraphOrder(inRange, index.ordinal);
      },
    });
  }
  const best = candidates.reduce<{ size: number; list: () => readonly string[] }>((b, c) => (c.size < b.size ? c : b), {
    size: index.actions.length,
    list: () => index.actions,
  });
  const scan = best.list();

  const rows: QueryRow[] = [];
  let total = 0;
  const limit = filters.limit ?? Infinity;
  for (const id of scan) {
    const a = graph.getNodeAttributes(id);
    if (a.kind !== "action") continue;
    if (types && !types.has(a.actionType)) continue;
    if (statuses && !statuses.has(a.status)) continue;
    if (since !== undefined || until !== undefined) {
      if (!a.time?.date) continue;
      const [first, last] = dateRange(a.time.date);
      if ((since !== undefined && last < since) || (until !== undefined && first > until)) continue;
    }
    if (doc && !graph.hasDirectedEdge(id, doc)) continue;

    const actors: string[] = [];
    graph.forEachInEdge(id, (_e, attrs, s) => {
      if (attrs.kind === "actor" && actor.admit(s)) actors.push(s);
    });
    if (actors.length === 0) continue;
    const targets: string[] = [];
    graph.forEachOutEdge(id, (_e, attrs, _s, t) => {
      if (attrs.kind === "target" && target.admit(t)) targets.push(t);
    });
    if (targets.length === 0) continue;

    let built: Omit<QueryRow, "actor" | "target"> | undefined;
    for (const ac of actors) {
      for (const t of targets) {
        total++;
        if (rows.length >= limit) continue;
        built ??= {
          action: {
            id,
            type: a.actionType,
            status: a.status,
            summary: a.summary,
            time: a.time ?? null,
            quantity: a.quantity ?? null,
            attribution: a.attribution ?? null,
          },
          evidence: actionEvidence(index, a),
        };
        rows.push({ actor: entityRef(index, ac), action: built.action, target: entityRef(index, t), evidence: built.evidence });
      }
    }
  }
  return { pattern: p.text, total, rows };
}
