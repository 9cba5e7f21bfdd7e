import fc from "fast-check";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { serializeGraph, type RegkgGraph } from "../../src/graph/index.ts";
import { readStoreGraph } from "../../src/store/read-store.ts";
import { synthesize, synthGraph, synthRecords } from "../../src/synth/synth.ts";
import { writeStore, writeStoreParts, type StoreParts } from "../../src/store/write-store.ts";
import { tempDir } from "../helpers/fixtures.ts";
import { storeContents } from "../helpers/store-contents.ts";
import { randomGraph, withEdgesReordered } from "../helpers/random-graph.ts";


/** The graph's records in graph order, as a graph file lists them. */
function partsOf(graph: RegkgGraph): StoreParts {
  return {
    attributes: graph.getAttributes(),
    allowSelfLoops: graph.allowSelfLoops,
    records: [...graph.mapNodes((key, attributes) => ({ key, attributes })), ...graph.mapEdges((key, attributes, source, target) => ({ key, source, target, attributes }))],
  };
}

/** The same graph with its edges added in another order: graphology then walks them differently. */
const reordered = fc.tuple(randomGraph, fc.integer()).map(([graph, seed]) => withEdgesReordered(graph, seed));

describe("writing a store from a graph's records, without the graph", () => {
  it("writes the same store as from the graph in memory, positions of edges among their nodes' edges included", () => {
    const dir = tempDir();
    // Random graphs have several edges between one action and one entity (a target that is
    // also the basis) and between two entities (relations of several types).
    fc.assert(
      fc.property(reordered, (graph) => {
        writeStore(graph, join(dir, "graph.sqlite"));
        writeStoreParts(partsOf(graph), join(dir, "parts.sqlite"));
        const fromGraph = storeContents(join(dir, "graph.sqlite"));
        expect(fromGraph["foreign_key_check"]).toEqual([]);
        expect(storeContents(join(dir, "parts.sqlite"))).toEqual(fromGraph);
      }),
      { numRuns: 100 },
    );
  });

  it("writes a synthetic graph as it is generated (each document's edges right after its nodes), the same store as from the generated graph", () => {
    const dir = tempDir();
    const s = synthesize({ actions: 3000, seed: 5 });
    const written = writeStoreParts({ attributes: s.attributes, allowSelfLoops: false, records: synthRecords(s) }, join(dir, "stream.sqlite"));
    const graph = synthGraph({ actions: 3000, seed: 5 });
    writeStore(graph, join(dir, "graph.sqlite"));
    expect(written).toMatchObject({ nodes: graph.order, edges: graph.size });
    const fromGraph = storeContents(join(dir, "graph.sqlite"));
    expect(fromGraph["foreign_key_check"]).toEqual([]);
    expect(storeContents(join(dir, "stream.sqlite"))).toEqual(fromGraph);
  });

  it("keeps the evidence of actions listed before the documents they cite", () => {
    const dir = tempDir();
    const graph = synthGraph({ actions: 60, seed: 2 });
    // The same graph with its documents last: each action cites a document not yet written.
    const late = graph.nullCopy();
    for (const kind of ["entity", "action", "document"]) graph.forEachNode((key, a) => void (a.kind === kind && late.addNode(key, a)));
    graph.forEachEdge((key, a, source, target) => void late.addEdgeWithKey(key, source, target, a));
    writeStoreParts(partsOf(late), join(dir, "late.sqlite"));
    const back = readStoreGraph(join(dir, "late.sqlite"));
    expect(serializeGraph(back)).toEqual(serializeGraph(late));
    expect(back.getNodeAttributes("action:synth-2-1:1")).toMatchObject({ evidence: [{ doc: "doc:synth-2-1" }] });
  });
});
