import type { EdgeAttributes, NodeAttributes } from "../schema/index.ts";
import { CATEGORY_COLORS, EDGE_COLORS, KIND_COLORS } from "../export/palette.ts";

export interface NodeLook {
  label: string;
  color: string;
  size: number;
}

/** What the page calls a node: an entity's name, a document's title, an action's type and status. */
export function nodeName(attrs: NodeAttributes): string {
  if (attrs.kind === "entity") return attrs.name;
  if (attrs.kind === "document") return attrs.title;
  return `${attrs.actionType.replace(/_/g, " ")} (${attrs.status})`;
}

/** How a node looks: colour by kind and entity category, size by degree, a short label. */
export function nodeLook(attrs: NodeAttributes, degree: number): NodeLook {
  switch (attrs.kind) {
    case "entity":
      return { label: nodeName(attrs), color: CATEGORY_COLORS[attrs.category], size: 5 + 2.5 * Math.sqrt(degree) };
    case "action":
      return { label: nodeName(attrs), color: KIND_COLORS.action, size: 4 };
    case "document":
      return { label: nodeName(attrs), color: KIND_COLORS.document, size: 9 };
  }
}

export function edgeLook(attrs: EdgeAttributes): { color: string; size: number } {
  return { color: EDGE_COLORS[attrs.kind], size: attrs.kind === "source" ? 0.5 : 1.5 };
}
