import { describe, expect, it } from "vitest";
import { searchEntities } from "../../src/explorer/controllers/search.ts";
import { computeVisibility, derive, focusOf } from "../../src/explorer/derive.ts";
import { sentenceAround } from "../../src/explorer/evidence.ts";
import { hover, initialState, select, setQuery, toggleFilter } from "../../src/explorer/state.ts";
import { Store } from "../../src/explorer/store.ts";
import { loadGraphData } from "../../src/graph/node.ts";
import { buildQueryIndex } from "../../src/query/index.ts";
import { SEED_DIR } from "../helpers/fixtures.ts";
import { synthGraph } from "../../src/synth/synth.ts";

const graph = loadGraphData(SEED_DIR);
const index = buildQueryIndex(graph);
const actions = graph.filterNodes((_n, a) => a.kind === "action");

describe("explorer state producers", () => {
  it("return the same state when nothing changes, so nothing re-renders", () => {
    expect(hover(initialState, null)).toBe(initialState);
    expect(select(initialState, null)).toBe(initialState);
    expect(setQuery(initialState, "")).toBe(initialState);
  });

  it("toggle a filter value on and off without touching the other facets", () => {
    const off = toggleFilter(initialState, "statuses", "planned");
    expect([...off.filters.statuses]).toEqual(["planned"]);
    expect(off.filters.actionTypes).toBe(initialState.filters.actionTypes);
    expect(toggleFilter(off, "statuses", "planned").filters.statuses.size).toBe(0);
    expect(initialState.filters.statuses.size).toBe(0);
  });

  it("the store tells subscribers about changes only", () => {
    const store = new Store(initialState);
    const seen: (string | null)[] = [];
    store.subscribe((s) => seen.push(s.selected));
    store.update(select, "entity:pboc");
    store.update(select, "entity:pboc");
    store.update(select, null);
    expect(seen).toEqual(["entity:pboc", null]);
  });
});

describe("what the filters leave visible", () => {
  it("everything, with no filter", () => {
    const v = computeVisibility(graph, initialState.filters);
    expect(v.visibleActions).toBe(actions.length);
    expect(v.nodes.size).toBe(graph.order);
  });

  it("hiding 'planned' hides the planned actions and the entities left with nothing", () => {
    const v = computeVisibility(graph, toggleFilter(initialState, "statuses", "planned").filters);
    const planned = actions.filter((a) => { const attrs = graph.getNodeAttributes(a); return attrs.kind === "action" && attrs.status === "planned"; });
    expect(v.visibleActions).toBe(actions.length - planned.length);
    for (const a of planned) expect(v.nodes.has(a)).toBe(false);
    // Chinese regulators only plan in this article; Tencent acted.
    expect(v.nodes.has("entity:chinese-regulators")).toBe(false);
    expect(v.nodes.has("entity:tencent")).toBe(true);
  });

  it("hiding a category hides actions left without an actor or a target", () => {
    const v = computeVisibility(graph, toggleFilter(initialState, "categories", "person").filters);
    expect(v.nodes.has("entity:pan-gongsheng")).toBe(false);
    expect(v.nodes.has("action:china-crypto-crackdown-intensify:4")).toBe(false);
    expect(v.nodes.has("action:china-crypto-crackdown-intensify:2")).toBe(true);
  });
});

describe("derived view data", () => {
  it("hovering an entity keeps its actions and their other parties in focus", () => {
    const focus = focusOf(graph, "entity:tencent");
    expect(focus).toEqual(
      new Set(["entity:tencent", "entity:wechat", "action:china-crypto-crackdown-intensify:2", "entity:wechat-accounts-of-crypto-platforms", "entity:cac-regulations"]),
    );
  });

  it("runs the query through the shared engine and keeps errors for the page to show", () => {
    const ok = derive(graph, index, setQuery(initialState, '* -> "WeChat accounts"'));
    expect(ok.query && "result" in ok.query && ok.query.result.total).toBe(1);
    const bad = derive(graph, index, setQuery(initialState, "PBOC => *"));
    expect(bad.query && "error" in bad.query).toBe(true);
  });
});

