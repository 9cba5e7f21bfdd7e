/**
 * The explorer's view state, in one place, changed only by pure producers
 * `(state, ...args) => newState` (as Gephi Lite does), so every change is testable without a
 * browser. The graph itself is never mutated by the view: sigma sees the state through its
 * node and edge reducers.
 */
import type { Direction } from "../query/index.ts";
import type { ActionType, EntityCategory, Status } from "../schema/index.ts";
import { initialReview, type ReviewState } from "./review-state.ts";

export type Facet = "categories" | "actionTypes" | "statuses" | "documents";

/** Values hidden per facet; an empty set hides nothing. */
export interface Filters {
  categories: ReadonlySet<EntityCategory>;
  actionTypes: ReadonlySet<ActionType>;
  statuses: ReadonlySet<Status>;
  documents: ReadonlySet<string>;
  /** Dated actions outside [from, to] (ISO days) are hidden; undated actions always show. */
  dates: readonly [string, string] | null;
}

/** The event graph (entity -> action -> entity) or the who-acted-on-whom projection. */
export type View = "events" | "who";

/** A part of the graph to bring forward: an ego network, or the path between two nodes. */
export type Highlight =
  | { kind: "ego"; center: string; depth: number; direction: Direction }
  | { kind: "path"; from: string; to: string };

export interface ExplorerState {
  hovered: string | null;
  selected: string | null;
  filters: Filters;
  /** The who-acted-on-whom pattern in the query box; "" when none. */
  query: string;
  view: View;
  highlight: Highlight | null;
  /** Where a path starts, once the user has picked it. */
  pathStart: string | null;
  /** Review mode (review-state.ts): the queue of proposed items, when a review server is behind the page. */
  review: ReviewState;
}

export const initialState: ExplorerState = {
  hovered: null,
  selected: null,
  filters: { categories: new Set(), actionTypes: new Set(), statuses: new Set(), documents: new Set(), dates: null },
  query: "",
  view: "events",
  highlight: null,
  pathStart: null,
  review: initialReview,
};

export const hover = (s: ExplorerState, node: string | null): ExplorerState => (s.hovered === node ? s : { ...s, hovered: node });

export const select = (s: ExplorerState, node: string | null): ExplorerState => (s.selected === node ? s : { ...s, selected: node });

/** Show or hide one value of a facet (a checkbox). */
export function toggleFilter(s: ExplorerState, facet: Facet, value: string): ExplorerState {
  const hidden = new Set<string>(s.filters[facet]);
  if (hidden.has(value)) hidden.delete(value);
  else hidden.add(value);
  return { ...s, filters: { ...s.filters, [facet]: hidden } };
}

export const setQuery = (s: ExplorerState, query: string): ExplorerState => (s.query === query ? s : { ...s, query: query.trim() });

export const setView = (s: ExplorerState, view: View): ExplorerState => (s.view === view ? s : { ...s, view, hovered: null });

export const setHighlight = (s: ExplorerState, highlight: Highlight | null): ExplorerState => ({ ...s, highlight });

export const setPathStart = (s: ExplorerState, node: string | null): ExplorerState => (s.pathStart === node ? s : { ...s, pathStart: node });

export const setDates = (s: ExplorerState, dates: readonly [string, string] | null): ExplorerState => ({ ...s, filters: { ...s.filters, dates } });
