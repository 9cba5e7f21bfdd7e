/**
 * The explorer as users get it from `npm run build` (plus the bare sigma page the benchmarks
 * compare it with), built into a temporary folder and served by vite's preview server.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { build, preview } from "vite";
import { REPO } from "../helpers/paths.ts";

export interface Site {
  /** The served folder: a benchmark may write graph files into it. */
  outDir: string;
  /** The server's address, ending in "/". */
  base: string;
  close: () => Promise<void>;
}

/**
 * `minify: false` keeps function names, for a CPU profile that names them; `root`: the checkout to
 * build (another commit's files, for a before/after comparison in one run), this one by default.
 */
export async function serveProductionSite(name: string, port: number, { minify = true, root = REPO }: { minify?: boolean; root?: string } = {}): Promise<Site> {
  const outDir = mkdtempSync(join(tmpdir(), `regkg-bench-${name}-`));
  const configFile = join(root, "vite.config.ts");
  await build({
    root,
    configFile,
    logLevel: "error",
    build: { outDir, emptyOutDir: true, sourcemap: false, minify, rollupOptions: { input: { main: join(root, "index.html"), bare: join(root, "tests/bench/bare.html") } } },
  });
  const server = await preview({ root, configFile, logLevel: "error", build: { outDir }, preview: { port, strictPort: false } });
  return {
    outDir,
    base: server.resolvedUrls!.local[0]!,
    close: async () => {
      await server.close();
      rmSync(outDir, { recursive: true, force: true });
    },
  };
}
