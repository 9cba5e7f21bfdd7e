import type { EdgeAttributes, NodeAttributes } from "../schema/index.ts";
import { CATEGORY_COLORS, EDGE_COLORS, KIND_COLORS } from "../export/palette.ts";

export interface NodeLook {
  label: string;
  color: string;
  size: number;
}

/** How a node looks: colour by kind and entity category, size by degree, a short label. */
export function nodeLook(attrs: NodeAttributes, degree: number): NodeLook {
  switch (attrs.kind) {
    case "entity":
      return { label: attrs.name, color: CATEGORY_COLORS[attrs.category], size: 5 + 2.5 * Math.sqrt(degree) };
    case "action":
      return { label: `${attrs.actionType.replace(/_/g, " ")} (${attrs.status})`, color: KIND_COLORS.action, size: 4 };
    case "document":
      return { label: attrs.title, color: KIND_COLORS.document, size: 9 };
  }
}

export function edgeLook(attrs: EdgeAttributes): { color: string; size: number } {
  return { color: EDGE_COLORS[attrs.kind], size: attrs.kind === "source" ? 0.5 : 1.5 };
}
