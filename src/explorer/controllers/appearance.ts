/**
 * The appearance panel (left): colour and size choices, the progress of the statistics worker,
 * and ForceAtlas2's settings for the "Run layout" button. It owns its own small state (the
 * choice lives in the URL as `color=` and `size=`, beside the view state) and hands the
 * renderer per-node overrides through appearance(); main.ts only wires it in.
 */
import type { RegkgGraph } from "../../graph/index.ts";
import {
  appearanceFor,
  COLOR_CHOICES,
  DEFAULT_APPEARANCE,
  needsStats,
  nodeValues,
  SIZE_CHOICES,
  type Appearance,
  type AppearanceChoice,
  type ColorBy,
  type Override,
  type SizeBy,
} from "../appearance.ts";
import { el } from "../dom.ts";
import { defaultLayoutChoice, parseLayoutChoice, type LayoutChoice } from "../layout-settings.ts";
import { statsRunner } from "../stats-client.ts";
import { graphTables, STATS_PHASES, type GraphTables, type StatsPhase } from "../stats.ts";
import { EDGES_NOTE, renderItemsLegend, renderLegend } from "./legend.ts";

const PHASE_TEXT: Record<StatsPhase, string> = { graph: "folding the entity graph", pagerank: "PageRank", communities: "communities (Louvain)" };

/** A choice from the page address; unknown values fall back to the default. */
export function choiceFromParams(params: URLSearchParams): AppearanceChoice {
  const color = params.get("color");
  const size = params.get("size");
  return {
    color: color && color in COLOR_CHOICES ? (color as ColorBy) : DEFAULT_APPEARANCE.color,
    size: size && size in SIZE_CHOICES ? (size as SizeBy) : DEFAULT_APPEARANCE.size,
  };
}

/** The page address with a choice in it (the default leaves no trace). */
export function choiceToParams(choice: AppearanceChoice, current: URLSearchParams): URLSearchParams {
  const params = new URLSearchParams([...current].filter(([k]) => k !== "color" && k !== "size"));
  if (choice.color !== DEFAULT_APPEARANCE.color) params.set("color", choice.color);
  if (choice.size !== DEFAULT_APPEARANCE.size) params.set("size", choice.size);
  return params;
}

export interface AppearanceControls {
  /** Per-node colour and size overrides for the node reducer; null draws the default look. */
  overrides: () => ReadonlyMap<string, Override> | null;
  /** Draw the legend for the current choice. */
  showLegend: () => void;
  /** Recompute the look, legend and values (after the graph was reloaded in place). */
  update: () => void;
  /** Put the selected node's values (links, actions, PageRank, community) into the detail panel. */
  showValues: (node: string | null) => void;
  /** ForceAtlas2 settings as the form has them. */
  layoutChoice: () => LayoutChoice;
}

export interface AppearanceContext {
  graph: RegkgGraph;
  /** Redraw the graph with the new overrides; `sizes` false when only colours changed. */
  refresh: (sizes: boolean) => void;
  /** The layout settings changed: restart the layout with them if it runs. */
  layoutChanged: () => void;
  /** Whether the choice may be written to the page address (not for a file opened from disk). */
  persist: boolean;
  signal: AbortSignal;
}

