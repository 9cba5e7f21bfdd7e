/**
 * Generic mode: a GEXF or GraphML file another tool wrote (Gephi, yEd, NetworkX), shown as the
 * plain graph it is: its labels, positions, colours and sizes, a search by label, a panel of
 * each node's attributes, the layout and the downloads. A note in the sidebar names what regkg
 * cannot offer without its own attributes, and the controls for those are hidden or disabled.
 *
 * Kept apart from the regkg explorer (its state, derive and reducers): main.ts loads this
 * module only for such a file and calls mountGeneric instead of mount. It shares the page and
 * the search box; its dispose function gives the page back as it found it.
 */
import { NodeSquareProgram } from "@sigma/node-square";
import type { AbstractGraph as Graph } from "graphology-types";
import type FA2Layout from "graphology-layout-forceatlas2/worker";
import Sigma from "sigma";
import { describeForeign, FORMAT_NAMES, NEEDS_REGKG, type ForeignFile } from "../graph/foreign.ts";
import { download, downloadPng } from "./controllers/downloads.ts";
import { renderGenericDetails } from "./controllers/generic-details.ts";
import { mountSearchBox } from "./controllers/search.ts";
import { byId, el } from "./dom.ts";
import { genericLook, labelIndex, searchLabels } from "./generic-look.ts";
import { rendererProbes } from "./page-probe.ts";
import { initialState } from "./state.ts";
import { Store } from "./store.ts";

interface GenericState {
  hovered: string | null;
  selected: string | null;
}

const hover = (s: GenericState, node: string | null): GenericState => (s.hovered === node ? s : { ...s, hovered: node });
const select = (s: GenericState, node: string | null): GenericState => (s.selected === node ? s : { ...s, selected: node });

/** Faded: what is not the selected node or one of its neighbours. */
const FADED = "#e6e7ea";

/**
 * Positions for a graph that lacks some (GraphML from NetworkX or yEd usually has none):
 * ForceAtlas2 as for a regkg graph, its code loaded only then. Returns whether it laid it out.
 */
export async function placeGeneric(graph: Graph): Promise<boolean> {
  if (!graph.someNode((_n, a) => typeof a.x !== "number" || typeof a.y !== "number")) return false;
  const { layoutPlainGraph } = await import("../graph/layout.ts");
  layoutPlainGraph(graph);
  return true;
}

/** Hide, disable or retitle page elements, remembering how they were; the function returned puts them back. */
function concealer() {
  const undo: (() => void)[] = [];
  return {
    hide(node: HTMLElement) {
      const was = node.hidden;
      node.hidden = true;
      undo.push(() => (node.hidden = was));
    },
    disable(button: HTMLButtonElement, why: string) {
      const [was, title] = [button.disabled, button.getAttribute("title")];
      button.disabled = true;
      button.title = why;
      undo.push(() => {
        button.disabled = was;
        if (title === null) button.removeAttribute("title");
        else button.title = title;
      });
    },
    set(node: HTMLElement, attr: string, value: string) {
      const was = node.getAttribute(attr);
      node.setAttribute(attr, value);
      undo.push(() => (was === null ? node.removeAttribute(attr) : node.setAttribute(attr, was)));
    },
    restore: () => undo.splice(0).reverse().forEach((f) => f()),
  };
}

/** The sidebar note: what the file is, what is shown, and what regkg cannot offer for it. */
function renderNote(foreign: ForeignFile, name: string, laidOut: boolean): HTMLElement {
  return el(
    "section",
    { attrs: { id: "generic-note", role: "note" } },
    el("h2", { text: "Not a regkg graph" }),
    el("p", { text: `${name} ${describeForeign(foreign)}.` }),
    el("p", {
      text:
        `Shown as a plain graph: its labels, ${laidOut ? "positions laid out here (the file has none)" : "positions"}, colours, sizes and attributes. ` +
        "Search finds nodes by label; click a node for its attributes and neighbours.",
    }),
    el("p", { text: "Not available without regkg's attributes:" }),
    el("ul", { className: "unavailable" }, ...NEEDS_REGKG.map((f) => el("li", { text: f }))),
    el("p", { className: "hint", text: "regkg reads its own exports (graph JSON, GEXF, GraphML) back with all of these." }),
  );
}

