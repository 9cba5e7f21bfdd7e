/**
 * Broken graph JSON files, one list for every reader of graph files that must say what the
 * whole-text loader says (tests/graph/load-stream.test.ts: the graph loader that reads in
 * pieces; tests/store/write-store-file.test.ts: the store writer that never builds the graph).
 * A case added here is checked against each of them.
 */
import { readFileSync } from "node:fs";
import { layoutGraph, parseGraphFile, parseJsonText, serializeGraph, type RegkgGraph } from "../../src/graph/index.ts";
import { loadGraphData } from "../../src/graph/node.ts";
import type { GraphFile, Problem } from "../../src/schema/index.ts";
import { SEED_DIR } from "./paths.ts";

/** The seed graph as `regkg build` writes it (a short layout: positions do not matter here). */
export function seedGraphFile(): GraphFile {
  const g = loadGraphData(SEED_DIR);
  layoutGraph(g, { iterations: 20 });
  return serializeGraph(g);
}

/** What the whole-text loader makes of a graph JSON file: its graph, if any, and its problems in its order. */
export function wholeTextLoad(file: string, shown = "graph.json"): { graph: RegkgGraph | undefined; problems: Problem[] } {
  const json = parseJsonText(readFileSync(file, "utf8"), shown);
  return json.ok ? parseGraphFile(json.value, shown) : { graph: undefined, problems: [json.problem] };
}

/** Breaks a fresh copy of the seed graph file (it may change it in place); returns what is written to the file. */
export type BreakGraphFile = (g: GraphFile) => unknown;

type ActionNode = { key: string; attributes: { evidence: { doc: string; start: number; end: number; quote: string }[]; time?: { anchor?: string } } };
const action = (g: GraphFile, n = 0) => g.nodes.filter((x) => x.attributes.kind === "action")[n]! as ActionNode;

/** Each a file the whole-text loader finds at least one problem in. */
export const BROKEN_GRAPH_FILES: [string, BreakGraphFile][] = [
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

/** Graph files that are not JSON, made from the seed graph file's text (written with JSON.stringify(g, null, 1)). */
export const INVALID_GRAPH_JSON: [string, (text: string) => string][] = [
  ["a syntax error in the middle", (t) => t.replace('"kind": "action"', '"kind": "action",,')],
  ["a cut-off file", (t) => t.slice(0, t.length / 2)],
  ["an empty file", () => ""],
  ["text after the end", (t) => `${t} {}`],
];
