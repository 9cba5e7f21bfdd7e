/** The colours of node kinds, entity categories and edge kinds: the explorer draws with them and the GEXF export carries them to Gephi. */
import type { EdgeKind, EntityCategory, NodeKind, Status } from "../schema/index.ts";

/** Entity colours by category: distinct hues, readable on a light background. */
export const CATEGORY_COLORS: Record<EntityCategory, string> = {
  regulator: "#d62728",
  government: "#8c1c13",
  task_force: "#e377c2",
  person: "#ff7f0e",
  company: "#1f77b4",
  platform: "#17becf",
  media: "#9467bd",
  target_group: "#2ca02c",
  activity: "#bcbd22",
  infrastructure: "#7f7f7f",
  regulation: "#8c564b",
  court: "#393b79",
};

/** Colours of the nodes that are not entities. */
export const KIND_COLORS: Record<Exclude<NodeKind, "entity">, string> = {
  action: "#333a45",
  document: "#0b5394",
};

export const EDGE_COLORS: Record<EdgeKind, string> = {
  actor: "#c9a0a0",
  target: "#9fb8d0",
  basis: "#c4ad96",
  relation: "#b4a7d6",
  source: "#dddddd",
  attribution: "#d9c7e8",
};

/** Colours of action statuses: the who-acted-on-whom view's edges, and nodes coloured by status. */
export const STATUS_COLORS: Record<Status, string> = {
  enacted: "#4c8c4a",
  announced: "#d08c2f",
  planned: "#e0a13a",
  stated: "#6a6fc4",
  reported: "#9a9a9a",
};
