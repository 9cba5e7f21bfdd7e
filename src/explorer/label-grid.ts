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
 * - The labels chosen are drawn best first, each only where it covers no label drawn before it
 *   (the best nodes of two neighbouring cells can sit a few pixels apart).
 *
 * Nothing else gets a label by force but the selected and the hovered node (reducers.ts), so
 * what is drawn stays bounded by the screen's cells at any zoom, and does not overlap.
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

/**
 * The labels to draw at camera `ratio`: per (merged) cell, the best ranked, as many as sigma's
 * density allows at ratio 1 or closer; all of them best first (rank, then size).
 */
export function labelsToDisplay(grid: GridCells, ratio: number, density: number, rank: LabelRank): string[] {
  const merge = ratio > 1 ? Math.ceil(ratio) : 1;
  // sigma's own count per cell when zoomed in (more as the cells grow on screen); one per merged cell when out.
  const perCell = merge === 1 ? Math.ceil(density / (ratio * ratio)) : 1;
  const groups = new Map<number, Ranked[]>();
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
  const out: Ranked[] = [];
  for (const list of groups.values()) {
    list.sort(best);
    for (let i = 0; i < Math.min(perCell, list.length); i++) out.push(list[i]!);
  }
  return out.sort(best).map((x) => x.candidate.key);
}

interface Ranked {
  rank: number;
  candidate: Candidate;
}
const best = (a: Ranked, b: Ranked) => b.rank - a.rank || bySize(a.candidate, b.candidate);

/** A label's place on screen, in pixels. */
export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}
const overlap = (a: Box, b: Box) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

/**
 * Of `candidates` (best first), those whose label does not cover one placed before it, nor any of
 * `placed` (the labels drawn by force); `box` gives a label's place, or null when sigma would
 * not draw it anyway (too small at this zoom, off screen). Neighbouring cells' best nodes can
 * sit a few pixels apart, on either side of the cells' border.
 */
export function declutter(candidates: readonly string[], placed: readonly Box[], box: (node: string) => Box | null): string[] {
  const taken = [...placed];
  const out: string[] = [];
  for (const node of candidates) {
    const b = box(node);
    if (!b || taken.some((t) => overlap(t, b))) continue;
    taken.push(b);
    out.push(node);
  }
  return out;
}

const isGrid = (g: unknown): g is GridCells & { getLabelsToDisplay: (ratio: number, density: number) => string[] } =>
  typeof g === "object" && g !== null && typeof (g as GridCells).cellSize === "number" && typeof (g as GridCells).columns === "number" && typeof (g as GridCells).cells === "object";

/**
 * Make `renderer` choose its labels with labelsToDisplay, then declutter them around the labels
 * `forced` (the selected and hovered node: sigma draws them whatever the grid says). sigma 3.0
 * keeps its grid in a private field and makes a new one on a full refresh, so each grid is
 * fitted after sigma has filled it (afterProcess). Should a later sigma hold its grid otherwise,
 * sigma's own choice stays.
 */
export function rankedLabelGrid(renderer: Sigma<any, any>, rank: LabelRank, forced: () => readonly (string | null)[]): void {
  const context = document.createElement("canvas").getContext("2d");
  const widths = new Map<string, number>();
  let font = "";
  /** Where sigma's drawDiscNodeLabel puts a node's label: fillText(label, x + size + 3, y + labelSize / 3). */
  const box = (node: string, always: boolean): Box | null => {
    const d = renderer.getNodeDisplayData(node);
    if (!d || d.hidden || !d.label) return null;
    const size = renderer.scaleSize(d.size);
    if (!always && size < renderer.getSetting("labelRenderedSizeThreshold")) return null;
    const at = renderer.framedGraphToViewport(d);
    const { width, height } = renderer.getDimensions();
    if (!always && (at.x < -150 || at.x > width + 150 || at.y < -50 || at.y > height + 50)) return null;
    const labelSize = renderer.getSetting("labelSize");
    const nextFont = `${renderer.getSetting("labelWeight")} ${labelSize}px ${renderer.getSetting("labelFont")}`;
    if (nextFont !== font) {
      font = nextFont;
      widths.clear();
      if (context) context.font = font;
    }
    let w = widths.get(d.label);
    if (w === undefined) widths.set(d.label, (w = context ? context.measureText(d.label).width : d.label.length * labelSize * 0.6));
    const b = { x: at.x + size + 3, y: at.y - (2 * labelSize) / 3, width: w, height: labelSize };
    // A label the canvas's edge would cut (the detail panel stands right of it) is left for another.
    if (!always && (b.x < 0 || b.x + b.width > width || b.y < 0 || b.y + b.height > height)) return null;
    return b;
  };
  const fit = () => {
    const grid = (renderer as unknown as { labelGrid?: unknown }).labelGrid;
    if (!isGrid(grid)) return;
    grid.getLabelsToDisplay = (ratio, density) => {
      const placed = forced().flatMap((n) => (n !== null && renderer.getGraph().hasNode(n) ? [box(n, true)].filter((b): b is Box => b !== null) : []));
      return declutter(labelsToDisplay(grid, ratio, density, rank), placed, (n) => box(n, false));
    };
  };
  fit();
  // The renderer drew its first frame with sigma's own choice before this was installed: draw again with ours.
  renderer.scheduleRender();
  renderer.on("afterProcess", fit);
}
