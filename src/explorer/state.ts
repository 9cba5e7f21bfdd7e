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

/**
 * The event graph (entity -> action -> entity), the who-acted-on-whom projection (one edge per
 * action), or the entity overview (the projection folded: one weighted edge per pair).
 */
export type View = "events" | "who" | "entities";

/**
 * Above this many actions the page opens on the entity overview: the event graph of 5,000
 * actions is already some 8,000 nodes and 18,000 edges, a dark mass of squares at first sight,
 * and past it every refresh of it costs sigma more than an interaction may take (README,
 * Performance); the folded overview of 100,000 actions is 3,000 entities and 54,000 edges.
 */
export const OVERVIEW_THRESHOLD = 5_000;

/** The view a graph opens on: the events, or above the threshold the entity overview. */
export const defaultView = (actions: number): View => (actions > OVERVIEW_THRESHOLD ? "entities" : "events");

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
  /**
   * An exploration (as in Neo4j Bloom): the entities it started from or expanded; each shows
   * with its neighbours, and everything else is hidden. null: the whole graph.
   */
  explore: readonly string[] | null;
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
  explore: null,
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

/** Start an exploration from one entity (a search hit, a query's answer): it and its neighbours, selected. */
export const exploreFrom = (s: ExplorerState, id: string): ExplorerState => ({ ...s, explore: [id], selected: id, highlight: null });

/** Show an entity's neighbours too; the first expansion of the whole graph starts an exploration. */
export const expand = (s: ExplorerState, id: string): ExplorerState => (s.explore?.includes(id) ? s : { ...s, explore: [...(s.explore ?? []), id] });

/** Take back what expanding an entity added (its neighbours no other expanded entity brought); the last one ends the exploration. */
export function collapse(s: ExplorerState, id: string): ExplorerState {
  if (!s.explore?.includes(id)) return s;
  const rest = s.explore.filter((x) => x !== id);
  return { ...s, explore: rest.length ? rest : null };
}

/** Back to the whole graph. */
export const endExplore = (s: ExplorerState): ExplorerState => (s.explore === null ? s : { ...s, explore: null });
