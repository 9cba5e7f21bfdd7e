import { describe, expect, it } from "vitest";
import { appearanceFor, nodeValues, toGraphStats, type GraphStats } from "../../src/explorer/appearance.ts";
import { choiceFromParams, choiceToParams } from "../../src/explorer/controllers/appearance.ts";
import { defaultLayoutChoice, fa2Settings, parseLayoutChoice } from "../../src/explorer/layout-settings.ts";
import { categorical, dominant, logSizeScale, OTHER_COLOR } from "../../src/explorer/scales.ts";
import { computeStats, foldEntityGraph } from "../../src/explorer/stats-compute.ts";
import { entityGraphInput, graphTables } from "../../src/explorer/stats.ts";
import { ENTITY_SIZE_MAX, ENTITY_SIZE_MIN, entitySize, nodeLook } from "../../src/export/look.ts";
import { STATUS_COLORS } from "../../src/export/palette.ts";
import { loadGraphData } from "../../src/graph/node.ts";
import type { ActionAttributes } from "../../src/schema/index.ts";
import { synthGraph } from "../../src/synth/synth.ts";
import { SEED_DIR } from "../helpers/fixtures.ts";

const seed = loadGraphData(SEED_DIR);
const synth = synthGraph({ actions: 2000, seed: 7 });
const action = (graph: typeof seed, n: string) => graph.getNodeAttributes(n) as ActionAttributes;
const statsOf = (graph: typeof seed): GraphStats => {
  const input = entityGraphInput(graph);
  return toGraphStats(input, computeStats(input));
};

describe("node sizes", () => {
  it("grow with the degree on a log scale and stop at the cap, however busy the entity", () => {
    expect(entitySize(0)).toBe(ENTITY_SIZE_MIN);
    expect(entitySize(10)).toBeGreaterThan(entitySize(1));
    expect(entitySize(100)).toBeGreaterThan(entitySize(10));
    expect(entitySize(100_000)).toBe(ENTITY_SIZE_MAX);
    // The busiest entity of the 20,000-action picture (4,530 links) once was a 173 px disc.
    expect(entitySize(4530)).toBe(ENTITY_SIZE_MAX);
    // The look the exports carry is the same size.
    const tencent = seed.getNodeAttributes("entity:tencent");
    expect(nodeLook(tencent, 4530).size).toBe(ENTITY_SIZE_MAX);
  });

  it("a fitted log scale spreads counts and PageRank alike between the minimum and the cap", () => {
    const counts = logSizeScale([0, 1, 10, 100, 5000]);
    expect(counts(0)).toBe(ENTITY_SIZE_MIN);
    expect(counts(5000)).toBe(ENTITY_SIZE_MAX);
    expect(counts(100)).toBeGreaterThan(counts(10));
    expect(counts(1_000_000)).toBe(ENTITY_SIZE_MAX);
    const ranks = logSizeScale([0.0001, 0.0002, 0.05]);
    expect(ranks(0.0001)).toBeGreaterThan(ENTITY_SIZE_MIN);
    expect(ranks(0.0002)).toBeLessThan(ranks(0.05));
    expect(ranks(0.05)).toBe(ENTITY_SIZE_MAX);
    expect(logSizeScale([0, 0])(0)).toBe(ENTITY_SIZE_MIN);
  });
});

describe("colour scales", () => {
  it("give the most frequent keys distinct colours and the rest one grey", () => {
    const counts = new Map(Array.from({ length: 20 }, (_, i) => [`k${i}`, 100 - i] as const));
    const scale = categorical(counts);
    expect(scale.entries.map((e) => e.key)).toEqual(Array.from({ length: 12 }, (_, i) => `k${i}`));
    expect(new Set(scale.entries.map((e) => e.color)).size).toBe(12);
    expect(scale.colorOf("k19")).toBe(OTHER_COLOR);
    expect(scale.colorOf(undefined)).toBe(OTHER_COLOR);
    expect(scale.other).toEqual({ keys: 8, count: [...counts.values()].slice(12).reduce((a, b) => a + b, 0) });
    const fixed = categorical(new Map([["enacted", 3], ["planned", 1]]), new Map(Object.entries(STATUS_COLORS)));
    expect(fixed.colorOf("planned")).toBe(STATUS_COLORS.planned);
    expect(dominant(new Map([["a", 1], ["b", 3], ["c", 3]]))).toBe("b");
    expect(dominant(undefined)).toBeUndefined();
  });
});

