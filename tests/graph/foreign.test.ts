/** Graph files told apart by content; GEXF and GraphML as regkg exports them read back as the graph they were. */
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { MultiDirectedGraph } from "graphology";
import gexf from "graphology-gexf";
import { describe, expect, it } from "vitest";
import { toGexf } from "../../src/export/gexf.ts";
import { toGraphml } from "../../src/export/graphml.ts";
import { layoutGraph, serializeGraph } from "../../src/graph/index.ts";
import { loadGraphData, loadGraphFile } from "../../src/graph/node.ts";
import { sniffGraphFormat } from "../../src/graph/sniff.ts";
import { ValidationError } from "../../src/schema/index.ts";
import { regkg } from "../helpers/cli.ts";
import { SEED_DIR, tempDir } from "../helpers/fixtures.ts";

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

  it("a GEXF another tool wrote is refused, naming the file and what it lacks", () => {
    const g = new MultiDirectedGraph();
    g.addNode("0", { label: "Myriel", modularity_class: 1 });
    g.addNode("1", { label: "Napoleon", modularity_class: 1 });
    g.addEdge("0", "1", { weight: 1 });
    const file = join(tempDir(), "lesmiserables.gexf");
    writeFileSync(file, gexf.write(g));
    expect(() => loadGraphFile(file)).toThrow(ValidationError);
    const r = regkg(["stats", "--graph", file]);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain("lesmiserables.gexf: is a GEXF graph of 2 nodes and 1 edges that regkg did not write: 2 of its nodes have no regkg \"kind\"");
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
