import { readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { describe, expect, it } from "vitest";
import { regkg } from "../helpers/cli.ts";
import { copySeed, editJson, fingerprint, readJsonFile, SEED_ANNOTATION, SEED_DIR, tempDir } from "../helpers/fixtures.ts";

const seedActions = readJsonFile(join(SEED_DIR, SEED_ANNOTATION)).actions.length;
const seedEntities = readJsonFile(join(SEED_DIR, "entities.json")).entities.length;

/** A copy of the seed with one broken value, and the folder to run regkg in so paths read "graph-data/...". */
function brokenSeed(): { cwd: string; dir: string } {
  const dir = copySeed();
  editJson(dir, SEED_ANNOTATION, (a) => void (a.actions[0].status = "rumoured"));
  return { cwd: dirname(dir), dir };
}

describe("regkg --help and usage errors", () => {
  it("lists the commands and exits 0", () => {
    const r = regkg(["--help"]);
    expect(r.status).toBe(0);
    // Each command's module loads only when it runs: --help must still load them all.
    for (const cmd of ["validate", "build", "stats", "schema", "query", "path", "neighbors", "top", "export", "ingest", "synth"]) expect(r.stdout).toMatch(new RegExp(`^  ${cmd}\\b`, "m"));
  });

  it("suggests the command meant by a misspelt one (which needs every command known)", () => {
    const r = regkg(["qeury", "Tencent -> *"]);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain("Did you mean query?");
  });

  it("exits 2 on an unknown command, an unknown option or a bad option value", () => {
    for (const args of [["frobnicate"], ["validate", "--colour"], ["build", "--iterations", "many"], ["stats", "--format", "xml"], ["schema", "nope"]]) {
      const r = regkg(args);
      expect(r.status, args.join(" ")).toBe(2);
      expect(r.stderr.length, args.join(" ")).toBeGreaterThan(0);
      expect(r.stdout, args.join(" ")).toBe("");
    }
  });
});

describe("regkg validate", () => {
  it("passes on the seed and prints its counts (JSON when stdout is a pipe)", () => {
    const r = regkg(["validate"]);
    expect(r.status).toBe(0);
    const result = JSON.parse(r.stdout);
    expect(result).toMatchObject({ valid: true, nodeKinds: { action: seedActions, entity: seedEntities, document: 1 } });
  });

  it("says so in a sentence with --format text", () => {
    const r = regkg(["validate", "--format", "text"]);
    expect(r.stdout).toMatch(new RegExp(`^graph-data: valid\\. 1 document\\(s\\), ${seedEntities} entities, ${seedActions} actions`));
  });

  it("fails with exit 1, naming file and path, without a stack trace", () => {
    const { cwd } = brokenSeed();
    const r = regkg(["validate", "graph-data"], cwd);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatchSnapshot();
    expect(r.stderr).not.toMatch(/\n\s+at /);
    expect(JSON.parse(r.stdout)).toMatchObject({ valid: false, problems: [{ file: `graph-data/${SEED_ANNOTATION}`, path: "$.actions[0].status" }] });
  });

  it("checks a built graph file with --graph, and names a missing one", () => {
    const out = join(tempDir(), "graph.json");
    expect(regkg(["build", "--out", out, "--iterations", "20"]).status).toBe(0);
    expect(regkg(["validate", "--graph", out]).status).toBe(0);

    const data = readJsonFile(out);
    data.edges[0].target = "entity:nobody";
    writeFileSync(out, JSON.stringify(data));
    const bad = regkg(["validate", "--graph", out]);
    expect(bad.status).toBe(1);
    expect(bad.stderr).toContain("$.edges[0].target: unknown");

    const missing = regkg(["validate", "--graph", join(tempDir(), "nope.json")]);
    expect(missing.status).toBe(1);
    expect(missing.stderr).toMatch(/nope\.json: file not found/);
  });
});

describe("regkg build", () => {
  it("writes graphology JSON that is the same byte for byte on every build", () => {
    const dir = tempDir();
    const [a, b] = [join(dir, "a.json"), join(dir, "b.json")];
    expect(regkg(["build", "--out", a]).status).toBe(0);
    expect(regkg(["build", "--out", b]).status).toBe(0);
    expect(readFileSync(a)).toEqual(readFileSync(b));
    const graph = readJsonFile(a);
    expect(Object.keys(graph).sort()).toEqual(["attributes", "edges", "nodes", "options"]);
    expect(graph.nodes.every((n: { attributes: { x?: number } }) => typeof n.attributes.x === "number")).toBe(true);
  });

  it("writes to stdout without --out, and leaves positions out with --no-layout", () => {
    const r = regkg(["build", "--no-layout"]);
    expect(r.status).toBe(0);
    const graph = JSON.parse(r.stdout);
    expect(graph.nodes.filter((n: { attributes: { kind: string } }) => n.attributes.kind === "action")).toHaveLength(seedActions);
    expect(graph.nodes.some((n: { attributes: { x?: number } }) => "x" in n.attributes)).toBe(false);
  });

  it("changes no file when the data is bad: not the data, not an existing output", () => {
    const { cwd } = brokenSeed();
    const out = join(cwd, "graph.json");
    writeFileSync(out, "previous build\n");
    const before = fingerprint(cwd);
    expect(regkg(["build", "--data", "graph-data", "--out", out], cwd).status).toBe(1);
    expect(regkg(["validate", "graph-data"], cwd).status).toBe(1);
    expect(regkg(["stats", "--data", "graph-data"], cwd).status).toBe(1);
    expect(fingerprint(cwd)).toEqual(before);
    expect(readFileSync(out, "utf8")).toBe("previous build\n");
  });
});

describe("regkg stats", () => {
  it("prints counts by kind, category, action type and status", () => {
    const r = regkg(["stats", "--format", "text"]);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatchSnapshot();
  });

  it("prints JSON with every vocabulary key when piped", () => {
    const s = JSON.parse(regkg(["stats"]).stdout);
    expect(s.nodeKinds.action).toBe(seedActions);
    expect(Object.values<number>(s.statuses).reduce((x, y) => x + y)).toBe(seedActions);
    expect(s.actionTypes).toHaveProperty("report", 0);
  });
});

describe("regkg schema", () => {
  it("prints JSON Schema for the graph file by default, and for each named format", () => {
    const graph = JSON.parse(regkg(["schema"]).stdout);
    expect(graph.$schema).toBe("https://json-schema.org/draft/2020-12/schema");
    expect(graph.properties).toHaveProperty("nodes");
    const annotation = JSON.parse(regkg(["schema", "annotation"]).stdout);
    expect(annotation.properties.actions.items.properties.actionType.enum).toContain("declare_illegal");
    expect(Object.keys(JSON.parse(regkg(["schema", "all"]).stdout))).toEqual(["graph", "annotation", "entities", "meta", "gazetteer", "places", "companies", "districts", "marker", "frames"]);
  });
});
