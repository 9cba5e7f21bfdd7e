import { spawnSync } from "node:child_process";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { REPO } from "../helpers/paths.ts";

// The eval script as a user runs it (`npm run eval -- ...`); these cases stop before the corpus is read.
const evalRun = (...args: string[]) => spawnSync(process.execPath, ["--import", "tsx", join(REPO, "tests/eval/run.ts"), ...args], { cwd: REPO, encoding: "utf8", timeout: 60_000 });

describe("npm run eval -- --added-since", () => {
  it("without a revision says what it expects and exits 2, printing no table", () => {
    const r = evalRun("--added-since");
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/--added-since expects a git revision/);
    expect(r.stdout).toBe("");
  });

  it("with a revision git does not know names it and exits 2, with no stack trace", () => {
    const r = evalRun("--added-since", "no-such-revision");
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/--added-since no-such-revision: git could not compare with that revision/);
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });
});
