/** Graph files told apart by content; GEXF and GraphML as regkg exports them read back as the graph they were. */
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import Graph from "graphology";
import gexf from "graphology-gexf";
import { beforeEach, describe, expect, it } from "vitest";
import { toGexf } from "../../src/export/gexf.ts";
import { toGraphml } from "../../src/export/graphml.ts";
import { layoutGraph, serializeGraph } from "../../src/graph/index.ts";
import { loadGraphData, loadGraphFile } from "../../src/graph/node.ts";
import { sniffGraphFormat } from "../../src/graph/sniff.ts";
import { ForeignGraphError, readXmlGraph } from "../../src/graph/foreign.ts";
import { regkg } from "../helpers/cli.ts";
import { SEED_DIR, tempDir } from "../helpers/fixtures.ts";
import { GEPHI_SAMPLE, gephiGexf, networkxGraphml } from "../helpers/foreign-files.ts";

describe("sniffGraphFormat", () => {
  it("tells graph JSON, GEXF and GraphML apart by their content", () => {
    expect(sniffGraphFormat('  {"attributes":{}}')).toBe("json");
    expect(sniffGraphFormat('\uFEFF<?xml version="1.0" encoding="UTF-8"?>\n<gexf xmlns="http://gexf.net/1.3" version="1.3">')).toBe("gexf");
    expect(sniffGraphFormat('<?xml version="1.0"?><!-- made by yEd --><!DOCTYPE graphml><graphml xmlns="http://graphml.graphdrawing.org/xmlns">')).toBe("graphml");
    expect(sniffGraphFormat("<html><body>not found</body></html>")).toBe("unknown");
    expect(sniffGraphFormat("SQLite format 3\u0000")).toBe("unknown");
    expect(sniffGraphFormat("")).toBe("unknown");
  });
});

describe("reading GEXF and GraphML back", () => {
  const graph = loadGraphData(SEED_DIR);
  layoutGraph(graph, { iterations: 10 });
  const original = serializeGraph(graph);

  for (const [format, text] of [["gexf", toGexf(graph)], ["graphml", toGraphml(graph)]] as const) {
    it(`${format}: the same nodes, edges and attributes as the graph, whatever the file is called`, () => {
      const file = join(tempDir(), `exported.${format === "gexf" ? "json" : "txt"}`);
      writeFileSync(file, text);
      const back = serializeGraph(loadGraphFile(file));
      const byKey = <T extends { key: string }>(items: T[]) => Object.fromEntries(items.map((i) => [i.key, i]));
      expect(byKey(back.nodes)).toEqual(byKey(original.nodes));
      expect(byKey(back.edges)).toEqual(byKey(original.edges));
      expect(back.attributes.documents).toEqual(original.attributes.documents);
    });
  }

  it("a regkg GEXF that went through Gephi comes back without the columns Gephi added, and says so", () => {
    // What Gephi adds when its statistics are run: a column on every node; every edge gets a weight.
    const edited = gexf.parse(Graph, toGexf(graph));
    edited.updateEachNodeAttributes((_n, a) => ({ ...a, modularity_class: 1, degree: 3 }));
    edited.updateEachEdgeAttributes((_e, a) => ({ ...a, weight: 1 }));
    const file = join(tempDir(), "edited.gexf");
    writeFileSync(file, gexf.write(edited));
    const notes: string[] = [];
    const back = serializeGraph(loadGraphFile(file, { onNote: (n) => notes.push(n) }));
    const byKey = <T extends { key: string }>(items: T[]) => Object.fromEntries(items.map((i) => [i.key, i]));
    expect(byKey(back.nodes)).toEqual(byKey(original.nodes));
    expect(byKey(back.edges)).toEqual(byKey(original.edges));
    expect(notes).toEqual([
      `${file}: left out 2 attributes regkg's schema has no place for, as another tool added them: modularity_class (${graph.order} nodes), degree (${graph.order} nodes)`,
    ]);
  });

  it("a broken regkg GEXF is checked as a graph JSON is, with the path of the bad value", () => {
    const file = join(tempDir(), "broken.gexf");
    writeFileSync(file, toGexf(graph).replace(/(<attvalue for="status" value=")enacted"/, '$1rumoured"'));
    const r = regkg(["validate", "--graph", file]);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/broken\.gexf: \$\.nodes\[\d+\]\.attributes\.status: expected one of .*got "rumoured"/);
  });

  it("text that is no graph file says what was expected", () => {
    const file = join(tempDir(), "notes.txt");
    writeFileSync(file, "shopping list\n");
    const r = regkg(["query", "* -> *", "--graph", file]);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('notes.txt: is not a graph file regkg reads: expected graph JSON, GEXF or GraphML, got text starting with "shopping list\\n"');
  });
});

