import { DOMParser } from "@xmldom/xmldom";
import { parse as parseCsv } from "csv-parse/sync";
import fc from "fast-check";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { MultiDirectedGraph } from "graphology";
import gexf from "graphology-gexf";
import graphml from "graphology-graphml";
import { describe, expect, it } from "vitest";
import { edgesCsv, EDGE_COLUMNS, nodesCsv, NODE_COLUMNS } from "../../src/export/csv-tables.ts";
import { flatten, unflatten } from "../../src/export/flat-attributes.ts";
import { toGexf } from "../../src/export/gexf.ts";
import { writeGraphJson } from "../../src/export/graph-json-stream.ts";
import { toGraphml } from "../../src/export/graphml.ts";
import { NEO4J_NODE_FILES, neo4jCypher, neo4jNodesCsv, neo4jRelationshipsCsv } from "../../src/export/neo4j.ts";
import { selectSubgraph } from "../../src/export/subgraph.ts";
import { buildFromGraphData, layoutGraph, parseGraphFile, serializeGraph, type GraphData, type RegkgGraph } from "../../src/graph/index.ts";
import { loadGraphData, writeFileAtomic, writeStreamAtomic } from "../../src/graph/node.ts";
import { buildQueryIndex } from "../../src/query/index.ts";
import { regkg } from "../helpers/cli.ts";
import { cypherSyntaxErrors } from "../helpers/cypher.ts";
import { SEED_DIR, tempDir } from "../helpers/fixtures.ts";

function seed(): RegkgGraph {
  const g = loadGraphData(SEED_DIR);
  layoutGraph(g, { iterations: 20 });
  return g;
}

async function jsonText(graph: RegkgGraph): Promise<string> {
  const f = serializeGraph(graph);
  let out = "";
  await writeGraphJson({ attributes: f.attributes, options: f.options, nodes: f.nodes, edges: f.edges }, (c) => void (out += c));
  return out;
}

/** Attributes as regkg had them, from a graph a format parser read back. */
function attributesOf(g: { forEachNode: MultiDirectedGraph["forEachNode"] }, drop: string[] = []) {
  const out: Record<string, unknown> = {};
  g.forEachNode((n, a) => {
    const copy = unflatten(a);
    for (const k of drop) delete copy[k];
    out[n] = copy;
  });
  return out;
}

function expectedAttributes(graph: RegkgGraph, drop: string[] = []) {
  const out: Record<string, unknown> = {};
  graph.forEachNode((n, a) => {
    const copy: Record<string, unknown> = { ...a };
    for (const k of drop) delete copy[k];
    out[n] = copy;
  });
  return out;
}

function edgeSummary(g: { forEachEdge: MultiDirectedGraph["forEachEdge"] }) {
  const out: Record<string, unknown> = {};
  g.forEachEdge((e, a, s, t) => (out[e] = { s, t, ...unflatten(a) }));
  return out;
}

describe("graph JSON export", () => {
  it("JSON -> graph -> JSON is identical", async () => {
    const text = await jsonText(seed());
    const { graph, problems } = parseGraphFile(JSON.parse(text), "x.json");
    expect(problems).toEqual([]);
    expect(await jsonText(graph!)).toBe(text);
  });

  it("names the schema version and the source documents", async () => {
    expect(JSON.parse(await jsonText(seed())).attributes).toMatchObject({ schemaVersion: 1, documents: ["doc:china-crypto-crackdown-intensify"] });
  });
});

