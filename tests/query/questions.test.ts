import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { loadGraphData } from "../../src/graph/node.ts";
import { buildQueryIndex, neighborhood, resolveEntity, runQuery, shortestPath, topEntities, type QueryRow } from "../../src/query/index.ts";
import { AmbiguousNameError, NotFoundError, QuerySyntaxError, UsageError } from "../../src/schema/index.ts";
import { copySeed, editJson, readJsonFile, SEED_ANNOTATION, SEED_DIR } from "../helpers/fixtures.ts";

/**
 * The questions users ask, answered on the seed graph. Expected answers are written from
 * reading ../shared/corpus/china-crypto-crackdown-intensify.txt, not from running the code.
 */
const index = buildQueryIndex(loadGraphData(SEED_DIR));
const show = (r: QueryRow) => `${r.actor.name} -${r.action.type}/${r.action.status}-> ${r.target.name}`;
const rowsOf = (pattern: string, filters = {}) => runQuery(index, pattern, filters).rows.map(show).sort();

describe("who acted on X", () => {
  it.each([
    ['* -> "WeChat accounts"', ["Tencent -shutdown/enacted-> WeChat accounts of cryptocurrency platforms"]],
    [
      "* -> ICOs",
      [
        "China -ban/enacted-> initial coin offerings",
        "China -campaign/planned-> initial coin offerings",
        "Pan Gongsheng -declare_illegal/stated-> initial coin offerings",
        "Pan Gongsheng -warn/stated-> initial coin offerings",
      ],
    ],
    [
      "* -> third party payment providers",
      ["Chinese regulators -consult/planned-> third-party payment providers", "Chinese regulators -require/planned-> third-party payment providers"],
    ],
    ["* -> :regulation", ["Cyberspace Administration of China -regulate/enacted-> new regulations of the Cyberspace Administration of China"]],
  ])("%s", (pattern, expected) => {
    expect(rowsOf(pattern)).toEqual([...expected].sort());
  });
});

describe("what did X do, to whom", () => {
  it("China: the crackdown, the ban, the campaign against exchanges, and the planned intensification", () => {
    expect(rowsOf("China -> *")).toEqual(
      [
        "China -campaign/enacted-> cryptocurrencies",
        "China -ban/enacted-> initial coin offerings",
        "China -ban/enacted-> cryptocurrency fund-raising",
        "China -campaign/enacted-> cryptocurrency trading platforms",
        "China -campaign/planned-> cryptocurrencies",
        "China -campaign/planned-> initial coin offerings",
      ].sort(),
    );
  });

  it("Pan Gongsheng (by his Chinese name): declared ICOs and transaction sites illegal and warned them", () => {
    expect(rowsOf("潘功胜 -> *")).toEqual(
      [
        "Pan Gongsheng -declare_illegal/stated-> initial coin offerings",
        "Pan Gongsheng -declare_illegal/stated-> cryptocurrency trading platforms",
        "Pan Gongsheng -warn/stated-> initial coin offerings",
        "Pan Gongsheng -warn/stated-> cryptocurrency trading platforms",
      ].sort(),
    );
  });

  it("Tencent -> WeChat accounts, with its evidence and basis in the row", () => {
    const [row, ...rest] = runQuery(index, 'Tencent -> "WeChat accounts"').rows;
    expect(rest).toEqual([]);
    expect(row!.action).toMatchObject({ type: "shutdown", status: "enacted", time: { phrase: "recently" } });
    expect(row!.evidence.map((e) => e.quote)).toContain("closure of a slew of related social media acounts by internet giant Tencent");
    expect(row!.evidence[0]!.title).toBe("China’s Cryptocurrency Crackdown Set to Further Intensify");
  });

  it("the PBOC acted on no one in this article: an empty answer, not an error", () => {
    expect(runQuery(index, "PBOC -> *")).toEqual({ pattern: "PBOC -> *", total: 0, rows: [] });
  });
});

describe("which actors did action type T", () => {
  const actors = (pattern: string) => [...new Set(runQuery(index, pattern).rows.map((r) => r.actor.name))].sort();
  it.each([
    ["* -[shutdown]-> *", ["Chinese regulators", "Tencent"]],
    ["* -[ban|block]-> *", ["China", "Chinese regulators"]],
    ["* -[declare_illegal]-> *", ["Pan Gongsheng"]],
    ["* -[withdraw|migrate|resume]-> *", ["ICO platforms", "cryptocurrency trading platforms"]],
    [":regulator -[scrutinize]-> :target_group", ["Chinese regulators"]],
  ])("%s", (pattern, expected) => {
    expect(actors(pattern)).toEqual(expected);
  });
});

