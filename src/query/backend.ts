import type { ActionAttributes, ActionType, EdgeAttributes, EntityCategory, NodeAttributes, Status } from "../schema/index.ts";

/**
 * The access methods the query engine needs, and nothing more. Two implementations answer
 * them: the in-memory index over a graphology graph (the browser, small graphs) and the
 * SQLite store (src/store/), which answers from its indexes without loading the graph. The
 * pattern language, name resolution, rows and output formats are written once, over this.
 *
 * Every list of actions is in graph order (the order of the graph's action nodes), and every
 * step list in the order graphology walks a node's edges (out-edges, then in-edges), so both
 * backends give the same rows, paths and neighbourhoods in the same order.
 */
export interface QueryBackend {
  /** How many actions the graph has. */
  readonly actionCount: number;
  /** Every action id, in graph order. */
  allActions(): Iterable<string>;
  /** How many actions a selector picks (an upper bound is fine for `dated`). */
  size(selector: Selector): number;
  /** The actions any of the selectors picks, each once, in graph order. */
  select(selectors: readonly Selector[]): readonly string[];
  /**
   * The actions' records, in the order asked; ids that are not actions are left out. With
   * `docs: false` a backend may leave `docs` empty (a store then reads one table less).
   */
  actionViews(ids: readonly string[], options?: { docs?: boolean }): ActionView[];

  /** The entity with this id, or undefined when there is none. */
  entity(id: string): EntityInfo | undefined;
  /** The entities of a category, in graph order. */
  entitiesOfCategory(category: EntityCategory): readonly string[];
  /** Entities a normalised name, alias, Chinese name or id names. */
  namesFor(key: string): readonly string[];
  /** Every normalised name with the entities it names, for suggestions on a miss. */
  nameEntries(): Iterable<readonly [string, readonly string[]]>;

  /** The document's title, or undefined when no document has this id. */
  documentTitle(id: string): string | undefined;
  /** The first `limit` document ids, in graph order, for error messages. */
  documentIds(limit: number): string[];

  /** Any node's kind and one-line label, or undefined. */
  node(id: string): { kind: NodeAttributes["kind"]; label: string } | undefined;
  /** The walkable edges of a node (see WALK_EDGE_KINDS), in graphology's order. */
  steps(node: string, direction: Direction): Step[];

  /** Every entity that performed (actors) or suffered (targets) at least one action, with the count. */
  roleCounts(role: "actors" | "targets"): EntityCount[];
}

export type Direction = "out" | "in" | "both";

/** A candidate list of actions, each a superset of some query's answer. */
export type Selector =
  | { readonly actor: string }
  | { readonly target: string }
  | { readonly type: ActionType }
  | { readonly status: Status }
  | { readonly doc: string }
  /** Dated actions that can fall in [since, until] (first/last days, inclusive). */
  | { readonly dated: { readonly since?: string; readonly until?: string } };

/** What a query row needs of an action: its attributes and its parties, in edge order. */
export interface ActionView {
  readonly id: string;
  readonly attributes: ActionAttributes;
  readonly actors: readonly string[];
  readonly targets: readonly string[];
  /** The documents the action's source edges point at. */
  readonly docs: readonly string[];
}

export interface EntityInfo {
  readonly id: string;
  readonly name: string;
  readonly category: EntityCategory;
}

export interface EntityCount extends EntityInfo {
  readonly actions: number;
}

export interface Step {
  /** The neighbour reached. */
  readonly node: string;
  readonly edge: string;
  /** True when the edge points from the current node to the neighbour. */
  readonly forward: boolean;
  readonly kind: EdgeAttributes["kind"];
  readonly relType?: string;
}

/** The label nodes get in paths and neighbourhoods. */
export function nodeLabel(attrs: NodeAttributes): string {
  if (attrs.kind === "entity") return attrs.name;
  if (attrs.kind === "action") return `${attrs.actionType} (${attrs.status}): ${attrs.summary}`;
  return attrs.title;
}
