import { cpSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { appendEntities } from "../../src/extract/index.ts";
import { regkg } from "../helpers/cli.ts";
import { copySeed, editJson, fingerprint, readJsonFile, SEED_ANNOTATION, tempDir } from "../helpers/fixtures.ts";
import { GOLD_DIR } from "../eval/gold.ts";
import { DATA_DIR } from "../helpers/paths.ts";

const article = (name: string) => join(GOLD_DIR, `${name}.txt`);

describe("regkg ingest (merging into graph-data)", () => {
  it("stores the document, writes a proposed annotation and the new entities, and the result validates", () => {
    const data = copySeed();
    const r = regkg(["ingest", article("sec-ban"), "--data", data, "--date", "2024-03-05", "--url", "https://example.com/sec"]);
    expect(r.status, r.stderr).toBe(0);
    expect(r.stderr).toMatch(/doc:sec-ban added: 3 proposed actions .*annotations\/sec-ban\.json/);
    expect(readFileSync(join(data, "documents/sec-ban/text.txt"), "utf8")).toBe(readFileSync(article("sec-ban"), "utf8"));
    expect(readJsonFile(join(data, "documents/sec-ban/meta.json"))).toEqual({
      id: "doc:sec-ban",
      title: "SEC bans two crypto lenders and fines Nova Exchange",
      url: "https://example.com/sec",
      published: "2024-03-05",
      language: "en",
    });
    const ann = readJsonFile(join(data, "annotations/sec-ban.json"));
    expect(ann.review).toBe("proposed");
    // "on Tuesday" in an article of Tuesday 5 March 2024.
    expect(ann.actions[0]).toMatchObject({ id: "action:sec-ban:1", actionType: "ban", time: { date: "2024-03-05", phrase: "on Tuesday", anchor: "doc:sec-ban" } });
    const entities = readJsonFile(join(data, "entities.json")).entities;
    // The SEC comes from the regulator gazetteer: its id and names, proposed for review like any new entity.
    expect(entities).toContainEqual(expect.objectContaining({ id: "entity:sec", name: "Securities and Exchange Commission", category: "regulator", aliases: expect.arrayContaining(["SEC"]), review: "proposed" }));
    const v = regkg(["validate", data]);
    expect(v.status, v.stderr).toBe(0);
    // The new actions are queryable at once.
    const q = regkg(["query", "SEC -[fine]-> *", "--data", data, "--format", "json"]);
    expect(q.status, q.stderr).toBe(0);
    expect(JSON.parse(q.stdout).rows.map((row: { target: { name: string } }) => row.target.name)).toEqual(["Nova Exchange"]);
  });

  it("re-ingesting the same text, under any file name, changes no byte", () => {
    const data = copySeed();
    expect(regkg(["ingest", article("fca-order"), "--data", data]).status).toBe(0);
    const before = fingerprint(data);
    const renamed = join(tempDir(), "another-name.txt");
    cpSync(article("fca-order"), renamed);
    for (const file of [article("fca-order"), renamed]) {
      const r = regkg(["ingest", file, "--data", data]);
      expect(r.status, r.stderr).toBe(0);
      expect(r.stderr).toContain("doc:fca-order: already ingested, nothing changed");
    }
    expect(fingerprint(data)).toEqual(before);
  });

  it("never overwrites an accepted annotation or one edited by hand", () => {
    const data = copySeed();
    const seedText = join(data, "documents/china-crypto-crackdown-intensify/text.txt");
    const before = fingerprint(data);
    const r = regkg(["ingest", seedText, "--data", data]);
    expect(r.status, r.stderr).toBe(0);
    expect(r.stderr).toMatch(/china-crypto-crackdown-intensify\.json is accepted \(reviewed\): kept as it is/);
    expect(fingerprint(data)).toEqual(before);

    expect(regkg(["ingest", article("pboc-official"), "--data", data]).status).toBe(0);
    editJson(data, "annotations/pboc-official.json", (a) => {
      a.actions[0].summary = "Edited by a reviewer";
    });
    const edited = fingerprint(data);
    const again = regkg(["ingest", article("pboc-official"), "--data", data]);
    expect(again.status).toBe(0);
    expect(again.stderr).toMatch(/differs from this proposal .*kept as it is/);
    expect(fingerprint(data)).toEqual(edited);
  });

  it("a folder: every article ingested once, names proposed once, a bad file reported by name while the rest go in (exit 1)", () => {
    const data = copySeed();
    const batch = tempDir();
    for (const name of ["fca-order", "sec-ban", "sources-block"]) cpSync(article(name), join(batch, `${name}.txt`));
    writeFileSync(join(batch, "broken.txt"), Buffer.from([0x41, 0xff, 0xfe]));
    writeFileSync(join(batch, "notes.md"), "not an article");
    const r = regkg(["ingest", batch, "--data", data]);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/broken\.txt.*not valid UTF-8/);
    expect(r.stderr).toContain("3 of 4 articles ingested");
    for (const name of ["fca-order", "sec-ban", "sources-block"]) expect(readJsonFile(join(data, `annotations/${name}.json`)).review).toBe("proposed");
    const ids = readJsonFile(join(data, "entities.json")).entities.map((e: { id: string }) => e.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(regkg(["validate", data]).status).toBe(0);
  });

  it("--dry-run writes nothing, for a file and for a folder", () => {
    const data = copySeed();
    const before = fingerprint(data);
    expect(regkg(["ingest", article("sec-ban"), "--data", data, "--dry-run"]).status).toBe(0);
    const r = regkg(["ingest", GOLD_DIR, "--data", data, "--dry-run", "--format", "triples"]);
    expect(r.status, r.stderr).toBe(0);
    const docs = new Set(r.stdout.trim().split("\n").map((l) => JSON.parse(l).doc));
    expect(docs).toEqual(new Set(["doc:company-closes", "doc:fca-order", "doc:pboc-official", "doc:sec-ban", "doc:sources-block"]));
    expect(fingerprint(data)).toEqual(before);
  });

  it("says which sentences may state an action that none was read from: counted when ingesting, listed by --dry-run", () => {
    // A real Commerce Department release of the corpus's dev part.
    const text = join(DATA_DIR, "documents/commerce-1998-chemicals-export-company-settles-illegal-export-charges/text.txt");
    const agreed = "The company neither confirmed nor denied the charges but agreed to pay the penalty.";
    const data = copySeed();
    const dry = regkg(["ingest", text, "--data", data, "--dry-run"]);
    expect(dry.status, dry.stderr).toBe(0);
    const proposal = JSON.parse(dry.stdout);
    const unread = proposal.unread as { start: number; end: number; quote: string; words: { text: string; actionType: string }[] }[];
    expect(unread.map((u) => u.quote)).toContain(agreed);
    expect(unread.find((u) => u.quote === agreed)!.words).toMatchObject([{ text: "pay the penalty", actionType: "fine" }]);
    for (const a of proposal.annotation.actions) for (const u of unread) expect(a.evidence[0].end <= u.start || u.end <= a.evidence[0].start).toBe(true);
    const r = regkg(["ingest", text, "--data", data]);
    expect(r.status, r.stderr).toBe(0);
    expect(r.stderr).toContain(`regkg: doc:text: ${unread.length} sentences may state an action that none was read from; review mode marks them`);
    // Nothing new the second time, so nothing more to say.
    expect(regkg(["ingest", text, "--data", data]).stderr).not.toContain("may state an action");
  });

  it("refuses to merge into graph-data that does not validate, and says why", () => {
    const data = copySeed();
    editJson(data, SEED_ANNOTATION, (a) => {
      a.actions[0].actors = ["entity:nobody"];
    });
    const before = fingerprint(data);
    const r = regkg(["ingest", article("sec-ban"), "--data", data]);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain("entity:nobody");
    expect(fingerprint(data)).toEqual(before);
  });

  it("bad flags are usage errors (exit 2)", () => {
    expect(regkg(["ingest", article("sec-ban"), "--date", "5 March"]).stderr).toContain("--date: expected YYYY");
    expect(regkg(["ingest", article("sec-ban"), "--url", "example"]).status).toBe(2);
    expect(regkg(["ingest", GOLD_DIR, "--title", "T"]).status).toBe(2);
  });
});

describe("appendEntities", () => {
  it("adds one line per entity and keeps the hand-written part byte for byte", () => {
    const text = '{\n  "entities": [\n    { "id": "entity:a", "name": "A", "category": "company", "aliases": [] }\n  ],\n  "relations": []\n}\n';
    const out = appendEntities(text, [{ id: "entity:b", name: "B \"quoted\"", category: "regulator", aliases: ["BB"], review: "proposed" }]);
    expect(out.startsWith(text.slice(0, text.indexOf("\n  ],")))).toBe(true);
    expect(JSON.parse(out).entities.map((e: { id: string }) => e.id)).toEqual(["entity:a", "entity:b"]);
    expect(JSON.parse(appendEntities('{"entities":[],"relations":[]}', [{ id: "entity:c", name: "C", category: "company", aliases: [] }])).entities).toHaveLength(1);
  });
});
