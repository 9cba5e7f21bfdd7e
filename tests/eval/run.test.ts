import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
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

// The marker's trainer as a user runs it (`npm run train:marker -- ...`): bad options stop it before the corpus is read, and
// src/extract/data/marker.json is left as it was.
const trainRun = (...args: string[]) => spawnSync(process.execPath, ["--import", "tsx", join(REPO, "tests/eval/train-marker.ts"), ...args], { cwd: REPO, encoding: "utf8", timeout: 60_000 });

describe("npm run train:marker", () => {
  it("refuses a threshold that is no probability, or an unknown option, with exit 2, one line and nothing written", () => {
    const model = join(REPO, "src/extract/data/marker.json");
    const before = readFileSync(model, "utf8");
    for (const [args, message] of [
      [["--threshold", "2"], /--threshold: expected a number between 0 and 1, got "2"/],
      [["--threshold", "high"], /--threshold: expected a number between 0 and 1, got "high"/],
      [["--thresold", "0.3"], /train-marker: Unknown option '--thresold'.*usage: npm run train:marker/],
    ] as const) {
      const r = trainRun(...args);
      expect(r.status, args.join(" ")).toBe(2);
      expect(r.stderr).toMatch(message);
      expect(r.stderr).not.toMatch(/\n\s+at /);
      expect(r.stdout).toBe("");
    }
    expect(readFileSync(model, "utf8")).toBe(before);
  });
});
