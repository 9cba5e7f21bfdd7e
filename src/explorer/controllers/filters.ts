import type { RegkgGraph } from "../../graph/index.ts";
import { ACTION_TYPES, ENTITY_CATEGORIES, STATUSES } from "../../schema/index.ts";
import { el } from "../dom.ts";
import { CATEGORY_COLORS } from "../../export/palette.ts";
import type { ExplorerState, Facet } from "../state.ts";

export interface FacetChoice {
  value: string;
  label: string;
  count: number;
  color?: string;
  title?: string;
}

/** The choices of each facet that occur in the graph, with how many entities or actions have them. */
export function facetChoices(graph: RegkgGraph): Record<Facet, FacetChoice[]> {
  const count = <K extends string>(keys: readonly K[], pick: (n: string) => K | undefined) => {
    const c = new Map<K, number>();
    graph.forEachNode((n) => {
      const k = pick(n);
      if (k !== undefined) c.set(k, (c.get(k) ?? 0) + 1);
    });
    return keys.filter((k) => c.has(k)).map((k) => ({ value: k, count: c.get(k)! }));
  };
  const attrs = (n: string) => graph.getNodeAttributes(n);
  const docs = graph.filterNodes((_n, a) => a.kind === "document");
  return {
    categories: count(Object.keys(ENTITY_CATEGORIES), (n) => {
      const a = attrs(n);
      return a.kind === "entity" ? a.category : undefined;
    }).map((c) => ({ ...c, label: c.value.replace(/_/g, " "), color: CATEGORY_COLORS[c.value as keyof typeof CATEGORY_COLORS], title: ENTITY_CATEGORIES[c.value as keyof typeof ENTITY_CATEGORIES].meaning })),
    actionTypes: count(Object.keys(ACTION_TYPES), (n) => {
      const a = attrs(n);
      return a.kind === "action" ? a.actionType : undefined;
    }).map((c) => ({ ...c, label: c.value.replace(/_/g, " "), title: ACTION_TYPES[c.value as keyof typeof ACTION_TYPES].meaning })),
    statuses: count(Object.keys(STATUSES), (n) => {
      const a = attrs(n);
      return a.kind === "action" ? a.status : undefined;
    }).map((c) => ({ ...c, label: c.value, title: STATUSES[c.value as keyof typeof STATUSES].meaning })),
    documents: count(docs, (n) => {
      const a = attrs(n);
      if (a.kind !== "action") return undefined;
      return graph.outNeighbors(n).find((m) => docs.includes(m));
    }).map((c) => {
      const a = attrs(c.value);
      return { ...c, label: a.kind === "document" ? a.title : c.value };
    }),
  };
}

const FACET_TITLES: Record<Facet, string> = { statuses: "Status", actionTypes: "Action type", categories: "Entity category", documents: "Document" };
const FACET_UNITS: Record<Facet, string> = { statuses: "actions", actionTypes: "actions", categories: "entities", documents: "actions" };

/** Checkbox lists, one per facet, each choice with its count. */
export function renderFilters(choices: Record<Facet, FacetChoice[]>, state: ExplorerState, onToggle: (facet: Facet, value: string) => void): HTMLElement[] {
  return (Object.keys(FACET_TITLES) as Facet[])
    .filter((facet) => choices[facet].length > 0)
    .map((facet) => {
      const list = el("ul", { className: "choices" });
      for (const c of choices[facet]) {
        const id = `filter-${facet}-${c.value.replace(/[^a-z0-9_-]/gi, "-")}`;
        const box = el("input", { attrs: { type: "checkbox", id, "data-facet": facet, "data-value": c.value } });
        box.checked = !(state.filters[facet] as ReadonlySet<string>).has(c.value);
        box.addEventListener("change", () => onToggle(facet, c.value));
        const label = el("label", { attrs: { for: id, ...(c.title ? { title: c.title } : {}) } });
        if (c.color) label.append(el("span", { className: "swatch", attrs: { style: `background:${c.color}` } }));
        label.append(el("span", { className: "choice-label", text: c.label }), el("span", { className: "count", text: String(c.count), attrs: { "aria-label": `${c.count} ${FACET_UNITS[facet]}` } }));
        list.append(el("li", {}, box, label));
      }
      return el("fieldset", { className: "facet" }, el("legend", { text: FACET_TITLES[facet] }), list);
    });
}
