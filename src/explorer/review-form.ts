/**
 * The amount and date boxes of review mode's action form, as plain data: what they show for a
 * record, and the quantity and time (schema types) they give back, or what is wrong with what
 * was typed, said so that the reviewer can fix it.
 */
import { groupDigits } from "../export/query-rows.ts";
import { PartialDateSchema, type ActionRecord, type Quantity, type Time } from "../schema/index.ts";

/** The amount as typed: a number, what is counted, and how exact ("", "~", ">", ">=", "<", "<="). */
export interface TypedAmount {
  value: string;
  unit: string;
  comparator: string;
}
export interface Typed {
  amount: TypedAmount;
  /** YYYY, YYYY-MM or YYYY-MM-DD, or empty. */
  date: string;
}

/** The boxes as they show a record's quantity and time. */
export function typedOf(r: Pick<ActionRecord, "quantity" | "time"> = {}): Typed {
  const q = r.quantity;
  return { amount: { value: q ? groupDigits(q.value) : "", unit: q?.unit ?? "", comparator: q?.comparator === "=" ? "" : (q?.comparator ?? "") }, date: r.time?.date ?? "" };
}

/**
 * The quantity and time the form's boxes give, on top of the record's (its "from" value, its time
 * phrase and anchor stay); or what is wrong with what was typed.
 */
export function amountAndDate(d: Typed, r: Pick<ActionRecord, "quantity" | "time"> = {}): { quantity?: Quantity; time?: Time } | { problem: string } {
  const raw = d.amount.value.replace(/[\s,]/g, "");
  const unit = d.amount.unit.trim();
  let quantity: Quantity | undefined;
  if (raw || unit) {
    const value = Number(raw);
    if (!raw) return { problem: `Amount: “${unit}” has no number; type one, or clear the unit.` };
    if (!/^[-+]?(\d+\.?\d*|\.\d+)(e[-+]?\d+)?$/i.test(raw) || !Number.isFinite(value)) return { problem: `Amount: “${d.amount.value.trim()}” is not a number (write 2500000 or 2,500,000).` };
    if (!unit) return { problem: "Amount: say what is counted: a currency such as USD, or a thing such as “servers”." };
    const comparator = (d.amount.comparator || (r.quantity?.comparator === "=" ? "=" : undefined)) as Quantity["comparator"];
    quantity = { value, unit, ...(comparator ? { comparator } : {}), ...(r.quantity?.from !== undefined ? { from: r.quantity.from } : {}) };
  }
  const date = d.date.trim();
  if (date && !PartialDateSchema.safeParse(date).success) return { problem: `Date: “${date}” is not a date; expected YYYY, YYYY-MM or YYYY-MM-DD.` };
  const { date: _old, ...kept } = r.time ?? {};
  const time: Time | undefined = date ? { ...kept, date } : kept.phrase ? kept : undefined;
  return { ...(quantity ? { quantity } : {}), ...(time ? { time } : {}) };
}
