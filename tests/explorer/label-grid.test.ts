import { describe, expect, it } from "vitest";
import { declutter, labelsToDisplay, type Box, type GridCells } from "../../src/explorer/label-grid.ts";

/** A 4 x 4 grid, one candidate per cell, sized by its index (cell 15 biggest). */
const grid = (): GridCells => {
  const cells: GridCells["cells"] = {};
  for (let i = 0; i < 16; i++) cells[i] = [{ key: `n${i}`, size: i + 1 }];
  return { cellSize: 100, columns: 4, cells };
};

describe("the page's label grid", () => {
  it("at ratio 1 or closer keeps sigma's choice: as many per cell as the density allows, biggest first", () => {
    expect(labelsToDisplay(grid(), 1, 0.25, () => 1).sort()).toEqual(Array.from({ length: 16 }, (_x, i) => `n${i}`).sort());
    const two: GridCells = { cellSize: 100, columns: 1, cells: { 0: [{ key: "big", size: 9 }, { key: "mid", size: 5 }, { key: "small", size: 1 }] } };
    expect(labelsToDisplay(two, 1, 0.25, () => 1)).toEqual(["big"]);
    // Zoomed in to 0.4: ceil(0.25 / 0.16) = 2 per cell.
    expect(labelsToDisplay(two, 0.4, 0.25, () => 1)).toEqual(["big", "mid"]);
  });

  it("zoomed out merges cells, so a label still stands for a cell's worth of screen", () => {
    // Ratio 2: 2 x 2 blocks (cells 0, 1, 4, 5 the first), the biggest of each.
    expect(labelsToDisplay(grid(), 2, 0.25, () => 1).sort()).toEqual(["n13", "n15", "n5", "n7"]);
    expect(labelsToDisplay(grid(), 2, 0.25, () => 1)).toHaveLength(4);
    // Ratio 3.5: 4 x 4 blocks, one label.
    expect(labelsToDisplay(grid(), 3.5, 0.25, () => 1)).toEqual(["n15"]);
  });

  it("ranks before size, and never gives a dimmed node (rank 0) its cell", () => {
    expect(labelsToDisplay(grid(), 4, 0.25, (n) => (n === "n3" ? 2 : 1))).toEqual(["n3"]);
    expect(labelsToDisplay(grid(), 4, 0.25, (n) => (n === "n15" ? 0 : 1))).toEqual(["n14"]);
    expect(labelsToDisplay(grid(), 1, 0.25, () => 0)).toEqual([]);
  });

  it("lists the labels best first, and drops one that would cover a label placed before it", () => {
    expect(labelsToDisplay(grid(), 2, 0.25, (n) => (n === "n5" ? 2 : 1))).toEqual(["n5", "n15", "n13", "n7"]);
    const boxes: Record<string, Box | null> = {
      a: { x: 0, y: 0, width: 100, height: 14 },
      b: { x: 50, y: 5, width: 100, height: 14 }, // covers a
      c: { x: 0, y: 20, width: 100, height: 14 }, // just below a
      d: null, // too small to be drawn at this zoom: takes no room
      e: { x: 300, y: 0, width: 80, height: 14 },
    };
    const forced: Box[] = [{ x: 290, y: 5, width: 60, height: 14 }];
    expect(declutter(["a", "b", "c", "d", "e"], forced, (n) => boxes[n]!)).toEqual(["a", "c"]);
    expect(declutter(["b", "a", "c"], [], (n) => boxes[n]!)).toEqual(["b", "c"]);
  });
});
