/** Hostile sizes and shapes of input get short, bounded answers. */
import { describe, expect, it } from "vitest";
import { nearest } from "../../src/graph/index.ts";
import { regkg } from "../helpers/cli.ts";

describe("an unknown 100 KB name", () => {
  const name = "q".repeat(100_000);

  it("is answered with a short message quoting at most 80 of its characters, and a window of the pattern", () => {
    const r = regkg(["query", `* -> ${name}`]);
    expect(r.status).toBe(2);
    const [message, shown, caret] = r.stderr.split("\n");
    expect(message).toBe(`regkg: column 6: no entity is called "${"q".repeat(80)}…" (100,000 characters)`);
    expect(shown).toBe(`  * -> ${"q".repeat(75)}…`);
    expect(caret).toBe(`       ^`);
    expect(r.stderr.length).toBeLessThan(500);
  });

  it("whose start is a typo of a known name still gets the suggestion (its first 64 characters are compared)", () => {
    const r = regkg(["query", `* -> State Internet Financial Risk Specialist Rectification tema${" and more".repeat(11_000)}`]);
    expect(r.status).toBe(2);
    expect(r.stderr.split("\n")[0]).toBe(
      `regkg: column 6: no entity is called "State Internet Financial Risk Specialist Rectification tema and more and more an…" (99,059 characters); did you mean State Internet Financial Risk Specialist Rectification team?`,
    );
  });
});

describe("nearest", () => {
  it("suggests close spellings and nothing far; a long name is compared by its start", () => {
    const names = ["people's bank of china", "tencent", "wechat", "cyberspace administration of china"];
    expect(nearest("tencnet", names)).toBe("tencent");
    expect(nearest("peoples bank of chna", names)).toBe("people's bank of china");
    expect(nearest("zzzzzz", names)).toBeUndefined();
    const long = "state internet financial risk specialist rectification team of the state council";
    expect(nearest(`state internet financial risk specialist rectification taem of the people${"!".repeat(100_000)}`, [...names, long])).toBe(long);
    expect(nearest("x".repeat(100_000), names)).toBeUndefined();
  });
});

describe("a pattern that starts with -", () => {
  it("works after --, and without it the error says to use --", () => {
    const ok = regkg(["query", "--", "* -[block]-> *"]);
    expect(ok.status, ok.stderr).toBe(0);
    expect(JSON.parse(ok.stdout).total).toBeGreaterThan(0);
    const bad = regkg(["query", "-[block]-> *"]);
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain(`unknown option '-[block]-> *'`);
    expect(bad.stderr).toContain(`(a pattern that starts with "-" goes after --: regkg query -- '-name -> *')`);
    // A mistyped flag gets commander's suggestion, not the hint.
    const typo = regkg(["query", "--stauts", "planned", "* -> *"]);
    expect(typo.status).toBe(2);
    expect(typo.stderr).toContain("Did you mean --status?");
    expect(typo.stderr).not.toContain("goes after --");
  });
});