describe("GEXF 1.3", () => {
  it("round-trips every node, edge, kind and attribute (positions as viz, lists and objects as JSON text)", () => {
    const graph = seed();
    const back = gexf.parse(MultiDirectedGraph, toGexf(graph));
    expect(back.order).toBe(graph.order);
    expect(back.size).toBe(graph.size);
    // The GEXF parser adds viz (color, size, shape), the label and the readable evidence; regkg's attributes come back whole.
    expect(attributesOf(back, ["label", "color", "size", "shape", "evidenceText"])).toEqual(expectedAttributes(graph));
    const edges = edgeSummary(graph);
    const backEdges = edgeSummary(back);
    for (const [e, v] of Object.entries(edges)) expect({ ...(backEdges[e] as object), label: undefined, color: undefined }).toMatchObject(v as object);
  });

  it("has the elements GEXF 1.3 requires, with typed attributes for Gephi's filters", () => {
    const doc = new DOMParser().parseFromString(toGexf(seed()), "application/xml");
    const root = doc.documentElement!;
    expect(root.nodeName).toBe("gexf");
    expect(root.getAttribute("version")).toBe("1.3");
    expect(root.getAttribute("xmlns")).toBe("http://gexf.net/1.3");
    const graphEl = root.getElementsByTagName("graph")[0]!;
    expect(graphEl.getAttribute("defaultedgetype")).toBe("directed");
    expect(graphEl.getElementsByTagName("nodes")).toHaveLength(1);
    expect(graphEl.getElementsByTagName("edges")).toHaveLength(1);
    for (const node of Array.from(graphEl.getElementsByTagName("node"))) {
      expect(node.getAttribute("id")).toBeTruthy();
      expect(node.getAttribute("label")).toBeTruthy();
    }
    for (const edge of Array.from(graphEl.getElementsByTagName("edge"))) {
      for (const a of ["id", "source", "target"]) expect(edge.getAttribute(a)).toBeTruthy();
    }
    const nodeAttrs = Array.from(root.getElementsByTagName("attributes")).find((a) => a.getAttribute("class") === "node")!;
    const types = Object.fromEntries(Array.from(nodeAttrs.getElementsByTagName("attribute")).map((a) => [a.getAttribute("title"), a.getAttribute("type")]));
    expect(types).toMatchObject({ kind: "string", category: "string", actionType: "string", status: "string" });
  });
});

describe("characters XML cannot hold", () => {
  it("are dropped from GEXF and GraphML, which stay well-formed", () => {
    const graph = seed();
    graph.mergeNodeAttributes("entity:tencent", { description: "bell\u0007 and NUL\u0000 here" } as never);
    for (const xml of [toGexf(graph), toGraphml(graph)]) {
      const errors: string[] = [];
      new DOMParser({ onError: (level: string, msg: string) => void (level !== "warning" && errors.push(msg)) }).parseFromString(xml, "application/xml");
      expect(errors).toEqual([]);
      expect(xml).toContain("bell and NUL here");
    }
  });
});

describe("GraphML", () => {
  it("round-trips every node, edge, kind and attribute", () => {
    const graph = seed();
    const back = graphml.parse(MultiDirectedGraph, toGraphml(graph));
    expect(back.order).toBe(graph.order);
    expect(back.size).toBe(graph.size);
    // Beside regkg's attributes come what other tools draw with (label, color, size) and the readable evidence.
    expect(attributesOf(back, ["label", "color", "size", "evidenceText"])).toEqual(expectedAttributes(graph));
    const backEdges = edgeSummary(back);
    for (const e of Object.keys(backEdges)) delete (backEdges[e] as { label?: string }).label;
    expect(backEdges).toEqual(edgeSummary(graph));
  });
});

describe("CSV", () => {
  it("nodes.csv and edges.csv parse back to the same rows", () => {
    const graph = seed();
    const nodes: Record<string, string>[] = parseCsv([...nodesCsv(graph)].join(""), { columns: true });
    expect(Object.keys(nodes[0]!)).toEqual([...NODE_COLUMNS]);
    expect(nodes).toHaveLength(graph.order);
    for (const row of nodes) {
      const expected = flatten(graph.getNodeAttributes(row.id!));
      for (const [k, v] of Object.entries(expected)) expect(row[k], `${row.id} ${k}`).toBe(String(v));
    }
    const edges: Record<string, string>[] = parseCsv([...edgesCsv(graph)].join(""), { columns: true });
    expect(Object.keys(edges[0]!)).toEqual([...EDGE_COLUMNS]);
    expect(edges.map((e) => e.id)).toEqual(graph.edges());
  });
});