describe("statistics", () => {
  it("fold actions into weighted actor -> target edges between entities", () => {
    const input = entityGraphInput(seed);
    const folded = foldEntityGraph(input);
    const at = (a: string, b: string) => {
      const [s, t] = [input.entities.indexOf(a), input.entities.indexOf(b)];
      for (let i = 0; i < folded.sources.length; i++) if (folded.sources[i] === s && folded.targets[i] === t) return folded.weights[i];
      return 0;
    };
    // Pan Gongsheng declared ICOs illegal and warned them: two actions, one edge of weight 2.
    expect(at("entity:pan-gongsheng", "entity:icos")).toBe(2);
    expect(at("entity:tencent", "entity:wechat-accounts-of-crypto-platforms")).toBe(1);
    expect(at("entity:wechat-accounts-of-crypto-platforms", "entity:tencent")).toBe(0);
  });

  it("compute PageRank and communities, the same on every run, communities numbered by size", () => {
    const input = entityGraphInput(synth);
    const phases: string[] = [];
    const a = computeStats(input, (p) => phases.push(p));
    const b = computeStats(entityGraphInput(synth));
    expect(phases).toEqual(["graph", "pagerank", "communities"]);
    expect(a.pagerank.reduce((x, y) => x + y, 0)).toBeCloseTo(1, 3);
    expect([...a.community]).toEqual([...b.community]);
    expect(a.communitySizes.length).toBeGreaterThan(1);
    expect(a.communitySizes).toEqual([...a.communitySizes].sort((x, y) => y - x));
    expect(a.communitySizes.reduce((x, y) => x + y, 0)).toBe(input.entities.length);
  });

  it("count each entity's actions as actor and as target", () => {
    const t = graphTables(seed);
    const actorEdges = seed.outEdges("entity:tencent").filter((e) => seed.getEdgeAttribute(e, "kind") === "actor").length;
    expect(t.counts.get("entity:tencent")).toMatchObject({ degree: seed.degree("entity:tencent"), asActor: actorEdges });
    expect(t.counts.get("entity:wechat-accounts-of-crypto-platforms")!.asTarget).toBeGreaterThan(0);
  });
});

