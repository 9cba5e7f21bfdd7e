import { spawnSync } from "node:child_process";
import { join } from "node:path";
import { REPO, SEED_PROJECT } from "./paths.ts";

export interface CliResult {
  status: number | null;
  stdout: string;
  stderr: string;
}

/**
 * Run the real `regkg` command, as a user would, with stdout a pipe (so JSON is the default). It
 * runs in the seed project by default, so "graph-data" is the seed article's.
 */
export function regkg(args: string[], cwd = SEED_PROJECT): CliResult {
  const r = spawnSync(process.execPath, [join(REPO, "bin/regkg.js"), ...args], {
    cwd,
    encoding: "utf8",
    env: { ...process.env, NO_COLOR: "1", FORCE_COLOR: "0" },
    timeout: 60_000,
    // Node's default (1 MB) is less than the graph of the shipped corpus, which some tests read from stdout.
    maxBuffer: 256 * 1024 * 1024,
  });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}
