import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { emptyGraph, layoutGraph, type RegkgGraph } from "../../src/graph/index.ts";
import { synthGraph } from "../../src/synth/synth.ts";
import { randomGraph } from "../helpers/random-graph.ts";

type P = { x: number; y: number };
const at = (g: RegkgGraph, key: string): P => ({ x: g.getNodeAttribute(key, "x")!, y: g.getNodeAttribute(key, "y")! });
const dist = (a: P, b: P) => Math.hypot(a.x - b.x, a.y - b.y);
const positions = (g: RegkgGraph) => g.mapNodes((key, a) => [key, a.x, a.y]);

/** The only actor and the only target of an action, when it has exactly one of each. */
function ends(g: RegkgGraph, action: string): [string, string] | undefined {
  const actors = g.filterInEdges(action, (_e, a) => a.kind === "actor").map((e) => g.source(e));
  const targets = g.filterOutEdges(action, (_e, a) => a.kind === "target").map((e) => g.target(e));
  return actors.length === 1 && targets.length === 1 ? [actors[0]!, targets[0]!] : undefined;
}

describe("layout", () => {
  it("gives every node of any graph a finite position, the same each time", () => {
    fc.assert(
      fc.property(randomGraph, (graph) => {
        const again = graph.copy();
        layoutGraph(graph, { iterations: 20 });
        layoutGraph(again, { iterations: 20 });
        graph.forEachNode((_n, a) => expect(Number.isFinite(a.x) && Number.isFinite(a.y)).toBe(true));
        expect(positions(again)).toEqual(positions(graph));
      }),
      { numRuns: 30 },
    );
  });

  it("places each action between its actor and its target", () => {
    const graph = synthGraph({ actions: 3000, seed: 7 });
    layoutGraph(graph, { iterations: 100 });
    let checked = 0;
    graph.forEachNode((action, a) => {
      if (a.kind !== "action") return;
      const pair = ends(graph, action);
      if (!pair) return;
      const [actor, target] = [at(graph, pair[0]), at(graph, pair[1])];
      const length = dist(actor, target);
      if (length === 0) return;
      const middle = { x: (actor.x + target.x) / 2, y: (actor.y + target.y) / 2 };
      // Within the disc around the midpoint that the actions sharing these two ends may fill,
      // so closer to the line between them than to either of them (0.002: positions are rounded).
      expect(dist(at(graph, action), middle), action).toBeLessThanOrEqual(0.3 * length + 0.002);
      checked++;
    });
    expect(checked).toBeGreaterThan(2000);
  });

  it("does not stack the actions that share an actor and a target on one point", () => {
    const graph = synthGraph({ actions: 3000, seed: 7 });
    layoutGraph(graph, { iterations: 20 });
    const byPair = new Map<string, string[]>();
    graph.forEachNode((action, a) => {
      const pair = a.kind === "action" ? ends(graph, action) : undefined;
      if (pair) byPair.set(pair.join(" "), [...(byPair.get(pair.join(" ")) ?? []), action]);
    });
    const shared = [...byPair.values()].filter((actions) => actions.length > 1);
    expect(shared.length).toBeGreaterThan(10);
    for (const actions of shared) expect(new Set(actions.map((k) => `${at(graph, k).x},${at(graph, k).y}`)).size).toBe(actions.length);
  });

  it("places entities that act on nobody, documents without actions and actions without entities", () => {
    const g = emptyGraph();
    const entity = (key: string) => g.addNode(key, { kind: "entity", name: key, category: "company", aliases: [] });
    for (const e of ["entity:actor", "entity:target", "entity:official", "entity:law", "entity:alone"]) entity(e);
    const action = (key: string) =>
      g.addNode(key, { kind: "action", actionType: "ban", status: "enacted", summary: key, evidence: [{ doc: "doc:d1", start: 0, end: 1, quote: "x" }], method: "manual" });
    const doc = (key: string) => g.addNode(key, { kind: "document", title: key, language: "en", text: "x" });
    doc("doc:d1");
    doc("doc:empty");
    action("action:ban");
    action("action:orphan");
    g.addDirectedEdge("entity:actor", "action:ban", { kind: "actor" });
    g.addDirectedEdge("action:ban", "entity:target", { kind: "target" });
    g.addDirectedEdge("action:ban", "entity:law", { kind: "basis" });
    g.addDirectedEdge("action:ban", "doc:d1", { kind: "source" });
    g.addDirectedEdge("action:orphan", "doc:d1", { kind: "source" });
    g.addDirectedEdge("entity:official", "entity:actor", { kind: "relation", relType: "holds_position_in" });
    layoutGraph(g);
    g.forEachNode((key, a) => expect(Number.isFinite(a.x) && Number.isFinite(a.y), key).toBe(true));
    expect(new Set(g.mapNodes((_k, a) => `${a.x},${a.y}`)).size).toBe(g.order);
  });
});
