/**
 * How nodes and edges look, in the explorer and in the files other tools open: one label,
 * colour, size and shape per node, one label per edge. The explorer draws with these; graph
 * JSON, GEXF and GraphML exports carry them, so Gephi, Gephi Lite or sigma show the same picture.
 */
import type { RegkgGraph } from "../graph/index.ts";
import type { EdgeAttributes, NodeAttributes, NodeKind } from "../schema/index.ts";
import { CATEGORY_COLORS, EDGE_COLORS, KIND_COLORS } from "./palette.ts";

export interface NodeLook {
  label: string;
  color: string;
  size: number;
}

/** Shapes by node kind, in GEXF's viz:shape words: actions are squares, the rest discs. */
export const NODE_SHAPES: Record<NodeKind, "disc" | "square"> = { entity: "disc", action: "square", document: "disc" };

/** What the page calls a node: an entity's name, a document's title, an action's type and status. */
export function nodeName(attrs: NodeAttributes): string {
  if (attrs.kind === "entity") return attrs.name;
  if (attrs.kind === "document") return attrs.title;
  return `${attrs.actionType.replace(/_/g, " ")} (${attrs.status})`;
}

/** The smallest and the largest an entity is drawn: a hub of thousands of links stays a dot among dots. */
export const ENTITY_SIZE_MIN = 5;
export const ENTITY_SIZE_MAX = 20;

/**
 * An entity's size for its number of links: logarithmic, so 10 links read apart from 100 and
 * 100 from 1,000 without the busiest entities turning into discs that cover the canvas, and
 * capped at ENTITY_SIZE_MAX (reached at about 400 links). A function of the degree alone, so
 * an export and the page agree node for node whatever else is in the graph.
 */
export function entitySize(degree: number): number {
  return Math.min(ENTITY_SIZE_MAX, ENTITY_SIZE_MIN + 2.5 * Math.log1p(Math.max(0, degree)));
}

/** How a node looks: colour by kind and entity category, size by degree (capped), a short label. */
export function nodeLook(attrs: NodeAttributes, degree: number): NodeLook {
  switch (attrs.kind) {
    case "entity":
      return { label: nodeName(attrs), color: CATEGORY_COLORS[attrs.category], size: entitySize(degree) };
    case "action":
      return { label: nodeName(attrs), color: KIND_COLORS.action, size: 4 };
    case "document":
      return { label: nodeName(attrs), color: KIND_COLORS.document, size: 9 };
  }
}

export function edgeLook(attrs: EdgeAttributes): { color: string; size: number } {
  return { color: EDGE_COLORS[attrs.kind], size: attrs.kind === "source" ? 0.5 : 1.5 };
}

/**
 * What an edge says, for tools that label edges: the action type for the edges of an action
 * (its actors, targets, basis, source and attribution), the relation for a relation
 * ("holds_position_in: vice-governor").
 */
export function edgeLabel(graph: RegkgGraph, edge: string): string {
  const attrs = graph.getEdgeAttributes(edge);
  if (attrs.kind === "relation") return attrs.title ? `${attrs.relType}: ${attrs.title}` : attrs.relType;
  const end = attrs.kind === "actor" ? graph.target(edge) : graph.source(edge);
  const action = graph.getNodeAttributes(end);
  return action.kind === "action" ? action.actionType : attrs.kind;
}

/** Evidence as a reader would quote it: “quote” (doc:slug, 225-300), one span a line. */
export function evidenceText(evidence: readonly { doc: string; start: number; end: number; quote: string }[]): string {
  return evidence.map((e) => `“${e.quote}” (${e.doc}, ${e.start}-${e.end})`).join("\n");
}
