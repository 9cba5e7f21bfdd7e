import { spawnSync } from "node:child_process";
import { copyFileSync, mkdirSync, rmSync, symlinkSync, utimesSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { REPO, tempDir } from "../helpers/fixtures.ts";

/**
 * bin/regkg.js in a stand-in checkout: a compiled CLI and a TypeScript one that each say which
 * they are, so the test sees which one the launcher chose (the real ones take seconds to build).
 */
function checkout(): { dir: string; run: (...args: string[]) => { status: number | null; stdout: string; stderr: string } } {
  const dir = tempDir("regkg-launcher-");
  mkdirSync(join(dir, "bin"));
  copyFileSync(join(REPO, "bin/regkg.js"), join(dir, "bin/regkg.js"));
  writeFileSync(join(dir, "package.json"), JSON.stringify({ name: "regkg", version: "9.8.7", type: "module" }));
  symlinkSync(join(REPO, "node_modules"), join(dir, "node_modules"));
  mkdirSync(join(dir, "lib/cli"), { recursive: true });
  writeFileSync(join(dir, "lib/cli/cli.js"), 'console.log("compiled", process.argv.slice(2).join(" "));\n');
  writeFileSync(join(dir, "lib/.built"), "");
  mkdirSync(join(dir, "src/cli/commands"), { recursive: true });
  // Type annotations: only tsx can run this file.
  writeFileSync(join(dir, "src/cli/main.ts"), 'const from: string = "source";\nconsole.log(from, process.argv.slice(2).join(" "));\n');
  writeFileSync(join(dir, "src/cli/commands/query.ts"), "export {};\n");
  const run = (...args: string[]) => {
    const r = spawnSync(process.execPath, [join(dir, "bin/regkg.js"), ...args], { cwd: dir, encoding: "utf8", timeout: 60_000 });
    return { status: r.status, stdout: r.stdout, stderr: r.stderr };
  };
  return { dir, run };
}

const at = (dir: string, file: string, seconds: number) => utimesSync(join(dir, file), seconds, seconds);

describe("bin/regkg.js", () => {
  it("runs the compiled CLI when lib/ is newer than every source file and package.json", () => {
    const { dir, run } = checkout();
    for (const f of ["package.json", "src/cli/main.ts", "src/cli/commands/query.ts"]) at(dir, f, 1_000_000);
    at(dir, "lib/.built", 2_000_000);
    expect(run("query", "X -> *")).toMatchObject({ status: 0, stdout: "compiled query X -> *\n" });
  });

  it("runs the TypeScript sources (through tsx) as soon as any of them, however deep, is edited after the build", () => {
    const { dir, run } = checkout();
    at(dir, "package.json", 1_000_000);
    at(dir, "src/cli/main.ts", 1_000_000);
    at(dir, "lib/.built", 2_000_000);
    at(dir, "src/cli/commands/query.ts", 3_000_000);
    expect(run("query", "X -> *")).toMatchObject({ status: 0, stdout: "source query X -> *\n" });
  });

  it("runs the sources when lib/ was never built, and the compiled CLI where there are no sources (an installed package)", () => {
    const { dir, run } = checkout();
    rmSync(join(dir, "lib/.built"));
    expect(run("stats").stdout).toBe("source stats\n");
    writeFileSync(join(dir, "lib/.built"), "");
    rmSync(join(dir, "src"), { recursive: true });
    expect(run("stats").stdout).toBe("compiled stats\n");
  });

  it("answers --version and -V alone from package.json, loading neither CLI; with more arguments, the CLI answers", () => {
    const { run } = checkout();
    expect(run("--version")).toMatchObject({ status: 0, stdout: "9.8.7\n", stderr: "" });
    expect(run("-V")).toMatchObject({ status: 0, stdout: "9.8.7\n" });
    expect(run("query", "--version").stdout).toMatch(/^(compiled|source) query --version\n$/);
  });
});
