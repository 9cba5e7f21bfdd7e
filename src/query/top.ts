import { UsageError } from "../schema/index.ts";
import type { QueryBackend } from "./backend.ts";
import type { EntityRef } from "./run-query.ts";

export type TopRole = "actors" | "targets";

export interface TopEntry extends EntityRef {
  /** Actions the entity performed (actors) or suffered (targets). */
  actions: number;
}

/** The most active actors or the most targeted entities, most actions first, then by name (then id, so every backend
 * gives the same order). */
export function topEntities(backend: QueryBackend, role: TopRole, limit = 10): TopEntry[] {
  if (role !== "actors" && role !== "targets") throw new UsageError(`top: expected actors or targets, got "${role}"`);
  if (!Number.isInteger(limit) || limit < 1) throw new UsageError(`--limit: expected a whole number >= 1, got "${limit}"`);
  return backend
    .roleCounts(role)
    .map(({ id, name, category, actions }) => ({ id, name, category, actions }))
    .sort((a, b) => b.actions - a.actions || a.name.localeCompare(b.name) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
    .slice(0, limit);
}
