import { describe, expect, it } from "vitest";
import { amountAndDate, typedOf } from "../../src/explorer/review-form.ts";
import { QuantitySchema, TimeSchema } from "../../src/schema/index.ts";

const typed = (value: string, unit: string, date = "", comparator = "") => ({ amount: { value, unit, comparator }, date });

describe("review form: amount and date", () => {
  it("shows a record's quantity and date, and gives them back unchanged when nothing was typed", () => {
    const record = { quantity: { value: 2500000, unit: "USD", comparator: "=" as const, from: 100 }, time: { date: "2019-03", phrase: "in March 2019" } };
    const shown = typedOf(record);
    expect(shown).toEqual({ amount: { value: "2,500,000", unit: "USD", comparator: "" }, date: "2019-03" });
    expect(amountAndDate(shown, record)).toEqual(record);
    expect(typedOf()).toEqual(typed("", ""));
    // A fraction shows as it is, and reads back the same.
    const cents = { quantity: { value: 18933.08, unit: "USD" } };
    expect(typedOf(cents).amount.value).toBe("18,933.08");
    expect(amountAndDate(typedOf(cents), cents)).toEqual(cents);
    expect(amountAndDate(typed("", ""))).toEqual({});
  });

  it("reads what a reviewer types: thousands separators, how exact, a partial date; the time's phrase and anchor stay", () => {
    const record = { time: { phrase: "last week", anchor: "doc:x" } };
    const out = amountAndDate(typed(" 18,500,000 ", " GBP ", "2024-11-05", ">="), record);
    expect(out).toEqual({ quantity: { value: 18500000, unit: "GBP", comparator: ">=" }, time: { phrase: "last week", anchor: "doc:x", date: "2024-11-05" } });
    expect(QuantitySchema.safeParse((out as { quantity: unknown }).quantity).success).toBe(true);
    expect(TimeSchema.safeParse((out as { time: unknown }).time).success).toBe(true);
    // Clearing the date keeps the phrase; clearing both boxes of the amount removes it.
    expect(amountAndDate(typed("", "", ""), { ...record, quantity: { value: 5, unit: "USD" } })).toEqual({ time: record.time });
    expect(amountAndDate(typed("", "", ""), { time: { date: "2020" } })).toEqual({});
  });

  it("says what is wrong with what was typed instead of sending it", () => {
    expect(amountAndDate(typed("five million", "USD"))).toEqual({ problem: expect.stringContaining("“five million” is not a number") });
    expect(amountAndDate(typed("0x10", "USD"))).toEqual({ problem: expect.stringContaining("is not a number") });
    expect(amountAndDate(typed("500", ""))).toEqual({ problem: expect.stringContaining("say what is counted") });
    expect(amountAndDate(typed("", "EUR"))).toEqual({ problem: expect.stringContaining("“EUR” has no number") });
    expect(amountAndDate(typed("", "", "5 March 2024"))).toEqual({ problem: "Date: “5 March 2024” is not a date; expected YYYY, YYYY-MM or YYYY-MM-DD." });
    expect(amountAndDate(typed("", "", "2024-13"))).toEqual({ problem: expect.stringContaining("is not a date") });
  });
});
