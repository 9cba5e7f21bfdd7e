import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { createHash } from "node:crypto";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { afterEach } from "vitest";

import { SEED_DIR } from "./paths.ts";

export * from "./paths.ts";

const made: string[] = [];
afterEach(() => {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** A fresh temporary folder, removed after the test. */
export function tempDir(prefix = "regkg-test-"): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  made.push(dir);
  return dir;
}

/** A copy of the seed graph-data in a temporary folder, for tests that break it. */
export function copySeed(): string {
  const dir = join(tempDir(), "graph-data");
  cpSync(SEED_DIR, dir, { recursive: true });
  return dir;
}

export function readJsonFile<T = any>(file: string): T {
  return JSON.parse(readFileSync(file, "utf8")) as T;
}

/** Read a JSON file of a data folder, change it, write it back. */
export function editJson(dir: string, file: string, edit: (data: any) => void): void {
  const path = join(dir, file);
  const data = readJsonFile(path);
  edit(data);
  writeFileSync(path, JSON.stringify(data, null, 2));
}

/** Path -> sha256 of every file under dir, to prove a command changed nothing. */
export function fingerprint(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (d: string) => {
    for (const name of readdirSync(d).sort()) {
      const p = join(d, name);
      if (statSync(p).isDirectory()) walk(p);
      else out[relative(dir, p)] = createHash("sha256").update(readFileSync(p)).digest("hex");
    }
  };
  walk(dir);
  return out;
}
