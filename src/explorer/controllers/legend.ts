import type { RegkgGraph } from "../../graph/index.ts";
import { ENTITY_CATEGORIES, type EntityCategory } from "../../schema/index.ts";
import { el } from "../dom.ts";
import { CATEGORY_COLORS, KIND_COLORS } from "../../export/palette.ts";
import type { LegendItem } from "../appearance.ts";

const item = (label: string, color: string, shape: "circle" | "square") =>
  el("li", {}, el("span", { className: `swatch ${shape}`, attrs: { style: `background:${color}` } }), el("span", { text: label }));

/** What the edges mean, in both views (the entity view folds the actions between two entities into one edge). */
export const EDGES_NOTE = "Arrows run actor → action → target; in the entity view one edge stands for the actions of an actor on a target (on a large overview a plain line, darker the more actions).";
const DEFAULT_NOTE = `${EDGES_NOTE} Size grows with the number of links.`;

/** What the colours and shapes mean, with entities coloured by category (the default). */
export function renderLegend(graph: RegkgGraph, note = DEFAULT_NOTE): HTMLElement[] {
  const present = new Set<EntityCategory>();
  graph.forEachNode((_n, a) => {
    if (a.kind === "entity") present.add(a.category);
  });
  return [
    el("h2", { text: "Legend" }),
    el(
      "ul",
      {},
      ...(Object.keys(ENTITY_CATEGORIES) as EntityCategory[]).filter((c) => present.has(c)).map((c) => item(c.replace(/_/g, " "), CATEGORY_COLORS[c], "circle")),
      item("action (square)", KIND_COLORS.action, "square"),
      item("document", KIND_COLORS.document, "circle"),
    ),
    el("p", { className: "muted", text: note }),
  ];
}

/** The legend for another colour choice (controllers/appearance.ts): its items and what they follow. */
export function renderItemsLegend(items: readonly LegendItem[], note: string): HTMLElement[] {
  return [el("h2", { text: "Legend" }), el("ul", {}, ...items.map((i) => item(i.label, i.color, i.shape))), el("p", { className: "muted", text: note })];
}
