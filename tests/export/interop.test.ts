/** What other graph tools (Gephi, Gephi Lite, sigma, yEd) get from regkg's exports: the picture and the categories, not just the data. */
import { DOMParser } from "@xmldom/xmldom";
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { MultiDirectedGraph } from "graphology";
import gexf from "graphology-gexf";
import graphml from "graphology-graphml";
import { describe, expect, it } from "vitest";
import { toGexf } from "../../src/export/gexf.ts";
import { toGraphml } from "../../src/export/graphml.ts";
import { CATEGORY_COLORS } from "../../src/export/palette.ts";
import { layoutGraph, type RegkgGraph } from "../../src/graph/index.ts";
import { loadGraphData } from "../../src/graph/node.ts";
import { ACTION_TYPES, ENTITY_CATEGORIES, STATUSES } from "../../src/schema/index.ts";
import { regkg } from "../helpers/cli.ts";
import { SEED_DIR, tempDir } from "../helpers/fixtures.ts";

function seed(): RegkgGraph {
  const g = loadGraphData(SEED_DIR);
  layoutGraph(g, { iterations: 20 });
  return g;
}

/** The action type of a node, or undefined for a node that is not an action. */
function typeOf(g: RegkgGraph, node: string): string | undefined {
  const a = g.getNodeAttributes(node);
  return a.kind === "action" ? a.actionType : undefined;
}

/** An edge of the seed by kind and the action or relation it belongs to. */
function edgeWhere(g: RegkgGraph, test: (a: Record<string, unknown>, source: string, target: string) => boolean): string {
  const e = g.findEdge((_e, a, s, t) => test(a as Record<string, unknown>, s, t));
  expect(e).toBeDefined();
  return e!;
}

describe("graph JSON export", () => {
  it("carries label, x, y, size and color on every node, and still validates", () => {
    const r = regkg(["export", "--format", "json"]);
    expect(r.status, r.stderr).toBe(0);
    const file = JSON.parse(r.stdout);
    for (const { attributes: a } of file.nodes) {
      expect(typeof a.label).toBe("string");
      expect(a.label.length).toBeGreaterThan(0);
      expect(Number.isFinite(a.x) && Number.isFinite(a.y)).toBe(true);
      expect(a.size).toBeGreaterThan(0);
      expect(a.color).toMatch(/^#[0-9a-f]{6}$/i);
    }
    const pboc = file.nodes.find((n: { key: string }) => n.key === "entity:pboc").attributes;
    expect(pboc).toMatchObject({ label: "People's Bank of China", color: CATEGORY_COLORS.regulator });
    const action = file.nodes.find((n: { attributes: { kind: string } }) => n.attributes.kind === "action").attributes;
    expect(action.label).toBe(`${action.actionType.replace(/_/g, " ")} (${action.status})`);
    // graphology (and so sigma) reads it as it is.
    expect(MultiDirectedGraph.from(file).order).toBe(file.nodes.length);
    // And regkg reads it back: the display attributes are part of its schema.
    const file2 = join(tempDir(), "seed.json");
    writeFileSync(file2, r.stdout);
    const check = regkg(["validate", "--graph", file2]);
    expect(check.status, check.stderr).toBe(0);
  });
});

describe("GEXF for Gephi", () => {
  const graph = seed();
  const xml = toGexf(graph);
  const doc = new DOMParser().parseFromString(xml, "application/xml");

  it("declares the closed vocabularies as categories with their values as options", () => {
    const declared = (cls: string) =>
      Object.fromEntries(
        Array.from(doc.getElementsByTagName("attributes"))
          .filter((a) => a.getAttribute("class") === cls)
          .flatMap((a) => Array.from(a.getElementsByTagName("attribute")))
          .map((a) => [a.getAttribute("id"), a.getElementsByTagName("options")[0]?.textContent?.split("|")]),
      );
    const nodes = declared("node");
    expect(nodes.actionType).toEqual(Object.keys(ACTION_TYPES));
    expect(nodes.status).toEqual(Object.keys(STATUSES));
    expect(nodes.category).toEqual(Object.keys(ENTITY_CATEGORIES));
    expect(nodes.kind).toEqual(["entity", "action", "document"]);
    expect(nodes.summary).toBeUndefined(); // free text stays free text
    expect(declared("edge").kind).toEqual(["actor", "target", "basis", "relation", "source", "attribution"]);
  });

  it("labels edges with their action's type or the relation, not the edge kind", () => {
    const back = gexf.parse(MultiDirectedGraph, xml);
    const shutdownActor = edgeWhere(graph, (a, _s, t) => a.kind === "actor" && typeOf(graph, t) === "shutdown");
    expect(back.getEdgeAttribute(shutdownActor, "label")).toBe("shutdown");
    const blockTarget = edgeWhere(graph, (a, s) => a.kind === "target" && typeOf(graph, s) === "block");
    expect(back.getEdgeAttribute(blockTarget, "label")).toBe("block");
    const position = edgeWhere(graph, (a) => a.kind === "relation" && a.relType === "holds_position_in");
    expect(back.getEdgeAttribute(position, "label")).toBe(`holds_position_in: ${(graph.getEdgeAttributes(position) as { title?: string }).title}`);
    expect(back.getEdgeAttribute(position, "kind")).toBe("relation");
  });

  it("draws actions as squares and entities as discs, in the explorer's colours and sizes", () => {
    const back = gexf.parse(MultiDirectedGraph, xml);
    graph.forEachNode((n, a) => {
      expect(back.getNodeAttribute(n, "shape"), n).toBe(a.kind === "action" ? "square" : "disc");
      if (a.kind === "entity") expect(back.getNodeAttribute(n, "color")).toBe(CATEGORY_COLORS[a.category]);
      expect(back.getNodeAttribute(n, "size")).toBeGreaterThan(0);
    });
  });

  it("carries evidence as text a reader can read, beside the JSON", () => {
    const back = gexf.parse(MultiDirectedGraph, xml);
    const id = "action:china-crypto-crackdown-intensify:16";
    const a = graph.getNodeAttributes(id);
    if (a.kind !== "action") throw new Error("expected an action");
    const e = a.evidence[0]!;
    expect(back.getNodeAttribute(id, "evidenceText")).toBe(`“${e.quote}” (${e.doc}, ${e.start}-${e.end})`);
    expect(JSON.parse(back.getNodeAttribute(id, "evidence"))).toEqual(a.evidence);
  });
});

describe("GraphML", () => {
  it("carries node labels, colours and sizes, readable evidence and edge labels", () => {
    const graph = seed();
    const back = graphml.parse(MultiDirectedGraph, toGraphml(graph));
    expect(back.getNodeAttribute("entity:tencent", "label")).toBe("Tencent");
    expect(back.getNodeAttribute("entity:tencent", "color")).toBe(CATEGORY_COLORS.company);
    const shutdownActor = edgeWhere(graph, (a, _s, t) => a.kind === "actor" && typeOf(graph, t) === "shutdown");
    expect(back.getEdgeAttribute(shutdownActor, "label")).toBe("shutdown");
    expect(back.getNodeAttribute("action:china-crypto-crackdown-intensify:16", "evidenceText")).toMatch(/^“block 124 servers .*” \(doc:china-crypto-crackdown-intensify, \d+-\d+\)$/);
  });
});
