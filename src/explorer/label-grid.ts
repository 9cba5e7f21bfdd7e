/**
 * Which node labels sigma draws, chosen by sigma's label grid (the labelGridCellSize and
 * labelDensity settings) with two changes:
 *
 * - Zoomed out (camera ratio above 1), sigma 3.0 still draws the best label of every cell, and a
 *   cell covers labelGridCellSize / ratio pixels of screen: at ratio 4 a label per 35 pixels, a
 *   knot of text where a highlight or an exploration sits. Here cells are merged k by k (k the
 *   ratio rounded up), so a label still stands for at least labelGridCellSize pixels of screen,
 *   as at ratio 1: fewer labels the further out, more as one zooms in.
 * - Within a cell, the page's ranking comes before size: the entities an exploration was
 *   expanded from and the best connected of a highlight first (derive.ts `labelled`), and
 *   never a dimmed node (it has no label to draw and would take its cell's place).
 *
 * Nothing else gets a label by force but the selected and the hovered node (reducers.ts), so
 * what is drawn stays bounded by the screen's cells at any zoom.
 */
import type Sigma from "sigma";

/** A label candidate as sigma's LabelGrid holds it (sorted within its cell, biggest first). */
interface Candidate {
  key: string;
  size: number;
}

/** sigma 3.0's LabelGrid after process(): candidates per cell index (row * columns + column). */
export interface GridCells {
  cellSize: number;
  columns: number;
  cells: Record<string, Candidate[]>;
}

/** 0: no label (dimmed); higher ranks are drawn first within a cell. */
export type LabelRank = (node: string) => number;

/** sigma's tie-break: bigger first, then by key. */
const bySize = (a: Candidate, b: Candidate) => b.size - a.size || (a.key > b.key ? 1 : -1);

/** The labels to draw at camera `ratio`: per (merged) cell, the best ranked, as many as sigma's density allows at ratio 1 or closer. */
export function labelsToDisplay(grid: GridCells, ratio: number, density: number, rank: LabelRank): string[] {
  const merge = ratio > 1 ? Math.ceil(ratio) : 1;
  // sigma's own count per cell when zoomed in (more as the cells grow on screen); one per merged cell when out.
  const perCell = merge === 1 ? Math.ceil(density / (ratio * ratio)) : 1;
  const groups = new Map<number, { rank: number; candidate: Candidate }[]>();
  const mergedColumns = Math.ceil(grid.columns / merge);
  for (const index in grid.cells) {
    const i = Number(index);
    const row = Math.floor(i / grid.columns);
    const column = i - row * grid.columns;
    const group = Math.floor(row / merge) * mergedColumns + Math.floor(column / merge);
    let list = groups.get(group);
    if (!list) groups.set(group, (list = []));
    for (const candidate of grid.cells[index]!) {
      const r = rank(candidate.key);
      if (r > 0) list.push({ rank: r, candidate });
    }
  }
  const out: string[] = [];
  for (const list of groups.values()) {
    list.sort((a, b) => b.rank - a.rank || bySize(a.candidate, b.candidate));
    for (let i = 0; i < Math.min(perCell, list.length); i++) out.push(list[i]!.candidate.key);
  }
  return out;
}

const isGrid = (g: unknown): g is GridCells & { getLabelsToDisplay: (ratio: number, density: number) => string[] } =>
  typeof g === "object" && g !== null && typeof (g as GridCells).cellSize === "number" && typeof (g as GridCells).columns === "number" && typeof (g as GridCells).cells === "object";

/**
 * Make `renderer` choose its labels with labelsToDisplay. sigma 3.0 keeps its grid in a private
 * field and makes a new one on a full refresh, so each grid is fitted after sigma has filled it
 * (afterProcess). Should a later sigma hold its grid otherwise, sigma's own choice stays.
 */
export function rankedLabelGrid(renderer: Sigma<any, any>, rank: LabelRank): void {
  const fit = () => {
    const grid = (renderer as unknown as { labelGrid?: unknown }).labelGrid;
    if (!isGrid(grid)) return;
    grid.getLabelsToDisplay = (ratio, density) => labelsToDisplay(grid, ratio, density, rank);
  };
  fit();
  renderer.on("afterProcess", fit);
}