/** Strings that break naive writers: quotes, commas, newlines, markup, emoji, CJK, U+2028. */
const hostile = fc
  .array(fc.constantFrom('"', "'", ",", "\n", "\r\n", "\t", "<", ">", "&", "&amp;", "]]>", "😀", "中文", "\u2028", "\u00e9", " ", "a", "Z", "|", "\\", ";"), { minLength: 1, maxLength: 12 })
  .map((parts) => `x${parts.join("")}x`);

const hostileGraph = fc.record({ names: fc.array(hostile, { minLength: 2, maxLength: 5 }), summaries: fc.array(hostile, { minLength: 1, maxLength: 4 }) }).map(({ names, summaries }) => {
  const text = summaries.join(" ");
  let at = 0;
  const data: GraphData = {
    documents: [{ slug: "d", meta: { id: "doc:d", title: names[0]!, language: "en" }, text, metaFile: "m", textFile: "t" }],
    entities: {
      file: "entities.json",
      data: { entities: names.map((name, i) => ({ id: `entity:e${i}`, name, category: "company", aliases: [name, `${name}${i}`] })), relations: [] },
    },
    annotations: [
      {
        file: "annotations/d.json",
        data: {
          doc: "doc:d",
          review: "accepted",
          actions: summaries.map((summary, i) => {
            const start = text.indexOf(summary, at);
            at = start + summary.length;
            return { id: `action:d:${i + 1}`, actionType: "ban", status: "enacted", summary, actors: ["entity:e0"], targets: ["entity:e1"], evidence: [{ start, end: start + summary.length, quote: summary }], method: "manual" };
          }),
        },
      },
    ],
  };
  const { graph, problems } = buildFromGraphData(data);
  if (problems.length) throw new Error(problems[0]!.message);
  return graph;
});

describe("round trips with hostile strings (property)", () => {
  it("JSON, GEXF, GraphML and CSV keep quotes, commas, newlines, markup, emoji, CJK and U+2028", async () => {
    await fc.assert(
      fc.asyncProperty(hostileGraph, async (graph) => {
        const text = await jsonText(graph);
        expect(await jsonText(parseGraphFile(JSON.parse(text), "x").graph!)).toBe(text);
        expect(attributesOf(gexf.parse(MultiDirectedGraph, toGexf(graph)), ["label", "color", "size", "shape", "evidenceText"])).toEqual(expectedAttributes(graph));
        expect(attributesOf(graphml.parse(MultiDirectedGraph, toGraphml(graph)), ["label", "color", "size", "evidenceText"])).toEqual(expectedAttributes(graph));
        const rows: Record<string, string>[] = parseCsv([...nodesCsv(graph)].join(""), { columns: true });
        for (const row of rows) expect(unflatten(Object.fromEntries(Object.entries(row).filter(([k]) => k !== "id")))).toEqual(graph.getNodeAttributes(row.id!));
      }),
      { numRuns: 60 },
    );
  });
});

describe("subgraph export", () => {
  it('"Tencent -> *" holds exactly those actions and their endpoints, and validates', async () => {
    const sub = selectSubgraph(buildQueryIndex(loadGraphData(SEED_DIR)), "Tencent -> *");
    expect(sub.filterNodes((_n, a) => a.kind === "action")).toEqual(["action:china-crypto-crackdown-intensify:2"]);
    expect(sub.nodes().sort()).toEqual(
      ["action:china-crypto-crackdown-intensify:2", "doc:china-crypto-crackdown-intensify", "entity:cac-regulations", "entity:tencent", "entity:wechat-accounts-of-crypto-platforms"].sort(),
    );
    expect(parseGraphFile(JSON.parse(await jsonText(sub)), "sub.json").problems).toEqual([]);
  });

  it("keeps the actions a kept action's date counts from, so nothing dangles", async () => {
    const sub = selectSubgraph(buildQueryIndex(loadGraphData(SEED_DIR)), "Pan Gongsheng -[warn]-> *");
    expect(sub.hasNode("action:china-crypto-crackdown-intensify:2")).toBe(true);
    expect(parseGraphFile(JSON.parse(await jsonText(sub)), "sub.json").problems).toEqual([]);
  });
});

