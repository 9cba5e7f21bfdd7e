import { describe, expect, it } from "vitest";
import { exploredEntities, foldActions, foldKey, topNodes, visibleWeight, whoActedOnWhom } from "../../src/query/index.ts";
import { synthGraph } from "../../src/synth/synth.ts";
import { loadGraphData } from "../../src/graph/node.ts";
import { SEED_DIR } from "../helpers/fixtures.ts";

const seed = loadGraphData(SEED_DIR);

describe("the folded who-acted-on-whom projection", () => {
  it("has one edge per actor and target pair and direction, weighted by the number of actions", () => {
    const fold = foldActions(seed);
    const who = whoActedOnWhom(seed);
    // Pan Gongsheng declared ICOs illegal and warned them: two actions, one folded edge.
    const pan = fold.getEdgeAttributes(foldKey("entity:pan-gongsheng", "entity:icos"));
    expect(pan.weight).toBe(2);
    expect(pan.actions).toEqual(["action:china-crypto-crackdown-intensify:4", "action:china-crypto-crackdown-intensify:5"]);
    // Written from the rule: pairs counted from the per-action projection.
    const pairs = new Map<string, Set<string>>();
    who.forEachEdge((_e, a, s, t) => {
      const k = foldKey(s, t);
      if (!pairs.has(k)) pairs.set(k, new Set());
      pairs.get(k)!.add(a.action);
    });
    expect(fold.size).toBe(pairs.size);
    for (const [k, set] of pairs) expect(fold.getEdgeAttribute(k, "weight")).toBe(set.size);
    expect(fold.order).toBe(seed.filterNodes((_n, a) => a.kind === "entity").length);
  });

  it("is much smaller than the per-action projection on a large graph, and keeps every action", () => {
    const g = synthGraph({ actions: 3000, seed: 2 });
    const fold = foldActions(g);
    const who = whoActedOnWhom(g);
    let total = 0;
    fold.forEachEdge((_e, a) => (total += a.weight));
    expect(total).toBe(who.size);
    expect(fold.size).toBeLessThan(who.size * 0.8);
  });

  it("weights follow the filters: only visible actions count", () => {
    const attrs = { kind: "fold" as const, weight: 3, actions: ["a", "b", "c"] };
    expect(visibleWeight(attrs, new Set(["a", "c", "x"]))).toBe(2);
    expect(visibleWeight(attrs, new Set())).toBe(0);
  });

  it("an exploration shows its seeds and their neighbours; collapsing a seed takes back what only it brought", () => {
    const fold = foldActions(seed);
    const one = exploredEntities(fold, ["entity:tencent"]);
    expect(one.has("entity:tencent")).toBe(true);
    expect(one.has("entity:wechat-accounts-of-crypto-platforms")).toBe(true);
    expect(one.has("entity:icos")).toBe(false);
    const two = exploredEntities(fold, ["entity:tencent", "entity:pan-gongsheng"]);
    expect(two.has("entity:icos")).toBe(true);
    expect([...exploredEntities(fold, ["entity:tencent"])]).toEqual([...one]);
    expect(exploredEntities(fold, ["entity:nobody"]).size).toBe(0);
  });

  it("picks the top nodes by score, ties in the order given", () => {
    const score: Record<string, number> = { a: 1, b: 5, c: 5, d: 0 };
    expect(topNodes(["a", "b", "c", "d"], (n) => score[n]!, 3)).toEqual(["b", "c", "a"]);
  });
});
