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
  // One pass over the graph; an action's document is the target of its "source" edge.
  const categories = new Map<string, number>();
  const actionTypes = new Map<string, number>();
  const statuses = new Map<string, number>();
  const documents = new Map<string, number>();
  const docOrder: string[] = [];
  const bump = (m: Map<string, number>, k: string) => m.set(k, (m.get(k) ?? 0) + 1);
  graph.forEachNode((n, a) => {
    if (a.kind === "entity") bump(categories, a.category);
    else if (a.kind === "document") docOrder.push(n);
    else {
      bump(actionTypes, a.actionType);
      bump(statuses, a.status);
      const doc = graph.findOutEdge(n, (_e, e) => e.kind === "source");
      if (doc) bump(documents, graph.target(doc));
    }
  });
  const listed = <K extends string>(keys: readonly K[], counts: Map<string, number>) => keys.filter((k) => counts.has(k)).map((k) => ({ value: k, count: counts.get(k)! }));
  return {
    categories: listed(Object.keys(ENTITY_CATEGORIES) as (keyof typeof ENTITY_CATEGORIES)[], categories).map((c) => ({ ...c, label: c.value.replace(/_/g, " "), color: CATEGORY_COLORS[c.value], title: ENTITY_CATEGORIES[c.value].meaning })),
    actionTypes: listed(Object.keys(ACTION_TYPES) as (keyof typeof ACTION_TYPES)[], actionTypes).map((c) => ({ ...c, label: c.value.replace(/_/g, " "), title: ACTION_TYPES[c.value].meaning })),
    statuses: listed(Object.keys(STATUSES) as (keyof typeof STATUSES)[], statuses).map((c) => ({ ...c, label: c.value, title: STATUSES[c.value].meaning })),
    documents: listed(docOrder, documents).map((c) => {
      const a = graph.getNodeAttributes(c.value);
      return { ...c, label: a.kind === "document" ? a.title : c.value };
    }),
  };
}

/** Choices listed at first per facet; "Show all" lists the rest. */
export const MAX_LISTED = 200;

const FACET_TITLES: Record<Facet, string> = { statuses: "Status", actionTypes: "Action type", categories: "Entity category", documents: "Document" };
const FACET_UNITS: Record<Facet, string> = { statuses: "actions", actionTypes: "actions", categories: "entities", documents: "actions" };

/** Checkbox lists, one per facet, each choice with its count. */
export function renderFilters(choices: Record<Facet, FacetChoice[]>, state: ExplorerState, onToggle: (facet: Facet, value: string) => void): HTMLElement[] {
  return (Object.keys(FACET_TITLES) as Facet[])
    .filter((facet) => choices[facet].length > 0)
    .map((facet) => {
      const list = el("ul", { className: "choices" });
      const all = choices[facet];
      const hidden = state.filters[facet] as ReadonlySet<string>;
      // A large graph has thousands of documents: a list that long costs every filter change
      // its rebuild and layout. The first ones (and any the user unticked) show; a button adds the rest.
      const listed = all.length > MAX_LISTED ? all.filter((c, i) => i < MAX_LISTED || hidden.has(c.value)) : all;
      const add = (c: FacetChoice) => {
        const id = `filter-${facet}-${c.value.replace(/[^a-z0-9_-]/gi, "-")}`;
        const box = el("input", { attrs: { type: "checkbox", id, "data-facet": facet, "data-value": c.value } });
        box.checked = !(state.filters[facet] as ReadonlySet<string>).has(c.value);
        box.addEventListener("change", () => onToggle(facet, c.value));
        const label = el("label", { attrs: { for: id, ...(c.title ? { title: c.title } : {}) } });
        if (c.color) label.append(el("span", { className: "swatch", attrs: { style: `background:${c.color}` } }));
        label.append(el("span", { className: "choice-label", text: c.label }), el("span", { className: "count", text: String(c.count), attrs: { "aria-label": `${c.count} ${FACET_UNITS[facet]}` } }));
        list.append(el("li", {}, box, label));
      };
      listed.forEach(add);
      const box = el("fieldset", { className: "facet" }, el("legend", { text: FACET_TITLES[facet] }), list);
      if (listed.length < all.length) {
        const more = el("button", { className: "more", text: `Show all ${all.length.toLocaleString("en")}`, attrs: { type: "button", "data-more": facet } });
        more.addEventListener("click", () => {
          const shown = new Set(listed.map((c) => c.value));
          all.filter((c) => !shown.has(c.value)).forEach(add);
          more.remove();
        });
        box.append(more);
      }
      return box;
    });
}

/**
 * After a filter change, tick the rendered checkboxes as `state` says instead of building the
 * lists again: the box the user ticked keeps its focus, and the page does not lay out and paint
 * some hundreds of elements again on each change.
 */
export function syncFilters(container: HTMLElement, state: ExplorerState): void {
  for (const box of container.querySelectorAll<HTMLInputElement>("input[data-facet]")) {
    const hidden = state.filters[box.dataset.facet as Facet] as ReadonlySet<string> | undefined;
    const checked = !hidden?.has(box.dataset.value ?? "");
    if (box.checked !== checked) box.checked = checked;
  }
}