export function mountAppearance(ctx: AppearanceContext): AppearanceControls {
  const { graph, signal } = ctx;
  const runner = statsRunner(graph);
  signal.addEventListener("abort", () => runner.dispose());
  let choice = ctx.persist ? choiceFromParams(new URLSearchParams(location.search)) : DEFAULT_APPEARANCE;
  let tables: GraphTables | undefined;
  let tablesFor = -1;
  let version = 0;
  const changed = () => version++;
  for (const event of ["cleared", "nodeAdded", "edgeAdded", "nodeDropped", "edgeDropped"] as const) {
    graph.on(event, changed);
    signal.addEventListener("abort", () => graph.off(event, changed));
  }
  const graphTablesNow = () => {
    if (!tables || tablesFor !== version) [tables, tablesFor] = [graphTables(graph), version];
    return tables;
  };
  let look: Appearance = { overrides: null, legend: null, note: "" };
  let valuesFor: string | null = null;

  const colorSelect = el("select", { attrs: { id: "color-by" } }, ...Object.entries(COLOR_CHOICES).map(([v, t]) => el("option", { text: t, attrs: { value: v } })));
  const sizeSelect = el("select", { attrs: { id: "size-by" } }, ...Object.entries(SIZE_CHOICES).map(([v, t]) => el("option", { text: t, attrs: { value: v } })));
  colorSelect.value = choice.color;
  sizeSelect.value = choice.size;
  const bar = el("progress", { attrs: { max: String(STATS_PHASES.length), value: "0" } });
  const progressText = el("span", {});
  const progress = el("p", { className: "stats-progress", attrs: { id: "stats-progress", role: "status", "aria-live": "polite" } }, bar, progressText);
  progress.hidden = true;

  const showLegend = () => {
    const legend = byIdOrNull("legend");
    if (!legend) return;
    const sizeNote = look.note;
    if (look.legend === null) legend.replaceChildren(...renderLegend(graph, choice.size === "degree" ? undefined : `${EDGES_NOTE} ${sizeNote}`));
    else legend.replaceChildren(...renderItemsLegend(look.legend, look.note));
  };

  /**
   * Compute the look for the current choice and redraw; `sizes` says whether sizes may have
   * changed (a colour change alone lets sigma repaint without re-indexing). A choice that needs
   * the statistics starts the worker first, so it loads while this thread redraws.
   */
  const apply = (sizes = true) => {
    const stats = runner.current();
    if (needsStats(choice) && !stats) void compute();
    look = appearanceFor(graph, choice, graphTablesNow(), stats);
    showLegend();
    ctx.refresh(sizes);
    showValues(valuesFor);
  };

  let started = 0;
  const compute = async () => {
    if (runner.current()) return;
    progress.hidden = false;
    started = performance.now();
    bar.value = 0;
    progressText.textContent = " Computing statistics…";
    try {
      await runner.request((phase) => {
        bar.value = STATS_PHASES.indexOf(phase);
        progressText.textContent = ` Computing ${PHASE_TEXT[phase]} (${STATS_PHASES.indexOf(phase) + 1} of ${STATS_PHASES.length})…`;
      });
    } catch (err) {
      if (signal.aborted) return;
      bar.value = 0;
      progressText.textContent = ` Statistics failed: ${err instanceof Error ? err.message : String(err)}`;
      return;
    }
    if (signal.aborted) return;
    const stats = runner.current()!;
    bar.value = STATS_PHASES.length;
    progressText.textContent = ` PageRank and ${stats.communitySizes.length} communities computed in ${((performance.now() - started) / 1000).toFixed(1)} s.`;
    progress.dataset.done = "true";
    apply(choice.size === "pagerank");
  };

  const choose = () => {
    const previous = choice;
    choice = { color: colorSelect.value as ColorBy, size: sizeSelect.value as SizeBy };
    if (ctx.persist) history.replaceState(history.state, "", `?${choiceToParams(choice, new URLSearchParams(location.search))}`);
    apply(previous.size !== choice.size);
  };
  colorSelect.addEventListener("change", choose, { signal });
  sizeSelect.addEventListener("change", choose, { signal });

  // The panel's values: links and action counts now, PageRank and community once computed.
  const values = el("dl", { className: "node-values", attrs: { id: "node-values" } });
  function showValues(node: string | null): void {
    valuesFor = node;
    if (!node || !graph.hasNode(node)) {
      values.remove();
      return;
    }
    const stats = runner.current();
    const rows = nodeValues(graph, node, graphTablesNow(), stats);
    values.replaceChildren(...rows.flatMap(([k, v]) => [el("dt", { text: k }), el("dd", { text: v })]));
    if (!stats && graph.getNodeAttribute(node, "kind") === "entity") {
      const button = el("button", { text: "compute", attrs: { type: "button", id: "compute-stats", title: "Compute PageRank and communities for the whole graph (in the background)" } });
      button.addEventListener("click", () => void compute());
      values.append(el("dt", { text: "" }), el("dd", {}, button));
    }
    const body = byIdOrNull("details-body");
    const kind = body?.querySelector(".kind");
    if (kind) kind.after(values);
    else body?.prepend(values);
  }

  // ForceAtlas2's settings, read when the layout (re)starts.
  let layout = defaultLayoutChoice(graph.order);
  const gravity = el("input", { attrs: { id: "fa2-gravity", type: "number", step: "any", min: "0", value: String(layout.gravity) } });
  const scaling = el("input", { attrs: { id: "fa2-scaling", type: "number", step: "any", min: "0", value: String(layout.scalingRatio) } });
  const barnesHut = el("input", { attrs: { id: "fa2-barnes-hut", type: "checkbox" } });
  const linLog = el("input", { attrs: { id: "fa2-linlog", type: "checkbox" } });
  barnesHut.checked = layout.barnesHut;
  linLog.checked = layout.linLog;
  const layoutError = el("p", { className: "error", attrs: { id: "fa2-error", role: "alert" } });
  layoutError.hidden = true;
  const onLayout = () => {
    const parsed = parseLayoutChoice({ gravity: gravity.value, scalingRatio: scaling.value, barnesHut: barnesHut.checked, linLog: linLog.checked });
    layoutError.hidden = parsed.ok;
    if (!parsed.ok) {
      layoutError.textContent = parsed.message;
      return;
    }
    layout = parsed.value;
    ctx.layoutChanged();
  };
  for (const input of [gravity, scaling, barnesHut, linLog]) input.addEventListener("change", onLayout, { signal });
  const field = (label: string, input: HTMLElement, title: string) => el("label", { className: "setting", attrs: { title } }, el("span", { text: label }), input);

  byIdOrNull("appearance")?.replaceChildren(
    el("h2", { text: "Appearance" }),
    field("Colour by", colorSelect, "What the nodes' colours follow"),
    field("Size by", sizeSelect, "What the entities' sizes follow (log scale, capped)"),
    progress,
    el(
      "details",
      { attrs: { id: "layout-settings" } },
      el("summary", { text: "Layout settings (ForceAtlas2)" }),
      field("Gravity", gravity, "Pull towards the centre: higher keeps loose parts closer"),
      field("Scaling ratio", scaling, "Repulsion against attraction: higher spreads the graph out"),
      el("label", { className: "setting check", attrs: { title: "Approximate far-away repulsion: much faster on large graphs" } }, barnesHut, el("span", { text: "Barnes-Hut" })),
      el("label", { className: "setting check", attrs: { title: "LinLog attraction: tighter clusters, further apart" } }, linLog, el("span", { text: "LinLog mode" })),
      layoutError,
      el("p", { className: "hint", text: "Used by Run layout; a change restarts a running layout." }),
    ),
  );
  if (needsStats(choice)) runner.warm();
  if (choice.color !== DEFAULT_APPEARANCE.color || choice.size !== DEFAULT_APPEARANCE.size) queueMicrotask(apply);
  // Ready for a first choice that needs the statistics, once the page has nothing else to do.
  else if ("requestIdleCallback" in window) requestIdleCallback(() => signal.aborted || runner.warm(), { timeout: 10_000 });

  return {
    overrides: () => look.overrides,
    showLegend,
    update: apply,
    showValues,
    layoutChoice: () => layout,
  };
}

/** An element of the page, if the page has it (tests mount controllers without the whole page). */
function byIdOrNull(id: string): HTMLElement | null {
  return document.getElementById(id);
}
