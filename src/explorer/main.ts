import { NodeSquareProgram } from "@sigma/node-square";
import Sigma from "sigma";
import type { RegkgGraph } from "../graph/index.ts";
import { buildQueryIndex } from "../query/index.ts";
import { formatProblem, ValidationError } from "../schema/index.ts";
import { renderFilters, facetChoices } from "./controllers/filters.ts";
import { renderLegend } from "./controllers/legend.ts";
import { renderDetails } from "./controllers/panel.ts";
import { renderQueryResult } from "./controllers/query.ts";
import { mountSearch } from "./controllers/search.ts";
import { derive, type Derived } from "./derive.ts";
import { byId, el } from "./dom.ts";
import { DEFAULT_GRAPH_URL, fetchGraph } from "./load.ts";
import { makeReducers } from "./reducers.ts";
import { hover, initialState, select, setQuery, toggleFilter, type ExplorerState } from "./state.ts";
import { Store } from "./store.ts";

declare global {
  interface Window {
    /** Set once the graph has rendered; end-to-end tests wait for it. */
    __regkgReady?: boolean;
    /** Facts about what the page shows, for tests and the console. */
    __regkg?: {
      nodes: number;
      edges: number;
      source: string;
      state: () => ExplorerState;
      /** What sigma draws for a node after the reducers: colour, hidden, label... */
      display: (node: string) => Record<string, unknown> | undefined;
      /** Where a node is on screen, in CSS pixels relative to the graph container. */
      viewport: (node: string) => { x: number; y: number } | undefined;
      camera: () => { x: number; y: number; ratio: number; angle: number };
    };
  }
}

function showError(source: string, err: unknown): void {
  document.querySelector("main")!.hidden = true;
  byId("status").textContent = "Failed to load";
  byId("error").hidden = false;
  const problems = err instanceof ValidationError ? err.problems : [{ file: source, path: "$", message: err instanceof Error ? err.message : String(err) }];
  byId("error-summary").textContent = `${source}: ${problems.length} problem${problems.length === 1 ? "" : "s"} found.`;
  byId("error-list").replaceChildren(...problems.slice(0, 200).map((p) => el("li", { text: formatProblem(p) })));
  document.body.dataset.ready = "error";
}

function start(graph: RegkgGraph, source: string): void {
  const index = buildQueryIndex(graph);
  const store = new Store(initialState);
  let derived: Derived = derive(graph, index, store.get());
  const { nodeReducer, edgeReducer } = makeReducers(graph, () => store.get(), () => derived);

  const renderer = new Sigma(graph, byId("graph"), {
    defaultEdgeType: "arrow",
    nodeProgramClasses: { square: NodeSquareProgram },
    labelRenderedSizeThreshold: 7,
    labelDensity: 0.6,
    labelFont: getComputedStyle(document.documentElement).fontFamily,
    zIndex: true,
    nodeReducer,
    edgeReducer,
  });

  const focusCamera = (id: string) => {
    const pos = renderer.getNodeDisplayData(id);
    if (pos) void renderer.getCamera().animate({ x: pos.x, y: pos.y, ratio: 0.45 }, { duration: 400 });
  };
  const choose = (id: string) => {
    store.update(select, id);
    focusCamera(id);
  };

  renderer.on("enterNode", ({ node }) => store.update(hover, node));
  renderer.on("leaveNode", () => store.update(hover, null));
  renderer.on("clickNode", ({ node }) => store.update(select, node));
  renderer.on("clickStage", () => store.update(select, null));

  mountSearch(index, choose);
  const choices = facetChoices(graph);
  byId("legend").replaceChildren(...renderLegend(graph));

  const queryInput = byId<HTMLInputElement>("query-input");
  byId<HTMLFormElement>("query-form").addEventListener("submit", (e) => {
    e.preventDefault();
    store.update(setQuery, queryInput.value);
    // Step back to the whole graph, where the answer stands out from the dimmed rest.
    void renderer.getCamera().animatedReset({ duration: 300 });
  });
  byId("query-clear").addEventListener("click", () => {
    queryInput.value = "";
    store.update(setQuery, "");
  });
  byId("details-close").addEventListener("click", () => store.update(select, null));

  const render = (state: ExplorerState, previous?: ExplorerState) => {
    if (!previous || previous.filters !== state.filters) {
      byId("filters").replaceChildren(...renderFilters(choices, state, (facet, value) => store.update(toggleFilter, facet, value)));
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
    if (!previous || previous.selected !== state.selected) {
      const details = byId("details");
      details.hidden = state.selected === null;
      byId("details-body").replaceChildren(...(state.selected ? renderDetails(graph, state.selected, choose) : []));
    }
  };

  store.subscribe((state, previous) => {
    derived = derive(graph, index, state, { state: previous, derived });
    render(state, previous);
    // Hover and selection change looks only; filters and queries change what is drawn.
    const looksOnly = previous.filters === state.filters && previous.query === state.query;
    renderer.refresh(looksOnly ? { skipIndexation: true } : undefined);
  });
  render(store.get());

  window.__regkg = {
    nodes: graph.order,
    edges: graph.size,
    source,
    state: () => store.get(),
    display: (node) => renderer.getNodeDisplayData(node) as Record<string, unknown> | undefined,
    viewport: (node) => {
      const d = renderer.getNodeDisplayData(node);
      return d ? renderer.framedGraphToViewport(d) : undefined;
    },
    camera: () => renderer.getCamera().getState(),
  };
  renderer.once("afterRender", () => {
    window.__regkgReady = true;
    document.body.dataset.ready = "true";
  });
  renderer.refresh();
}

async function main(): Promise<void> {
  const source = new URLSearchParams(location.search).get("graph") ?? DEFAULT_GRAPH_URL;
  let graph: RegkgGraph;
  try {
    graph = await fetchGraph(source);
  } catch (err) {
    showError(source, err);
    return;
  }
  start(graph, source);
}

void main();