describe("everything planned but not yet enacted", () => {
  it("the intensification and the measures i-iii and the payment guidance: 8 actions", () => {
    const r = runQuery(index, "* -> *", { statuses: ["planned", "announced"] });
    expect(new Set(r.rows.map((x) => x.action.id)).size).toBe(8);
    expect(r.rows.every((x) => x.action.status === "planned")).toBe(true);
    expect(r.rows.map(show)).toContain("Chinese regulators -block/planned-> offshore servers of cryptocurrency trading platforms");
    expect(r.rows.find((x) => x.action.type === "block")!.action.quantity).toEqual({ value: 124, unit: "servers" });
  });

  it("the pattern's {status} and --status intersect", () => {
    expect(runQuery(index, "* -{planned|stated}-> *", { statuses: ["stated"] }).rows.every((r) => r.action.status === "stated")).toBe(true);
    expect(runQuery(index, "* -{planned}-> *", { statuses: ["stated"] }).total).toBe(0);
  });
});

describe("actions between two dates", () => {
  // The article gives no calendar dates; a copy gets some, to test the date filters.
  const dir = copySeed();
  editJson(dir, SEED_ANNOTATION, (a) => {
    a.actions[6].time = { date: "2017-09-04" }; // the ICO ban
    a.actions[5].time = { date: "2017-09" }; // the crackdown
    a.actions[1].time = { date: "2018-08", phrase: "recently" }; // the WeChat closures
  });
  const dated = buildQueryIndex(loadGraphData(dir));
  const types = (filters: object) => [...new Set(runQuery(dated, "* -> *", filters).rows.map((r) => r.action.type))].sort();

  it("--since keeps actions whose date can fall on or after it; a month counts to its last day", () => {
    expect(types({ since: "2017-09-05" })).toEqual(["campaign", "shutdown"]);
  });
  it("--until keeps actions whose date can fall on or before it", () => {
    expect(types({ until: "2018-07" })).toEqual(["ban", "campaign"]);
  });
  it("both, and undated actions are left out", () => {
    expect(types({ since: "2017", until: "2017" })).toEqual(["ban", "campaign"]);
    expect(runQuery(dated, "* -> *", { since: "2019-01-01" }).total).toBe(0);
  });
  it("a malformed date is a usage error", () => {
    expect(() => runQuery(dated, "* -> *", { since: "September 2017" })).toThrow(UsageError);
  });
});

describe("everything a document says", () => {
  it("--doc keeps that document's actions, all of them for the seed", () => {
    const annotation = readJsonFile(join(SEED_DIR, SEED_ANNOTATION));
    const expectedRows = annotation.actions.reduce((n: number, a: { actors: unknown[]; targets: unknown[] }) => n + a.actors.length * a.targets.length, 0);
    const r = runQuery(index, "* -> *", { doc: "china-crypto-crackdown-intensify" });
    expect(r.total).toBe(expectedRows);
    expect(new Set(r.rows.map((x) => x.action.id)).size).toBe(annotation.actions.length);
  });
  it("an unknown document is named in the error", () => {
    expect(() => runQuery(index, "* -> *", { doc: "doc:nope" })).toThrow(NotFoundError);
  });
});

describe("the path connecting two entities", () => {
  it("Pan Gongsheng holds a position in the PBOC: one step, forward", () => {
    const { path } = shortestPath(index, "Pan Gongsheng", "PBOC");
    expect(path!.map((n) => n.label)).toEqual(["Pan Gongsheng", "People's Bank of China"]);
    expect(path![1]!.via).toMatchObject({ kind: "relation", relType: "holds_position_in", forward: true });
  });

  it("Tencent to the CAC: the closures rest on the regulations the CAC launched", () => {
    const { path } = shortestPath(index, "Tencent", "CAC");
    expect(path!.map((n) => [n.label.split(":")[0], n.via?.kind ?? null, n.via?.forward ?? null])).toEqual([
      ["Tencent", null, null],
      ["shutdown (enacted)", "actor", true],
      ["new regulations of the Cyberspace Administration of China", "basis", true],
      ["regulate (enacted)", "target", false],
      ["Cyberspace Administration of China", "actor", false],
    ]);
  });

  it("Pan Gongsheng to China in 4 steps through a shared target, never through the document", () => {
    const { path } = shortestPath(index, "Pan Gongsheng", "China");
    expect(path).toHaveLength(5);
    expect(path!.some((n) => n.kind === "document")).toBe(false);
    expect(["initial coin offerings", "cryptocurrency trading platforms"]).toContain(path![2]!.label);
  });

  it("Tencent and the PBOC are not linked by actions or relations", () => {
    expect(shortestPath(index, "Tencent", "PBOC").path).toBeNull();
  });
});

