import { execFileSync, spawnSync } from "node:child_process";
import { copyFileSync, cpSync, existsSync, mkdirSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { REPO, SEED_DIR, tempDir } from "../helpers/fixtures.ts";

const npm = (args: string[], cwd: string) => {
  const r = spawnSync("npm", [...args, "--no-audit", "--no-fund"], { cwd, encoding: "utf8", timeout: 600_000 });
  if (r.status !== 0) throw new Error(`npm ${args.join(" ")} failed:\n${r.stdout}\n${r.stderr}`);
  return r.stdout;
};

/**
 * `npm pack` as a publisher would run it (its prepare step compiles lib/), in a copy of the
 * package's sources, so the checkout's own lib/ is not rebuilt under the other tests' feet.
 */
function pack(): string {
  const work = tempDir("regkg-pack-");
  for (const entry of ["package.json", "package-lock.json", "README.md", "tsconfig.json", "tsconfig.lib.json", "bin", "src", "scripts"]) {
    cpSync(join(REPO, entry), join(work, entry), { recursive: true });
  }
  symlinkSync(join(REPO, "node_modules"), join(work, "node_modules"));
  npm(["pack"], work);
  return join(work, readdirSync(work).find((f) => /^regkg-.*\.tgz$/.test(f))!);
}

describe("the npm package", () => {
  it("installs from npm pack into an empty folder: a regkg command, the library with types, the README's example", { timeout: 900_000 }, () => {
    const tarball = pack();
    const listed = execFileSync("tar", ["-tzf", tarball], { encoding: "utf8" });
    expect(listed).toContain("package/lib/cli/cli.js");
    expect(listed).toContain("package/lib/types/index.d.ts");
    expect(listed).not.toContain("package/src/");

    // Types as the package presents them to TypeScript and Node (ESM only, by design).
    const attw = spawnSync(process.execPath, [join(REPO, "node_modules/@arethetypeswrong/cli/dist/index.js"), tarball, "--profile", "esm-only", "--format", "json"], { encoding: "utf8" });
    expect(attw.status, attw.stdout + attw.stderr).toBe(0);

    const app = tempDir("regkg-consumer-");
    // npm 11 runs no dependency's install script unless allowed; better-sqlite3's would compile
    // for minutes here. Its native part is taken from this checkout's build instead, as a
    // machine that can reach GitHub would download it prebuilt.
    writeFileSync(join(app, "package.json"), JSON.stringify({ name: "consumer", private: true, type: "module", allowScripts: { "better-sqlite3": false } }, null, 2));
    npm(["install", tarball, "--prefer-offline"], app);
    const ours = JSON.parse(readFileSync(join(REPO, "node_modules/better-sqlite3/package.json"), "utf8")).version;
    const theirs = JSON.parse(readFileSync(join(app, "node_modules/better-sqlite3/package.json"), "utf8")).version;
    const addon = "node_modules/better-sqlite3/build/Release/better_sqlite3.node";
    if (ours === theirs && !existsSync(join(app, addon))) {
      mkdirSync(join(app, "node_modules/better-sqlite3/build/Release"), { recursive: true });
      copyFileSync(join(REPO, addon), join(app, addon));
    } else if (!existsSync(join(app, addon))) npm(["rebuild", "better-sqlite3", "--allow-scripts=better-sqlite3"], app);

    const regkg = (...args: string[]) => spawnSync(join(app, "node_modules/.bin/regkg"), args, { cwd: app, encoding: "utf8" });
    expect(regkg("--version").stdout.trim()).toBe(JSON.parse(readFileSync(join(REPO, "package.json"), "utf8")).version);
    cpSync(SEED_DIR, join(app, "graph-data"), { recursive: true });
    expect(regkg("build", "--out", "seed.sqlite", "--no-layout").status).toBe(0);
    const q = regkg("query", "Tencent -> *", "--graph", "seed.sqlite");
    expect(q.status, q.stderr).toBe(0);
    expect(JSON.parse(q.stdout).rows[0].actor.name).toBe("Tencent");

    // README's library example, type-checked against the installed declarations and run.
    const example = /From TypeScript or JavaScript[\s\S]*?```ts\n([\s\S]*?)```/.exec(readFileSync(join(REPO, "README.md"), "utf8"))![1]!;
    writeFileSync(join(app, "example.ts"), example);
    writeFileSync(
      join(app, "tsconfig.json"),
      JSON.stringify({ compilerOptions: { module: "NodeNext", moduleResolution: "NodeNext", target: "ES2022", strict: true, types: [], outDir: "out" }, files: ["example.ts"] }),
    );
    const tsc = spawnSync(process.execPath, [join(REPO, "node_modules/typescript/bin/tsc"), "-p", "."], { cwd: app, encoding: "utf8" });
    expect(tsc.status, tsc.stdout + tsc.stderr).toBe(0);
    const run = spawnSync(process.execPath, ["out/example.js"], { cwd: app, encoding: "utf8" });
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout).toContain("Chinese regulators -[block]-> offshore servers of cryptocurrency trading platforms");
    const inMemory = run.stdout.trim().split("\n").length - 1;
    expect(run.stdout).toContain(`${inMemory} rows from the store`);
  });
});
