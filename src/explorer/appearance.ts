/**
 * Colour and size by an attribute or a statistic, as Gephi Lite's appearance panel offers: what
 * each choice draws, as per-node overrides of the default look (src/export/look.ts) that the
 * node reducer lays over it, and the legend that says what the colours mean. Pure: the page
 * (controllers/appearance.ts) only picks the choice and brings the statistics.
 */
import type { RegkgGraph } from "../graph/index.ts";
import { KIND_COLORS, STATUS_COLORS } from "../export/palette.ts";
import { categorical, dominant, logSizeScale, OTHER_COLOR } from "./scales.ts";
import type { EntityGraphInput, EntityStats, GraphTables } from "./stats.ts";

export type ColorBy = "category" | "community" | "actionType" | "status";
export type SizeBy = "degree" | "asActor" | "asTarget" | "pagerank";

export const COLOR_CHOICES: Record<ColorBy, string> = {
  category: "entity category",
  community: "community (Louvain)",
  actionType: "action type",
  status: "status",
};
export const SIZE_CHOICES: Record<SizeBy, string> = {
  degree: "number of links",
  asActor: "actions as actor",
  asTarget: "actions as target",
  pagerank: "PageRank",
};

export interface AppearanceChoice {
  color: ColorBy;
  size: SizeBy;
}
export const DEFAULT_APPEARANCE: AppearanceChoice = { color: "category", size: "degree" };

/** Whether a choice needs the statistics the worker computes. */
export const needsStats = (c: AppearanceChoice): boolean => c.color === "community" || c.size === "pagerank";

/** The worker's statistics, by entity key. */
export interface GraphStats {
  byEntity: ReadonlyMap<string, { pagerank: number; rank: number; community: number }>;
  communitySizes: readonly number[];
  modularity: number;
}

export function toGraphStats(input: EntityGraphInput, stats: EntityStats): GraphStats {
  const order = input.entities.map((_e, i) => i).sort((a, b) => stats.pagerank[b]! - stats.pagerank[a]!);
  const rank = new Int32Array(order.length);
  order.forEach((i, r) => (rank[i] = r + 1));
  const byEntity = new Map(input.entities.map((e, i) => [e, { pagerank: stats.pagerank[i]!, rank: rank[i]!, community: stats.community[i]! }]));
  return { byEntity, communitySizes: stats.communitySizes, modularity: stats.modularity };
}

export interface Override {
  color?: string;
  size?: number;
}
export interface LegendItem {
  label: string;
  color: string;
  shape: "circle" | "square";
}
export interface Appearance {
  /** Per node, what differs from the default look; null when nothing does. */
  overrides: ReadonlyMap<string, Override> | null;
  /** The colour legend for the choice; null for the default one (entity categories). */
  legend: LegendItem[] | null;
  /** One line under the legend: what the colours and sizes follow. */
  note: string;
}

const pretty = (s: string) => s.replace(/_/g, " ");
const plural = (n: number, one: string, many = `${one}s`) => `${n.toLocaleString("en")} ${n === 1 ? one : many}`;

function colors(graph: RegkgGraph, by: ColorBy, tables: GraphTables, stats: GraphStats | null): { color: Map<string, string>; legend: LegendItem[] | null; note: string } {
  const color = new Map<string, string>();
  if (by === "category") return { color, legend: null, note: "" };
  const legend: LegendItem[] = [];
  if (by === "community") {
    if (!stats) return { color, legend: [], note: "Communities are being computed…" };
    // An entity alone in its community gets no colour of its own: the palette goes to groups.
    const sizes = new Map(stats.communitySizes.map((n, c) => [c, n] as const).filter(([, n]) => n > 1));
    const scale = categorical(sizes);
    const alone = stats.communitySizes.filter((n) => n === 1).length;
    for (const [e, s] of stats.byEntity) color.set(e, scale.colorOf(s.community));
    for (const [action, actor] of tables.firstActor) color.set(action, color.get(actor) ?? OTHER_COLOR);
    for (const { key, color: c, count } of scale.entries) legend.push({ label: `community ${key + 1} · ${plural(count, "entity", "entities")}`, color: c, shape: "circle" });
    const rest = scale.other.keys + alone;
    if (rest) legend.push({ label: `${plural(rest, "smaller community", "smaller communities")} (${plural(scale.other.count + alone, "entity", "entities")})`, color: OTHER_COLOR, shape: "circle" });
    return { color, legend, note: `${plural(stats.communitySizes.length, "community", "communities")} (Louvain, modularity ${stats.modularity.toFixed(2)}) in who acted on whom; an action takes its actor's colour.` };
  }
  const counts = by === "actionType" ? tables.typeCounts : tables.statusCounts;
  const scale = categorical<string>(counts, by === "status" ? new Map(Object.entries(STATUS_COLORS)) : undefined);
  const perEntity = by === "actionType" ? tables.types : tables.statuses;
  graph.forEachNode((n, a) => {
    if (a.kind === "action") color.set(n, scale.colorOf(by === "actionType" ? a.actionType : a.status));
  });
  for (const e of tables.entities) color.set(e, scale.colorOf(dominant(perEntity.get(e))));
  for (const { key, color: c, count } of scale.entries) legend.push({ label: `${pretty(key)} (${count.toLocaleString("en")})`, color: c, shape: "square" });
  if (scale.other.keys) legend.push({ label: `${scale.other.keys} other types (${scale.other.count.toLocaleString("en")})`, color: OTHER_COLOR, shape: "square" });
  legend.push({ label: "document", color: KIND_COLORS.document, shape: "circle" });
  const what = by === "actionType" ? "type" : "status";
  return { color, legend, note: `Actions by ${what}; an entity takes the ${what} most of its actions have (grey: none).` };
}

