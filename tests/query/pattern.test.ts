import { describe, expect, it } from "vitest";
import { parsePattern } from "../../src/query/index.ts";
import { QuerySyntaxError } from "../../src/schema/index.ts";

describe("pattern syntax: what parses", () => {
  it.each([
    ["PBOC -> *", { actor: { kind: "name", name: "PBOC" }, types: null, statuses: null, target: { kind: "any" } }],
    ["* -[shutdown|block]-> *", { actor: { kind: "any" }, types: ["shutdown", "block"], target: { kind: "any" } }],
    [":regulator -[ban]{planned}-> :activity", { actor: { kind: "category", category: "regulator" }, types: ["ban"], statuses: ["planned"], target: { kind: "category", category: "activity" } }],
    ['Tencent -> "WeChat accounts"', { actor: { kind: "name", name: "Tencent" }, target: { kind: "name", name: "WeChat accounts" } }],
    ["People's Bank of China->cryptocurrency fund-raising", { actor: { kind: "name", name: "People's Bank of China" }, target: { kind: "name", name: "cryptocurrency fund-raising" } }],
    ["'People’s Bank of China' -{stated|reported}-> *", { actor: { kind: "name", name: "People’s Bank of China" }, types: null, statuses: ["stated", "reported"] }],
    ["潘功胜 -[ declare_illegal | warn ]-> *", { actor: { kind: "name", name: "潘功胜" }, types: ["declare_illegal", "warn"] }],
    ["* -[*]-> entity:icos", { types: null, target: { kind: "name", name: "entity:icos" } }],
    ['"say \\"hi\\"" -> *', { actor: { kind: "name", name: 'say "hi"' } }],
    ["  *   ->   *  ", { actor: { kind: "any", column: 3 }, target: { kind: "any", column: 12 } }],
  ])("%s", (text, expected) => {
    expect(parsePattern(text)).toMatchObject(expected);
  });
});

/** Malformed patterns, each with the 1-based column the error must point at. */
const MALFORMED: [pattern: string, column: number, message: RegExp][] = [
  ["", 1, /expected a pattern like "PBOC -> \*"/],
  ["   ", 1, /empty pattern/],
  ["PBOC", 5, /expected an arrow "->" after the actor, got the end/],
  ["PBOC ->", 8, /expected the target/],
  ["PBOC ->   ", 11, /expected the target/],
  ["-> *", 1, /expected the actor.* before the arrow/],
  ["PBOC => *", 6, /expected an arrow "->"/],
  ["PBOC - > *", 7, /write the arrow as "->", with no space/],
  ["PBOC -[bann]-> *", 8, /unknown action type "bann"; did you mean "ban"\?/],
  ["PBOC -[]-> *", 8, /expected an action type/],
  ["PBOC -[ban|]-> *", 12, /expected an action type/],
  ["PBOC -[ban block]-> *", 12, /expected "\|" or "\]" after the action type/],
  ["PBOC -[ban-> *", 11, /expected "\|" or "\]"/],
  ["PBOC -[ban] *", 12, /expected "->" to close the arrow/],
  ["PBOC -{planned-> *", 15, /expected "\|" or "}" after the status/],
  ["PBOC -[ban]{later}-> *", 13, /unknown status "later"/],
  ["PBOC -{*}-> *", 8, /expected a status/],
  [":regulatr -> *", 2, /unknown category "regulatr"; did you mean "regulator"\?/],
  [": -> *", 2, /expected a category name after ":"/],
  ['"WeChat -> *', 1, /unterminated name: expected a closing "/],
  ['"  " -> *', 1, /expected a name between the quotes/],
  ["PBOC -> * extra", 11, /expected the end of the pattern after the target, got "extra"/],
  ["* -> * -> *", 8, /expected the end of the pattern/],
  ["PBOC -> [ban]", 9, /expected the target/],
  ["{planned} -> *", 1, /expected the actor/],
  ["PBOC ->> *", 8, /expected the target/],
];

describe("pattern syntax: malformed patterns point at the column of the mistake", () => {
  it.each(MALFORMED)("%j at column %i", (pattern, column, message) => {
    let error: unknown;
    try {
      parsePattern(pattern);
    } catch (err) {
      error = err;
    }
    expect(error).toBeInstanceOf(QuerySyntaxError);
    const e = error as QuerySyntaxError;
    expect(e.position).toEqual({ pattern, column });
    expect(e.message).toMatch(message);
  });

  it("has at least 15 malformed cases", () => {
    expect(MALFORMED.length).toBeGreaterThanOrEqual(15);
  });
});
