import gexf from "graphology-gexf";
import type { RegkgGraph } from "../graph/index.ts";
import { ACTION_TYPES, EDGE_KINDS, ENTITY_CATEGORIES, NODE_KINDS, RELATION_TYPES, STATUSES, type NodeAttributes } from "../schema/index.ts";
import { flatten } from "./flat-attributes.ts";
import { edgeLabel, edgeLook, evidenceText, NODE_SHAPES, nodeLook } from "./look.ts";
import { protectLineSeparators, stripNonXml, xmlEscape } from "./xml.ts";

/** Scalar attributes with the characters XML cannot hold dropped (the GEXF writer keeps them). */
function xmlSafe(flat: Record<string, string | number | boolean>): Record<string, string | number | boolean> {
  return Object.fromEntries(Object.entries(flat).map(([k, v]) => [k, typeof v === "string" ? stripNonXml(v) : v]));
}

export function nodeLabel(a: NodeAttributes): string {
  return a.kind === "entity" ? a.name : a.kind === "document" ? a.title : `${a.actionType} (${a.status})`;
}

/** The attributes whose values come from a closed vocabulary: GEXF declares their values as <options>, so tools can offer them as categories. */
const CATEGORICAL: Record<"node" | "edge", Record<string, readonly string[]>> = {
  node: { kind: NODE_KINDS, category: Object.keys(ENTITY_CATEGORIES), actionType: Object.keys(ACTION_TYPES), status: Object.keys(STATUSES) },
  edge: { kind: Object.keys(EDGE_KINDS), relType: Object.keys(RELATION_TYPES) },
};

/** Give the categorical attributes of the <attributes> declarations their <options> (GEXF 1.3: the values, separated by "|"). */
function declareOptions(xml: string): string {
  return xml.replace(/<attributes class="(node|edge)">([\s\S]*?)<\/attributes>/g, (block, cls: "node" | "edge") =>
    block.replace(/<attribute id="([^"]+)" title="[^"]*" type="string"\/>/g, (decl, id: string) => {
      const values = CATEGORICAL[cls][id];
      return values ? `${decl.slice(0, -2)}><options>${xmlEscape(values.join("|"))}</options></attribute>` : decl;
    }),
  );
}

/**
 * GEXF 1.3 for Gephi: every attribute typed, the closed vocabularies (kind, category,
 * actionType, status, relType) declared with their values as <options>; lists and objects as
 * JSON text, evidence also as readable text (`evidenceText`: “quote” (doc, start-end)). Nodes
 * carry the explorer's look as viz (position, colour, size, shape: actions square); edges are
 * labelled with their action's type (or the relation) and coloured by kind.
 */
export function toGexf(graph: RegkgGraph): string {
  const xml = gexf.write(graph, {
    version: "1.3",
    formatNode: (key, attrs) => {
      const a = attrs as NodeAttributes;
      const { x: _x, y: _y, ...rest } = flatten(a);
      const look = nodeLook(a, graph.degree(key));
      const position = a.x !== undefined && a.y !== undefined ? { x: a.x, y: a.y } : {};
      const readable: Record<string, string> = a.kind === "action" ? { evidenceText: evidenceText(a.evidence) } : {};
      return {
        label: stripNonXml(nodeLabel(a)),
        attributes: xmlSafe({ ...rest, ...readable }),
        viz: { color: look.color, size: Math.round(look.size * 100) / 100, shape: NODE_SHAPES[a.kind], ...position },
      };
    },
    formatEdge: (key, attrs) => ({
      label: stripNonXml(edgeLabel(graph, key)),
      attributes: xmlSafe(flatten(attrs as never)),
      viz: { color: edgeLook(attrs as never).color },
    }),
  });
  return protectLineSeparators(declareOptions(xml));
}
