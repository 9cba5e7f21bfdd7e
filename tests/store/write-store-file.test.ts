import Database from "better-sqlite3";
import fc from "fast-check";
import { createHash } from "node:crypto";
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { graphFromFile, layoutGraph, parseGraphFile, parseJsonText, serializeGraph, type RegkgGraph } from "../../src/graph/index.ts";
import { loadGraphData } from "../../src/graph/node.ts";
import { ValidationError, type GraphFile } from "../../src/schema/index.ts";
import { readStoreGraph } from "../../src/store/read-store.ts";
import { NotForStreaming, writeStoreFromGraphFile } from "../../src/store/write-store-file.ts";
import { writeStore } from "../../src/store/write-store.ts";
import { synthGraph } from "../../src/synth/synth.ts";
import { SEED_DIR, tempDir } from "../helpers/fixtures.ts";
import { storeContents } from "../helpers/store-contents.ts";
import { randomGraph, withEdgesReordered } from "../helpers/random-graph.ts";


const source = { kind: "graph-file", path: "graph.json" };

/** The store the graph loader's path writes for a graph JSON file: load it into graphology, then writeStore. */
function viaGraph(file: string, out: string): void {
  const graph = graphFromFile(JSON.parse(readFileSync(file, "utf8")), "graph.json");
  writeStore(graph, out, { source: { ...source, sha256: "" } });
}

/** Both stores, the meta table's sha256 aside (the in-memory path here is given none). */
function sameStores(streamed: string, loaded: string): void {
  const a = storeContents(streamed);
  const b = storeContents(loaded);
  const withoutHash = (rows: unknown[]) => rows.filter((r) => (r as unknown[])[0] !== "source_sha256");
  expect(a["foreign_key_check"]).toEqual([]);
  expect({ ...a, meta: withoutHash(a["meta"]!) }).toEqual({ ...b, meta: withoutHash(b["meta"]!) });
  // And the graph JSON `regkg export --format json` gives back from each.
  expect(serializeGraph(readStoreGraph(streamed))).toEqual(serializeGraph(readStoreGraph(loaded)));
}

const seedFile = (): GraphFile => {
  const g = loadGraphData(SEED_DIR);
  layoutGraph(g, { iterations: 20 });
  return serializeGraph(g);
};

const writeJson = (dir: string, value: unknown, name = "graph.json") => {
  const file = join(dir, name);
  writeFileSync(file, JSON.stringify(value));
  return file;
};

