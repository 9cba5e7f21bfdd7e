import Sigma from "sigma";
import type { RegkgGraph } from "../graph/index.ts";
import { ENTITY_CATEGORIES, formatProblem, ValidationError, type EntityCategory } from "../schema/index.ts";
import { edgeLook, nodeLook } from "./display.ts";
import { DEFAULT_GRAPH_URL, fetchGraph } from "./load.ts";
import { CATEGORY_COLORS, KIND_COLORS } from "./palette.ts";

declare global {
  interface Window {
    /** Set once the graph has rendered; end-to-end tests wait for it. */
    __regkgReady?: boolean;
    /** Read-only facts about what the page shows, for tests and for the console. */
    __regkg?: { nodes: number; edges: number; source: string };
  }
}

const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;

function legendSection(title: string, items: { label: string; color: string; count: number }[]): HTMLElement {
  const section = document.createElement("section");
  const h = document.createElement("h2");
  h.textContent = title;
  const ul = document.createElement("ul");
  for (const item of items) {
    const li = document.createElement("li");
    const swatch = document.createElement("span");
    swatch.className = "swatch";
    swatch.style.background = item.color;
    const label = document.createElement("span");
    label.textContent = item.label;
    const count = document.createElement("span");
    count.className = "count";
    count.textContent = String(item.count);
    li.append(swatch, label, count);
    ul.append(li);
  }
  section.append(h, ul);
  return section;
}

function renderLegend(graph: RegkgGraph): void {
  const byCategory = new Map<EntityCategory, number>();
  let actions = 0;
  let documents = 0;
  graph.forEachNode((_k, a) => {
    if (a.kind === "entity") byCategory.set(a.category, (byCategory.get(a.category) ?? 0) + 1);
    else if (a.kind === "action") actions++;
    else documents++;
  });
  const categories = (Object.keys(ENTITY_CATEGORIES) as EntityCategory[])
    .filter((c) => byCategory.has(c))
    .map((c) => ({ label: c.replace(/_/g, " "), color: CATEGORY_COLORS[c], count: byCategory.get(c)! }));
  $("legend").replaceChildren(
    legendSection("Entities", categories),
    legendSection("Other nodes", [
      { label: "action", color: KIND_COLORS.action, count: actions },
      { label: "document", color: KIND_COLORS.document, count: documents },
    ]),
  );
}

function showError(source: string, err: unknown): void {
  document.querySelector("main")!.hidden = true;
  $("status").textContent = "Failed to load";
  $("error").hidden = false;
  const problems = err instanceof ValidationError ? err.problems : [{ file: source, path: "$", message: err instanceof Error ? err.message : String(err) }];
  $("error-summary").textContent = `${source}: ${problems.length} problem${problems.length === 1 ? "" : "s"} found.`;
  $("error-list").replaceChildren(
    ...problems.slice(0, 200).map((p) => {
      const li = document.createElement("li");
      li.textContent = formatProblem(p);
      return li;
    }),
  );
  document.body.dataset.ready = "error";
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

  const degree = new Map<string, number>();
  graph.forEachNode((n) => degree.set(n, graph.degree(n)));

  const renderer = new Sigma(graph, $("graph"), {
    defaultEdgeType: "arrow",
    renderEdgeLabels: false,
    labelRenderedSizeThreshold: 7,
    labelDensity: 0.6,
    labelFont: getComputedStyle(document.documentElement).fontFamily,
    zIndex: true,
    nodeReducer: (node, attrs) => ({ x: attrs.x, y: attrs.y, ...nodeLook(attrs, degree.get(node) ?? 0), zIndex: attrs.kind === "entity" ? 1 : 0 }),
    edgeReducer: (_edge, attrs) => edgeLook(attrs),
  });

  renderLegend(graph);
  const documents = graph.filterNodes((_n, a) => a.kind === "document").length;
  const status = $("status");
  status.textContent = `${graph.order} nodes · ${graph.size} edges · ${documents} document${documents === 1 ? "" : "s"}`;
  status.dataset.nodeCount = String(graph.order);
  status.dataset.edgeCount = String(graph.size);

  renderer.once("afterRender", () => {
    window.__regkg = { nodes: graph.order, edges: graph.size, source };
    window.__regkgReady = true;
    document.body.dataset.ready = "true";
  });
  renderer.refresh();
}

void main();
