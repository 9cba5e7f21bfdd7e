/**
 * The extractor reads whatever text a user gives `regkg ingest`: names with brackets, regular
 * expression characters, quotes of any kind. Whatever the text, it returns a result (never
 * throws) whose evidence offsets lie inside the text. A name with brackets in it
 * ("E (Gas and Electricity) Limited") once made it throw: a pattern was built from the name
 * unescaped.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { extractActions } from "../../src/extract/index.ts";

// Words of regulatory news, and the characters that break hand-built patterns.
const WORDS = [
  "The", "SEC", "FCA", "Commission", "fined", "charged", "ordered", "to", "pay", "against", "of", "and", "the", "a",
  "Acme", "Gas", "Electricity", "Holdings", "Ltd", "Limited", "Inc.", "Co.,", "LLC", "plc", "Pty", "E", "X", "A",
  "(", ")", "[", "]", "{", "}", "*", "+", "?", "|", "\\", "^", "$", ".", ",", ";", ":", "-", "–", "'", "’", "‘", "“", "”", '"', "``", "''",
  "$1 million", "£28,000", "€5m", "Mr", "O’Mara", "(the Licensee)", "(‘EGEL’)", "(“Company”)", "(CFMMEU)", "fined E (Gas and Electricity) Limited",
];

const sentence = fc.array(fc.oneof(fc.constantFrom(...WORDS), fc.stringMatching(/^[A-Z][a-z]{1,8}[)(*+?]?$/)), { minLength: 1, maxLength: 18 }).map((ws) => `${ws.join(" ")}.`);
const article = fc.array(sentence, { minLength: 1, maxLength: 6 }).map((ss) => ss.join(fc.sample(fc.constantFrom(" ", "\n", "\n\n"), 1)[0]!));

describe("the extractor on any text", () => {
  it("never throws, and every action's evidence lies inside the text", () => {
    fc.assert(
      fc.property(article, fc.constantFrom(undefined, "Financial Conduct Authority", "Ofgem (Gas and Electricity Markets Authority)"), (text, publisher) => {
        const x = extractActions(text, [], publisher ? { publisher } : {});
        for (const a of x.actions) {
          expect(a.evidence.start).toBeGreaterThanOrEqual(0);
          expect(a.evidence.end).toBeLessThanOrEqual(text.length);
          expect(a.evidence.start).toBeLessThan(a.evidence.end);
        }
      }),
      { numRuns: 300, seed: 13 },
    );
  });
});
