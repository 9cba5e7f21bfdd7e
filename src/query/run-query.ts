import {
  NotFoundError,
  STATUSES,
  UsageError,
  type ActionType,
  type EntityCategory,
  type Quantity,
  type Status,
  type Time,
} from "../schema/index.ts";
import type { ActionView, QueryBackend, Selector } from "./backend.ts";
import { dateRange, isPartialDate } from "./dates.ts";
import { parsePattern, type Endpoint, type Pattern } from "./pattern.ts";
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

function admitter(backend: QueryBackend, pattern: Pattern, end: Endpoint): { admit: Admit; entities: readonly string[] | null } {
  switch (end.kind) {
    case "any":
      return { admit: () => true, entities: null };
    case "category": {
      const entities = backend.entitiesOfCategory(end.category);
      const members = new Set(entities);
      return { admit: (e) => members.has(e), entities };
    }
    case "name": {
      const id = resolveEntity(backend, end.name, { pattern: pattern.text, column: end.column });
      return { admit: (e) => e === id, entities: [id] };
    }
  }
}

export function checkFilters(backend: QueryBackend, filters: QueryFilters): { doc?: string } {
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
  if (backend.documentTitle(doc) === undefined) {
    const docs = backend.documentIds(11);
    throw new NotFoundError(`--doc: no document "${filters.doc}" in the graph (documents: ${docs.slice(0, 10).join(", ")}${docs.length > 10 ? ", ..." : ""})`);
  }
  return { doc };
}

export function entityRef(backend: QueryBackend, id: string): EntityRef {
  const e = backend.entity(id);
  if (!e) throw new Error(`${id} is not an entity`);
  return { id, name: e.name, category: e.category };
}

function actionEvidence(backend: QueryBackend, view: ActionView, titles: Map<string, string>): EvidenceRef[] {
  return view.attributes.evidence.map((ev) => {
    let title = titles.get(ev.doc);
    if (title === undefined) titles.set(ev.doc, (title = backend.documentTitle(ev.doc) ?? ev.doc));
    return { doc: ev.doc, title, start: ev.start, end: ev.end, quote: ev.quote };
  });
}

/** Actions are fetched this many at a time: one round trip per batch for a store, not per action. */
const BATCH = 256;

/**
 * Answer a "who acted on whom" pattern. The work starts from the smallest of the candidate
 * lists the pattern and filters select (the actor's actions, the target's, a type's, a
 * status's, a document's, a date range's), so it grows with the actions touched, not with
 * the graph. The backend (in memory or a store) only supplies the lists and the records.
 */
export function runQuery(backend: QueryBackend, pattern: string | Pattern, filters: QueryFilters = {}): QueryResult {
  const p = typeof pattern === "string" ? parsePattern(pattern) : pattern;
  const { doc } = checkFilters(backend, filters);
  const actor = admitter(backend, p, p.actor);
  const target = admitter(backend, p, p.target);

  const statusSet =
    p.statuses && filters.statuses ? p.statuses.filter((s) => filters.statuses!.includes(s)) : (p.statuses ?? filters.statuses ?? null);
  const types = p.types ? new Set(p.types) : null;
  const statuses = statusSet ? new Set(statusSet) : null;
  const since = filters.since ? dateRange(filters.since)[0] : undefined;
  const until = filters.until ? dateRange(filters.until)[1] : undefined;

  // Candidate lists, each a superset of the answer. Only their sizes are computed up front;
  // the shortest one alone is materialised and scanned.
  const candidates: { size: number; selectors: Selector[] }[] = [];
  const unionOf = (selectors: Selector[]) => ({ size: selectors.reduce((n, s) => n + backend.size(s), 0), selectors });
  if (actor.entities) candidates.push(unionOf(actor.entities.map((e) => ({ actor: e }))));
  if (target.entities) candidates.push(unionOf(target.entities.map((e) => ({ target: e }))));
  if (types) candidates.push(unionOf([...types].map((t) => ({ type: t }))));
  if (statuses) candidates.push(unionOf([...statuses].map((s) => ({ status: s }))));
  if (doc) candidates.push(unionOf([{ doc }]));
  if (since !== undefined || until !== undefined) candidates.push(unionOf([{ dated: { since, until } }]));
  const best = candidates.reduce<{ size: number; selectors: Selector[] | null }>((b, c) => (c.size < b.size ? c : b), {
    size: backend.actionCount,
    selectors: null,
  });
  const scan = best.selectors ? backend.select(best.selectors) : [...backend.allActions()];

  const rows: QueryRow[] = [];
  let total = 0;
  const limit = filters.limit ?? Infinity;
  const titles = new Map<string, string>();
  for (let from = 0; from < scan.length; from += BATCH) {
    for (const view of backend.actionViews(scan.slice(from, from + BATCH), { docs: doc !== undefined })) {
      const a = view.attributes;
      if (types && !types.has(a.actionType)) continue;
      if (statuses && !statuses.has(a.status)) continue;
      if (since !== undefined || until !== undefined) {
        if (!a.time?.date) continue;
        const [first, last] = dateRange(a.time.date);
        if ((since !== undefined && last < since) || (until !== undefined && first > until)) continue;
      }
      if (doc && !view.docs.includes(doc)) continue;
      const actors = view.actors.filter(actor.admit);
      if (actors.length === 0) continue;
      const targets = view.targets.filter(target.admit);
      if (targets.length === 0) continue;

      let built: Omit<QueryRow, "actor" | "target"> | undefined;
      for (const ac of actors) {
        for (const t of targets) {
          total++;
          if (rows.length >= limit) continue;
          built ??= {
            action: {
              id: view.id,
              type: a.actionType,
              status: a.status,
              summary: a.summary,
              time: a.time ?? null,
              quantity: a.quantity ?? null,
              attribution: a.attribution ?? null,
            },
            evidence: actionEvidence(backend, view, titles),
          };
          rows.push({ actor: entityRef(backend, ac), action: built.action, target: entityRef(backend, t), evidence: built.evidence });
        }
      }
    }
  }
  return { pattern: p.text, total, rows };
}
