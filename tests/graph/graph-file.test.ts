import { describe, expect, it } from "vitest";
import { layoutGraph, parseGraphFile, serializeGraph } from "../../src/graph/index.ts";
import { loadGraphData } from "../../src/graph/node.ts";
import type { GraphFile } from "../../src/schema/index.ts";
import { SEED_DIR } from "../helpers/fixtures.ts";

function seedFile(): GraphFile {
  const graph = loadGraphData(SEED_DIR);
  layoutGraph(graph, { iterations: 50 });
  return JSON.parse(JSON.stringify(serializeGraph(graph)));
}

function problemsOf(data: unknown) {
  const { problems } = parseGraphFile(data, "graph.json");
  expect(problems.length, "expected the graph file to be rejected").toBeGreaterThan(0);
  expect(problems.every((p) => p.file === "graph.json")).toBe(true);
  return problems;
}

const indexOfNode = (g: GraphFile, key: string) => g.nodes.findIndex((n) => n.key === key);

describe("graph JSON files", () => {
  it("round-trip: graph -> JSON -> graph -> JSON gives the same JSON", () => {
    const file = seedFile();
    const { graph, problems } = parseGraphFile(file, "graph.json");
    expect(problems).toEqual([]);
    expect(serializeGraph(graph!)).toEqual(file);
  });

  it("are graphology's serialized format", () => {
    const file = seedFile();
    expect(file.options).toEqual({ type: "directed", multi: true, allowSelfLoops: false });
    expect(file.attributes).toMatchObject({ schemaVersion: 1, documents: ["doc:china-crypto-crackdown-intensify"] });
    expect(file.nodes[0]).toHaveProperty("key");
    expect(file.edges[0]).toEqual(expect.objectContaining({ key: expect.any(String), source: expect.any(String), target: expect.any(String) }));
  });

  it("rejects an edge to a node that does not exist, at the edge's target", () => {
    const file = seedFile();
    const i = file.edges.findIndex((e) => e.attributes.kind === "target");
    file.edges[i]!.target = "entity:nobody";
    const problems = problemsOf(file);
    expect(problems).toContainEqual(expect.objectContaining({ path: `$.edges[${i}].target`, message: expect.stringMatching(/unknown entity "entity:nobody"/) }));
  });

  it("rejects an edge whose endpoints have the wrong kinds", () => {
    const file = seedFile();
    const i = file.edges.findIndex((e) => e.attributes.kind === "actor");
    file.edges[i]!.source = "doc:china-crypto-crackdown-intensify";
    const problems = problemsOf(file);
    expect(problems).toContainEqual(expect.objectContaining({ path: `$.edges[${i}].source`, message: expect.stringMatching(/expected an entity as the source of an actor edge, got the document/) }));
  });

  it("rejects a node key that does not fit its kind", () => {
    const file = seedFile();
    const i = indexOfNode(file, "entity:pboc");
    file.nodes[i]!.key = "pboc";
    expect(problemsOf(file)).toContainEqual(expect.objectContaining({ path: `$.nodes[${i}].key` }));
  });

  it("rejects an action left without an actor", () => {
    const file = seedFile();
    const action = "action:china-crypto-crackdown-intensify:2";
    file.edges = file.edges.filter((e) => !(e.attributes.kind === "actor" && e.target === action));
    expect(problemsOf(file)).toContainEqual(
      expect.objectContaining({ path: `$.nodes[${indexOfNode(file, action)}].attributes`, message: expect.stringMatching(/has no actor/) }),
    );
  });

  it("rejects evidence whose quote is not the text at its offsets", () => {
    const file = seedFile();
    const i = indexOfNode(file, "action:china-crypto-crackdown-intensify:7");
    const attrs = file.nodes[i]!.attributes;
    if (attrs.kind !== "action") throw new Error("fixture");
    attrs.evidence[0]!.quote = "putting a ban on everything";
    expect(problemsOf(file)).toContainEqual(expect.objectContaining({ path: `$.nodes[${i}].attributes.evidence[0].quote` }));
  });

  it("rejects a documents list naming a document the graph lacks", () => {
    const file = seedFile();
    file.attributes.documents.push("doc:missing");
    expect(problemsOf(file)).toContainEqual(expect.objectContaining({ path: "$.attributes.documents[1]" }));
  });

  it("rejects a node with an unknown kind, at the kind", () => {
    const file = seedFile();
    (file.nodes[3]!.attributes as { kind: string }).kind = "organisation";
    expect(problemsOf(file)).toContainEqual(expect.objectContaining({ path: "$.nodes[3].attributes.kind" }));
  });
});

describe("layout", () => {
  it("is deterministic and gives every node a position", () => {
    const a = loadGraphData(SEED_DIR);
    const b = loadGraphData(SEED_DIR);
    layoutGraph(a, { iterations: 100 });
    layoutGraph(b, { iterations: 100 });
    a.forEachNode((n, attrs) => {
      expect(Number.isFinite(attrs.x) && Number.isFinite(attrs.y)).toBe(true);
      expect([attrs.x, attrs.y]).toEqual([b.getNodeAttribute(n, "x"), b.getNodeAttribute(n, "y")]);
    });
  });

  it("spreads the nodes out rather than stacking them", () => {
    const graph = loadGraphData(SEED_DIR);
    layoutGraph(graph);
    const seen = new Set(graph.mapNodes((_n, a) => `${a.x},${a.y}`));
    expect(seen.size).toBe(graph.order);
  });
});
