import Database from "better-sqlite3";
import fc from "fast-check";
import { createHash } from "node:crypto";
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { graphFromFile, serializeGraph, type RegkgGraph } from "../../src/graph/index.ts";
import { ValidationError } from "../../src/schema/index.ts";
import { readStoreGraph } from "../../src/store/read-store.ts";
import { NotForStreaming, writeStoreFromGraphFile } from "../../src/store/write-store-file.ts";
import { writeStore } from "../../src/store/write-store.ts";
import { synthGraph } from "../../src/synth/synth.ts";
import { BROKEN_GRAPH_FILES, INVALID_GRAPH_JSON, seedGraphFile, wholeTextLoad } from "../helpers/broken-graph-files.ts";
import { tempDir } from "../helpers/fixtures.ts";
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

const writeJson = (dir: string, value: unknown, name = "graph.json") => {
  const file = join(dir, name);
  writeFileSync(file, JSON.stringify(value));
  return file;
};

describe("writing a store from a graph JSON file record by record, without building the graph", () => {
  it("writes the same store as loading the seed graph and writing it from memory, in chunks of any size", () => {
    const dir = tempDir();
    const file = writeJson(dir, seedGraphFile());
    viaGraph(file, join(dir, "loaded.sqlite"));
    for (const chunkSize of [97, 4096, 1 << 20]) {
      const written = writeStoreFromGraphFile(file, "graph.json", join(dir, "streamed.sqlite"), { source, chunkSize });
      sameStores(join(dir, "streamed.sqlite"), join(dir, "loaded.sqlite"));
      expect(written.nodes).toBe(49);
    }
  });

  it("records the sha256 of the file's bytes, as a store written from the loaded file does", () => {
    const dir = tempDir();
    const file = writeJson(dir, seedGraphFile());
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

  it.each(BROKEN_GRAPH_FILES)("finds the loader's problems, in its order, and leaves no store behind: %s", (_name, edit) => {
    const dir = tempDir();
    const file = writeJson(dir, edit(seedGraphFile()));
    const loaded = wholeTextLoad(file);
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

  it("finds the loader's problems in a graph of thousands of nodes (the checker's id tables grown several times)", () => {
    const dir = tempDir();
    const g = serializeGraph(synthGraph({ actions: 5000, seed: 5 }));
    const actions = g.nodes.filter((n) => n.attributes.kind === "action");
    const docs = g.nodes.filter((n) => n.attributes.kind === "document");
    // A duplicate of an early node at the end, an edge to a missing action and to a missing document, a duplicate edge.
    g.nodes.push(actions[3]!, docs[1]!);
    g.edges.push({ ...g.edges.find((e) => e.attributes.kind === "actor")!, target: `${actions[4000]!.key}0` });
    g.edges.push({ ...g.edges.find((e) => e.attributes.kind === "source")!, target: "doc:nowhere" });
    g.edges.push(g.edges[g.edges.length - 4000]!);
    const file = writeJson(dir, g);
    const loaded = wholeTextLoad(file);
    expect(loaded.problems.length).toBe(5);
    expect(() => writeStoreFromGraphFile(file, "graph.json", join(dir, "out.sqlite"), { source })).toThrow(ValidationError);
    try {
      writeStoreFromGraphFile(file, "graph.json", join(dir, "out.sqlite"), { source });
    } catch (err) {
      expect((err as ValidationError).problems).toEqual(loaded.problems);
    }
    expect(readdirSync(dir)).toEqual(["graph.json"]);
  });

  it.each([
    ...INVALID_GRAPH_JSON,
    ["another tool's graph JSON", () => JSON.stringify({ attributes: {}, options: { type: "directed" }, nodes: [{ key: "a" }, { key: "b" }], edges: [{ source: "a", target: "b" }] })],
  ])("leaves to the loader what only it judges, writing nothing: %s", (_name, edit) => {
    const dir = tempDir();
    const file = join(dir, "graph.json");
    writeFileSync(file, edit(JSON.stringify(seedGraphFile(), null, 1)));
    expect(() => writeStoreFromGraphFile(file, "graph.json", join(dir, "out.sqlite"), { source, chunkSize: 1000 })).toThrow(NotForStreaming);
    expect(readdirSync(dir)).toEqual(["graph.json"]);
  });
});
