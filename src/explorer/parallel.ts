import { DEFAULT_EDGE_CURVATURE, indexParallelEdgesIndex } from "@sigma/edge-curve";
import type { WhoGraph } from "../query/index.ts";

/** The curvature of the i-th of n parallel edges (sigma's edge-curve example): spread, bounded. */
function curvature(index: number, maxIndex: number): number {
  if (index < 0) return -curvature(-index, maxIndex);
  const amplitude = 3.5;
  // Twice the example's bend: our labels are long, and must clear a straight middle edge.
  const maxCurvature = 2 * amplitude * (1 - Math.exp(-maxIndex / amplitude)) * DEFAULT_EDGE_CURVATURE;
  return (maxCurvature * index) / maxIndex;
}

/**
 * Curvatures for the edges that share their two ends with another (one regulator acting on one
 * target several times), so each is drawn, and labelled, apart. Single edges are absent: they
 * stay straight.
 */
export function parallelCurvatures(who: WhoGraph): Map<string, number> {
  indexParallelEdgesIndex(who as never, { edgeIndexAttribute: "parallelIndex", edgeMaxIndexAttribute: "parallelMaxIndex" });
  const out = new Map<string, number>();
  who.forEachEdge((edge, attrs) => {
    const { parallelIndex: index, parallelMaxIndex: max } = attrs as unknown as { parallelIndex: number | null; parallelMaxIndex: number | null };
    // The middle one of an odd count stays straight (a curvature of 0 would make the curve
    // program fall back to its default bend, onto a neighbour's label).
    if (typeof index === "number" && typeof max === "number" && max > 0 && index !== 0) out.set(edge, curvature(index, max));
  });
  return out;
}
