/** The README says what the code does: its lists match the vocabularies, and its commands can be copied. */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parsePattern } from "../../src/query/index.ts";
import { ACTION_TYPES, ENTITY_CATEGORIES } from "../../src/schema/index.ts";
import { regkg } from "../helpers/cli.ts";
import { REPO } from "../helpers/paths.ts";

const readme = readFileSync(join(REPO, "README.md"), "utf8");

/** The comma-separated list after a bold heading such as "**Action types**:". */
function listAfter(heading: string): string[] {
  const at = readme.indexOf(`**${heading}**:`);
  expect(at, heading).toBeGreaterThan(-1);
  const text = readme.slice(at + heading.length + 5).split(/\.\s/)[0]!;
  return text.split(",").map((w) => w.trim().replace(/\s+/g, " "));
}

describe("README", () => {
  it("lists every action type and entity category, and no other", () => {
    expect(listAfter("Action types")).toEqual(Object.keys(ACTION_TYPES));
    expect(listAfter("Entity categories")).toEqual(Object.keys(ENTITY_CATEGORIES));
  });

  it("has no escaped \\| that a copied command would carry", () => {
    expect(readme.split("\n").filter((l) => l.includes("\\|"))).toEqual([]);
  });

  it("every query pattern in its command examples parses as written", () => {
    // Bar the example of a mistake, which the README shows with its error on the next line.
    const patterns = [...readme.matchAll(/^(?:\$ npx )?regkg query (?:-- )?'([^']+)'.*\n(.*)/gm)].filter((m) => !m[2]!.startsWith("regkg: bad pattern")).map((m) => m[1]!);
    expect(patterns.length).toBeGreaterThan(5);
    for (const p of patterns) expect(() => parsePattern(p), p).not.toThrow();
  });

  it("quotes what the date example says on the seed graph", () => {
    const r = regkg(["query", "* -> *", "--since", "2017-09", "--until", "2018"]);
    expect(r.status).toBe(0);
    const said = r.stderr.trim();
    expect(said).toMatch(/^regkg: no actions match "\* -> \*": --since and --until keep only dated actions/);
    expect(readme.replace(/\s+/g, " ")).toContain(said);
  });
});