/** Show another tool's graph; returns a function that takes it all down again and gives the page back. */
export function mountGeneric(foreign: ForeignFile, source: string, { laidOut = false }: { laidOut?: boolean } = {}): () => void {
  const { graph } = foreign;
  const name = source.replace(/^file:/, "");
  const lifetime = new AbortController();
  const signal = lifetime.signal;
  const page = concealer();
  document.querySelector("main")!.hidden = false;
  byId("error").hidden = true;
  document.querySelector(".toolbar")!.querySelectorAll("button").forEach((b) => (b.disabled = false));
  document.body.dataset.mode = "generic";

  // What needs regkg's attributes: hidden, or disabled with the reason as a tooltip.
  for (const id of ["query", "filters", "highlight", "review", "review-toggle", "empty", "server-note"]) page.hide(byId(id));
  for (const b of document.querySelectorAll<HTMLButtonElement>("[data-view]")) page.disable(b, "Needs regkg's actions: not in this file");
  page.disable(byId<HTMLButtonElement>("download-view"), "Needs regkg's filters: not available for this file");
  page.set(byId("search"), "placeholder", "Find a node by label or id");
  page.set(byId("download-json"), "title", "The graph as GEXF, with the positions shown here");
  const note = renderNote(foreign, name, laidOut);
  byId("sidebar").prepend(note);
  byId("legend").replaceChildren(el("p", { className: "muted", text: `Colours and sizes are the file's own; ${graph.directedSize ? "arrows show directed edges" : "its edges have no direction"}.` }));

  const store = new Store<GenericState>({ hovered: null, selected: null });
  const look = genericLook(graph);
  let near = new Set<string>();

  const renderer: Sigma<any, any> = new Sigma(graph, byId("graph"), {
    nodeProgramClasses: { square: NodeSquareProgram },
    // Every node drawn at the smallest size still gets its label when there is room (labelDensity decides).
    labelRenderedSizeThreshold: 4,
    labelDensity: 0.6,
    labelFont: getComputedStyle(document.documentElement).fontFamily,
    zIndex: true,
    // Built here from the attributes every time: the file's own can hold anything (a `type`
    // sigma has no program for, sizes in another tool's units).
    nodeReducer: (node, a) => {
      const { selected, hovered } = store.get();
      const d: Record<string, unknown> = { ...look.node(node, a), zIndex: 0 };
      if (selected) {
        if (node === selected) Object.assign(d, { highlighted: true, forceLabel: true, zIndex: 2 });
        else if (near.has(node)) d.zIndex = 1;
        else Object.assign(d, { color: FADED, label: "" });
      }
      if (node === hovered) d.highlighted = true;
      return d;
    },
    edgeReducer: (edge, a) => {
      const d: Record<string, unknown> = { ...look.edge(a, graph.isDirected(edge)) };
      const { selected } = store.get();
      if (selected && graph.source(edge) !== selected && graph.target(edge) !== selected) d.hidden = true;
      return d;
    },
  });

  // Brought to the middle, closer only as far as its neighbours (which stay drawn) stay in sight.
  const focusCamera = (id: string) => {
    const pos = renderer.getNodeDisplayData(id);
    const camera = renderer.getCamera();
    if (pos) void camera.animate({ x: pos.x, y: pos.y, ratio: Math.min(camera.ratio, 0.7) }, { duration: 400 });
  };
  const choose = (id: string) => {
    store.update(select, id);
    focusCamera(id);
  };
  renderer.on("enterNode", ({ node }) => store.update(hover, node));
  renderer.on("leaveNode", () => store.update(hover, null));
  renderer.on("clickNode", ({ node }) => store.update(select, node));
  renderer.on("clickStage", () => store.update(select, null));
  byId("details-close").addEventListener("click", () => store.update(select, null), { signal });

  const labels = labelIndex(graph);
  mountSearchBox((text) => searchLabels(labels, text), choose, signal);

  // ForceAtlas2 in a web worker, made on the first click; edges pull by the file's weights.
  let fa2: FA2Layout | undefined;
  let running = false;
  const layoutButton = byId<HTMLButtonElement>("layout-toggle");
  const showLayout = () => {
    layoutButton.textContent = running ? "Stop layout" : "Run layout";
    layoutButton.setAttribute("aria-pressed", String(running));
  };
  showLayout();
  layoutButton.addEventListener("click", () => {
    running = !running;
    showLayout();
    if (!running) return fa2?.stop();
    void (async () => {
      if (!fa2) {
        const [{ default: Layout }, { default: forceAtlas2 }] = await Promise.all([
          import("graphology-layout-forceatlas2/worker"),
          import("graphology-layout-forceatlas2"),
        ]);
        if (signal.aborted) return;
        fa2 = new Layout(graph, { settings: { ...forceAtlas2.inferSettings(graph), barnesHutOptimize: graph.order > 2000 } });
      }
      if (running && !signal.aborted) fa2.start();
    })().catch(() => {
      // The layout code could not be loaded (offline?): show the button as idle, retry on click.
      running = false;
      showLayout();
    });
  }, { signal });

  const baseName = name.replace(/^.*\//, "").replace(/\.(gexf|graphml|xml|json)$/i, "").replace(/[^\w.-]+/g, "-") || "graph";
  byId("download-json").addEventListener("click", () => void import("graphology-gexf/browser").then(({ write }) => download(new Blob([write(graph)], { type: "application/xml" }), `${baseName}.gexf`)), { signal });
  byId("download-png").addEventListener("click", () => void downloadPng(renderer, `${baseName}-view`), { signal });

  const status = byId("status");
  status.textContent = `${graph.order} nodes · ${graph.size} edges · ${FORMAT_NAMES[foreign.format]} from another tool`;
  status.dataset.nodeCount = String(graph.order);
  status.dataset.edgeCount = String(graph.size);
  delete status.dataset.visibleActions;

  const showDetails = (selected: string | null) => {
    byId("details").hidden = selected === null;
    byId("details-body").replaceChildren(...(selected ? renderGenericDetails(graph, selected, choose) : []));
  };
  showDetails(null);
  const unsubscribe = store.subscribe((state, previous) => {
    if (state.selected !== previous.selected) {
      near = new Set(state.selected ? graph.neighbors(state.selected) : []);
      showDetails(state.selected);
    }
    renderer.refresh({ skipIndexation: true });
  });

  window.__regkg = {
    nodes: graph.order,
    edges: graph.size,
    source,
    // The regkg view state, as far as it applies here: what is hovered and selected.
    state: () => ({ ...initialState, ...store.get() }),
    ...rendererProbes(renderer),
  };
  requestAnimationFrame(() => {
    window.__firstFrame ??= performance.now();
    window.__regkgReady = true;
    document.body.dataset.ready = "true";
  });

  return () => {
    lifetime.abort();
    unsubscribe();
    fa2?.kill();
    renderer.kill();
    note.remove();
    page.restore();
    byId("legend").replaceChildren();
    showDetails(null);
    delete document.body.dataset.mode;
  };
}
