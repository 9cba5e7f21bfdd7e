import { EdgeCurvedArrowProgram } from "@sigma/edge-curve";
import { NodeSquareProgram } from "@sigma/node-square";
import type FA2Layout from "graphology-layout-forceatlas2/worker";
import Sigma from "sigma";
import { EdgeLineProgram } from "sigma/rendering";
import type { RegkgGraph } from "../graph/index.ts";
import { entityNames, foldActions, whoActedOnWhom, type Direction, type FoldGraph, type QueryIndex, type WhoGraph } from "../query/index.ts";
import { formatProblem, ValidationError } from "../schema/index.ts";
import { dateExtent, renderDateFilter } from "./controllers/dates.ts";
import { renderFilters, facetChoices, syncFilters } from "./controllers/filters.ts";
import { mountAppearance } from "./controllers/appearance.ts";
import { fa2Settings } from "./layout-settings.ts";
import { inducedSubgraph } from "../export/subgraph.ts";
import { download, downloadPng, graphJsonBlob } from "./controllers/downloads.ts";
import { renderDetails } from "./controllers/panel.ts";
import { renderQueryResult } from "./controllers/query.ts";
import { mountSearch } from "./controllers/search.ts";
import { derive, type Derived } from "./derive.ts";
import { buildAhead, indexAhead } from "./index-ahead.ts";
import { visibilityTrackerSteps } from "./visibility.ts";
import { byId, el } from "./dom.ts";
import { fetchGraph, fetchOpened, openGraphText, graphUrl, DEFAULT_GRAPH_URL, type Opened } from "./load.ts";
import { probe } from "./api.ts";
import { mountReview, mergeTool } from "./controllers/review.ts";
import { setServer } from "./review-state.ts";
import { rendererProbes } from "./page-probe.ts";
import { parallelCurvatures } from "./parallel.ts";
import { refreshPlan, type RefreshPlan } from "./refresh-plan.ts";
import { makeReducers, PLAIN_EDGES_ABOVE } from "./reducers.ts";
import { rankedLabelGrid } from "./label-grid.ts";
import { collapse, defaultView, endExplore, expand, exploreFrom, hover, initialState, OVERVIEW_THRESHOLD, select, setDates, setHighlight, setPathStart, setQuery, setView, toggleFilter, type ExplorerState, type View } from "./state.ts";
import { scopedGraph } from "./scoped.ts";
import { Store } from "./store.ts";
import { fromSearchParams, toSearchParams } from "./url-state.ts";


/**
 * Sigma's label grid: the entity overview, and any view of a large graph, labels only the biggest
 * node of each large screen cell, so labels never pile up, and more as the cells cover less of
 * the graph on zooming in. A small graph's events view keeps the denser labels it reads well with.
 */
function labelSettings(view: View, large: boolean): { labelDensity: number; labelGridCellSize: number; labelRenderedSizeThreshold: number } {
  return view === "entities" || large ? { labelDensity: 0.25, labelGridCellSize: 140, labelRenderedSizeThreshold: 9 } : { labelDensity: 0.6, labelGridCellSize: 100, labelRenderedSizeThreshold: 7 };
}

/**
 * sigma's settings object, where it reads the label settings (and renderEdgeLabels) as it draws,
 * for a view switch to write them before the new graph's one refresh. sigma 3.0 keeps it in a
 * private field; should a later sigma not, the page falls back to setSettings (a second refresh).
 */
function drawSettings(renderer: Sigma<any, any>): Record<string, unknown> | undefined {
  const live = (renderer as unknown as { settings?: unknown }).settings;
  return typeof live === "object" && live !== null && "labelDensity" in live && "renderEdgeLabels" in live ? (live as Record<string, unknown>) : undefined;
}

/** What the highlight box says during an exploration. */
function exploreNote(seeds: readonly string[], derived: Derived): string {
  const shown = derived.scope?.size ?? 0;
  const cut = derived.scopeActions;
  const actions = cut
    ? cut.kept < cut.total
      ? ` The ${cut.kept.toLocaleString("en")} latest of their ${cut.total.toLocaleString("en")} actions are drawn (those between expanded entities first); filter to see others.`
      : ` ${cut.total.toLocaleString("en")} actions.`
    : "";
  return `Exploring: ${seeds.length} entit${seeds.length === 1 ? "y" : "ies"} expanded, ${shown.toLocaleString("en")} node${shown === 1 ? "" : "s"} shown.${actions} Double-click an entity to expand or collapse it.`;
}