describe("search", () => {
  it("finds entities by alias and Chinese name, exact matches first", () => {
    expect(searchEntities(index, "central bank")[0]).toMatchObject({ id: "entity:pboc", via: "Chinese central bank" });
    expect(searchEntities(index, "潘功胜")[0]).toMatchObject({ id: "entity:pan-gongsheng" });
    expect(searchEntities(index, "wechat").map((h) => h.id)[0]).toBe("entity:wechat");
    expect(searchEntities(index, "")).toEqual([]);
  });
});

describe("evidence in its sentence", () => {
  it("extends a quote back and forward to its sentence", () => {
    const text = "First one. Then the regulator banned X, citing rules. Next.";
    const start = text.indexOf("the regulator banned X");
    expect(sentenceAround(text, start, start + "the regulator banned X".length)).toEqual({ before: "Then ", quote: "the regulator banned X", after: ", citing rules." });
  });
});

describe("the who-acted-on-whom projection", () => {
  it("has one edge per actor-action-target, labelled with the action, and only entities", async () => {
    const { whoActedOnWhom } = await import("../../src/query/index.ts");
    const who = whoActedOnWhom(graph);
    expect(who.nodes().every((n) => who.getNodeAttribute(n, "kind") === "entity")).toBe(true);
    const rows = (await import("../../src/query/index.ts")).runQuery(index, "* -> *").total;
    expect(who.size).toBe(rows);
    expect(who.edges("entity:tencent", "entity:wechat-accounts-of-crypto-platforms").map((e) => who.getEdgeAttributes(e))).toEqual([
      { kind: "who", action: "action:china-crypto-crackdown-intensify:2", actionType: "shutdown", status: "enacted" },
    ]);
  });
});

describe("view state in the URL", () => {
  it("round-trips selection, filters, query and view, keeping the graph parameter", async () => {
    const { toSearchParams, fromSearchParams } = await import("../../src/explorer/url-state.ts");
    const s = { ...toggleFilter(setQuery(select(initialState, "entity:pboc"), "* -> ICOs"), "statuses", "planned"), view: "who" as const };
    const params = toSearchParams(s, new URLSearchParams("graph=x.json&node=old"));
    expect(params.get("graph")).toBe("x.json");
    const back = fromSearchParams(params, graph);
    expect(back).toMatchObject({ selected: "entity:pboc", query: "* -> ICOs", view: "who" });
    expect([...back.filters.statuses]).toEqual(["planned"]);
    expect(fromSearchParams(new URLSearchParams("node=entity:nobody&hide=bogus:x"), graph).selected).toBeNull();
  });
});