describe("streamed files", () => {
  it("many small chunks arrive whole and in order, across the writes they are joined into", async () => {
    const target = join(tempDir(), "lines.csv");
    const lines = Array.from({ length: 20_000 }, (_, i) => `${i},line ${i} \u6f22\r\n`);
    await writeStreamAtomic(target, async (write) => {
      for (const line of lines) await write(line);
    });
    expect(readFileSync(target, "utf8")).toBe(lines.join(""));
  });
});

describe("failure mid-export leaves no partial file", () => {
  it("a stream that fails halfway leaves neither the target nor a temporary file", async () => {
    const dir = tempDir();
    const target = join(dir, "graph.json");
    await expect(
      writeStreamAtomic(target, async (write) => {
        await write('{"attributes":');
        throw new Error("disk full");
      }),
    ).rejects.toThrow("disk full");
    expect(readdirSync(dir)).toEqual([]);
  });

  it("an existing file stays as it was when the new content cannot be written", () => {
    const dir = tempDir();
    const target = join(dir, "seed.gexf");
    writeFileAtomic(target, "old");
    expect(() => writeFileAtomic(join(target, "inside-a-file"), "new")).toThrow();
    expect(readFileSync(target, "utf8")).toBe("old");
    expect(readdirSync(dir)).toEqual(["seed.gexf"]);
  });
});

describe("regkg export", () => {
  it("writes each format; the GEXF opens as graphology sees it; csv needs a folder", () => {
    const dir = tempDir();
    for (const format of ["json", "gexf", "graphml"]) {
      const r = regkg(["export", "--format", format, "--out", join(dir, `seed.${format}`)]);
      expect(r.status, r.stderr).toBe(0);
    }
    expect(gexf.parse(MultiDirectedGraph, readFileSync(join(dir, "seed.gexf"), "utf8")).order).toBeGreaterThan(40);
    expect(regkg(["validate", "--graph", join(dir, "seed.json")]).status).toBe(0);
    expect(regkg(["export", "--format", "csv", "--out", join(dir, "csv")]).status).toBe(0);
    expect(readdirSync(join(dir, "csv")).sort()).toEqual(["edges.csv", "nodes.csv", "who-acted-on-whom.csv"]);
    expect(regkg(["export", "--format", "csv"]).status).toBe(2);
    expect(regkg(["export", "--format", "xml"]).status).toBe(2);
  });

  it("--query exports the subgraph; to stdout without --out", () => {
    const r = regkg(["export", "--format", "json", "--query", "Tencent -> *"]);
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout).nodes.filter((n: { attributes: { kind: string } }) => n.attributes.kind === "action")).toHaveLength(1);
    expect(existsSync("seed.gexf")).toBe(false);
  });
});