function showError(source: string, err: unknown): void {
  document.querySelector("main")!.hidden = true;
  document.querySelector(".toolbar")!.querySelectorAll("button").forEach((b) => (b.disabled = true));
  byId("status").textContent = "Failed to load";
  byId("error").hidden = false;
  const problems = err instanceof ValidationError ? err.problems : [{ file: source, path: "$", message: err instanceof Error ? err.message : String(err) }];
  byId("error-summary").textContent = `${source}: ${problems.length} problem${problems.length === 1 ? "" : "s"} found.`;
  byId("error-list").replaceChildren(...problems.slice(0, 200).map((p) => el("li", { text: formatProblem(p) })));
  document.body.dataset.ready = "error";
}

/**
 * Positions are optional in a graph file; sigma needs them. ForceAtlas2 lays out the entities
 * alone (actions folded into weighted edges, then placed between their actors and targets), so
 * a graph of any size gets a real picture; fewer iterations for many entities keep the wait to
 * seconds. The layout code is loaded only for a graph that needs it.
 */
async function place(graph: RegkgGraph): Promise<void> {
  if (graph.someNode((_n, a) => typeof a.x !== "number" || typeof a.y !== "number")) {
    const { layoutGraph, pageIterations } = await import("../graph/layout.ts");
    let entities = 0;
    graph.forEachNode((_n, a) => {
      if (a.kind === "entity") entities++;
    });
    layoutGraph(graph, { iterations: pageIterations(entities) });
  }
  performance.mark("regkg:placed");
}

/**
 * Show a graph; returns a function that takes it all down again (to open another graph). With a
 * review server behind the page (`server` resolves true), review mode is offered and the graph
 * is updated in place after each decision.
 */