describe("exploring a large graph (start from an entity, expand, collapse)", () => {
  it("starts from one entity, expands and collapses neighbours, and ends when the last is collapsed", async () => {
    const { exploreFrom, expand, collapse, endExplore, defaultView, OVERVIEW_THRESHOLD } = await import("../../src/explorer/state.ts");
    let s = exploreFrom(initialState, "entity:tencent");
    expect(s).toMatchObject({ explore: ["entity:tencent"], selected: "entity:tencent" });
    s = expand(s, "entity:wechat");
    expect(s.explore).toEqual(["entity:tencent", "entity:wechat"]);
    expect(expand(s, "entity:wechat")).toBe(s);
    s = collapse(s, "entity:tencent");
    expect(s.explore).toEqual(["entity:wechat"]);
    expect(collapse(s, "entity:icos")).toBe(s);
    expect(collapse(s, "entity:wechat").explore).toBeNull();
    expect(endExplore(s).explore).toBeNull();
    expect(expand(initialState, "entity:pboc").explore).toEqual(["entity:pboc"]);
    expect(defaultView(OVERVIEW_THRESHOLD)).toBe("events");
    expect(defaultView(OVERVIEW_THRESHOLD + 1)).toBe("entities");
  });

  it("an exploration hides what it does not reach, in the overview and in the events view", async () => {
    const { exploreFrom } = await import("../../src/explorer/state.ts");
    const { foldActions } = await import("../../src/query/index.ts");
    const fold = foldActions(graph);
    const s = { ...exploreFrom(initialState, "entity:tencent"), view: "entities" as const };
    const d = derive(graph, index, s, undefined, { fold: () => fold });
    expect(d.scope!.has("entity:wechat-accounts-of-crypto-platforms")).toBe(true);
    expect(d.scope!.has("entity:icos")).toBe(false);
    const events = derive(graph, index, { ...s, view: "events" }, undefined, { fold: () => fold });
    // Tencent's shutdown of the accounts, and the document stating it, are part of it.
    expect(events.scope!.has("action:china-crypto-crackdown-intensify:2")).toBe(true);
    expect(events.scope!.has("doc:china-crypto-crackdown-intensify")).toBe(true);
    expect(events.scope!.has("action:china-crypto-crackdown-intensify:4")).toBe(false);
  });

  it("a highlight ranks at most MAX_RANKED_LABELS nodes first for a label, the best connected first", async () => {
    const { MAX_RANKED_LABELS } = await import("../../src/explorer/derive.ts");
    const big = synthGraph({ actions: 2000, seed: 5 });
    const bigIndex = buildQueryIndex(big);
    const hub = big.filterNodes((_n, a) => a.kind === "entity").sort((a, b) => big.degree(b) - big.degree(a))[0]!;
    const d = derive(big, bigIndex, { ...initialState, highlight: { kind: "ego", center: hub, depth: 2, direction: "both" } });
    expect(d.highlight!.nodes.size).toBeGreaterThan(MAX_RANKED_LABELS * 3);
    expect(d.labelled.size).toBe(MAX_RANKED_LABELS);
    expect(d.labelled.has(hub)).toBe(true);
  });

  it("the URL keeps the exploration and leaves out the graph's default view", async () => {
    const { toSearchParams, fromSearchParams } = await import("../../src/explorer/url-state.ts");
    const { exploreFrom, expand } = await import("../../src/explorer/state.ts");
    const s = { ...expand(exploreFrom(initialState, "entity:tencent"), "entity:pboc"), view: "entities" as const };
    const params = toSearchParams(s, new URLSearchParams(), "entities");
    expect(params.has("view")).toBe(false);
    expect(params.getAll("explore")).toEqual(["entity:tencent", "entity:pboc"]);
    expect(fromSearchParams(params, graph, "entities")).toMatchObject({ view: "entities", explore: ["entity:tencent", "entity:pboc"] });
    expect(fromSearchParams(new URLSearchParams("explore=entity:nobody"), graph).explore).toBeNull();
  });
});

describe("the events view of an exploration", () => {
  it(`draws at most MAX_EVENT_ACTIONS of a hub's actions, those between expanded entities first, then the latest`, async () => {
    const { eventScope, MAX_EVENT_ACTIONS } = await import("../../src/explorer/derive.ts");
    const big = synthGraph({ actions: 8000, seed: 1 });
    const all = new Set(big.nodes());
    const actionsOf = (n: string) => big.filterNeighbors(n, (_m, a) => a.kind === "action");
    const hub = big.filterNodes((_n, a) => a.kind === "entity").sort((a, b) => actionsOf(b).length - actionsOf(a).length)[0]!;
    expect(actionsOf(hub).length).toBeGreaterThan(MAX_EVENT_ACTIONS);
    const other = big.neighbors(actionsOf(hub).at(-1)!).find((n) => n !== hub && big.getNodeAttribute(n, "kind") === "entity")!;
    const scope = eventScope(big, [hub, other], all);
    expect(scope.kept).toBe(MAX_EVENT_ACTIONS);
    expect(scope.total).toBe(new Set([...actionsOf(hub), ...actionsOf(other)]).size);
    // Every action the two share is kept.
    for (const a of actionsOf(hub).filter((x) => big.hasEdge(other, x) || big.hasEdge(x, other))) expect(scope.nodes.has(a)).toBe(true);
    // Filters come first: hidden actions are never drawn nor counted.
    const few = new Set(actionsOf(hub).slice(0, 10));
    const filtered = eventScope(big, [hub], few);
    expect([filtered.kept, filtered.total]).toEqual([10, 10]);
  });
});
