/** How generic mode draws and finds another tool's nodes, whatever their attributes hold. */
import Graph from "graphology";
import { describe, expect, it } from "vitest";
import { DEFAULT_NODE_COLOR, genericLook, labelIndex, NODE_SIZES, searchLabels } from "../../src/explorer/generic-look.ts";

function sample(): Graph {
  const g = new Graph({ multi: true });
  g.addNode("a", { label: "Valjean", size: 45, x: 1, y: 2, color: "#43a047" });
  g.addNode("b", { label: "Javert", size: 4, x: 3, y: 4 });
  // GraphML as Gephi writes it: colour as r/g/b; a `type` and a numeric label of the file's own.
  g.addNode("c", { label: 1862, r: 255, g: 187, b: 0, type: "person", shape: "square" });
  g.addNode("d", {});
  g.addDirectedEdge("a", "b", { weight: 17 });
  g.addUndirectedEdge("a", "c", { type: "co-appearance" });
  g.addUndirectedEdge("b", "c", { thickness: 3, color: "#999999" });
  return g;
}

describe("generic look", () => {
  const g = sample();
  const look = genericLook(g);
  const node = (n: string) => look.node(n, g.getNodeAttributes(n));

  it("draws the file's colours, labels and relative sizes, and never hands sigma the file's own `type`", () => {
    expect(node("a")).toMatchObject({ color: "#43a047", label: "Valjean", size: NODE_SIZES[1], x: 1, y: 2, type: "circle" });
    expect(node("b").size).toBe(NODE_SIZES[0]);
    expect(node("c")).toMatchObject({ color: "rgb(255,187,0)", label: "1862", type: "square" });
    // Nothing to draw with: the id as label, a neutral colour, at the origin until laid out.
    expect(node("d")).toMatchObject({ label: "d", color: DEFAULT_NODE_COLOR, x: 0, y: 0 });
  });

  it("draws directed edges with arrows, undirected ones as lines, thicker for heavier weights", () => {
    const [ab, ac, bc] = g.edges().map((e) => look.edge(g.getEdgeAttributes(e), g.isDirected(e)));
    expect([ab!.type, ac!.type, bc!.type]).toEqual(["arrow", "line", "line"]);
    expect(ab!.size).toBeGreaterThan(bc!.size);
    expect(bc!.color).toBe("#999999");
  });

  it("finds nodes by label, ignoring case, exact and prefix matches first, and by id", () => {
    const index = labelIndex(g);
    expect(searchLabels(index, "JAV").map((h) => h.name)).toEqual(["Javert"]);
    expect(searchLabels(index, "val").map((h) => h.name)).toEqual(["Valjean"]);
    expect(searchLabels(index, "j").map((h) => h.name)).toEqual(["Javert", "Valjean"]); // "J" starts Javert: first
    expect(searchLabels(index, "c")).toEqual([{ id: "c", name: "1862", category: "", via: "c" }]);
    expect(searchLabels(index, "  ")).toEqual([]);
  });
});
