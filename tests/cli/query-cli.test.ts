import { parse } from "csv-parse/sync";
import { describe, expect, it } from "vitest";
import { QUERY_CSV_HEADER } from "../../src/export/query-rows.ts";
import { regkg } from "../helpers/cli.ts";
import { REPO } from "../helpers/paths.ts";

describe("regkg query", () => {
  it("answers who acted on WeChat accounts, as JSON when piped", () => {
    const r = regkg(["query", '* -> "WeChat accounts"']);
    expect(r.status).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out).toMatchObject({ pattern: '* -> "WeChat accounts"', total: 1, returned: 1 });
    expect(out.rows[0]).toMatchObject({
      actor: { id: "entity:tencent", name: "Tencent", category: "company" },
      action: { type: "shutdown", status: "enacted" },
      target: { id: "entity:wechat-accounts-of-crypto-platforms" },
    });
    expect(out.rows[0].evidence[0]).toEqual(expect.objectContaining({ doc: "doc:china-crypto-crackdown-intensify", quote: expect.any(String) }));
  });

  it("prints a table for people", () => {
    const r = regkg(["query", ":regulator -[*]{planned}-> *", "--format", "table", "--limit", "3"]);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatchSnapshot();
  });

  it("writes RFC 4180 CSV that parses back to the same rows", () => {
    const json = JSON.parse(regkg(["query", "* -> *"]).stdout);
    const csv = regkg(["query", "* -> *", "--format", "csv"]);
    expect(csv.status).toBe(0);
    const records: string[][] = parse(csv.stdout);
    expect(records[0]).toEqual([...QUERY_CSV_HEADER]);
    expect(records).toHaveLength(json.total + 1);
    const quotes = records.slice(1).map((r) => r[QUERY_CSV_HEADER.indexOf("quotes")]);
    expect(quotes).toEqual(json.rows.map((row: { evidence: { quote: string }[] }) => row.evidence.map((e) => e.quote).join("\n")));
  });

  it("applies --status, --doc and --limit", () => {
    const planned = JSON.parse(regkg(["query", "* -> *", "--status", "planned,announced", "--limit", "2", "--doc", "china-crypto-crackdown-intensify"]).stdout);
    expect(planned.returned).toBe(2);
    expect(planned.total).toBeGreaterThan(2);
    expect(planned.rows.every((r: { action: { status: string } }) => r.action.status === "planned")).toBe(true);
  });

  it("an empty answer exits 0 with a note on stderr", () => {
    const r = regkg(["query", "PBOC -> *"]);
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({ total: 0, rows: [] });
    expect(r.stderr).toContain('no actions match "PBOC -> *"');
  });

  it("on the shipped multi-document graph, fines since 2020 come from several documents", () => {
    const r = regkg(["query", "* -[fine]-> *", "--since", "2020", "--format", "json"], REPO);
    expect(r.status, r.stderr).toBe(0);
    const rows = JSON.parse(r.stdout).rows as { action: { time?: { date?: string } }; evidence: { doc: string }[] }[];
    expect(new Set(rows.map((row) => row.evidence[0]!.doc)).size).toBeGreaterThanOrEqual(3);
    for (const row of rows) expect(row.action.time!.date! >= "2020").toBe(true);
    // People read the amounts grouped; CSV and JSON keep the plain number.
    const telstra = regkg(["query", "* -[fine]-> Telstra", "--since", "2021", "--format", "table"], REPO);
    expect(telstra.stdout).toContain("50,000,000 AUD");
    const csv = regkg(["query", "* -[fine]-> Telstra", "--since", "2021", "--format", "csv"], REPO);
    expect(csv.stdout).toContain("50000000 AUD");
    expect(csv.stdout).not.toContain("50,000,000");
  });

  it("a broken pattern exits 2 and points at the column", () => {
    const r = regkg(["query", "PBOC -[bann]-> *"]);
    expect(r.status).toBe(2);
    expect(r.stdout).toBe("");
    expect(r.stderr).toMatchSnapshot();
  });

  it("an unknown name exits 2 and suggests the nearest", () => {
    const r = regkg(["query", "* -> PBCO"]);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain("did you mean People's Bank of China?");
  });

  it.each([
    [["query", "* -> *", "--status", "rumoured"], /--status: expected one of/],
    [["query", "* -> *", "--since", "2017-13"], /--since: expected an ISO date/],
    [["query", "* -> *", "--limit", "ten"], /--limit: expected a whole number/],
    [["query", "* -> *", "--doc", "nope"], /--doc: no document "nope"/],
    [["query", "* -> *", "--format", "xml"], /--format: expected one of table, json, csv/],
    [["neighbors", "PBOC", "--depth", "9"], /--depth: expected a whole number from 1 to 6/],
    [["neighbors", "PBOC", "--direction", "sideways"], /--direction: expected out, in or both/],
    [["top", "regulators"], /top: expected actors or targets/],
  ])("bad usage %j exits 2", (args, message) => {
    const r = regkg(args);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(message);
  });
});

describe("regkg path, neighbors, top", () => {
  it("path prints the chain with edge directions", () => {
    const r = regkg(["path", "Tencent", "CAC", "--format", "text"]);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatchSnapshot();
  });

  it("path with no link exits 0, says so, and gives null as JSON", () => {
    const r = regkg(["path", "Tencent", "PBOC"]);
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual({ from: "entity:tencent", to: "entity:pboc", path: null });
    expect(r.stderr).toContain("no chain of actions and relations links Tencent and PBOC");
  });

  it("neighbors lists the nodes with their depth", () => {
    const r = regkg(["neighbors", "PBOC", "--depth", "1"]);
    expect(JSON.parse(r.stdout).nodes.map((n: { label: string; depth: number }) => [n.label, n.depth])).toEqual([
      ["People's Bank of China", 0],
      ["Pan Gongsheng", 1],
    ]);
  });

  it("top targets ranks by number of actions", () => {
    const r = regkg(["top", "targets", "--limit", "2"]);
    expect(JSON.parse(r.stdout).entries.map((e: { name: string; actions: number }) => [e.name, e.actions])).toEqual([
      ["Chinese cryptocurrency market", 4],
      ["initial coin offerings", 4],
    ]);
  });
});