describe("an entity's neighbourhood to depth k", () => {
  const labels = (name: string, depth: number, direction: "in" | "out" | "both" = "both") =>
    neighborhood(index, name, depth, direction).nodes.map((n) => `${n.depth} ${n.label.split(":")[0]}`);

  it("the PBOC: Pan Gongsheng at 1; his team and his two statements at 2", () => {
    expect(labels("PBOC", 1)).toEqual(["0 People's Bank of China", "1 Pan Gongsheng"]);
    expect(labels("PBOC", 2).sort()).toEqual(
      ["0 People's Bank of China", "1 Pan Gongsheng", "2 State Internet Financial Risk Specialist Rectification team", "2 declare_illegal (stated)", "2 warn (stated)"].sort(),
    );
  });

  it("direction: Tencent acts and operates (out), nothing acts on Tencent (in)", () => {
    expect(labels("Tencent", 1, "out").sort()).toEqual(["0 Tencent", "1 WeChat", "1 shutdown (enacted)"]);
    expect(labels("Tencent", 2, "in")).toEqual(["0 Tencent"]);
  });

  it("lists the edges among the nodes it returns", () => {
    const n = neighborhood(index, "Tencent", 2);
    const ids = new Set(n.nodes.map((x) => x.id));
    expect(n.edges.length).toBeGreaterThan(0);
    for (const e of n.edges) expect(ids.has(index.graph.source(e)) && ids.has(index.graph.target(e))).toBe(true);
  });

  it("rejects a depth out of range", () => {
    expect(() => neighborhood(index, "PBOC", 0)).toThrow(UsageError);
    expect(() => neighborhood(index, "PBOC", 7)).toThrow(UsageError);
  });
});

describe("the most active actors and the most targeted entities", () => {
  it("Chinese regulators plan the most (7 actions); China did 4", () => {
    expect(topEntities(index, "actors", 2).map((t) => [t.name, t.actions])).toEqual([
      ["Chinese regulators", 7],
      ["China", 4],
    ]);
  });
  it("the Chinese crypto market and ICOs are the most targeted (4 each)", () => {
    expect(topEntities(index, "targets", 2).map((t) => [t.name, t.actions])).toEqual([
      ["Chinese cryptocurrency market", 4],
      ["initial coin offerings", 4],
    ]);
  });
});

describe("names in patterns", () => {
  it("match canonical names, aliases, Chinese names and ids, case-insensitively, with curly or straight apostrophes", () => {
    for (const name of ["PBOC", "pboc", "People's Bank of China", "People’s bank of china", "  Chinese   central bank ", "entity:pboc"]) {
      expect(resolveEntity(index, name), name).toBe("entity:pboc");
    }
    expect(resolveEntity(index, "国家互联网金融风险专项整治小组")).toBe("entity:rectification-team");
    expect(runQuery(index, "TENCENT -> *").total).toBe(1);
  });

  it("an unknown name suggests the nearest one and points at its column", () => {
    try {
      runQuery(index, "* -> PBCO");
      expect.unreachable();
    } catch (err) {
      expect(err).toBeInstanceOf(NotFoundError);
      expect((err as NotFoundError).suggestions).toEqual(["People's Bank of China"]);
      expect((err as NotFoundError).position).toEqual({ pattern: "* -> PBCO", column: 6 });
    }
  });

  it("a name several entities answer to lists the candidates", () => {
    const dir = copySeed();
    editJson(dir, "entities.json", (e) => e.entities.find((x: { id: string }) => x.id === "entity:cac").aliases.push("regulators"));
    const ambiguous = buildQueryIndex(loadGraphData(dir));
    try {
      runQuery(ambiguous, "regulators -> *");
      expect.unreachable();
    } catch (err) {
      expect(err).toBeInstanceOf(AmbiguousNameError);
      expect((err as AmbiguousNameError).candidates.map((c) => c.id).sort()).toEqual(["entity:cac", "entity:chinese-regulators"]);
    }
    // The canonical name wins over the same words used as an alias.
    expect(runQuery(ambiguous, "Chinese regulators -> *").total).toBeGreaterThan(0);
  });

  it("a syntax error is a QuerySyntaxError, not a lookup", () => {
    expect(() => runQuery(index, "PBOC => *")).toThrow(QuerySyntaxError);
  });
});
