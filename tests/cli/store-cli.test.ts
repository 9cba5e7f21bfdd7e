import { createHash } from "node:crypto";
import { copyFileSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { createRequire } from "node:module";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { regkg } from "../helpers/cli.ts";
import { REPO } from "../helpers/paths.ts";
import { tmpdir } from "node:os";

type Db = { prepare(sql: string): { all(...a: unknown[]): unknown[]; run(...a: unknown[]): unknown }; close(): void; pragma(s: string): unknown };
const Database = createRequire(import.meta.url)("better-sqlite3") as new (file: string, o?: object) => Db;

// One store and one graph JSON of the seed, built once by the real command, read by every test.
const dir = mkdtempSync(join(tmpdir(), "regkg-store-"));
const store = join(dir, "seed.sqlite");
const json = join(dir, "seed.json");

afterAll(() => rmSync(dir, { recursive: true, force: true }));

beforeAll(() => {
  for (const out of [store, json]) {
    const r = regkg(["build", "--out", out, "--iterations", "20"]);
    expect(r.status, r.stderr).toBe(0);
  }
});

describe("a store answers every reading command as the graph JSON does", () => {
  it.each(
    [
    ["query", "* -> *"],
    ["query", "Pan Gongsheng -> *", "--format", "table"],
    ["query", ":regulator -[block|shutdown]{planned}-> *", "--format", "csv"],
    ["query", "* -> *", "--since", "2017-09", "--until", "2018", "--status", "enacted,planned", "--limit", "3"],
    ["query", "* -> *", "--doc", "china-crypto-crackdown-intensify"],
    ["path", "Tencent", "CAC", "--format", "text"],
    ["path", "Pan Gongsheng", "offshore servers"],
    ["neighbors", "PBOC", "--depth", "3"],
    ["neighbors", "Chinese regulators", "--direction", "in", "--format", "text"],
    ["top", "actors"],
    ["top", "targets", "--limit", "3", "--format", "table"],
    ["stats"],
    ].map((args) => [args.join(" "), args] as const),
  )("regkg %s", (_title, args) => {
    const fromStore = regkg([...args, "--graph", store]);
    const fromJson = regkg([...args, "--graph", json]);
    expect(fromStore.status, fromStore.stderr).toBe(0);
    expect(fromStore.stdout.length).toBeGreaterThan(10);
    expect(fromStore.stdout).toBe(fromJson.stdout);
    expect(fromStore.stderr).toBe(fromJson.stderr);
  });

  it("and fails the same way, pointing at the pattern, on a misspelt name", () => {
    const fromStore = regkg(["query", "* -> PBCO", "--graph", store]);
    expect(fromStore.status).toBe(2);
    expect(fromStore.stderr).toContain("did you mean People's Bank of China?");
    expect(fromStore.stderr).toBe(regkg(["query", "* -> PBCO", "--graph", json]).stderr);
  });

  it("validates, and exports back to the very same graph JSON", () => {
    expect(regkg(["validate", "--graph", store]).status).toBe(0);
    const back = join(dir, "back.json");
    expect(regkg(["export", "--format", "json", "--graph", store, "--out", back]).status).toBe(0);
    expect(readFileSync(back, "utf8")).toBe(readFileSync(json, "utf8"));
  });

  it("is told by its content, not its name", () => {
    const storeNamedJson = join(dir, "really-a-store.json");
    const jsonNamedStore = join(dir, "really-json.sqlite");
    copyFileSync(store, storeNamedJson);
    copyFileSync(json, jsonNamedStore);
    const a = regkg(["top", "actors", "--graph", storeNamedJson]);
    const b = regkg(["top", "actors", "--graph", jsonNamedStore]);
    expect(a.status, a.stderr).toBe(0);
    expect(a.stdout).toBe(b.stdout);
  });
});

describe("writing a store", () => {
  it("export --format sqlite writes one from a graph JSON, recording its version and the source's sha256", () => {
    const out = join(dir, "exported.db");
    const r = regkg(["export", "--format", "sqlite", "--graph", json, "--out", out]);
    expect(r.status, r.stderr).toBe(0);
    const db = new Database(out, { readonly: true });
    const meta = Object.fromEntries((db.prepare("SELECT key, value FROM meta").all() as { key: string; value: string }[]).map((m) => [m.key, m.value]));
    db.close();
    expect(meta).toMatchObject({ store_version: "1", source_kind: "graph-file", source_sha256: createHash("sha256").update(readFileSync(json)).digest("hex") });
    expect(regkg(["query", "Tencent -> *", "--graph", out]).stdout).toBe(regkg(["query", "Tencent -> *", "--graph", json]).stdout);
  });

  it("export --format sqlite from a graph JSON (read record by record, never built in memory) gives the store `build` writes from the graph in memory", () => {
    const out = join(dir, "streamed.sqlite");
    const r = regkg(["export", "--format", "sqlite", "--graph", json, "--out", out]);
    expect(r.status, r.stderr).toBe(0);
    expect(r.stderr).toBe(`regkg: wrote ${out} (sqlite: 49 nodes, 86 edges)\n`);
    const rows = (file: string) => {
      const db = new Database(file, { readonly: true });
      const tables = ["documents", "entities", "names", "actions", "evidence", "roles", "sources", "relations"];
      const all = tables.map((t) => db.prepare(`SELECT * FROM ${t} ORDER BY 1, 2`).all());
      db.close();
      return all;
    };
    expect(rows(out)).toEqual(rows(store));
    const [fromStreamed, fromBuilt] = [out, store].map((file) => regkg(["export", "--format", "json", "--graph", file]));
    expect(fromStreamed!.stdout).toBe(fromBuilt!.stdout);
    expect(fromStreamed!.stdout).toBe(readFileSync(json, "utf8"));
  });

  it("export --format sqlite --mkdir makes the folders the store goes in", () => {
    const out = join(dir, "made", "for", "it.sqlite");
    const r = regkg(["export", "--format", "sqlite", "--graph", json, "--out", out, "--mkdir"]);
    expect(r.status, r.stderr).toBe(0);
    expect(readdirSync(join(dir, "made", "for"))).toEqual(["it.sqlite"]);
  });

  it("export --format sqlite from a broken graph JSON: exit 1, the file and the path of each bad record, no store and no temporary file", () => {
    const g = JSON.parse(readFileSync(json, "utf8"));
    g.nodes.push(g.nodes[5]);
    const action = g.nodes.findIndex((n: { attributes: { kind: string } }) => n.attributes.kind === "action");
    g.edges = g.edges.filter((e: { target: string; attributes: { kind: string } }) => !(e.target === g.nodes[action].key && e.attributes.kind === "actor"));
    const sub = mkdtempSync(join(dir, "broken-"));
    const bad = join(sub, "broken.json");
    writeFileSync(bad, JSON.stringify(g));
    const out = join(sub, "broken.sqlite");
    const r = regkg(["export", "--format", "sqlite", "--graph", bad, "--out", out]);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain(`broken.json: $.nodes[${g.nodes.length - 1}].attributes: duplicate id "${g.nodes[5].key}"`);
    expect(r.stderr).toContain(`broken.json: $.nodes[${action}].attributes: action "${g.nodes[action].key}" has no actor`);
    expect(r.stderr).not.toMatch(/internal error|\n\s+at /);
    expect(readdirSync(sub)).toEqual(["broken.json"]);
  });

  it.each([
    ["broken JSON", "{\"attributes\": {,", /invalid JSON/],
    ["another tool's graph JSON", JSON.stringify({ attributes: {}, options: { type: "directed" }, nodes: [{ key: "a" }], edges: [] }), /another tool|none of regkg's attributes/],
  ])("export --format sqlite from %s says what the loader says of it, exit 1, and writes nothing", (_name, text, said) => {
    const sub = mkdtempSync(join(dir, "other-"));
    const file = join(sub, "graph.json");
    writeFileSync(file, text);
    const r = regkg(["export", "--format", "sqlite", "--graph", file, "--out", join(sub, "out.sqlite")]);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(said);
    expect(r.stderr).toContain("graph.json");
    expect(readdirSync(sub)).toEqual(["graph.json"]);
  });

  it("synth --out FILE.sqlite generates straight into a store, which answers as the generated graph JSON does", { timeout: 120_000 }, () => {
    const out = join(dir, "synth.sqlite");
    const gen = join(dir, "synth.json");
    for (const file of [out, gen]) expect(regkg(["synth", "--actions", "400", "--seed", "7", "--out", file]).status).toBe(0);
    const db = new Database(out, { readonly: true });
    const meta = Object.fromEntries((db.prepare("SELECT key, value FROM meta").all() as { key: string; value: string }[]).map((m) => [m.key, m.value]));
    db.close();
    expect(meta).toMatchObject({ source_kind: "synth", actions: "400" });
    // Every action with its parties, the counts, and the graph read back whole and checked.
    for (const args of [["query", "* -> *"], ["top", "actors"], ["stats"]]) {
      expect(regkg([...args, "--graph", out]).stdout, args.join(" ")).toBe(regkg([...args, "--graph", gen]).stdout);
    }
    expect(regkg(["validate", "--graph", out]).status).toBe(0);
  });

  it("export --format sqlite --query keeps only the matching part", () => {
    const out = join(dir, "tencent.sqlite");
    expect(regkg(["export", "--format", "sqlite", "--query", "Tencent -> *", "--graph", json, "--out", out]).status).toBe(0);
    const all = JSON.parse(regkg(["query", "* -> *", "--graph", out]).stdout);
    expect(all.total).toBeGreaterThan(0);
    expect(all.rows.every((r: { actor: { name: string } }) => r.actor.name === "Tencent")).toBe(true);
  });

  it("needs --out, since a database is not text for stdout", () => {
    const r = regkg(["export", "--format", "sqlite"]);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain("give --out FILE");
  });

  it("where it cannot be written: a sentence naming the path (exit 2 for a path of the wrong kind, 1 for the machine refusing), the old file untouched, no temporary file left", () => {
    const blocker = join(dir, "a-file");
    writeFileSync(blocker, "not a folder");
    for (const [args, status] of [
      [["build", "--out", join(blocker, "x.sqlite"), "--no-layout"], 2],
      [["export", "--format", "sqlite", "--out", "/proc/regkg.sqlite"], 1],
      [["export", "--format", "sqlite", "--graph", json, "--out", "/proc/regkg.sqlite"], 1],
    ] as const) {
      const r = regkg([...args]);
      expect(r.status, args.join(" ")).toBe(status);
      expect(r.stderr).toMatch(/cannot write/);
      expect(r.stderr).not.toMatch(/internal error|\n\s+at /);
    }
    expect(readFileSync(blocker, "utf8")).toBe("not a folder");
    expect(readdirSync(dir).filter((f) => f.endsWith(".tmp"))).toEqual([]);
  });
});

describe("a bad store gets exit 1 and a sentence naming the file", () => {
  const bad = (name: string, bytes: Buffer) => {
    const file = join(dir, name);
    writeFileSync(file, bytes);
    return file;
  };

  it.each([
    ["truncated", () => bad("truncated.sqlite", readFileSync(store).subarray(0, 40_000)), /truncated/],
    [
      "corrupted",
      () => {
        // The first page of every table and index but meta's: each command reads some of them
        // (stats counts from indexes, where it can, rather than tables).
        const db = new Database(store, { readonly: true });
        const pageSize = (db.prepare("PRAGMA page_size").all()[0] as { page_size: number }).page_size;
        const roots = (db.prepare("SELECT rootpage FROM sqlite_master WHERE rootpage > 0 AND name <> 'meta' AND name NOT LIKE 'sqlite_%'").all() as { rootpage: number }[]).map((r) => r.rootpage);
        db.close();
        const bytes = Buffer.from(readFileSync(store));
        for (const page of roots) bytes.fill(0xff, pageSize * (page - 1), pageSize * page);
        return bad("corrupted.sqlite", bytes);
      },
      /unreadable regkg store/,
    ],
    ["not SQLite, named .sqlite", () => bad("not-sqlite.sqlite", Buffer.from("\x00\x01binary junk")), /not-sqlite\.sqlite/],
    [
      "another program's SQLite database",
      () => {
        const file = join(dir, "other.sqlite");
        const db = new Database(file);
        db.prepare("CREATE TABLE t (x)").run();
        db.close();
        return file;
      },
      /not a regkg store/,
    ],
    [
      "another store version",
      () => {
        const file = join(dir, "v2.sqlite");
        copyFileSync(store, file);
        const db = new Database(file);
        db.pragma("user_version = 2");
        db.prepare("UPDATE meta SET value = '2' WHERE key = 'store_version'").run();
        db.close();
        return file;
      },
      /store of version 2, but this regkg reads store version 1/,
    ],
  ])("%s", (_what, make, message) => {
    const file = make();
    for (const args of [["query", "* -> *"], ["stats"], ["validate"]]) {
      const r = regkg([...args, "--graph", file]);
      expect(r.status, `${args.join(" ")}: ${r.stderr}`).toBe(1);
      expect(r.stderr).toContain(file.split("/").pop());
      expect(r.stderr).toMatch(message);
      expect(r.stderr).not.toMatch(/internal error|\n\s+at /);
    }
  });
});

describe("README's SQL examples", () => {
  it("run against a store and answer what they say", () => {
    const readme = readFileSync(join(REPO, "README.md"), "utf8");
    const queries = [...readme.matchAll(/```sql\n([\s\S]*?)```/g)].map((m) => m[1]!);
    expect(queries.length).toBeGreaterThanOrEqual(2);
    const db = new Database(store, { readonly: true });
    try {
      const answers = queries.map((q) => db.prepare(q).all() as Record<string, unknown>[]);
      // Planned actions, who plans them against whom: Chinese regulators plan to block the offshore servers.
      expect(answers[0]).toContainEqual(expect.objectContaining({ actor: "Chinese regulators", action_type: "block", target: expect.stringContaining("offshore servers") }));
      // Everything done to the WeChat accounts, found by name, with its evidence: Tencent's shutdown.
      expect(answers[1]!.length).toBeGreaterThan(0);
      expect(answers[1]!.every((r) => r.action_type === "shutdown" && typeof r.quote === "string")).toBe(true);
    } finally {
      db.close();
    }
  });
});


