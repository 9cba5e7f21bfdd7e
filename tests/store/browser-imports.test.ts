import { readFileSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { REPO } from "../helpers/paths.ts";

/** Every module the explorer can load, static or dynamic imports alike, and the packages it names. */
function reachable(entry: string): { files: Set<string>; packages: Set<string> } {
  const files = new Set<string>();
  const packages = new Set<string>();
  const visit = (file: string) => {
    if (files.has(file)) return;
    files.add(file);
    const text = readFileSync(file, "utf8");
    for (const m of text.matchAll(/(?:^|\n)\s*(?:import|export)\b[^;"']*?from\s*["']([^"']+)["']|\bimport\s*\(\s*["']([^"']+)["']\s*\)|(?:^|\n)\s*import\s*["']([^"']+)["']/g)) {
      const spec = (m[1] ?? m[2] ?? m[3])!;
      if (spec.startsWith(".")) visit(resolve(dirname(file), spec));
      else packages.add(spec);
    }
  };
  visit(entry);
  return { files, packages };
}

describe("the browser bundle", () => {
  it("never reaches the SQLite store or better-sqlite3 (Node-only)", () => {
    const { files, packages } = reachable(join(REPO, "src/explorer/main.ts"));
    // The walk does follow the explorer into the query engine, which the store sits beside.
    expect([...files].map((f) => relative(REPO, f))).toContain("src/query/run-query.ts");
    expect([...files].map((f) => relative(REPO, f)).filter((f) => f.startsWith("src/store/"))).toEqual([]);
    expect([...packages].filter((p) => p === "better-sqlite3" || p.startsWith("node:"))).toEqual([]);
  });
});