function mount(graph: RegkgGraph, source: string, server: Promise<boolean> = Promise.resolve(false)): () => void {
  const lifetime = new AbortController();
  const signal = lifetime.signal;
  document.querySelector("main")!.hidden = false;
  byId("error").hidden = true;
  document.querySelector(".toolbar")!.querySelectorAll("button").forEach((b) => (b.disabled = false));
  // Drawing the graph does not need the query index: it is built in idle slices once the first
  // frame is shown (showIndexing), or at once by whatever needs it first (a search, a query).
  let ahead = indexAhead(graph);
  const index = (): QueryIndex => ahead.get();
  let actionCount = 0;
  graph.forEachNode((_n, a) => {
    if (a.kind === "action") actionCount++;
  });
  // Above the threshold the page opens on the entity overview, and a search starts an exploration.
  const large = actionCount > OVERVIEW_THRESHOLD;
  // `?refresh=full`: every state change makes sigma reprocess and draw the whole graph at once,
  // as the page did before it refreshed what changed only (for the benchmark's comparison).
  const fullRefreshOnly = new URLSearchParams(location.search).get("refresh") === "full";
  const startView = defaultView(actionCount);
  const store = new Store(source.startsWith("file:") ? { ...initialState, view: startView } : fromSearchParams(new URLSearchParams(location.search), graph, startView));
  // The who-acted-on-whom projection is built the first time it is shown.
  let who: WhoGraph | undefined;
  let curves: ReadonlyMap<string, number> = new Map();
  const whoGraph = () => {
    if (!who) {
      who = whoActedOnWhom(graph);
      curves = parallelCurvatures(who);
    }
    return who;
  };
  /** Entity positions follow the event graph's, which ForceAtlas2 may have moved; run on switching. */
  const syncWhoPositions = () =>
    whoGraph().updateEachNodeAttributes((n, a) => ({ ...a, x: graph.getNodeAttribute(n, "x"), y: graph.getNodeAttribute(n, "y") }));
  // The folded projection (the entity overview, and what an exploration shows), built on first need.
  let folded: FoldGraph | undefined;
  const foldGraph = () => (folded ??= foldActions(graph));
  // A large graph's events view shows what an exploration keeps, as a graph of its own: sigma
  // then indexes thousands of nodes on each change, not the whole graph's hundred thousand.
  let scoped: { scope: ReadonlySet<string>; graph: RegkgGraph } | undefined;
  const eventsGraph = (scope: ReadonlySet<string> | null): RegkgGraph => {
    if (!large || !scope) return graph;
    if (scoped?.scope !== scope) scoped = { scope, graph: scopedGraph(graph, scope) };
    return scoped.graph;
  };
  const shown = (view: View): RegkgGraph | WhoGraph | FoldGraph =>
    view === "who" ? whoGraph() : view === "entities" ? foldGraph() : eventsGraph(derived.scope);
  if (store.get().view === "who") syncWhoPositions();
  // The filters' tracker (a filter change then costs what it shows or hides) is built in idle
  // time after the first frame, as the index is; until then a change is computed from scratch.
  /** The tracker's steps; on the entity overview with the folded edges' counts (a first filter change then redraws what it changes only). */
  const trackerSteps = () => visibilityTrackerSteps(graph, store.get().filters, undefined, store.get().view === "entities" ? foldGraph() : undefined);
  let trackerAhead = buildAhead(trackerSteps());
  let derived: Derived = derive(graph, index, store.get(), undefined, { who: store.get().view === "who" ? whoGraph() : undefined, fold: foldGraph });
  performance.mark("regkg:derived");
  // Colour and size choices, statistics and layout settings (left panel); the closures reach
  // the renderer and layout made below, called only after mount() has made them.
  const appearance = mountAppearance({
    graph,
    // A colour alone repaints the nodes; a size also moves labels and arrow heads, so re-index.
    refresh: (sizes) => (sizes ? renderer.refresh() : renderer.refresh({ partialGraph: { nodes: renderer.getGraph().nodes() }, skipIndexation: true })),
    layoutChanged: () => layout.restart(),
    persist: !source.startsWith("file:"),
    signal,
  });
  // `?edges=arrows`: the overview keeps arrows however many folded edges it has (for the benchmark's comparison).
  const plainEdgesAbove = new URLSearchParams(location.search).get("edges") === "arrows" ? Infinity : PLAIN_EDGES_ABOVE;
  const { nodeReducer, edgeReducer, labelRank } = makeReducers(graph, () => shown(store.get().view), () => store.get(), () => derived, () => curves, appearance.overrides, plainEdgesAbove);

  // Typed loosely: the renderer shows either the event graph or the projection.
  const renderer: Sigma<any, any> = new Sigma(shown(store.get().view) as RegkgGraph, byId("graph"), {
    defaultEdgeType: "arrow",
    nodeProgramClasses: { square: NodeSquareProgram },
    // "fast": one-pixel lines, for an overview of many folded edges (reducers.ts, PLAIN_EDGES_ABOVE).
    edgeProgramClasses: { curved: EdgeCurvedArrowProgram, fast: EdgeLineProgram },
    ...labelSettings(store.get().view, large),
    labelFont: getComputedStyle(document.documentElement).fontFamily,
    // Panning a large graph draws the nodes alone until the camera stops.
    hideEdgesOnMove: large,
    zIndex: true,
    nodeReducer,
    edgeReducer,
    renderEdgeLabels: store.get().view === "who",
    edgeLabelSize: 11,
  });

  // (It draws the first frame again with its choice: sigma drew it with its own.)
  rankedLabelGrid(renderer, labelRank, () => [store.get().selected, store.get().hovered]);
  performance.mark("regkg:sigma");
  /**
   * Centre the camera on a node. Its place is taken from the graph sigma draws, framed as sigma
   * frames it, not from sigma's display data: a change sigma is asked to redraw in full (an
   * exploration starting on the overview) holds each node's unframed graph coordinates there
   * until the next frame processes them, and a camera sent there shows an empty canvas.
   */
  const focusCamera = (id: string) => {
    const drawn = renderer.getGraph();
    if (!drawn.hasNode(id)) return;
    const { x, y } = drawn.getNodeAttributes(id) as { x: number; y: number };
    if (!Number.isFinite(x) || !Number.isFinite(y)) return;
    const pos = renderer.viewportToFramedGraph(renderer.graphToViewport({ x, y }));
    void renderer.getCamera().animate({ x: pos.x, y: pos.y, ratio: 0.45 }, { duration: 400 });
  };
  const choose = (id: string) => {
    // In a large graph an entity found outside what is shown is where an exploration starts (its neighbours only).
    if (large && graph.getNodeAttribute(id, "kind") === "entity" && !derived.scope?.has(id)) store.update(exploreFrom, id);
    else store.update(select, id);
    focusCamera(id);
  };
  /** Expand an entity not expanded yet, collapse one that is (double-click, or the panel's button). */
  const toggleExpand = (id: string) => {
    if (graph.getNodeAttribute(id, "kind") !== "entity") return;
    const s = store.get();
    if (s.explore?.includes(id)) store.update(collapse, id);
    else store.update(expand, id);
  };

  renderer.on("enterNode", ({ node }) => store.update(hover, node));
  renderer.on("leaveNode", () => store.update(hover, null));
  renderer.on("clickNode", ({ node }) => store.update(select, node));
  renderer.on("clickStage", () => store.update(select, null));
  renderer.on("doubleClickNode", (e) => {
    // Expanding, not zooming: sigma's default for a double click.
    e.preventSigmaDefault();
    toggleExpand(e.node);
  });

  // A search before the query index is built (seconds of idle time at 100,000 actions) reads
  // the names table alone, made in one pass over the nodes, rather than finish the index at once.
  let names: { graph: RegkgGraph; names: Map<string, string[]> } | undefined;
  mountSearch(() => ahead.ready() ?? (names ??= { graph, names: entityNames(graph) }), choose, signal);
  let choices = facetChoices(graph);
  let extent = dateExtent(graph);
  appearance.showLegend();

  const queryInput = byId<HTMLInputElement>("query-input");
  queryInput.value = store.get().query;
  byId<HTMLFormElement>("query-form").addEventListener("submit", (e) => {
    e.preventDefault();
    store.update(setQuery, queryInput.value);
    // Step back to the whole graph, where the answer stands out from the dimmed rest.
    void renderer.getCamera().animatedReset({ duration: 300 });
  }, { signal });
  byId("query-clear").addEventListener("click", () => {
    queryInput.value = "";
    store.update(setQuery, "");
  }, { signal });
  byId("details-close").addEventListener("click", () => store.update(select, null), { signal });
  byId("highlight-clear").addEventListener("click", () => {
    store.update(setHighlight, null);
    store.update(endExplore);
  }, { signal });
  for (const button of document.querySelectorAll<HTMLButtonElement>("[data-view]")) {
    button.addEventListener("click", () => {
      const view = button.dataset.view as View;
      const s = store.get();
      // A large graph's events are shown for what is selected: its exploration, or one from the selected entity.
      if (large && view !== "entities" && !s.explore && s.selected && graph.getNodeAttribute(s.selected, "kind") === "entity") store.update(exploreFrom, s.selected);
      store.update(setView, view);
    }, { signal });
  }

  // ForceAtlas2 in a web worker, so the page stays responsive while it runs; the worker (and
  // the copy of the graph it needs) is made on the first click, not at start-up.
  let fa2: FA2Layout | undefined;
  let starting: Promise<void> | undefined;
  let wanted = false;
  const layout = {
    isRunning: () => wanted,
    start: () => {
      wanted = true;
      starting ??= (async () => {
        const [{ default: Layout }, { default: forceAtlas2 }] = await Promise.all([
          import("graphology-layout-forceatlas2/worker"),
          import("graphology-layout-forceatlas2"),
        ]);
        if (signal.aborted) return;
        fa2 = new Layout(graph, {
          settings: { ...forceAtlas2.inferSettings(graph), ...fa2Settings(appearance.layoutChoice()) },
          getEdgeWeight: (_e, attrs) => (attrs.kind === "source" ? 0.05 : 1),
        });
      })();
      void starting.then(
        () => {
          if (wanted && !signal.aborted) fa2?.start();
        },
        () => {
          // The layout code could not be loaded (offline?): show the button as idle, retry on click.
          starting = undefined;
          wanted = false;
          showLayout();
        },
      );
    },
    stop: () => {
      wanted = false;
      fa2?.stop();
    },
    kill: () => {
      wanted = false;
      fa2?.kill();
    },
    /** New settings: the worker takes its settings when made, so make a new one (positions stay in the graph). */
    restart: () => {
      // Still loading: the layout is made with the settings as they are when it has loaded.
      if (!fa2) return;
      const running = wanted;
      fa2.kill();
      fa2 = undefined;
      starting = undefined;
      wanted = false;
      if (running) layout.start();
    },
  };
  const layoutButton = byId<HTMLButtonElement>("layout-toggle");
  const showLayout = () => {
    layoutButton.textContent = layout.isRunning() ? "Stop layout" : "Run layout";
    layoutButton.setAttribute("aria-pressed", String(layout.isRunning()));
  };
  showLayout();
  layoutButton.disabled = store.get().view !== "events";
  layoutButton.addEventListener("click", () => {
    if (layout.isRunning()) layout.stop();
    else layout.start();
    showLayout();
  }, { signal });

  const baseName = source.replace(/^.*\//, "").replace(/\.json$/, "").replace(/[^\w.-]+/g, "-") || "graph";
  byId("download-json").addEventListener("click", () => void graphJsonBlob(graph).then((b) => download(b, `${baseName}.json`)), { signal });
  byId("download-view").addEventListener("click", () => void graphJsonBlob(inducedSubgraph(graph, derived.visibility.nodes)).then((b) => download(b, `${baseName}-view.json`)), { signal });
  byId("download-png").addEventListener("click", () => void downloadPng(renderer, `${baseName}-view`), { signal });

  const render = (state: ExplorerState, previous?: ExplorerState) => {
    const dateFilter = () => renderDateFilter(extent, state.filters.dates, derived.visibility, (dates) => store.update(setDates, dates));
    if (!previous) {
      byId("filters").replaceChildren(dateFilter(), ...renderFilters(choices, state, (facet, value) => store.update(toggleFilter, facet, value)));
    } else if (previous.filters !== state.filters) {
      // The lists stay (the ticked box keeps its focus); the date slider is made again for new dates only.
      if (previous.filters.dates !== state.filters.dates) byId("filters").querySelector("fieldset.dates")?.replaceWith(dateFilter());
      syncFilters(byId("filters"), state);
    }
    const v = derived.visibility;
    const status = byId("status");
    status.textContent = `${v.visibleActions} of ${v.totalActions} actions shown · ${graph.order} nodes · ${graph.size} edges`;
    status.dataset.nodeCount = String(graph.order);
    status.dataset.edgeCount = String(graph.size);
    status.dataset.visibleActions = String(v.visibleActions);
    byId("empty").hidden = v.visibleActions > 0;
    if (!previous || previous.query !== state.query) {
      byId("query-results").replaceChildren(...renderQueryResult(derived.query, choose));
    }
    if (!previous || previous.selected !== state.selected || previous.pathStart !== state.pathStart || previous.review.server !== state.review.server || previous.explore !== state.explore) {
      const details = byId("details");
      details.hidden = state.selected === null;
      const tools = {
        ego: (center: string, depth: number, direction: Direction) => store.update(setHighlight, { kind: "ego", center, depth, direction }),
        pathStart: state.pathStart,
        startPath: (id: string) => store.update(setPathStart, id),
        pathTo: (from: string, to: string) => store.update(setHighlight, { kind: "path", from, to }),
        ...(state.review.server ? { extra: (id: string) => mergeTool(reviewContext, id) } : {}),
        explore: { seeds: state.explore, expand: (id: string) => store.update(expand, id), collapse: (id: string) => store.update(collapse, id) },
      };
      byId("details-body").replaceChildren(...(state.selected ? renderDetails(graph, state.selected, choose, tools) : []));
      appearance.showValues(state.selected);
    }
    const note = byId("highlight");
    note.hidden = derived.highlight === null && state.explore === null;
    byId("highlight-note").textContent = derived.highlight?.note ?? (state.explore ? exploreNote(state.explore, derived) : "");
    for (const button of document.querySelectorAll<HTMLButtonElement>("[data-view]")) {
      button.setAttribute("aria-pressed", String(button.dataset.view === state.view));
    }
  };

  // The address follows the view a moment after the last change, not inside each interaction:
  // Chromium can take tens of milliseconds per replaceState, and a click may change state twice.
  let urlTimer: ReturnType<typeof setTimeout> | undefined;
  const writeUrl = () => {
    clearTimeout(urlTimer);
    urlTimer = setTimeout(() => {
      if (!signal.aborted) history.replaceState(null, "", `?${toSearchParams(store.get(), new URLSearchParams(location.search), startView)}`);
    }, 150);
  };
  /**
   * Sigma reprocesses what a plan lists only (reducers, then the nodes' and edges' places in its
   * buffers); when none of those changes a field sigma indexes (hidden, size, zIndex, type,
   * position, whether it has a label: the label grid, draw order and programs), sigma is not
   * asked to index the whole graph again. Drawing waits for the next frame, so two changes in
   * one event, or a change and the camera move it starts, draw once.
   */
  const indexed = (d: Record<string, unknown> | undefined) => (d ? `${d.hidden === true}|${d.size}|${d.zIndex}|${d.type}|${typeof d.label}|${d.x}|${d.y}` : "");
  /** How the last state change was drawn, for tests and the console: which path, how many nodes and edges reprocessed. */
  let lastRefresh: { kind: "full" | "new graph" | "partial" | "partial, re-indexed"; nodes: number; edges: number } = { kind: "full", nodes: graph.order, edges: graph.size };
  const partialRefresh = (plan: RefreshPlan) => {
    const nodesBefore = plan.nodes.map((n) => indexed(renderer.getNodeDisplayData(n) as Record<string, unknown> | undefined));
    const edgesBefore = plan.edges.map((e) => indexed(renderer.getEdgeDisplayData(e) as Record<string, unknown> | undefined));
    try {
      renderer.refresh({ partialGraph: plan, skipIndexation: true, schedule: true });
    } catch {
      // An item sigma has not placed yet ("can't be repaint"): place everything.
      renderer.refresh({ schedule: true });
      lastRefresh = { kind: "full", nodes: renderer.getGraph().order, edges: renderer.getGraph().size };
      return;
    }
    const moved =
      plan.nodes.some((n, i) => indexed(renderer.getNodeDisplayData(n) as Record<string, unknown> | undefined) !== nodesBefore[i]) ||
      plan.edges.some((e, i) => indexed(renderer.getEdgeDisplayData(e) as Record<string, unknown> | undefined) !== edgesBefore[i]);
    // Re-index from the looks just computed (an empty partial graph runs no reducer).
    if (moved) renderer.refresh({ partialGraph: { nodes: [], edges: [] }, schedule: true });
    lastRefresh = { kind: moved ? "partial, re-indexed" : "partial", nodes: plan.nodes.length, edges: plan.edges.length };
  };
  const unsubscribe = store.subscribe((state, previous) => {
    const before = { state: previous, derived };
    derived = derive(graph, index, state, { state: previous, derived }, { who: state.view === "who" ? whoGraph() : undefined, fold: foldGraph, tracker: trackerAhead.ready() });
    const drawn = renderer.getGraph();
    if (previous.view !== state.view) {
      if (layout.isRunning()) layout.stop();
      showLayout();
      layoutButton.disabled = state.view !== "events";
      if (state.view === "who") syncWhoPositions();
    }
    // A new view, or in a large graph's events view a new exploration: another graph to draw,
    // given to sigma before any setting makes it draw again (the reducers read the new one).
    const next = shown(state.view);
    const newGraph = next !== drawn;
    const newSettings = previous.view !== state.view;
    const settings = { renderEdgeLabels: state.view === "who", ...labelSettings(state.view, large) };
    // Label settings sigma reads as it draws, written before setGraph's one full refresh and draw:
    // setSettings would run the reducers over the new graph again and draw it a second time.
    const live = newGraph && newSettings && !fullRefreshOnly ? drawSettings(renderer) : undefined;
    if (live) Object.assign(live, settings);
    if (newGraph) renderer.setGraph(next as RegkgGraph);
    if (newSettings && !live) {
      if (fullRefreshOnly) for (const [k, v] of Object.entries(settings)) renderer.setSetting(k as "labelDensity", v as number);
      else renderer.setSettings(settings);
    }
    render(state, previous);
    if (previous.selected !== state.selected || previous.filters !== state.filters || previous.query !== state.query || previous.view !== state.view || previous.explore !== state.explore) {
      if (!source.startsWith("file:")) writeUrl();
    }
    const all = { nodes: next.order, edges: next.size };
    if (fullRefreshOnly) {
      renderer.refresh();
      lastRefresh = { kind: "full", ...all };
    } else if (newGraph || newSettings) {
      // setGraph has just drawn the new graph with the new state (and settings: written before it).
      lastRefresh = { kind: "new graph", ...all };
    } else {
      const plan = refreshPlan(next, before, { state, derived });
      if (plan) partialRefresh(plan);
      else {
        renderer.refresh({ schedule: true });
        lastRefresh = { kind: "full", ...all };
      }
    }
  });
  /**
   * The graph as the server has it now, shown in place: the same graphology graph gets the new
   * nodes and edges, so sigma keeps its camera and the view state stays.
   */
  const reloadGraph = async () => {
    const next = await fetchGraph("api/graph");
    if (signal.aborted) return;
    if (layout.isRunning()) layout.stop();
    ahead.cancel();
    trackerAhead.cancel();
    graph.clear();
    graph.import(next.export());
    // Before any state change below derives from the new graph.
    ahead = indexAhead(graph);
    names = undefined;
    who = undefined;
    folded = undefined;
    trackerAhead = buildAhead(trackerSteps());
    scoped = undefined;
    curves = new Map();
    choices = facetChoices(graph);
    extent = dateExtent(graph);
    appearance.update();
    let state = store.get();
    if (state.selected && !graph.hasNode(state.selected)) store.update(select, null);
    if (state.view === "who") syncWhoPositions();
    state = store.get();
    startIdleWork();
    derived = derive(graph, index, state, undefined, { who: state.view === "who" ? whoGraph() : undefined, fold: foldGraph });
    renderer.setGraph(shown(state.view) as RegkgGraph);
    render(state);
    renderer.refresh();
    if (window.__regkg) Object.assign(window.__regkg, { nodes: graph.order, edges: graph.size });
  };
  const reviewContext = { store, graph: () => graph, index, reloadGraph, select: choose };
  void server.then((ok) => {
    if (signal.aborted) return;
    const note = byId("server-note");
    note.hidden = ok;
    if (!ok) return;
    store.update(setServer, true);
    mountReview(reviewContext, signal);
  });

  performance.mark("regkg:panels");
  render(store.get());
  performance.mark("regkg:rendered");
  if (store.get().selected) queueMicrotask(() => focusCamera(store.get().selected!));

  window.__regkg = {
    nodes: graph.order,
    edges: graph.size,
    source,
    state: () => store.get(),
    lastRefresh: () => lastRefresh,
    indexBuilt: () => ahead.ready() !== undefined,
    ...rendererProbes(renderer),
  };
  /**
   * Build the query index and the filters' tracker in idle time, the index's progress in the
   * search box's placeholder; body[data-indexed] once both are built.
   */
  const searchInput = byId<HTMLInputElement>("search");
  const placeholder = searchInput.placeholder;
  const startIdleWork = () => {
    delete document.body.dataset.indexed;
    const both = () => {
      if (!signal.aborted && ahead.ready() && trackerAhead.ready()) document.body.dataset.indexed = "true";
    };
    trackerAhead.start((done) => {
      if (done === 1) both();
    });
    let shown = -1;
    ahead.start((done) => {
      if (signal.aborted) return;
      const percent = Math.floor(done * 100);
      if (percent === shown) return;
      shown = percent;
      searchInput.placeholder = done < 1 ? `Find an entity (indexing names… ${percent}%)` : placeholder;
      if (done === 1) both();
    });
  };
  signal.addEventListener("abort", () => {
    ahead.cancel();
    trackerAhead.cancel();
    searchInput.placeholder = placeholder;
  });
  performance.mark("regkg:mounted");
  // Sigma drew the graph in its constructor; the browser shows that frame once this task ends.
  requestAnimationFrame(() => {
    performance.mark("regkg:first-frame");
    window.__firstFrame ??= performance.now();
    window.__regkgReady = true;
    document.body.dataset.ready = "true";
    if (!signal.aborted) startIdleWork();
  });

  return () => {
    lifetime.abort();
    unsubscribe();
    layout.kill();
    renderer.kill();
  };
}

/**
 * Everything that can fail before a graph is shown (the layout code for a graph without
 * positions, which can fail offline; generic mode's code), then a function that shows it:
 * a regkg graph with mount, another tool's graph (GEXF, GraphML, JSON) with generic mode (generic.ts).
 */
async function prepare(opened: Opened, source: string, server?: Promise<boolean>): Promise<() => () => void> {
  if (opened.kind === "generic") {
    const { placeGeneric, mountGeneric } = await import("./generic.ts");
    const laidOut = await placeGeneric(opened.foreign.graph);
    return () => mountGeneric(opened.foreign, source, { laidOut });
  }
  await place(opened.graph);
  return () => mount(opened.graph, source, server);
}

/** Open a graph file the user picked or dropped: check it as the CLI would, then show it. */
async function openFile(file: File, current: { dispose: (() => void) | null }): Promise<void> {
  const source = `file:${file.name}`;
  const text = await file.text();
  let show: () => () => void;
  try {
    show = await prepare(await openGraphText(text, file.name), source);
  } catch (err) {
    current.dispose?.();
    current.dispose = null;
    showError(file.name, err);
    return;
  }
  current.dispose?.();
  document.body.dataset.ready = "loading";
  history.replaceState(null, "", "?");
  current.dispose = show();
}

function wireFileOpening(current: { dispose: (() => void) | null }): void {
  const input = byId<HTMLInputElement>("open-file");
  input.addEventListener("change", () => {
    const file = input.files?.[0];
    if (file) void openFile(file, current);
    input.value = "";
  });
  document.addEventListener("dragover", (e) => {
    e.preventDefault();
    document.body.classList.add("dragging");
  });
  document.addEventListener("dragleave", (e) => {
    if (e.relatedTarget === null) document.body.classList.remove("dragging");
  });
  document.addEventListener("drop", (e) => {
    e.preventDefault();
    document.body.classList.remove("dragging");
    const file = e.dataTransfer?.files[0];
    if (!file) return;
    // A .txt is an article to ingest, when a review server is behind the page.
    if (/\.txt$/i.test(file.name) || file.type === "text/plain") {
      const ingest = window.__regkgIngest;
      if (ingest) void file.text().then((text) => ingest(text));
      else byId("server-note").textContent = `${file.name}: articles are ingested by the review server (npm start); this page is read-only`;
      return;
    }
    void openFile(file, current);
  });
}

async function main(): Promise<void> {
  performance.mark("regkg:start");
  const current: { dispose: (() => void) | null } = { dispose: null };
  wireFileOpening(current);
  const source = graphUrl(location.search);
  // Asked while the graph loads; only the server's own graph is reviewed.
  const server = source === DEFAULT_GRAPH_URL ? probe() : Promise.resolve(false);
  let show: () => () => void;
  try {
    const status = byId("status");
    const opened = await fetchOpened(source, (message) => (status.textContent = message));
    performance.mark("regkg:loaded");
    const order = opened.kind === "regkg" ? opened.graph.order : opened.foreign.graph.order;
    status.textContent = `Drawing ${order.toLocaleString("en")} nodes…`;
    await new Promise<void>((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
    show = await prepare(opened, source, server);
  } catch (err) {
    showError(source, err);
    return;
  }
  current.dispose = show();
}

void main();