describe("appearance choices", () => {
  const tables = graphTables(synth);
  const stats = statsOf(synth);
  const entities = synth.filterNodes((_n, a) => a.kind === "entity");
  const actions = synth.filterNodes((_n, a) => a.kind === "action");

  it("the default draws the exported look: no overrides, the category legend", () => {
    expect(appearanceFor(synth, { color: "category", size: "degree" }, tables, null)).toMatchObject({ overrides: null, legend: null });
  });

  it("community colours: several colours, an action in its actor's, a legend by community size", () => {
    const look = appearanceFor(synth, { color: "community", size: "degree" }, tables, stats);
    const colors = new Set(entities.map((e) => look.overrides!.get(e)!.color));
    expect(colors.size).toBeGreaterThan(2);
    const action = actions[0]!;
    expect(look.overrides!.get(action)!.color).toBe(look.overrides!.get(tables.firstActor.get(action)!)!.color);
    expect(look.legend![0]!.label).toBe(`community 1 · ${stats.communitySizes[0]} entities`);
    // Before the worker has answered: nothing is recoloured, and the note says why.
    expect(appearanceFor(synth, { color: "community", size: "degree" }, tables, null).note).toContain("being computed");
  });

  it("status colours actions by their status and an entity by the status most of its actions have", () => {
    const look = appearanceFor(synth, { color: "status", size: "degree" }, tables, null);
    for (const a of actions.slice(0, 50)) expect(look.overrides!.get(a)!.color).toBe(STATUS_COLORS[action(synth, a).status]);
    const busy = entities.reduce((best, e) => (synth.degree(e) > synth.degree(best) ? e : best));
    expect(look.overrides!.get(busy)!.color).toBe(STATUS_COLORS[dominant(tables.statuses.get(busy)) as keyof typeof STATUS_COLORS]);
  });

  it("action type colours the most frequent types apart and says which in the legend", () => {
    const look = appearanceFor(synth, { color: "actionType", size: "degree" }, tables, null);
    const top = [...tables.typeCounts].sort((a, b) => b[1] - a[1])[0]![0];
    const one = actions.find((a) => action(synth, a).actionType === top)!;
    expect(look.legend![0]).toMatchObject({ label: `${top.replace(/_/g, " ")} (${tables.typeCounts.get(top)})`, color: look.overrides!.get(one)!.color });
  });

  it("size by actions as actor or PageRank: the top entity at the cap, none above it, actions untouched", () => {
    for (const size of ["asActor", "asTarget", "pagerank"] as const) {
      const look = appearanceFor(synth, { color: "category", size }, tables, stats);
      const sizes = entities.map((e) => look.overrides!.get(e)!.size!);
      expect(Math.max(...sizes)).toBe(ENTITY_SIZE_MAX);
      expect(Math.min(...sizes)).toBeGreaterThanOrEqual(ENTITY_SIZE_MIN);
      expect(look.overrides!.get(actions[0]!)).toBeUndefined();
    }
    const byActor = appearanceFor(synth, { color: "category", size: "asActor" }, tables, stats);
    const busiest = entities.reduce((best, e) => (tables.counts.get(e)!.asActor > tables.counts.get(best)!.asActor ? e : best));
    expect(byActor.overrides!.get(busiest)!.size).toBe(ENTITY_SIZE_MAX);
  });

  it("the panel's values: links, actions, PageRank rank and community", () => {
    const values = Object.fromEntries(nodeValues(seed, "entity:tencent", graphTables(seed), statsOf(seed)));
    expect(values.links).toBe(String(seed.degree("entity:tencent")));
    expect(values["PageRank"]).toMatch(/^\d\.\d+(e-\d+)? \(\d+(st|nd|rd|th) of \d+\)$/);
    expect(values.community).toMatch(/^\d+ of \d+ \(\d+ entit(y|ies)\)$/);
    expect(Object.fromEntries(nodeValues(seed, "entity:tencent", graphTables(seed), null)).community).toBe("…");
  });

  it("the choice round-trips through the page address; the default leaves none", () => {
    const params = choiceToParams({ color: "community", size: "pagerank" }, new URLSearchParams("graph=g.json&color=status"));
    expect(params.toString()).toBe("graph=g.json&color=community&size=pagerank");
    expect(choiceFromParams(params)).toEqual({ color: "community", size: "pagerank" });
    expect(choiceToParams({ color: "category", size: "degree" }, params).toString()).toBe("graph=g.json");
    expect(choiceFromParams(new URLSearchParams("color=<b>&size=huge"))).toEqual({ color: "category", size: "degree" });
  });
});

describe("layout settings", () => {
  it("are checked before the layout gets them", () => {
    expect(defaultLayoutChoice(5000)).toMatchObject({ barnesHut: true, linLog: false });
    expect(parseLayoutChoice({ gravity: "0.5", scalingRatio: "20", barnesHut: false, linLog: true })).toEqual({ ok: true, value: { gravity: 0.5, scalingRatio: 20, barnesHut: false, linLog: true } });
    expect(parseLayoutChoice({ gravity: "-1", scalingRatio: "20", barnesHut: false, linLog: false })).toEqual({ ok: false, message: "gravity: expected a number of at least 0, got -1" });
    expect(parseLayoutChoice({ gravity: "1", scalingRatio: "abc", barnesHut: false, linLog: false })).toEqual({ ok: false, message: 'scaling ratio: expected a number, got "abc"' });
    expect(parseLayoutChoice({ gravity: "1", scalingRatio: "0", barnesHut: false, linLog: false }).ok).toBe(false);
    expect(fa2Settings({ gravity: 2, scalingRatio: 3, barnesHut: true, linLog: true })).toEqual({ gravity: 2, scalingRatio: 3, barnesHutOptimize: true, linLogMode: true });
  });
});
