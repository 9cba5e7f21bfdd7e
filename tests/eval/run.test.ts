import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { REPO } from "../helpers/paths.ts";
import { annotatorAgreement, differenceOf } from "./agreement.ts";
import { readGraphData } from "../../src/graph/node.ts";
import type { Triple } from "../../src/extract/index.ts";

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

describe("npm run eval -- --json", () => {
  it("gives the whole report as JSON through a pipe, with the amounts' and dates' agreement of each split", () => {
    // (spawnSync reads through a pipe: a report cut at 64 KB by an early exit would not parse.)
    const r = evalRun("--json");
    expect(r.status).toBe(0);
    const report = JSON.parse(r.stdout);
    for (const split of ["dev", "test"]) {
      const { amounts, dates, interval95, precision } = report[split];
      expect(amounts.either).toBeGreaterThan(0);
      expect(amounts.agreeing).toBeLessThanOrEqual(Math.min(amounts.gold, amounts.found));
      expect(dates.either).toBeGreaterThanOrEqual(Math.max(dates.gold, dates.found));
      expect(interval95.precision[0]).toBeLessThanOrEqual(precision);
      expect(interval95.precision[1]).toBeGreaterThanOrEqual(precision);
    }
    expect(report.documents.length).toBe(report.dev.documents + report.test.documents);
  }, 120_000);
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

// The agreement of two annotators (`npm run eval:agreement`), as a user runs it on a folder of second annotations.
const agreementRun = (...args: string[]) => spawnSync(process.execPath, ["--import", "tsx", join(REPO, "tests/eval/agreement.ts"), ...args], { cwd: REPO, encoding: "utf8", timeout: 120_000 });

describe("how two annotations differ (differenceOf)", () => {
  const t = (actor: string, actionType: string, target: string) => ({ actor, actionType, target, status: "enacted" }) as Triple;
  const same = (a: string, b: string) => a === b;
  const second = [t("entity:sec", "settle", "entity:x"), t("entity:court", "fine", "entity:y"), t("entity:sec", "charge", "entity:z")];
  it("tells a type, a target or an actor written otherwise from a triple the other has nothing like", () => {
    expect(differenceOf(t("entity:sec", "fine", "entity:x"), second, same)).toBe("the same parties with another type");
    expect(differenceOf(t("entity:sec", "charge", "entity:w"), second, same)).toBe("another target");
    expect(differenceOf(t("entity:sec", "fine", "entity:y"), second, same)).toBe("another actor");
    expect(differenceOf(t("entity:cftc", "warn", "entity:w"), second, same)).toBe("no triple of that type on either party");
  });
});

describe("npm run eval:agreement", () => {
  const slug = "sec-2008-citigroup-agrees-in-principle-auction-rate-settlement";
  const first = JSON.parse(readFileSync(join(REPO, "graph-data/annotations", `${slug}.json`), "utf8")) as { actions: { actionType: string; status: string; actors: string[]; targets: string[] }[] };

  it("scores a second annotation against the first by the eval's rule: the same triples agree fully, a changed type costs its triple", () => {
    const dir = mkdtempSync(join(tmpdir(), "agreement-"));
    const actions = first.actions.map(({ actionType, status, actors, targets }) => ({ actionType, status, actors, targets }));
    writeFileSync(join(dir, `${slug}.json`), JSON.stringify({ actions }));
    const same = JSON.parse(agreementRun("--dir", dir, "--json").stdout);
    const triples = first.actions.reduce((n, a) => n + a.actors.length * a.targets.length, 0);
    expect(same.table["second annotator against the first"]).toMatchObject({ gold: triples, found: triples, correct: triples, precision: 1, recall: 1 });
    actions[0]!.actionType = actions[0]!.actionType === "warn" ? "ban" : "warn";
    writeFileSync(join(dir, `${slug}.json`), JSON.stringify({ actions }));
    const changed = JSON.parse(agreementRun("--dir", dir, "--json").stdout).table["second annotator against the first"];
    const lost = first.actions[0]!.actors.length * first.actions[0]!.targets.length;
    expect(changed.correct).toBe(triples - lost);
    expect(changed.precision).toBeLessThan(1);
  });

  it("sets one part aside at a time: a second annotation that names another actor everywhere agrees fully on what was done to whom, and on no triple", () => {
    const dir = mkdtempSync(join(tmpdir(), "agreement-"));
    const actions = first.actions.map(({ actionType, status, targets }) => ({ actionType, status, actors: ["entity:sec-commissioner"], targets }));
    writeFileSync(join(dir, `${slug}.json`), JSON.stringify({ entities: [{ id: "entity:sec-commissioner", name: "a Commissioner" }], actions }));
    const table = JSON.parse(agreementRun("--dir", dir, "--json").stdout).table;
    expect(table["second annotator against the first"].correct).toBe(0);
    expect(table["second against the first, actor set aside"]).toMatchObject({ precision: 1, recall: 1 });
    expect(table["second against the first, type set aside"].correct).toBe(0);
    expect(table["second against the first, target set aside"].correct).toBe(0);
  });

  it("gives npm run eval its scale: the second annotator against the first, per split, without running the extractor", () => {
    const dir = mkdtempSync(join(tmpdir(), "agreement-"));
    const data = readGraphData(join(REPO, "graph-data")).data!;
    expect(annotatorAgreement(data, dir)).toBeUndefined();
    const actions = first.actions.map(({ actionType, status, actors, targets }) => ({ actionType, status, actors, targets }));
    writeFileSync(join(dir, `${slug}.json`), JSON.stringify({ actions: [...actions, { actionType: "warn", status: "stated", actors: ["entity:sec"], targets: ["entity:someone-else"] }] }));
    const triples = first.actions.reduce((n, a) => n + a.actors.length * a.targets.length, 0);
    const a = annotatorAgreement(data, dir)!;
    expect(a.documents).toBe(1);
    expect(a.all).toMatchObject({ gold: triples, found: triples + 1, correct: triples, recall: 1 });
    expect(a.all.precision).toBeCloseTo(triples / (triples + 1));
    expect(a.dev).toMatchObject({ gold: triples });
    expect(a.test).toMatchObject({ gold: 0, found: 0 });
  });

  it("names the file and the place of a second annotation that is not one, with no stack trace", () => {
    const dir = mkdtempSync(join(tmpdir(), "agreement-"));
    writeFileSync(join(dir, `${slug}.json`), JSON.stringify({ actions: [{ actionType: "fine", status: "enacted", actors: ["entity:sec"], targets: [] }] }));
    const r = agreementRun("--dir", dir);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain(`${join(dir, `${slug}.json`)} $.actions[0].targets: expected at least one target`);
    expect(r.stderr).not.toMatch(/\n\s+at /);
    expect(agreementRun("--sample", "many").stderr).toMatch(/--sample: expected a whole number of documents, got "many"/);
  });
});
