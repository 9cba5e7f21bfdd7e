import { describe, expect, it } from "vitest";
import { loadGraphData } from "../../src/graph/node.ts";
import type { RegkgGraph } from "../../src/graph/index.ts";
import type { ActionAttributes, ActionType, EntityAttributes, Status } from "../../src/schema/index.ts";
import { SEED_DIR } from "../helpers/fixtures.ts";

/**
 * The facts of ../shared/corpus/china-crypto-crackdown-intensify.txt, written from reading the
 * article, each checked through the built graph: actor -> action -> target with its status.
 */
const graph: RegkgGraph = loadGraphData(SEED_DIR);

/** The entity a reader would call `name`: by canonical name, alias or Chinese name. */
function entity(name: string): string {
  const wanted = name.toLowerCase();
  const hits = graph.filterNodes((_n, a) => {
    if (a.kind !== "entity") return false;
    return [a.name, ...a.aliases, a.nameZh ?? ""].some((n) => n.toLowerCase() === wanted);
  });
  expect(hits, `exactly one entity called "${name}"`).toHaveLength(1);
  return hits[0]!;
}

interface Found {
  id: string;
  attrs: ActionAttributes;
  basis: string[];
  attributedTo: string[];
}

/** Actions with `actor` as an actor, of type `type`, with `target` among their targets. */
function actions(actor: string, type: ActionType, target: string): Found[] {
  const a = entity(actor);
  const t = entity(target);
  const found: Found[] = [];
  graph.forEachOutEdge(a, (_e, edge, _s, action, _actorAttrs, attrs) => {
    if (edge.kind !== "actor" || attrs.kind !== "action" || attrs.actionType !== type) return;
    const out = (kind: string) => graph.outEdges(action).filter((e) => graph.getEdgeAttribute(e, "kind") === kind).map((e) => graph.target(e));
    if (out("target").includes(t)) found.push({ id: action, attrs, basis: out("basis"), attributedTo: out("attribution") });
  });
  return found;
}

const FACTS: [actor: string, type: ActionType, target: string, status: Status][] = [
  ["Tencent", "shutdown", "WeChat accounts", "enacted"],
  ["Cyberspace Administration of China", "regulate", "CAC regulations", "enacted"],
  ["Pan Gongsheng", "declare_illegal", "ICOs", "stated"],
  ["Pan Gongsheng", "declare_illegal", "cryptocurrency transaction sites", "stated"],
  ["潘功胜", "warn", "ICOs", "stated"],
  ["China", "campaign", "cryptocurrencies", "enacted"],
  ["China", "campaign", "cryptocurrencies", "planned"],
  ["China", "ban", "ICOs", "enacted"],
  ["China", "ban", "cryptocurrency fund-raising", "enacted"],
  ["China", "campaign", "exchange platforms", "enacted"],
  ["cryptocurrency trading platforms", "withdraw", "Chinese cryptocurrency market", "reported"],
  ["ICO platforms", "withdraw", "Chinese cryptocurrency market", "reported"],
  ["renminbi bitcoin transactions", "decline", "global bitcoin transactions", "reported"],
  ["trading platforms", "migrate", "Chinese cryptocurrency market", "reported"],
  ["trading platforms", "resume", "Chinese cryptocurrency market", "reported"],
  ["groups or individuals running marketing scams", "defraud", "hype surrounding blockchains and cryptocurrency", "reported"],
  ["regulators", "scrutinize", "offshore servers", "planned"],
  ["regulators", "block", "offshore servers", "planned"],
  ["regulators", "shutdown", "ICO and cryptocurrency-related websites", "planned"],
  ["regulators", "shutdown", "ICO and cryptocurrency-related social media accounts", "planned"],
  ["regulators", "scrutinize", "payment and settlement companies", "planned"],
  ["regulators", "consult", "third party payment providers", "planned"],
  ["regulators", "require", "third-party payment providers", "planned"],
  ["regulators", "guide", "payment entities", "planned"],
];

