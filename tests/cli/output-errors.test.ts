/**
 * Every mistake in an output path, and every refusal by the machine, is a sentence naming the
 * user's path with exit 1 (environment) or 2 (usage), never "internal error" (3), and leaves
 * nothing behind: no temporary file, no half-made folder, an old file as it was.
 *
 * Permissions: root ignores file modes, so those cases run the CLI as user "nobody" (setpriv);
 * read-only and full disks are tmpfs mounts in a private mount namespace (unshare -m), so no
 * mount outlives the test. Where the machine allows neither, those cases are skipped and say why.
 */
import { spawnSync } from "node:child_process";
import { chmodSync, cpSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { regkg } from "../helpers/cli.ts";
import { fingerprint, REPO, SEED_DIR, SEED_PROJECT, tempDir } from "../helpers/fixtures.ts";

const CLI = join(REPO, "bin/regkg.js");
const env = { ...process.env, NO_COLOR: "1", FORCE_COLOR: "0" };

const isRoot = process.getuid?.() === 0;
const canDropRoot = isRoot && spawnSync("setpriv", ["--reuid=65534", "--regid=65534", "--clear-groups", "true"]).status === 0;
const canMount = spawnSync("unshare", ["-m", "sh", "-c", "d=$(mktemp -d) && mount -t tmpfs -o size=16k tmpfs $d && umount $d && rmdir $d"]).status === 0;

/** All files and folders under dir, relative, sorted (dot files included). */
function listing(dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string, prefix: string) => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      out.push(prefix + e.name + (e.isDirectory() ? "/" : ""));
      if (e.isDirectory()) walk(join(d, e.name), `${prefix}${e.name}/`);
    }
  };
  walk(dir, "");
  return out.sort();
}

function expectClear(r: { status: number | null; stderr: string }, code: 1 | 2, message: RegExp): void {
  expect(r.stderr).toMatch(message);
  expect(r.stderr).not.toMatch(/internal error|This is a bug|\n\s+at |\.tmp\b|\.partial\b/);
  expect(r.status, r.stderr).toBe(code);
}

describe("output paths the command names wrongly exit 2, naming the path", () => {
  const cases: { name: string; setup: (dir: string) => void; args: (dir: string) => string[]; message: RegExp; left: string[] }[] = [
    {
      name: "export json --out an existing folder",
      setup: (d) => mkdirSync(join(d, "out")),
      args: (d) => ["export", "--format", "json", "--out", join(d, "out")],
      message: /cannot write .*\/out: is a folder; expected a file name, e.g. .*\/out\/graph\.json/,
      left: ["out/"],
    },
    {
      name: "export gexf --out an existing folder",
      setup: (d) => mkdirSync(join(d, "out")),
      args: (d) => ["export", "--format", "gexf", "--out", join(d, "out")],
      message: /\/out: is a folder; expected a file name, e.g. .*\/out\/graph\.gexf/,
      left: ["out/"],
    },
    {
      name: "build --out an existing folder",
      setup: (d) => mkdirSync(join(d, "out")),
      args: (d) => ["build", "--out", join(d, "out")],
      message: /\/out: is a folder; expected a file name/,
      left: ["out/"],
    },
    {
      name: "synth --out an existing folder",
      setup: (d) => mkdirSync(join(d, "out")),
      args: (d) => ["synth", "--actions", "5", "--out", join(d, "out")],
      message: /\/out: is a folder; expected a file name/,
      left: ["out/"],
    },
    {
      name: "build --out a path ending in / (a folder)",
      setup: () => {},
      args: (d) => ["build", "--out", `${join(d, "new")}/`],
      message: /\/new: ends in \/, which names a folder; expected a file name/,
      left: [],
    },
    {
      name: "csv export onto an existing file",
      setup: (d) => writeFileSync(join(d, "out"), "mine\n"),
      args: (d) => ["export", "--format", "csv", "--out", join(d, "out")],
      message: /\/out: is a file; expected a folder/,
      left: ["out"],
    },
    {
      name: "neo4j export onto an existing file",
      setup: (d) => writeFileSync(join(d, "out"), "mine\n"),
      args: (d) => ["export", "--format", "neo4j", "--out", join(d, "out")],
      message: /\/out: is a file; expected a folder/,
      left: ["out"],
    },
    {
      name: "a missing parent folder is not created without --mkdir",
      setup: () => {},
      args: (d) => ["export", "--format", "gexf", "--out", join(d, "no/such/x.gexf")],
      message: /\/no\/such\/x\.gexf: the folder .*\/no\/such does not exist \(create it first, or add --mkdir\)/,
      left: [],
    },
    {
      name: "a csv folder whose parent is missing",
      setup: () => {},
      args: (d) => ["export", "--format", "csv", "--out", join(d, "no/csv")],
      message: /\/no\/csv: the folder .*\/no does not exist/,
      left: [],
    },
    {
      name: "a file where a parent folder should be",
      setup: (d) => writeFileSync(join(d, "plain"), "mine\n"),
      args: (d) => ["build", "--out", join(d, "plain/graph.json")],
      message: /plain\/graph\.json: .*plain is a file, not a folder/,
      left: ["plain"],
    },
  ];
  for (const c of cases) {
    it(c.name, () => {
      const dir = tempDir();
      c.setup(dir);
      const before = fingerprint(dir);
      expectClear(regkg(c.args(dir)), 2, c.message);
      expect(listing(dir)).toEqual(c.left);
      expect(fingerprint(dir)).toEqual(before);
    });
  }
});

