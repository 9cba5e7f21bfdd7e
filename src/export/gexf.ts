import gexf from "graphology-gexf";
import type { RegkgGraph } from "../graph/index.ts";
import type { NodeAttributes } from "../schema/index.ts";
import { flatten } from "./flat-attributes.ts";
import { CATEGORY_COLORS, EDGE_COLORS, KIND_COLORS } from "./palette.ts";
import { protectLineSeparators, stripNonXml } from "./xml.ts";

/** Scalar attributes with the characters XML cannot hold dropped (the GEXF writer keeps them). */
function xmlSafe(flat: Record<string, string | number | boolean>): Record<string, string | number | boolean> {
  return Object.fromEntries(Object.entries(flat).map(([k, v]) => [k, typeof v === "string" ? stripNonXml(v) : v]));
}

export function nodeColor(a: NodeAttributes): string {
  return a.kind === "entity" ? CATEGORY_COLORS[a.category] : KIND_COLORS[a.kind];
}

export function nodeLabel(a: NodeAttributes): string {
  return a.kind === "entity" ? a.name : a.kind === "document" ? a.title : `${a.actionType} (${a.status})`;
}

/**
 * GEXF 1.3 for Gephi: every attribute typed (kind, category, actionType and status as
 * strings Gephi can filter and colour by; lists and objects as JSON text), with positions,
 * colours and sizes in viz.
 */
export function toGexf(graph: RegkgGraph): string {
  const xml = gexf.write(graph, {
    version: "1.3",
    formatNode: (_key, attrs) => {
      const a = attrs as NodeAttributes;
      const { x: _x, y: _y, ...rest } = flatten(a);
      const position = a.x !== undefined && a.y !== undefined ? { x: a.x, y: a.y } : {};
      return {
        label: stripNonXml(nodeLabel(a)),
        attributes: xmlSafe(rest),
        viz: { color: nodeColor(a), size: a.kind === "action" ? 3 : a.kind === "document" ? 8 : 6, ...position },
      };
    },
    formatEdge: (_key, attrs) => ({
      label: attrs.kind,
      attributes: xmlSafe(flatten(attrs as never)),
      viz: { color: EDGE_COLORS[(attrs as { kind: keyof typeof EDGE_COLORS }).kind] },
    }),
  });
  return protectLineSeparators(xml);
}
