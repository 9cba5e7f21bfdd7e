/**
 * Long ingests say how far they have got: one large file by megabytes read (on a terminal),
 * and Ctrl-C during a folder ingest says how many articles went in, exits 130, and leaves
 * graph-data valid (each article whole or absent, no temporary file).
 */
import { spawn, spawnSync } from "node:child_process";
import { cpSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { regkg } from "../helpers/cli.ts";
import { REPO, SEED_DIR, tempDir } from "../helpers/fixtures.ts";

const GOLD = join(REPO, "tests/fixtures/gold");

/** Every file under dir, relative. */
function allFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: "utf8" }).sort();
}

describe("regkg ingest FOLDER, interrupted", () => {
  it("stops between articles, says how far it got, and leaves graph-data valid", async () => {
    const root = tempDir();
    const data = join(root, "graph-data");
    cpSync(SEED_DIR, data, { recursive: true });
    const articles = join(root, "articles");
    const texts = readdirSync(GOLD).filter((f) => f.endsWith(".txt")).map((f) => readFileSync(join(GOLD, f), "utf8"));
    // 60 distinct articles (a numbered line makes each text its own document).
    mkdirSync(articles);
    for (let i = 0; i < 60; i++) writeFileSync(join(articles, `a${String(i).padStart(2, "0")}.txt`), `${texts[i % texts.length]}\nRelease number ${i}.\n`);

    const child = spawn(process.execPath, [join(REPO, "bin/regkg.js"), "ingest", "articles", "--data", "graph-data"], { cwd: root, env: { ...process.env, NO_COLOR: "1" } });
    let stderr = "";
    let signalled = false;
    const status = await new Promise<number | null>((resolve) => {
      child.stderr.on("data", (chunk: Buffer) => {
        stderr += chunk.toString();
        // Interrupt once two articles are in.
        if (!signalled && (stderr.match(/ added: /g) ?? []).length >= 2) {
          signalled = true;
          child.kill("SIGINT");
        }
      });
      child.on("close", (code) => resolve(code));
    });
    expect(signalled, stderr).toBe(true);
    expect(status, stderr).toBe(130);
    const done = Number(/regkg: (\d+) of 60 articles ingested\n/.exec(stderr)?.[1]);
    expect(done).toBeGreaterThanOrEqual(2);
    expect(done).toBeLessThan(60);
    expect(stderr).toContain(`regkg: interrupted (Ctrl-C) before articles/a${String(done).padStart(2, "0")}.txt: ${60 - done} of 60 articles not read; graph-data is valid`);
    expect(stderr).not.toMatch(/internal error|\n\s+at /);

    // What went in is whole: graph-data validates, one annotation per article read, nothing temporary.
    const check = regkg(["validate", "graph-data"], root);
    expect(check.status, check.stderr).toBe(0);
    expect(readdirSync(join(data, "annotations")).filter((f) => f.startsWith("a"))).toHaveLength(done);
    expect(allFiles(data).filter((f) => /\.tmp|(^|\/)\./.test(f))).toEqual([]);

    // The same command ingests the rest.
    const rest = regkg(["ingest", "articles", "--data", "graph-data"], root);
    expect(rest.status, rest.stderr).toBe(0);
    expect(rest.stderr).toContain("regkg: 60 of 60 articles ingested");
    expect(readdirSync(join(data, "annotations")).filter((f) => f.startsWith("a"))).toHaveLength(60);
  }, 180_000);
});

const hasScript = spawnSync("script", ["-qec", "true", "/dev/null"]).status === 0;

describe.skipIf(!hasScript)("regkg ingest of one large file, on a terminal", () => {
  it("shows how many of its megabytes have been read, and clears the line at the end", () => {
    const root = tempDir();
    cpSync(SEED_DIR, join(root, "graph-data"), { recursive: true });
    // 1.2 MB: one release, then plain sentences (cheap to read, so the test is quick).
    const text = `${readFileSync(join(GOLD, "fca-order.txt"), "utf8")}\n${"The rain fell on the hills and the rivers rose slowly over the fields.\n\n".repeat(17_000)}`;
    writeFileSync(join(root, "big.txt"), text);
    // `script` gives the command a terminal (stderr a tty) and copies what it shows to stdout.
    const cmd = `"${process.execPath}" "${join(REPO, "bin/regkg.js")}" ingest big.txt --dry-run --format triples > triples.jsonl`;
    const r = spawnSync("script", ["-qec", cmd, "/dev/null"], { cwd: root, encoding: "utf8", env: { ...process.env, NO_COLOR: "1" }, timeout: 120_000 });
    expect(r.status, r.stdout).toBe(0);
    const shown = r.stdout.split("\r").map((l) => l.replace(/\x1b\[2K/g, ""));
    const lines = shown.filter((l) => l.startsWith("reading big.txt: "));
    expect(lines[0]).toBe("reading big.txt: 0% (0 of 1.2 MB)");
    const read = lines.map((l) => Number(/\((\d+(?:\.\d)?) of 1\.2 MB\)/.exec(l)?.[1]));
    expect(read.every((n, i) => !Number.isNaN(n) && (i === 0 || n >= read[i - 1]!))).toBe(true);
    expect(Math.max(...read)).toBeGreaterThan(0.5);
    // The line is cleared when the reading is done: the last thing shown is the clear.
    expect(r.stdout.endsWith("\x1b[2K")).toBe(true);
    expect(readFileSync(join(root, "triples.jsonl"), "utf8")).toContain('"actionType":"require"');
  }, 180_000);
});
