import type { RegkgGraph } from "../../graph/index.ts";
import type { Direction } from "../../query/index.ts";
import { ACTION_TYPES, STATUSES, type ActionAttributes, type Evidence } from "../../schema/index.ts";
import { formatQuantity, formatTime } from "../../export/query-rows.ts";
import { nodeName } from "../display.ts";
import { el } from "../dom.ts";
import { sentenceAround } from "../evidence.ts";

type Select = (id: string) => void;

/** What the panel can ask for: an ego network, or a path (picked in two steps). */
export interface GraphTools {
  ego: (center: string, depth: number, direction: Direction) => void;
  pathStart: string | null;
  startPath: (id: string) => void;
  pathTo: (from: string, to: string) => void;
  /** More tools for an entity, when the page offers them (merging, with a review server). */
  extra?: (id: string) => HTMLElement;
  /** Explore from an entity, expand it or collapse it again (Neo4j Bloom's way of reading a large graph). */
  explore?: { seeds: readonly string[] | null; expand: (id: string) => void; collapse: (id: string) => void };
}

/** Sections list this many actions at first; "Show more" adds as many again (a hub has thousands). */
export const SECTION_PAGE = 50;

function exploreTools(id: string, explore: NonNullable<GraphTools["explore"]>): HTMLElement {
  const box = el("div", { className: "tools" }, el("span", { text: "Explore:" }));
  if (explore.seeds?.includes(id)) {
    const b = el("button", { text: "Collapse", attrs: { type: "button", id: "explore-collapse", title: "Hide the neighbours expanding this entity brought (double-click does it too)" } });
    b.addEventListener("click", () => explore.collapse(id));
    box.append(b);
  } else {
    const b = el("button", {
      text: explore.seeds ? "Expand" : "Show its neighbours only",
      attrs: { type: "button", id: "explore-expand", title: "Show the entities it acted on or that acted on it (double-click does it too)" },
    });
    b.addEventListener("click", () => explore.expand(id));
    box.append(b);
  }
  return box;
}

function toolsFor(graph: RegkgGraph, id: string, tools: GraphTools): HTMLElement {
  const direction = el("select", { attrs: { "aria-label": "Direction" } },
    el("option", { text: "both ways", attrs: { value: "both" } }),
    el("option", { text: "following arrows", attrs: { value: "out" } }),
    el("option", { text: "against arrows", attrs: { value: "in" } }),
  );
  const box = el("div", { className: "tools" }, el("span", { text: "Neighbourhood:" }));
  for (const depth of [1, 2, 3]) {
    const b = el("button", { text: String(depth), attrs: { type: "button", "data-ego": String(depth), title: `Everything within ${depth} step${depth === 1 ? "" : "s"}` } });
    b.addEventListener("click", () => tools.ego(id, depth, direction.value as Direction));
    box.append(b);
  }
  box.append(direction);
  const paths = el("div", { className: "tools" });
  const start = el("button", { text: "Start a path here", attrs: { type: "button", id: "path-start" } });
  start.addEventListener("click", () => tools.startPath(id));
  paths.append(start);
  if (tools.pathStart && tools.pathStart !== id && graph.hasNode(tools.pathStart)) {
    const to = el("button", { text: `Path from ${nameOf(graph, tools.pathStart)} to here`, attrs: { type: "button", id: "path-to" } });
    to.addEventListener("click", () => tools.pathTo(tools.pathStart!, id));
    paths.append(to);
  }
  const entity = graph.getNodeAttribute(id, "kind") === "entity";
  return el("div", {}, entity && tools.explore ? exploreTools(id, tools.explore) : null, box, paths, tools.extra && entity ? tools.extra(id) : null);
}

const nameOf = (graph: RegkgGraph, id: string): string => nodeName(graph.getNodeAttributes(id));

/** A link-styled button that selects another node. */
function nodeLink(graph: RegkgGraph, id: string, select: Select): HTMLButtonElement {
  const b = el("button", { className: "link", text: nameOf(graph, id), attrs: { type: "button", "data-node": id } });
  b.addEventListener("click", () => select(id));
  return b;
}

/** The quote in its sentence, with the document's title. */
function evidenceBlock(graph: RegkgGraph, ev: Evidence): HTMLElement {
  const doc = graph.getNodeAttributes(ev.doc);
  const text = doc.kind === "document" ? doc.text : "";
  const { before, quote, after } = sentenceAround(text, ev.start, ev.end);
  return el(
    "figure",
    { className: "evidence" },
    el("blockquote", {}, el("span", { className: "context", text: before }), el("mark", { text: quote }), el("span", { className: "context", text: after })),
    el("figcaption", { text: `${doc.kind === "document" ? doc.title : ev.doc} · characters ${ev.start}-${ev.end}` }),
  );
}

function neighbours(graph: RegkgGraph, action: string, kind: string, out: boolean): string[] {
  return (out ? graph.outEdges(action) : graph.inEdges(action))
    .filter((e) => graph.getEdgeAttribute(e, "kind") === kind)
    .map((e) => (out ? graph.target(e) : graph.source(e)));
}

/** One action as a list item: who -> what -> whom, the facts, and each evidence quote. */
/** Extracted, not yet checked by a person: the reader should weigh it accordingly. */
function reviewBadge(title: string): HTMLElement {
  return el("span", { className: "badge review-proposed", text: "proposed", attrs: { title, "data-review": "proposed" } });
}

