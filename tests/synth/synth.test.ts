import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { writeGraphJson } from "../../src/export/graph-json-stream.ts";
import { parseGraphFile, serializeGraph } from "../../src/graph/index.ts";
import { synthEdges, synthesize, synthGraph, synthNodes } from "../../src/synth/synth.ts";
import { regkg } from "../helpers/cli.ts";
import { tempDir } from "../helpers/fixtures.ts";

async function synthJson(actions: number, seed: number): Promise<string> {
  const s = synthesize({ actions, seed });
  let out = "";
  await writeGraphJson({ attributes: s.attributes, options: { type: "directed", multi: true, allowSelfLoops: false }, nodes: synthNodes(s), edges: synthEdges(s) }, (c) => {
    out += c;
  });
  return out;
}

describe("regkg synth", () => {
  it.each([1_000, 10_000])("writes a graph of %i actions that validates against the schema and the integrity rules", async (actions) => {
    const json = JSON.parse(await synthJson(actions, 7));
    const { graph, problems } = parseGraphFile(json, "synth.json");
    expect(problems).toEqual([]);
    expect(graph!.filterNodes((_n, a) => a.kind === "action")).toHaveLength(actions);
  });

  it("the same seed gives the same graph, another seed another", async () => {
    const hash = async (seed: number) => createHash("sha256").update(await synthJson(2_000, seed)).digest("hex");
    expect(await hash(3)).toBe(await hash(3));
    expect(await hash(3)).not.toBe(await hash(4));
  });

  it("streams the same bytes the in-memory graph serializes to", async () => {
    expect(await synthJson(500, 2)).toBe(`${JSON.stringify(serializeGraph(synthGraph({ actions: 500, seed: 2 })))}\n`);
  });

  it("has the shape of regulatory news: heavy-tailed actors, thousands of targets, statuses and years", () => {
    const graph = synthGraph({ actions: 10_000, seed: 11 });
    const perActor = new Map<string, number>();
    const statuses = new Set<string>();
    const years = new Set<string>();
    graph.forEachNode((id, a) => {
      if (a.kind !== "action") return;
      statuses.add(a.status);
      if (a.time?.date) years.add(a.time.date.slice(0, 4));
      for (const actor of graph.inNeighbors(id)) perActor.set(actor, (perActor.get(actor) ?? 0) + 1);
    });
    const counts = [...perActor.values()].sort((a, b) => b - a);
    const top5 = counts.slice(0, Math.ceil(counts.length * 0.05)).reduce((s, n) => s + n, 0);
    const all = counts.reduce((s, n) => s + n, 0);
    expect(top5 / all).toBeGreaterThanOrEqual(0.5);
    const regulatorsAndOfficials = graph.filterNodes((_n, a) => a.kind === "entity" && (a.category === "regulator" || a.category === "person"));
    expect(regulatorsAndOfficials.length).toBeGreaterThanOrEqual(80);
    const targets = new Set(graph.filterEdges((_e, a) => a.kind === "target").map((e) => graph.target(e)));
    expect(targets.size).toBeGreaterThanOrEqual(1000);
    expect(statuses).toEqual(new Set(["enacted", "announced", "planned", "stated", "reported"]));
    expect(years.size).toBeGreaterThanOrEqual(5);
    expect(graph.filterEdges((_e, a) => a.kind === "relation").length).toBeGreaterThan(0);
  });

  it("the CLI writes the file atomically and rejects bad flags with exit 2", () => {
    const out = join(tempDir(), "synth.json");
    const r = regkg(["synth", "--actions", "300", "--seed", "5", "--out", out]);
    expect(r.status).toBe(0);
    expect(r.stderr).toMatch(/synthesized 300 actions/);
    expect(regkg(["validate", "--graph", out]).status).toBe(0);
    expect(JSON.parse(readFileSync(out, "utf8")).attributes.generator).toBe("regkg synth --actions 300 --seed 5");
    expect(regkg(["synth", "--actions", "lots"]).status).toBe(2);
    expect(regkg(["synth", "--actions", "0"]).status).toBe(2);
    expect(regkg(["synth"]).status).toBe(2);
  });
});