describe("missing folders are made only when asked", () => {
  it("--mkdir makes the parents of a file; a folder path ending in / is made whole", () => {
    const dir = tempDir();
    const mk = regkg(["export", "--format", "gexf", "--out", join(dir, "a/b/seed.gexf"), "--mkdir"]);
    expect(mk.status, mk.stderr).toBe(0);
    const slash = regkg(["export", "--format", "csv", "--out", `${join(dir, "c/d")}/`]);
    expect(slash.status, slash.stderr).toBe(0);
    expect(listing(dir)).toEqual(["a/", "a/b/", "a/b/seed.gexf", "c/", "c/d/", "c/d/edges.csv", "c/d/nodes.csv", "c/d/who-acted-on-whom.csv"]);
  });
});

/** Run the CLI as user nobody (root ignores file modes), or as this user when not root. */
function asUnprivileged(args: string[], cwd = SEED_PROJECT) {
  const cmd = isRoot ? ["setpriv", "--reuid=65534", "--regid=65534", "--clear-groups", process.execPath, CLI, ...args] : [process.execPath, CLI, ...args];
  const r = spawnSync(cmd[0]!, cmd.slice(1), { cwd, encoding: "utf8", env: { ...env, HOME: "/tmp" }, timeout: 60_000 });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe.skipIf(isRoot && !canDropRoot)("no permission: exit 1, the user's path named, nothing written", () => {
  /** A folder nobody may write in, inside a folder everyone may enter. */
  function lockedDir(): string {
    const outer = tempDir();
    chmodSync(outer, 0o755);
    const locked = join(outer, "locked");
    mkdirSync(locked);
    writeFileSync(join(locked, "graph.json"), "old\n");
    chmodSync(locked, 0o555);
    return locked;
  }

  it("export json over an existing file in a read-only folder", () => {
    const locked = lockedDir();
    const r = asUnprivileged(["export", "--format", "json", "--out", join(locked, "graph.json")]);
    expectClear(r, 1, /cannot write .*locked\/graph\.json: no permission to write in .*locked \(EACCES\); nothing was written/);
    expect(listing(locked)).toEqual(["graph.json"]);
    expect(readFileSync(join(locked, "graph.json"), "utf8")).toBe("old\n");
  });

  it("a csv folder inside a folder that may not be written", () => {
    const locked = lockedDir();
    expectClear(asUnprivileged(["export", "--format", "csv", "--out", join(locked, "csv")]), 1, /locked\/csv: no permission to write in .*locked \(EACCES\)/);
    expect(listing(locked)).toEqual(["graph.json"]);
  });

  it("ingest into a graph-data the user may not write: exit 1, graph-data unchanged", () => {
    const outer = tempDir();
    chmodSync(outer, 0o755);
    const data = join(outer, "graph-data");
    cpSync(SEED_DIR, data, { recursive: true });
    writeFileSync(join(outer, "story.txt"), "The Financial Conduct Authority (FCA) ordered Ledger Markets to stop onboarding new customers.\n");
    spawnSync("chmod", ["-R", "a-w,a+rX", data]);
    const before = fingerprint(data);
    const r = asUnprivileged(["ingest", join(outer, "story.txt"), "--data", data], outer);
    expectClear(r, 1, /cannot write graph-data\/.*: permission denied \(EACCES\); nothing was written/);
    expect(fingerprint(data)).toEqual(before);
    expect(listing(data).filter((f) => f.includes(".tmp"))).toEqual([]);
  });
});

/**
 * Run a shell script in a private mount namespace with a tmpfs of `size` mounted at $M (a
 * fresh folder); the CLI is "$NODE" "$CLI"; what it prints comes back.
 */
function inMount(size: string, script: string) {
  const mountPoint = tempDir();
  const r = spawnSync("unshare", ["-m", "sh", "-c", `mount -t tmpfs -o size=${size} tmpfs "$M" && ${script}`], {
    cwd: SEED_PROJECT,
    encoding: "utf8",
    env: { ...env, M: mountPoint, NODE: process.execPath, CLI },
    timeout: 120_000,
  });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe.skipIf(!canMount)("read-only and full disks: exit 1, the user's path named, nothing left behind", () => {
  it("a read-only file system", () => {
    const r = inMount("1m", `echo old > "$M/graph.json" && mount -o remount,ro "$M" && { "$NODE" "$CLI" build --out "$M/graph.json"; echo "exit $?"; ls -A "$M"; cat "$M/graph.json"; }`);
    expect(r.stderr).toMatch(/cannot write .*\/graph\.json: .* is on a read-only file system \(EROFS\); nothing was written/);
    expect(r.stderr).not.toMatch(/internal error|\.tmp\b/);
    expect(r.stdout.split("\n")).toEqual(["exit 1", "graph.json", "old", ""]);
  });

  it("a disk that fills up while a file is written (ENOSPC)", () => {
    const r = inMount("16k", `echo old > "$M/graph.json" && { "$NODE" "$CLI" export --format json --out "$M/graph.json"; echo "exit $?"; ls -A "$M"; cat "$M/graph.json"; }`);
    expect(r.stderr).toMatch(/cannot write .*\/graph\.json: the disk is full \(ENOSPC\); nothing was written/);
    expect(r.stderr).not.toMatch(/internal error|\.tmp\b/);
    expect(r.stdout.split("\n")).toEqual(["exit 1", "graph.json", "old", ""]);
  });

  it("a disk that fills up during a csv export: the folder it made is gone again", () => {
    const r = inMount("16k", `{ "$NODE" "$CLI" export --format csv --out "$M/csv"; echo "exit $?"; ls -A "$M"; }`);
    expect(r.stderr).toMatch(/cannot write .*\/csv\/[a-z-]+\.csv: the disk is full \(ENOSPC\); nothing was written/);
    expect(r.stderr).not.toMatch(/internal error|\.tmp\b/);
    expect(r.stdout.split("\n")).toEqual(["exit 1", ""]);
  });
});
