/**
 * What the page tells tests and the console about what sigma draws (window.__regkg), the same
 * for the regkg explorer and for another tool's graph opened generically.
 */
import type Sigma from "sigma";
import type { ExplorerState } from "./state.ts";

declare global {
  interface Window {
    /** Set once the graph has rendered; end-to-end tests wait for it. */
    __regkgReady?: boolean;
    /** performance.now() at the first frame drawn, for the benchmark. */
    __firstFrame?: number;
    /** Facts about what the page shows, for tests and the console. */
    __regkg?: {
      nodes: number;
      edges: number;
      source: string;
      state: () => ExplorerState;
      /** How the last state change was drawn (main.ts): the path sigma took, and how many nodes and edges it reprocessed. */
      lastRefresh?: () => { kind: string; nodes: number; edges: number };
      /** Whether the query index is built yet (main.ts builds it in idle time, or at once for a query). */
      indexBuilt?: () => boolean;
    } & RendererProbes;
  }
}

export interface RendererProbes {
  /** What sigma draws for a node after the reducers: colour, hidden, label... */
  display: (node: string) => Record<string, unknown> | undefined;
  edgeDisplay: (edge: string) => Record<string, unknown> | undefined;
  /** Where a node is on screen, in CSS pixels relative to the graph container. */
  viewport: (node: string) => { x: number; y: number } | undefined;
  camera: () => { x: number; y: number; ratio: number; angle: number };
  /** The node labels sigma drew in its last frame. */
  labels: () => string[];
  /**
   * The box each of those labels covers on screen, in CSS pixels relative to the graph
   * container, as sigma's label drawing places it: right of the node, its text measured in
   * sigma's label font.
   */
  labelBoxes: () => { node: string; x: number; y: number; width: number; height: number }[];
  /** Make sigma reprocess and draw the whole graph now, as after a new graph (to compare with what changes drew). */
  fullRefresh: () => void;
  /** How many frames sigma has drawn so far (a change should draw once). */
  renders: () => number;
}

/** The probes of one sigma renderer. */
export function rendererProbes(renderer: Sigma): RendererProbes {
  let renders = 0;
  renderer.on("afterRender", () => renders++);
  return {
    display: (node) => renderer.getNodeDisplayData(node) as Record<string, unknown> | undefined,
    edgeDisplay: (edge) => renderer.getEdgeDisplayData(edge) as Record<string, unknown> | undefined,
    viewport: (node) => {
      const d = renderer.getNodeDisplayData(node);
      return d ? renderer.framedGraphToViewport(d) : undefined;
    },
    camera: () => renderer.getCamera().getState(),
    labels: () => [...renderer.getNodeDisplayedLabels()].sort(),
    labelBoxes: () => {
      const size = renderer.getSetting("labelSize");
      const context = document.createElement("canvas").getContext("2d")!;
      context.font = `${renderer.getSetting("labelWeight")} ${size}px ${renderer.getSetting("labelFont")}`;
      return [...renderer.getNodeDisplayedLabels()].sort().map((node) => {
        const d = renderer.getNodeDisplayData(node)!;
        const at = renderer.framedGraphToViewport(d);
        // sigma's drawDiscNodeLabel: fillText(label, x + size + 3, y + labelSize / 3).
        const left = at.x + renderer.scaleSize(d.size) + 3;
        return { node, x: left, y: at.y - (2 * size) / 3, width: context.measureText(d.label ?? "").width, height: size };
      });
    },
    fullRefresh: () => void renderer.refresh(),
    renders: () => renders,
  };
}