describe("Neo4j import files", () => {
  // neo4j-admin database import: a header field is `name`, `name:type` or `name:type[]`, or
  // one of the special fields; types as the Neo4j Operations Manual lists them.
  const FIELD = /^(:ID|:LABEL|:START_ID|:END_ID|:TYPE|:IGNORE|[A-Za-z_][A-Za-z0-9_]*(:(ID|int|long|float|double|boolean|byte|short|char|string|point|date|localtime|time|localdatetime|datetime|duration)(\[\])?)?)$/;
  const graph = seed();
  const tables = Object.fromEntries(
    (Object.keys(NEO4J_NODE_FILES) as (keyof typeof NEO4J_NODE_FILES)[]).map((kind) => [kind, parseCsv([...neo4jNodesCsv(graph, kind)].join("")) as string[][]]),
  );
  const relationships: string[][] = parseCsv([...neo4jRelationshipsCsv(graph)].join(""));

  it("headers follow neo4j-admin's documented format", () => {
    for (const [kind, rows] of Object.entries(tables)) {
      const header = rows[0]!;
      for (const field of header) expect(field, `${kind}: ${field}`).toMatch(FIELD);
      expect(header.filter((f) => f.endsWith(":ID"))).toHaveLength(1);
      expect(header.filter((f) => f === ":LABEL")).toHaveLength(1);
    }
    expect(relationships[0]!.slice(0, 3)).toEqual([":START_ID", ":END_ID", ":TYPE"]);
    for (const field of relationships[0]!) expect(field).toMatch(FIELD);
  });

  it("every node and edge is there once; every relationship joins two imported nodes", () => {
    const ids = new Set<string>();
    for (const rows of Object.values(tables)) for (const row of rows.slice(1)) ids.add(row[0]!);
    expect(ids.size).toBe(graph.order);
    expect(relationships).toHaveLength(graph.size + 1);
    for (const [start, end, type] of relationships.slice(1)) {
      expect(ids.has(start!) && ids.has(end!)).toBe(true);
      expect(type).toMatch(/^(ACTOR|TARGET|BASIS|RELATION|SOURCE|ATTRIBUTION)$/);
    }
    const labels = tables.entity!.slice(1).map((r) => r[r.length - 1]!);
    expect(labels).toContain("Entity;Regulator");
    const quantity = tables.action!.find((r) => r[0] === "action:china-crypto-crackdown-intensify:16")!;
    expect(quantity[tables.action![0]!.indexOf("quantityValue:double")]).toBe("124");
  });

  it("the Cypher script parses, and its constraints use Neo4j 5's syntax", () => {
    const script = [...neo4jCypher(graph)].join("");
    const statements = script
      .replace(/^\/\/.*\n/gm, "")
      .split(/;\n/)
      .filter((s) => s.trim());
    const constraints = statements.filter((s) => s.startsWith("CREATE CONSTRAINT"));
    expect(constraints).toHaveLength(3);
    // The openCypher grammar predates Neo4j 5's constraint syntax; these follow the Cypher manual.
    for (const c of constraints) expect(c).toMatch(/^CREATE CONSTRAINT [a-z_]+ IF NOT EXISTS FOR \(n:(Entity|Action|Document)\) REQUIRE n\.id IS UNIQUE$/);
    const rest = statements.filter((s) => !s.startsWith("CREATE CONSTRAINT"));
    expect(rest).toHaveLength(graph.order + graph.size);
    expect(cypherSyntaxErrors(`${rest.join(";\n")};`)).toEqual([]);
  });

  it("hostile strings stay valid Cypher", () => {
    fc.assert(
      fc.property(hostileGraph, (g) => {
        const rest = [...neo4jCypher(g)].filter((s) => !s.startsWith("CREATE CONSTRAINT") && !s.startsWith("//"));
        expect(cypherSyntaxErrors(rest.join("").trimEnd())).toEqual([]);
      }),
      { numRuns: 30 },
    );
  });

  it("regkg export --format neo4j writes the folder with the commands to run", () => {
    const dir = join(tempDir(), "neo4j");
    expect(regkg(["export", "--format", "neo4j", "--out", dir]).status).toBe(0);
    expect(readdirSync(dir).sort()).toEqual(["README.txt", "actions.csv", "documents.csv", "entities.csv", "import.cypher", "relationships.csv"]);
    expect(readFileSync(join(dir, "README.txt"), "utf8")).toContain("neo4j-admin database import full");
  });
});