function actionItem(graph: RegkgGraph, id: string, a: ActionAttributes, select: Select): HTMLElement {
  const who = neighbours(graph, id, "actor", false);
  const whom = neighbours(graph, id, "target", true);
  const basis = neighbours(graph, id, "basis", true);
  const line = el("p", { className: "action-line" });
  who.forEach((w, i) => line.append(...(i ? [", "] : []), nodeLink(graph, w, select)));
  const type = el("button", { className: `link action-type status-${a.status}`, text: ` ${a.actionType.replace(/_/g, " ")} `, attrs: { type: "button", "data-node": id, title: ACTION_TYPES[a.actionType].meaning } });
  type.addEventListener("click", () => select(id));
  line.append(" → ", type, " → ");
  whom.forEach((w, i) => line.append(...(i ? [", "] : []), nodeLink(graph, w, select)));
  const facts = [
    el("span", { className: `badge status-${a.status}`, text: a.status, attrs: { title: STATUSES[a.status].meaning } }),
    a.time ? el("span", { className: "fact", text: formatTime(a.time) }) : null,
    a.quantity ? el("span", { className: "fact", text: formatQuantity(a.quantity, { grouped: true }) }) : null,
    a.attribution ? el("span", { className: "fact", text: a.attribution }) : null,
    a.review === "proposed" ? reviewBadge(`proposed by the extractor (${a.method}), not reviewed yet`) : null,
  ];
  const item = el("li", { className: "action" }, line, el("p", { className: "facts" }, ...facts), el("p", { className: "summary", text: a.summary }));
  if (basis.length) {
    const b = el("p", { className: "basis", text: "under " });
    basis.forEach((x) => b.append(nodeLink(graph, x, select)));
    item.append(b);
  }
  for (const ev of a.evidence) item.append(evidenceBlock(graph, ev));
  return item;
}

/**
 * A titled list of actions, built SECTION_PAGE at a time: the panel of an entity with 8,000
 * actions would otherwise build 8,000 evidence blocks on one click.
 */
function section(title: string, items: (() => HTMLElement)[]): HTMLElement | null {
  if (items.length === 0) return null;
  const list = el("ul", { className: "actions" });
  const box = el("section", {}, el("h3", { text: `${title} (${items.length})` }), list);
  let shown = 0;
  const more = el("button", { className: "more", attrs: { type: "button" } });
  const page = () => {
    const next = Math.min(items.length, shown + SECTION_PAGE);
    for (; shown < next; shown++) list.append(items[shown]!());
    more.textContent = `Show ${Math.min(SECTION_PAGE, items.length - shown)} more of ${items.length - shown}`;
    more.hidden = shown >= items.length;
  };
  more.addEventListener("click", page);
  page();
  box.append(more);
  return box;
}

/** The detail panel's content for a node. */
export function renderDetails(graph: RegkgGraph, id: string, select: Select, tools: GraphTools): HTMLElement[] {
  const a = graph.getNodeAttributes(id);
  const out: HTMLElement[] = [];
  if (a.kind === "entity") {
    out.push(el("h2", { text: a.name }), el("p", { className: "kind", text: a.category.replace(/_/g, " ") }, a.review === "proposed" ? reviewBadge("proposed by the extractor, not reviewed yet") : null), toolsFor(graph, id, tools));
    const aka = [...(a.nameZh ? [a.nameZh] : []), ...a.aliases];
    if (aka.length) out.push(el("p", { className: "aliases", text: `Also: ${aka.join(" · ")}` }));
    if (a.description) out.push(el("p", { className: "description", text: a.description }));
    const relations: HTMLElement[] = [];
    graph.forEachEdge(id, (_e, edge, source, target) => {
      if (edge.kind !== "relation") return;
      const label = `${edge.relType.replace(/_/g, " ")}${edge.title ? ` (${edge.title})` : ""}`;
      relations.push(
        source === id
          ? el("li", {}, `${label} → `, nodeLink(graph, target, select))
          : el("li", {}, nodeLink(graph, source, select), ` → ${label}`),
      );
    });
    if (relations.length) out.push(el("section", {}, el("h3", { text: "Relations" }), el("ul", { className: "relations" }, ...relations)));
    const performed: (() => HTMLElement)[] = [];
    const suffered: (() => HTMLElement)[] = [];
    const reported: (() => HTMLElement)[] = [];
    const under: (() => HTMLElement)[] = [];
    graph.forEachEdge(id, (_e, edge, source, target) => {
      const action = source === id ? target : source;
      const attrs = graph.getNodeAttributes(action);
      if (attrs.kind !== "action") return;
      const item = () => actionItem(graph, action, attrs, select);
      if (edge.kind === "actor") performed.push(item);
      else if (edge.kind === "target") suffered.push(item);
      else if (edge.kind === "attribution") reported.push(item);
      else if (edge.kind === "basis") under.push(item);
    });
    const sections = [
      section("Actions performed", performed),
      section("Actions suffered", suffered),
      section("Actions taken under it", under),
      section("Actions it states or reports", reported),
    ];
    for (const s of sections) if (s) out.push(s);
    if (sections.every((s) => s === null)) out.push(el("p", { className: "muted", text: "Takes part in no action; it appears through its relations." }));
  } else if (a.kind === "action") {
    out.push(el("h2", { text: `${a.actionType.replace(/_/g, " ")} (${a.status})` }), el("p", { className: "kind", text: `action · ${ACTION_TYPES[a.actionType].meaning}` }));
    out.push(el("ul", { className: "actions" }, actionItem(graph, id, a, select)));
  } else {
    out.push(el("h2", { text: a.title }), el("p", { className: "kind", text: ["document", a.publisher, a.published].filter(Boolean).join(" · ") }));
    const actions = graph.inNeighbors(id).filter((n) => graph.getNodeAttribute(n, "kind") === "action");
    const items = actions.map((n) => () => actionItem(graph, n, graph.getNodeAttributes(n) as ActionAttributes, select));
    const s = section("Actions it states", items);
    if (s) out.push(s);
  }
  return out;
}