function sizes(by: SizeBy, tables: GraphTables, stats: GraphStats | null): { size: Map<string, number>; note: string } {
  const size = new Map<string, number>();
  if (by === "degree") return { size, note: "Entity size grows with the number of links (log scale, capped)." };
  if (by === "pagerank" && !stats) return { size, note: "PageRank is being computed…" };
  const { counts, entities } = tables;
  const value = (n: string): number =>
    by === "pagerank" ? (stats!.byEntity.get(n)?.pagerank ?? 0) : by === "asActor" ? (counts.get(n)?.asActor ?? 0) : (counts.get(n)?.asTarget ?? 0);
  const scale = logSizeScale(entities.map(value));
  for (const e of entities) size.set(e, scale(value(e)));
  return { size, note: `Entity size follows ${SIZE_CHOICES[by]} (log scale, capped).` };
}

/** What a choice draws: overrides per node, the legend, a note. */
export function appearanceFor(graph: RegkgGraph, choice: AppearanceChoice, tables: GraphTables, stats: GraphStats | null): Appearance {
  const c = colors(graph, choice.color, tables, stats);
  const s = sizes(choice.size, tables, stats);
  const note = [c.note, s.note].filter(Boolean).join(" ");
  if (c.color.size === 0 && s.size.size === 0) return { overrides: null, legend: c.legend, note };
  const overrides = new Map<string, Override>();
  for (const [n, color] of c.color) overrides.set(n, { color });
  for (const [n, size] of s.size) overrides.set(n, { ...overrides.get(n), size });
  return { overrides, legend: c.legend, note };
}

/** The values the detail panel shows for a node: label and text, in order. */
export function nodeValues(graph: RegkgGraph, node: string, tables: GraphTables, stats: GraphStats | null): [string, string][] {
  const c = tables.counts.get(node);
  if (!c) return [];
  const kind = graph.getNodeAttribute(node, "kind");
  const out: [string, string][] = [["links", c.degree.toLocaleString("en")]];
  if (kind === "entity") {
    out.push(["actions as actor", c.asActor.toLocaleString("en")], ["actions as target", c.asTarget.toLocaleString("en")]);
    const s = stats?.byEntity.get(node);
    if (!stats) out.push(["PageRank", "…"], ["community", "…"]);
    else if (s) {
      out.push(["PageRank", `${s.pagerank.toPrecision(3)} (${ordinal(s.rank)} of ${stats.byEntity.size.toLocaleString("en")})`]);
      out.push(["community", `${s.community + 1} of ${stats.communitySizes.length} (${plural(stats.communitySizes[s.community] ?? 0, "entity", "entities")})`]);
    }
  } else if (kind === "action" && stats) {
    const actor = tables.firstActor.get(node);
    const s = actor ? stats.byEntity.get(actor) : undefined;
    if (s) out.push(["community", `${s.community + 1} (its actor's)`]);
  }
  return out;
}

function ordinal(n: number): string {
  const tens = n % 100;
  const suffix = tens >= 11 && tens <= 13 ? "th" : ({ 1: "st", 2: "nd", 3: "rd" } as Record<number, string>)[n % 10] ?? "th";
  return `${n.toLocaleString("en")}${suffix}`;
}
