import { spawnSync } from "node:child_process";
import { join } from "node:path";
import { createServer, type ViteDevServer } from "vite";
import type { TestProject } from "vitest/node";
import { REPO, SEED_DIR } from "../helpers/paths.ts";

declare module "vitest" {
  export interface ProvidedContext {
    baseURL: string;
  }
}

let server: ViteDevServer | undefined;

/** Build the seed article's graph as `npm start` builds graph-data, then serve the explorer. */
export async function setup(project: TestProject): Promise<void> {
  const build = spawnSync(process.execPath, [join(REPO, "bin/regkg.js"), "build", "--data", SEED_DIR, "--out", "public/data/seed.graph.json", "--mkdir"], {
    cwd: REPO,
    encoding: "utf8",
  });
  if (build.status !== 0) throw new Error(`regkg build failed (exit ${build.status}):\n${build.stderr}`);

  server = await createServer({ root: REPO, configFile: join(REPO, "vite.config.ts"), logLevel: "error", server: { port: 5273, strictPort: false } });
  await server.listen();
  const url = server.resolvedUrls?.local[0];
  if (!url) throw new Error("vite did not report a local URL");
  project.provide("baseURL", url);
}

export async function teardown(): Promise<void> {
  await server?.close();
}