describe("seed facts, found through the built graph", () => {
  it.each(FACTS)("%s -[%s]-> %s (%s)", (actor, type, target, status) => {
    const found = actions(actor, type, target).filter((f) => f.attrs.status === status);
    expect(found).toHaveLength(1);
  });

  it("the WeChat closures rest on the CAC's new regulations", () => {
    const [closure] = actions("Tencent", "shutdown", "WeChat accounts");
    expect(closure!.basis).toEqual([entity("CAC regulations")]);
    expect(closure!.attrs.evidence.map((e) => e.quote)).toEqual([
      "closure of a slew of related social media acounts by internet giant Tencent",
      expect.stringMatching(/^Tencent recently shut the WeChat accounts/),
    ]);
  });

  it("quantities are kept: 124 servers, 88 and 185 platforms, renminbi share from 90% to < 5%", () => {
    expect(actions("regulators", "block", "offshore servers")[0]!.attrs.quantity).toEqual({ value: 124, unit: "servers" });
    expect(actions("cryptocurrency trading platforms", "withdraw", "Chinese cryptocurrency market")[0]!.attrs.quantity).toMatchObject({ value: 88 });
    expect(actions("ICO platforms", "withdraw", "Chinese cryptocurrency market")[0]!.attrs.quantity).toMatchObject({ value: 185 });
    expect(actions("renminbi bitcoin transactions", "decline", "global bitcoin transactions")[0]!.attrs.quantity).toMatchObject({
      value: 5,
      comparator: "<",
      from: 90,
    });
  });

  it("reported actions name who reports them", () => {
    expect(actions("trading platforms", "migrate", "Chinese cryptocurrency market")[0]!.attributedTo).toEqual([entity("Shanghai Securities News")]);
    expect(actions("ICO platforms", "withdraw", "Chinese cryptocurrency market")[0]!.attributedTo).toEqual([entity("PBOC")]);
  });

  it("relations: Pan Gongsheng is vice-governor of the PBOC and heads the rectification team; Tencent operates WeChat", () => {
    const rel = (s: string, t: string) =>
      graph.edges(entity(s), entity(t)).map((e) => graph.getEdgeAttributes(e)).filter((a) => a.kind === "relation");
    expect(rel("Pan Gongsheng", "Chinese central bank")).toEqual([expect.objectContaining({ relType: "holds_position_in", title: "vice-governor" })]);
    expect(rel("Pan Gongsheng", "国家互联网金融风险专项整治小组")).toEqual([expect.objectContaining({ relType: "leads", title: "head" })]);
    expect(rel("Tencent", "WeChat")).toEqual([expect.objectContaining({ relType: "operates" })]);
  });

  it("aliases and Chinese names lead to the canonical entities", () => {
    const pboc = entity("People's Bank of China");
    expect(entity("PBOC")).toBe(pboc);
    expect(entity("Chinese central bank")).toBe(pboc);
    expect(entity("CAC")).toBe(entity("Cyberspace Administration of China"));
    expect((graph.getNodeAttributes(entity("Pan Gongsheng")) as EntityAttributes).nameZh).toBe("潘功胜");
  });

  it("every action is traceable: each evidence quote is the document text at its offsets", () => {
    const actionIds = graph.filterNodes((_n, a) => a.kind === "action");
    expect(actionIds.length).toBeGreaterThanOrEqual(13);
    for (const id of actionIds) {
      const a = graph.getNodeAttributes(id) as ActionAttributes;
      expect(a.evidence.length).toBeGreaterThan(0);
      for (const ev of a.evidence) {
        const doc = graph.getNodeAttributes(ev.doc);
        expect(doc.kind === "document" && doc.text.slice(ev.start, ev.end)).toBe(ev.quote);
      }
      expect(graph.outNeighbors(id)).toContain("doc:china-crypto-crackdown-intensify");
    }
  });

  it("every fact above is a distinct action, and every action is one of the facts", () => {
    const matched = new Set(FACTS.flatMap(([a, t, g, s]) => actions(a, t, g).filter((f) => f.attrs.status === s).map((f) => f.id)));
    expect(matched).toEqual(new Set(graph.filterNodes((_n, a) => a.kind === "action")));
  });
});
