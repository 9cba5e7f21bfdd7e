import type { QueryRow } from "../query/index.ts";
import type { Quantity, Time } from "../schema/index.ts";
import { toCsv } from "./csv.ts";

export function formatTime(time: Time | null): string {
  if (!time) return "";
  return time.date && time.phrase ? `${time.date} (${time.phrase})` : (time.date ?? time.phrase ?? "");
}

export function formatQuantity(q: Quantity | null): string {
  if (!q) return "";
  const value = `${q.comparator && q.comparator !== "=" ? `${q.comparator} ` : ""}${q.value}`;
  return q.from !== undefined ? `${q.from} -> ${value} ${q.unit}` : `${value} ${q.unit}`;
}

export const QUERY_CSV_HEADER = [
  "actor_id",
  "actor",
  "action_id",
  "action_type",
  "status",
  "target_id",
  "target",
  "summary",
  "time",
  "quantity",
  "attribution",
  "docs",
  "quotes",
] as const;

/**
 * Who-acted-on-whom rows as one flat CSV, a row per actor-action-target. An action with
 * several evidence spans has its quotes on separate lines of one field.
 */
export function queryRowsToCsv(rows: readonly QueryRow[]): string {
  return toCsv(
    QUERY_CSV_HEADER,
    rows.map((r) => [
      r.actor.id,
      r.actor.name,
      r.action.id,
      r.action.type,
      r.action.status,
      r.target.id,
      r.target.name,
      r.action.summary,
      formatTime(r.action.time),
      formatQuantity(r.action.quantity),
      r.action.attribution,
      [...new Set(r.evidence.map((e) => e.doc))].join(" "),
      r.evidence.map((e) => e.quote).join("\n"),
    ]),
  );
}
