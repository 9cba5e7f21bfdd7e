import type { QueryRow } from "../query/index.ts";
import type { Quantity, Time } from "../schema/index.ts";
import { toCsv } from "./csv.ts";

export function formatTime(time: Time | null): string {
  if (!time) return "";
  return time.date && time.phrase ? `${time.date} (${time.phrase})` : (time.date ?? time.phrase ?? "");
}

export function formatQuantity(q: Quantity | null, { grouped = false }: { grouped?: boolean } = {}): string {
  if (!q) return "";
  // Files keep the plain number ("486520"); a person reads it grouped ("486,520").
  const n = (x: number) => (grouped ? groupDigits(x) : String(x));
  const value = `${q.comparator && q.comparator !== "=" ? `${q.comparator} ` : ""}${n(q.value)}`;
  return q.from !== undefined ? `${n(q.from)} -> ${value} ${q.unit}` : `${value} ${q.unit}`;
}

/** A number with its thousands grouped and its decimals as they are: 486520 is "486,520", 1.25 "1.25". */
export function groupDigits(x: number): string {
  return x.toLocaleString("en-US", { maximumFractionDigits: 20 });
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
