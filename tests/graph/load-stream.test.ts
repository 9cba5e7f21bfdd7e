import { statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { serializeGraph } from "../../src/graph/index.ts";
import { loadGraphStream } from "../../src/graph/load-graph-stream.ts";
import { JsonMemberScanner } from "../../src/graph/json-members.ts";
import { BROKEN_GRAPH_FILES, INVALID_GRAPH_JSON, seedGraphFile, wholeTextLoad } from "../helpers/broken-graph-files.ts";
import { tempDir } from "../helpers/fixtures.ts";

describe("loading a graph file in pieces", () => {
  it("the scanner hands over every member and element, whatever the chunk boundaries", () => {
    const obj = { attributes: { a: 'x"}]', b: [1, { c: "\\" }] }, nodes: [{ key: 'n\\"1', v: "é漢\u2028" }, { s: "[[{{" }, 5, "str", null], edges: [], tail: true };
    const bytes = new TextEncoder().encode(JSON.stringify(obj, null, 1));
    for (const size of [1, 2, 3, 5, 64, bytes.length]) {
      const got: Record<string, unknown> = {};
      const lists: Record<string, unknown[]> = {};
      const scanner = new JsonMemberScanner(new Set(["nodes", "edges"]), {
        member: (k, v) => (got[k] = v),
        array: (k) => (lists[k] = []),
        element: (k, i, v) => (lists[k]![i] = v),
      });
      for (let i = 0; i < bytes.length; i += size) scanner.push(bytes.subarray(i, i + size));
      scanner.end();
      expect({ ...got, ...lists }, `chunks of ${size}`).toEqual(obj);
    }
  });

  it("builds the same graph as the whole-text loader, in chunks of any size", () => {
    const file = join(tempDir(), "graph.json");
    writeFileSync(file, JSON.stringify(seedGraphFile()));
    const whole = wholeTextLoad(file);
    expect(whole.problems).toEqual([]);
    for (const chunk of [7, 4096, 1 << 20]) {
      const streamed = loadGraphStream(file, "graph.json", { chunkSize: chunk });
      expect(streamed.problems).toEqual([]);
      expect(serializeGraph(streamed.graph!)).toEqual(serializeGraph(whole.graph!));
    }
  });

  it("reports how many bytes it has read, up to the file's size", () => {
    const file = join(tempDir(), "graph.json");
    writeFileSync(file, JSON.stringify(seedGraphFile()));
    const size = statSync(file).size;
    const heard: [number, number][] = [];
    loadGraphStream(file, "graph.json", { chunkSize: 4096, onProgress: (done, total) => heard.push([done, total]) });
    expect(heard.length).toBe(Math.ceil(size / 4096));
    expect(heard.every(([, total]) => total === size)).toBe(true);
    expect(heard.map(([done]) => done)).toEqual(heard.map((_, i) => Math.min((i + 1) * 4096, size)));
  });

  it.each(BROKEN_GRAPH_FILES)("finds the whole-text loader's problems, in its order: %s", (_name, edit) => {
    const file = join(tempDir(), "graph.json");
    writeFileSync(file, JSON.stringify(edit(seedGraphFile())));
    const whole = wholeTextLoad(file);
    const streamed = loadGraphStream(file, "graph.json", { chunkSize: 1000 });
    expect(whole.problems.length).toBeGreaterThan(0);
    expect(streamed.problems).toEqual(whole.problems);
    expect(streamed.graph === undefined).toBe(whole.graph === undefined);
  });

  it("names where the first copy of each duplicate is written, however many duplicates there are", () => {
    const g = seedGraphFile();
    const early = g.nodes[5]!;
    const late = g.nodes[20]!;
    g.nodes.splice(8, 0, early); // late is now at index 21
    g.nodes.push(late);
    const file = join(tempDir(), "graph.json");
    writeFileSync(file, JSON.stringify(g));
    for (const { problems } of [wholeTextLoad(file), loadGraphStream(file, "graph.json", { chunkSize: 1000 })]) {
      const duplicates = problems.filter((p) => p.message.startsWith("duplicate id"));
      expect(duplicates).toEqual([
        { file: "graph.json", path: "$.nodes[8].attributes", message: `duplicate id "${early.key}", first defined in graph.json at $.nodes[5].attributes` },
        { file: "graph.json", path: `$.nodes[${g.nodes.length - 1}].attributes`, message: `duplicate id "${late.key}", first defined in graph.json at $.nodes[21].attributes` },
      ]);
    }
  });

  it.each(INVALID_GRAPH_JSON)("reports invalid JSON with its line and column: %s", (_name, edit) => {
    const file = join(tempDir(), "graph.json");
    writeFileSync(file, edit(JSON.stringify(seedGraphFile(), null, 1)));
    const streamed = loadGraphStream(file, "graph.json", { chunkSize: 333 });
    expect(streamed.graph).toBeUndefined();
    expect(streamed.problems).toHaveLength(1);
    expect(streamed.problems[0]!.message).toMatch(/^invalid JSON: /);
    const whole = wholeTextLoad(file);
    // Where both can say where: the same line.
    if (whole.problems[0]!.line !== undefined && _name !== "a cut-off file") {
      expect(streamed.problems[0]!.line).toBe(whole.problems[0]!.line);
      if (_name === "a syntax error in the middle") expect(streamed.problems[0]!.column).toBe(whole.problems[0]!.column);
    }
  });
});
