/**
 * Amounts of money and counts: "$1.2 million", "US$5m", "€1.07 billion", "£3.5m",
 * "Rs 1,337 crore", "₹10 lakh", "RMB 500,000", "CHF 2 million"; "124 servers".
 */
import type { Quantity } from "../schema/index.ts";

// Symbols and codes, longest first; an ambiguous "$" is taken as USD unless the text says otherwise.
const CURRENCIES: [RegExp, string][] = [
  [/^(?:US\$|USD|U\.S\.\s?\$|\$)/, "USD"],
  [/^(?:A\$|AU\$|AUD)/, "AUD"],
  [/^(?:C\$|CA\$|CAD)/, "CAD"],
  [/^(?:NZ\$|NZD)/, "NZD"],
  [/^(?:HK\$|HKD)/, "HKD"],
  [/^(?:S\$|SGD)/, "SGD"],
  [/^(?:NT\$|TWD)/, "TWD"],
  [/^(?:€|EUR|euros?)/, "EUR"],
  [/^(?:£|GBP|pounds?(?:\s+sterling)?)/, "GBP"],
  [/^(?:₹|Rs\.?|INR|rupees?)/, "INR"],
  [/^(?:RMB|CNY|yuan|renminbi)/, "CNY"],
  [/^(?:¥|JPY|yen)/, "JPY"],
  [/^(?:CHF|Swiss francs?)/, "CHF"],
  [/^(?:₩|KRW|won)/, "KRW"],
  [/^(?:R|ZAR|rand)(?=\s?\d)/, "ZAR"],
  [/^(?:₦|NGN|naira)/, "NGN"],
  [/^(?:GH₵|GHS|cedis?)/, "GHS"],
];
const SCALE: Record<string, number> = { thousand: 1e3, k: 1e3, million: 1e6, mn: 1e6, m: 1e6, mln: 1e6, billion: 1e9, bn: 1e9, b: 1e9, trillion: 1e12, tn: 1e12, lakh: 1e5, lakhs: 1e5, crore: 1e7, crores: 1e7 };

/** A currency written before its amount, as regex source with no groups: "$", "€", "NT$", "Rs", "USD". */
export const CURRENCY_FIRST = "(?:NT\\$|TWD|US\\$|U\\.S\\.\\s?\\$|A\\$|AU\\$|C\\$|CA\\$|NZ\\$|HK\\$|S\\$|GH₵|\\$|€|£|₹|¥|₩|₦|Rs\\.?|USD|EUR|GBP|INR|RMB|CNY|JPY|CHF|KRW|ZAR|NGN|GHS|AUD|CAD|NZD|HKD|SGD)";
const NUMBER = "(\\d{1,3}(?:[,\\s]\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?)";
// Headlines capitalise the scale ("$7.5 Million", "$49 MILLION"), and abbreviate it ("$5M", "$1.2B", "$300K").
const SCALES = "(?:[Tt]housand|[Mm]illion|[Bb]illion|[Tt]rillion|THOUSAND|MILLION|BILLION|TRILLION|[Cc]rores?|[Ll]akhs?|mn|mln|bn|Bn|BN|tn|[mMkKbB])";
const SCALE_WORD = `(${SCALES})?`;
/**
 * A sum of money with its currency first, as regex source with no groups ("$151,005", "€26 744 000", "NT$27.6 million",
 * "Rs 1,337 crore"), for rules that must recognise or step over a sum rather than read it; `u` flag required.
 */
export const MONEY = `${CURRENCY_FIRST}\\s?(?:\\d{1,3}(?:[,\\s]\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?)(?:\\s?${SCALES})?(?![\\p{L}\\d])`;
const PREFIXED = new RegExp(`(${CURRENCY_FIRST})\\s?${NUMBER}\\s?${SCALE_WORD}(?![\\p{L}\\d])`, "u");
const SUFFIXED = new RegExp(`${NUMBER}\\s?${SCALE_WORD}\\s+(euros?|pounds?(?:\\s+sterling)?|rupees?|yuan|renminbi|yen|Swiss francs?|won|rand|naira|cedis?|dollars?)\\b`, "iu");

export interface FoundAmount {
  quantity: Quantity;
  start: number;
  end: number;
}

/** The dollar of each country that has one, for a bare "$" in a text of that country. */
const DOLLARS: Record<string, string> = { AU: "AUD", CA: "CAD", NZ: "NZD", HK: "HKD", SG: "SGD", TW: "TWD" };

function currencyOf(token: string, countries: ReadonlySet<string>): string {
  for (const [re, code] of CURRENCIES) {
    if (!re.test(token)) continue;
    // A bare "$" is the dollar of the document's country: the US one unless the text is of another dollar country.
    if (code === "USD" && token === "$" && !countries.has("US")) {
      for (const c of countries) if (DOLLARS[c]) return DOLLARS[c]!;
    }
    return code;
  }
  return token.toUpperCase();
}

// Rounded to the cent: "€1.07 billion" is 1070000000, not 1070000000.0000001.
const toNumber = (digits: string, scale: string | undefined) => Math.round(Number(digits.replace(/[,\s]/g, "")) * (scale ? (SCALE[scale.toLowerCase()] ?? 1) : 1) * 100) / 100;

/** Every amount of money in a piece of text, in order. `countries` (the document's) tell a bare "$" apart. */
export function findAmounts(text: string, countries: ReadonlySet<string> = new Set()): FoundAmount[] {
  const out: FoundAmount[] = [];
  const g = (re: RegExp) => new RegExp(re.source, `${re.flags}g`);
  for (const m of text.matchAll(g(PREFIXED))) {
    const value = toNumber(m[2]!, m[3]);
    if (Number.isFinite(value)) out.push({ quantity: { value, unit: currencyOf(m[1]!, countries) }, start: m.index!, end: m.index! + m[0].length });
  }
  for (const m of text.matchAll(g(SUFFIXED))) {
    if (out.some((a) => a.start <= m.index! && m.index! < a.end)) continue;
    const word = m[3]!.toLowerCase();
    const unit = word.startsWith("dollar") ? currencyOf("$", countries) : currencyOf(word, countries);
    const value = toNumber(m[1]!, m[2]);
    if (Number.isFinite(value)) out.push({ quantity: { value, unit }, start: m.index!, end: m.index! + m[0].length });
  }
  return out.sort((a, b) => a.start - b.start);
}

/** A count right after a verb: "block 124 servers" is { value: 124, unit: "servers" }. */
export function countAfter(text: string): Quantity | undefined {
  const m = /^\s*(?:a total of\s+|some\s+|about\s+|more than\s+|over\s+)?(\d[\d,]*(?:\.\d+)?)\s+([a-z][a-z-]*)/i.exec(text);
  if (!m) return undefined;
  const value = Number(m[1]!.replace(/,/g, ""));
  return Number.isFinite(value) ? { value, unit: m[2]! } : undefined;
}
