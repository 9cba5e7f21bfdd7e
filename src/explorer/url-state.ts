/**
 * The shareable part of the view state in the page's URL: the selection, the hidden filter
 * values and the query, beside the `graph` parameter. A link or a reload shows the same view.
 *
 *   ?graph=data/seed.graph.json&node=entity:pboc&hide=statuses:planned&hide=categories:person&q=*%20->%20ICOs&view=who
 *   ?graph=big.json&view=entities&explore=entity:a&explore=entity:b   (an exploration from a, b expanded)
 */
import type { RegkgGraph } from "../graph/index.ts";
import { initialState, type ExplorerState, type Facet, type View } from "./state.ts";

const FACETS: readonly Facet[] = ["categories", "actionTypes", "statuses", "documents"];
const VIEW_KEYS = ["node", "hide", "q", "view", "from", "to", "explore"];
const VIEWS: readonly View[] = ["events", "who", "entities"];
const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** The URL parameters for a state, keeping parameters that are not view state (graph=...). */
export function toSearchParams(state: ExplorerState, current: URLSearchParams, view: View = "events"): URLSearchParams {
  const params = new URLSearchParams([...current].filter(([k]) => !VIEW_KEYS.includes(k)));
  if (state.selected) params.set("node", state.selected);
  for (const facet of FACETS) for (const value of [...(state.filters[facet] as ReadonlySet<string>)].sort()) params.append("hide", `${facet}:${value}`);
  if (state.query) params.set("q", state.query);
  // The graph's default view (`view`) is left out, as fromSearchParams falls back on it.
  if (state.view !== view) params.set("view", state.view);
  for (const id of state.explore ?? []) params.append("explore", id);
  if (state.filters.dates) {
    params.set("from", state.filters.dates[0]);
    params.set("to", state.filters.dates[1]);
  }
  return params;
}

/** The view state a URL describes; values the graph does not have are ignored. Without a view, `view` (the graph's default). */
export function fromSearchParams(params: URLSearchParams, graph: RegkgGraph, view: View = "events"): ExplorerState {
  const hidden: Record<Facet, Set<string>> = { categories: new Set(), actionTypes: new Set(), statuses: new Set(), documents: new Set() };
  for (const item of params.getAll("hide")) {
    const at = item.indexOf(":");
    const facet = item.slice(0, at) as Facet;
    if (at > 0 && FACETS.includes(facet)) hidden[facet].add(item.slice(at + 1));
  }
  const node = params.get("node");
  const explore = params.getAll("explore").filter((id) => graph.hasNode(id) && graph.getNodeAttribute(id, "kind") === "entity");
  const from = params.get("from") ?? "";
  const to = params.get("to") ?? "";
  return {
    ...initialState,
    selected: node && graph.hasNode(node) ? node : null,
    filters: { ...hidden, dates: DAY.test(from) && DAY.test(to) && from <= to ? [from, to] : null } as ExplorerState["filters"],
    query: params.get("q")?.trim() ?? "",
    view: VIEWS.includes(params.get("view") as View) ? (params.get("view") as View) : view,
    explore: explore.length ? explore : null,
  };
}
