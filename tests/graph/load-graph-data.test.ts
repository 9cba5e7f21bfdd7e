import { readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { loadGraphData, readGraphData } from "../../src/graph/node.ts";
import { ValidationError, type Problem } from "../../src/schema/index.ts";
import { copySeed, editJson, readJsonFile, SEED_ANNOTATION, SEED_DIR, SEED_META, SEED_TEXT } from "../helpers/fixtures.ts";

function problemsOf(dir: string): Problem[] {
  try {
    loadGraphData(dir);
  } catch (err) {
    expect(err).toBeInstanceOf(ValidationError);
    return [...(err as ValidationError).problems];
  }
  throw new Error("expected the data to be rejected, but it loaded");
}

describe("the seed graph-data", () => {
  it("loads with no problem", () => {
    const { problems } = readGraphData(SEED_DIR);
    expect(problems).toEqual([]);
    const graph = loadGraphData(SEED_DIR);
    const annotation = readJsonFile(join(SEED_DIR, SEED_ANNOTATION));
    expect(graph.filterNodes((_n, a) => a.kind === "action")).toHaveLength(annotation.actions.length);
  });

  it("keeps the document text byte for byte", () => {
    const graph = loadGraphData(SEED_DIR);
    const doc = graph.getNodeAttributes("doc:china-crypto-crackdown-intensify");
    expect(doc.kind === "document" && Buffer.from(doc.text, "utf8")).toEqual(readFileSync(join(SEED_DIR, SEED_TEXT)));
  });
});

/**
 * Each kind of bad data, made by breaking one thing in a copy of the seed. Every one must be
 * rejected with a problem naming the file and the JSON path of the bad value.
 */
const BAD_DATA: { name: string; file: string; path: string; message: RegExp; breakIt: (dir: string) => void }[] = [
  {
    name: "dangling entity id",
    file: SEED_ANNOTATION,
    path: "$.actions[1].actors[0]",
    message: /unknown entity "entity:tencnet"; did you mean "entity:tencent"/,
    breakIt: (d) => editJson(d, SEED_ANNOTATION, (a) => void (a.actions[1].actors[0] = "entity:tencnet")),
  },
  {
    name: "unknown actionType",
    file: SEED_ANNOTATION,
    path: "$.actions[0].actionType",
    message: /expected one of .*"ban".*got "crackdown"/,
    breakIt: (d) => editJson(d, SEED_ANNOTATION, (a) => void (a.actions[0].actionType = "crackdown")),
  },
  {
    name: "evidence quote that does not match the text",
    file: SEED_ANNOTATION,
    path: "$.actions[1].evidence[0].quote",
    message: /quote does not match the text/,
    breakIt: (d) => editJson(d, SEED_ANNOTATION, (a) => void (a.actions[1].evidence[0].start += 1)),
  },
  {
    name: "evidence span out of range",
    file: SEED_ANNOTATION,
    path: "$.actions[2].evidence[0].end",
    message: /out of range: the text of doc:china-crypto-crackdown-intensify has \d+ characters/,
    breakIt: (d) => editJson(d, SEED_ANNOTATION, (a) => void Object.assign(a.actions[2].evidence[0], { start: 5000, end: 5010 })),
  },
  {
    name: "evidence span with end before start",
    file: SEED_ANNOTATION,
    path: "$.actions[2].evidence[0].end",
    message: /expected end > start/,
    breakIt: (d) => editJson(d, SEED_ANNOTATION, (a) => void Object.assign(a.actions[2].evidence[0], { start: 40, end: 30 })),
  },
  {
    name: "duplicate entity id",
    file: "entities.json",
    path: "$.entities[1]",
    message: /duplicate id "entity:pboc", first defined in .*entities.json at \$\.entities\[0\]/,
    breakIt: (d) => editJson(d, "entities.json", (e) => void (e.entities[1].id = "entity:pboc")),
  },
  {
    name: "duplicate action id",
    file: SEED_ANNOTATION,
    path: "$.actions[1]",
    message: /duplicate id "action:china-crypto-crackdown-intensify:1"/,
    breakIt: (d) => editJson(d, SEED_ANNOTATION, (a) => void (a.actions[1].id = a.actions[0].id)),
  },
  {
    name: "action with no target",
    file: SEED_ANNOTATION,
    path: "$.actions[4].targets",
    message: /expected at least one target/,
    breakIt: (d) => editJson(d, SEED_ANNOTATION, (a) => void (a.actions[4].targets = [])),
  },
  {
    name: "action with no evidence",
    file: SEED_ANNOTATION,
    path: "$.actions[4].evidence",
    message: /expected at least one evidence span/,
    breakIt: (d) => editJson(d, SEED_ANNOTATION, (a) => void (a.actions[4].evidence = [])),
  },
  {
    name: "wrong status",
    file: SEED_ANNOTATION,
    path: "$.actions[0].status",
    message: /expected one of "enacted"\|"announced"\|"planned"\|"stated"\|"reported", got "rumoured"/,
    breakIt: (d) => editJson(d, SEED_ANNOTATION, (a) => void (a.actions[0].status = "rumoured")),
  },
  {
    name: "bad JSON syntax",
    file: "entities.json",
    path: "$",
    message: /invalid JSON/,
    breakIt: (d) => {
      const p = join(d, "entities.json");
      writeFileSync(p, readFileSync(p, "utf8").replace('"category": "regulator",', '"category": "regulator"'));
    },
  },
  {
    name: "missing text.txt",
    file: SEED_TEXT,
    path: "$",
    message: /file not found: expected the document's verbatim text/,
    breakIt: (d) => rmSync(join(d, SEED_TEXT)),
  },
  {
    name: "text.txt that is not UTF-8",
    file: SEED_TEXT,
    path: "$",
    message: /not valid UTF-8/,
    breakIt: (d) => writeFileSync(join(d, SEED_TEXT), Buffer.from([0x43, 0x68, 0x69, 0xff, 0xfe, 0x6e, 0x61])),
  },
  {
    name: "relation to an unknown entity",
    file: "entities.json",
    path: "$.relations[0].target",
    message: /unknown entity "entity:pbc"; did you mean "entity:pboc"/,
    breakIt: (d) => editJson(d, "entities.json", (e) => void (e.relations[0].target = "entity:pbc")),
  },
  {
    name: "meta.json whose id is not its folder's",
    file: SEED_META,
    path: "$.id",
    message: /expected "doc:china-crypto-crackdown-intensify" \(the folder's name\), got "doc:another-article"/,
    breakIt: (d) => editJson(d, SEED_META, (m) => void (m.id = "doc:another-article")),
  },
  {
    name: "misspelt field",
    file: SEED_ANNOTATION,
    path: "$.actions[0]",
    message: /unexpected key "targest"/,
    breakIt: (d) => editJson(d, SEED_ANNOTATION, (a) => void (a.actions[0].targest = ["entity:icos"])),
  },
  {
    name: "time anchor that does not exist",
    file: SEED_ANNOTATION,
    path: "$.actions[3].time.anchor",
    message: /unknown anchor "action:china-crypto-crackdown-intensify:99"/,
    breakIt: (d) => editJson(d, SEED_ANNOTATION, (a) => void (a.actions[3].time.anchor = "action:china-crypto-crackdown-intensify:99")),
  },
  {
    name: "action id of another document",
    file: SEED_ANNOTATION,
    path: "$.actions[0].id",
    message: /expected an id starting "action:china-crypto-crackdown-intensify:"/,
    breakIt: (d) => editJson(d, SEED_ANNOTATION, (a) => void (a.actions[0].id = "action:other-article:1")),
  },
  {
    name: "annotation of a document that does not exist",
    file: SEED_ANNOTATION,
    path: "$.doc",
    message: /unknown document "doc:no-such-article"/,
    breakIt: (d) => editJson(d, SEED_ANNOTATION, (a) => void (a.doc = "doc:no-such-article")),
  },
  {
    name: "malformed entity id",
    file: "entities.json",
    path: "$.entities[0].id",
    message: /expected an entity id like "entity:pboc", got "PBOC"/,
    breakIt: (d) => editJson(d, "entities.json", (e) => void (e.entities[0].id = "PBOC")),
  },
  {
    name: "relation evidence that does not match the text",
    file: "entities.json",
    path: "$.relations[0].evidence[0].quote",
    message: /quote does not match the text at .* the quote occurs at start \d+, end \d+/,
    breakIt: (d) => editJson(d, "entities.json", (e) => void (e.relations[0].evidence[0].start -= 3, e.relations[0].evidence[0].end -= 3)),
  },
];

describe("bad graph-data is rejected with the file and the JSON path", () => {
  it.each(BAD_DATA)("$name", ({ file, path, message, breakIt }) => {
    const dir = copySeed();
    breakIt(dir);
    const problems = problemsOf(dir);
    const hit = problems.find((p) => p.file.endsWith(file) && p.path === path);
    expect(hit, `no problem at ${file} ${path}; got:\n${problems.map((p) => `${p.file} ${p.path} ${p.message}`).join("\n")}`).toBeDefined();
    expect(hit!.message).toMatch(message);
  });

  it("covers at least 12 distinct kinds of bad data", () => {
    expect(new Set(BAD_DATA.map((c) => c.name)).size).toBeGreaterThanOrEqual(12);
  });

  it("reports a JSON syntax error with its line and column", () => {
    const dir = copySeed();
    const p = join(dir, "entities.json");
    const lines = readFileSync(p, "utf8").split("\n");
    const lineNo = lines.findIndex((l) => l.includes('"name": "Tencent"')) + 1;
    const column = lines[lineNo - 1]!.indexOf('"Tencent"') + 1;
    writeFileSync(p, lines.map((l, i) => (i === lineNo - 1 ? l.replace('"name": "Tencent"', '"name" "Tencent"') : l)).join("\n"));
    const [problem] = problemsOf(dir);
    // A missing colon: the parser stops at the string that follows it.
    expect(problem).toMatchObject({ path: "$", line: lineNo, column: column - 1 });
  });

  it("reports every problem in one run, not only the first", () => {
    const dir = copySeed();
    editJson(dir, SEED_ANNOTATION, (a) => {
      a.actions[0].status = "rumoured";
      a.actions[5].actionType = "crackdown";
    });
    editJson(dir, "entities.json", (e) => void (e.relations[0].target = "entity:pbc"));
    const paths = problemsOf(dir).map((p) => p.path);
    expect(paths).toEqual(expect.arrayContaining(["$.actions[0].status", "$.actions[5].actionType"]));
  });

  it("names a missing graph-data folder", () => {
    const problems = problemsOf(join(copySeed(), "..", "nowhere"));
    expect(problems[0]!.message).toMatch(/no such folder/);
  });
});