describe("writing a store from a graph JSON file record by record, without building the graph", () => {
  it("writes the same store as loading the seed graph and writing it from memory, in chunks of any size", () => {
    const dir = tempDir();
    const file = writeJson(dir, seedFile());
    viaGraph(file, join(dir, "loaded.sqlite"));
    for (const chunkSize of [97, 4096, 1 << 20]) {
      const written = writeStoreFromGraphFile(file, "graph.json", join(dir, "streamed.sqlite"), { source, chunkSize });
      sameStores(join(dir, "streamed.sqlite"), join(dir, "loaded.sqlite"));
      expect(written.nodes).toBe(49);
    }
  });

  it("records the sha256 of the file's bytes, as a store written from the loaded file does", () => {
    const dir = tempDir();
    const file = writeJson(dir, seedFile());
    writeStoreFromGraphFile(file, "graph.json", join(dir, "s.sqlite"), { source, chunkSize: 1000 });
    const db = new Database(join(dir, "s.sqlite"), { readonly: true });
    const { value } = db.prepare("SELECT value FROM meta WHERE key = 'source_sha256'").get() as { value: string };
    db.close();
    expect(value).toBe(createHash("sha256").update(readFileSync(file)).digest("hex"));
  });

  it("writes the same store as the loaded graph for random graphs with their edges in any order (positions among a node's edges included)", () => {
    const dir = tempDir();
    fc.assert(
      fc.property(randomGraph, fc.integer(), (graph, seed) => {
        const file = writeJson(dir, serializeGraph(withEdgesReordered(graph, seed)));
        viaGraph(file, join(dir, "loaded.sqlite"));
        writeStoreFromGraphFile(file, "graph.json", join(dir, "streamed.sqlite"), { source, chunkSize: 512 });
        sameStores(join(dir, "streamed.sqlite"), join(dir, "loaded.sqlite"));
      }),
      { numRuns: 60 },
    );
  });

  it("takes a file with its edges before its nodes and its documents after the actions citing them", () => {
    const dir = tempDir();
    const graph = synthGraph({ actions: 80, seed: 3 });
    const late: RegkgGraph = graph.nullCopy();
    for (const kind of ["entity", "action", "document"]) graph.forEachNode((key, a) => void (a.kind === kind && late.addNode(key, a)));
    graph.forEachEdge((key, a, s, t) => void late.addEdgeWithKey(key, s, t, a));
    const { edges, nodes, ...rest } = serializeGraph(late);
    const file = writeJson(dir, { edges, ...rest, nodes });
    viaGraph(file, join(dir, "loaded.sqlite"));
    writeStoreFromGraphFile(file, "graph.json", join(dir, "streamed.sqlite"), { source, chunkSize: 700 });
    sameStores(join(dir, "streamed.sqlite"), join(dir, "loaded.sqlite"));
  });

  type Edit = (g: GraphFile) => unknown;
  const action = (g: GraphFile, n = 0) => g.nodes.filter((x) => x.attributes.kind === "action")[n]! as { key: string; attributes: { evidence: { doc: string; start: number; end: number; quote: string }[]; time?: { anchor?: string } } };
  const cases: [string, Edit][] = [
    ["a node of an unknown kind", (g) => ((g.nodes[3]!.attributes as { kind: string }).kind = "person", g)],
    ["an edge to a missing node (with a near id)", (g) => ((g.edges[2]!.target = `${g.edges[2]!.target}x`), g)],
    ["an edge to a missing node", (g) => ((g.edges[2]!.target = "entity:nobody"), g)],
    ["an edge from a node of the wrong kind", (g) => ((g.edges.find((e) => e.attributes.kind === "actor")!.source = g.nodes.find((n) => n.attributes.kind === "document")!.key), g)],
    ["an edge between two nodes of the wrong kinds", (g) => {
      const e = g.edges.find((x) => x.attributes.kind === "target")!;
      [e.source, e.target] = [e.target, e.source];
      return g;
    }],
    ["a relation from an entity to itself", (g) => {
      const e = g.edges.find((x) => x.attributes.kind === "relation")!;
      e.target = e.source;
      return g;
    }],
    ["a duplicate node", (g) => (g.nodes.push(g.nodes[5]!), g)],
    ["duplicate nodes, one of them far apart", (g) => (g.nodes.splice(8, 0, g.nodes[5]!), g.nodes.push(g.nodes[20]!), g)],
    ["a duplicate edge", (g) => (g.edges.push(g.edges[1]!), g)],
    ["an edge with the key of another", (g) => (g.edges.push({ ...g.edges.find((e) => e.attributes.kind === "target")!, key: g.edges[0]!.key, attributes: { kind: "basis" } } as GraphFile["edges"][number]), g)],
    ["an action without actors or source", (g) => {
      const a = action(g, 2).key;
      g.edges = g.edges.filter((e) => !(e.target === a && e.attributes.kind === "actor") && !(e.source === a && e.attributes.kind === "source"));
      return g;
    }],
    ["an action with no edges at all", (g) => {
      const a = action(g, 1);
      g.edges = g.edges.filter((e) => e.source !== a.key && e.target !== a.key);
      return g;
    }],
    ["an evidence quote that is not in its document", (g) => ((action(g).attributes.evidence[0]!.quote = "not in the text"), g)],
    ["evidence out of range, reversed, and citing a missing document", (g) => {
      const ev = action(g, 3).attributes.evidence[0]!;
      action(g, 3).attributes.evidence.push({ ...ev, end: ev.start }, { ...ev, doc: "doc:nowhere" }, { ...ev, start: 10 ** 7, end: 10 ** 7 + 3 });
      ev.end = 10 ** 6;
      return g;
    }],
    ["evidence citing an entity (a schema problem)", (g) => ((action(g).attributes.evidence[0]!.doc = g.nodes.find((n) => n.attributes.kind === "entity")!.key), g)],
    ["an unknown time anchor", (g) => ((action(g, 4).attributes.time = { ...action(g, 4).attributes.time, anchor: "action:nowhere:1" }), g)],
    ["a relation whose evidence does not match", (g) => {
      const e = g.edges.find((x) => x.attributes.kind === "relation")!;
      const ev = action(g).attributes.evidence[0]!;
      (e.attributes as { evidence?: unknown[] }).evidence = [{ ...ev, quote: "wrong" }];
      return g;
    }],
    ["a graph listing a document it does not have", (g) => (g.attributes.documents.push("doc:missing"), g)],
    ["an action id that does not fit its kind", (g) => ((action(g).key = "entity:wrong"), g)],
    ["no options", (g) => {
      const { options: _o, ...rest } = g;
      return rest;
    }],
    ["an unexpected top-level member", (g) => ({ ...g, extra: 1 })],
    ["nodes that are not a list", (g) => ({ ...g, nodes: { a: 1 } })],
    ["no edges at all", (g) => ({ ...g, edges: [] })],
  ];
  it.each(cases)("finds the loader's problems, in its order, and leaves no store behind: %s", (_name, edit) => {
    const dir = tempDir();
    const file = writeJson(dir, edit(seedFile()));
    const json = parseJsonText(readFileSync(file, "utf8"), "graph.json");
    const loaded = json.ok ? parseGraphFile(json.value, "graph.json") : { problems: [json.problem] };
    expect(loaded.problems.length).toBeGreaterThan(0);
    let thrown: unknown;
    try {
      writeStoreFromGraphFile(file, "graph.json", join(dir, "out.sqlite"), { source, chunkSize: 1000 });
    } catch (err) {
      thrown = err;
    }
    expect(thrown).toBeInstanceOf(ValidationError);
    expect((thrown as ValidationError).problems).toEqual(loaded.problems);
    expect(readdirSync(dir)).toEqual(["graph.json"]);
  });

  it.each([
    ["broken JSON", (t: string) => t.replace('"kind":"action"', '"kind":"action",,')],
    ["a cut-off file", (t: string) => t.slice(0, t.length / 2)],
    ["another tool's graph JSON", () => JSON.stringify({ attributes: {}, options: { type: "directed" }, nodes: [{ key: "a" }, { key: "b" }], edges: [{ source: "a", target: "b" }] })],
  ])("leaves to the loader what only it judges, writing nothing: %s", (_name, edit) => {
    const dir = tempDir();
    const file = join(dir, "graph.json");
    writeFileSync(file, edit(JSON.stringify(seedFile())));
    expect(() => writeStoreFromGraphFile(file, "graph.json", join(dir, "out.sqlite"), { source, chunkSize: 1000 })).toThrow(NotForStreaming);
    expect(readdirSync(dir)).toEqual(["graph.json"]);
  });
});
