import { PartialDateSchema } from "../schema/index.ts";

const DAYS_IN_MONTH = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** The first and last day a partial ISO date can mean: 2017-09 -> [2017-09-01, 2017-09-30]. */
export function dateRange(date: string): [string, string] {
  const [y, m, d] = date.split("-");
  if (d) return [date, date];
  if (m) {
    const year = Number(y);
    const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
    const last = Number(m) === 2 && !leap ? 28 : DAYS_IN_MONTH[Number(m) - 1]!;
    return [`${y}-${m}-01`, `${y}-${m}-${String(last).padStart(2, "0")}`];
  }
  return [`${y}-01-01`, `${y}-12-31`];
}

export function isPartialDate(value: string): boolean {
  return PartialDateSchema.safeParse(value).success;
}
