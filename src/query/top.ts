import { UsageError } from "../schema/index.ts";
import type { QueryIndex } from "./query-index.ts";
import { entityRef, type EntityRef } from "./run-query.ts";

export type TopRole = "actors" | "targets";

export interface TopEntry extends EntityRef {
  /** Actions the entity performed (actors) or suffered (targets). */
  actions: number;
}

/** The most active actors or the most targeted entities, most actions first, then by name. */
export function topEntities(index: QueryIndex, role: TopRole, limit = 10): TopEntry[] {
  if (role !== "actors" && role !== "targets") throw new UsageError(`top: expected actors or targets, got "${role}"`);
  if (!Number.isInteger(limit) || limit < 1) throw new UsageError(`--limit: expected a whole number >= 1, got "${limit}"`);
  const counts = role === "actors" ? index.byActor : index.byTarget;
  return [...counts]
    .map(([id, actions]) => ({ ...entityRef(index, id), actions: actions.length }))
    .sort((a, b) => b.actions - a.actions || a.name.localeCompare(b.name))
    .slice(0, limit);
}