describe("a GEXF or GraphML another tool wrote", () => {
  let gephi = "";
  let networkx = "";
  beforeEach(() => {
    const dir = tempDir();
    writeFileSync((gephi = join(dir, "lesmiserables.gexf")), gephiGexf());
    writeFileSync((networkx = join(dir, "characters.graphml")), networkxGraphml());
  });
  const lacks = (file: string, format: string) =>
    `${file}: is a ${format} graph of ${GEPHI_SAMPLE.nodes} nodes and ${GEPHI_SAMPLE.edges} edges that regkg did not write: none of its nodes carries regkg's "kind" (entity, action, document) and attributes`;

  it("is read as the plain graph it is, typed as the file declares, for those who can use it", () => {
    const read = readXmlGraph(gephiGexf(), "gexf", "lesmiserables.gexf", gexf.parse);
    if (read.regkg) throw new Error("expected another tool's graph");
    const { graph, withoutKind } = read.foreign;
    expect([graph.order, graph.size, graph.undirectedSize, withoutKind]).toEqual([GEPHI_SAMPLE.nodes, GEPHI_SAMPLE.edges, GEPHI_SAMPLE.edges, GEPHI_SAMPLE.nodes]);
    expect(graph.getNodeAttributes("11.0")).toMatchObject({ label: "Valjean", modularity_class: 2, size: 100, x: 89.4, y: -4.1, color: "rgb(67,160,71)" });
    // loadGraphFile, which only returns regkg graphs, says what the file lacks; the error carries the graph.
    try {
      loadGraphFile(gephi);
      expect.unreachable();
    } catch (err) {
      expect(err).toBeInstanceOf(ForeignGraphError);
      expect((err as ForeignGraphError).foreign.graph.order).toBe(GEPHI_SAMPLE.nodes);
    }
  });

  it("graphology JSON without regkg's schemaVersion and kinds is another tool's graph too; a broken regkg JSON is still checked", () => {
    const dir = tempDir();
    const plain = join(dir, "plain.json");
    writeFileSync(plain, JSON.stringify(gexf.parse(Graph, gephiGexf()).export()));
    try {
      loadGraphFile(plain);
      expect.unreachable();
    } catch (err) {
      expect(err).toBeInstanceOf(ForeignGraphError);
      expect((err as ForeignGraphError).problems[0]!.message).toContain(`is a graphology JSON graph of ${GEPHI_SAMPLE.nodes} nodes and ${GEPHI_SAMPLE.edges} edges that regkg did not write`);
    }
    // One regkg node is enough to make it a (broken) regkg graph, checked against the schema.
    const broken = gexf.parse(Graph, gephiGexf()).export();
    broken.nodes[0]!.attributes = { kind: "entity", name: "Myriel" };
    writeFileSync(plain, JSON.stringify(broken));
    expect(() => loadGraphFile(plain)).toThrow(/schemaVersion: missing/);
  });

  it("regkg stats counts its nodes, edges and attributes, with a note saying it is not a regkg graph", () => {
    const json = regkg(["stats", "--graph", gephi, "--format", "json"]);
    expect(json.status, json.stderr).toBe(0);
    expect(json.stderr).toContain(`${lacks(gephi, "GEXF")}; counted as a plain graph`);
    const s = JSON.parse(json.stdout);
    expect(s).toMatchObject({ regkg: false, format: "GEXF", nodes: GEPHI_SAMPLE.nodes, edges: GEPHI_SAMPLE.edges, undirectedEdges: GEPHI_SAMPLE.edges, directedEdges: 0 });
    expect(s.nodeAttributes.modularity_class).toEqual({ count: GEPHI_SAMPLE.nodes, types: ["number"] });
    expect(s.edgeAttributes.weight).toEqual({ count: GEPHI_SAMPLE.edges, types: ["number"] });
    const text = regkg(["stats", "--graph", networkx, "--format", "text"]);
    expect(text.status, text.stderr).toBe(0);
    expect(text.stdout).toContain(`${networkx}: ${GEPHI_SAMPLE.nodes} nodes, ${GEPHI_SAMPLE.edges} edges (${GEPHI_SAMPLE.edges} directed)`);
    expect(text.stdout).toMatch(/^group +number +10$/m);
  });

  it("the commands that need regkg's attributes say so and what works instead, exit 1, no stack trace", () => {
    const cases: [string[], string][] = [
      [["query", "* -> *"], "so `regkg query` has no actions, actors or targets to match"],
      [["path", "Valjean", "Javert"], "so `regkg path` has no regkg entities and actions to go through"],
      [["neighbors", "Valjean"], "so `regkg neighbors` has no regkg entities and actions to walk"],
      [["top", "actors"], "so `regkg top` has no actors or targets to rank"],
      [["export", "--format", "json"], "so `regkg export` has none of regkg's attributes to write"],
      [["validate"], "so there is nothing of regkg's schema to check in it"],
    ];
    // Every command on Gephi's file; two on NetworkX's (each run starts the CLI, which takes seconds).
    for (const [file, format, commands] of [[gephi, "GEXF", cases], [networkx, "GraphML", [cases[0]!, cases[5]!]]] as const) {
      for (const [args, needs] of commands) {
        const r = regkg([...args, "--graph", file]);
        expect(r.status, `${args[0]}: ${r.stderr}`).toBe(1);
        expect(r.stderr).toContain(`${lacks(file, format)}, ${needs}; \`regkg stats --graph ${file}\` counts its nodes, edges and attributes, and the explorer shows it as a plain graph`);
        expect(r.stderr).not.toMatch(/internal error|\n\s+at /);
        if (args[0] !== "validate") expect(r.stdout).toBe("");
      }
    }
  }, 240_000);
});
