import { describe, expect, it } from "vitest";
import { searchEntities } from "../../src/explorer/controllers/search.ts";
import { computeVisibility, derive, focusOf } from "../../src/explorer/derive.ts";
import { sentenceAround } from "../../src/explorer/evidence.ts";
import { hover, initialState, select, setQuery, toggleFilter } from "../../src/explorer/state.ts";
import { Store } from "../../src/explorer/store.ts";
import { loadGraphData } from "../../src/graph/node.ts";
import { buildQueryIndex } from "../../src/query/index.ts";
import { SEED_DIR } from "../helpers/fixtures.ts";

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
