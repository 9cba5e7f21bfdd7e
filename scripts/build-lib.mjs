// Compile the CLI and the library to JavaScript in lib/ (run by `npm install`'s prepare step and
// by `npm pack`): bin/regkg.js then starts without compiling TypeScript at every call.
import { build } from "esbuild";
import { execFileSync } from "node:child_process";
import { readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);
rmSync("lib", { recursive: true, force: true });
/**
 * zod re-exports its error messages in 60-odd languages as `z.locales`, which nothing of ours
 * uses (zod's default, English, is imported on its own): leaving them out of the CLI bundle
 * halves the JavaScript every call parses.
 */
const englishOnlyZod = {
  name: "english-only-zod",
  setup(b) {
    b.onResolve({ filter: /^\.\.\/locales\/index\.js$/ }, (args) =>
      /[\\/]zod[\\/]v4[\\/](classic|core)$/.test(args.resolveDir) ? { path: join(args.resolveDir, "../locales"), namespace: "zod-en" } : undefined,
    );
    b.onLoad({ filter: /.*/, namespace: "zod-en" }, (args) => ({ contents: 'export { default as en } from "./en.js";', resolveDir: args.path, loader: "js" }));
  },
};

const common = { bundle: true, platform: "node", format: "esm", target: "node20", sourcemap: true, logLevel: "warning" };
// The library: our modules in one file, its dependencies left to the user's node_modules (one
// graphology for the user's graphs and ours).
await build({ ...common, entryPoints: { index: "src/index.ts" }, outdir: "lib", packages: "external" });
// The CLI: dependencies bundled too, so a call reads a few files instead of resolving hundreds
// at start-up; better-sqlite3 stays outside (native), and `ingest` loads the extractor
// only when it runs.
await build({
  ...common,
  entryPoints: { cli: "src/cli/main.ts" },
  outdir: "lib/cli",
  splitting: true,
  external: ["better-sqlite3"],
  plugins: [englishOnlyZod],
  // Bundled CommonJS dependencies call require() for Node's own modules.
  banner: { js: 'import { createRequire as __regkgRequire } from "node:module"; const require = __regkgRequire(import.meta.url);' },
});
// Types of the library entry, from the same sources.
execFileSync(process.execPath, [require.resolve("typescript/bin/tsc"), "-p", "tsconfig.lib.json"], { stdio: "inherit" });
// The sources import "./x.ts"; the declarations sit beside .js files, so they import "./x.js".
for (const entry of readdirSync("lib/types", { recursive: true, withFileTypes: true })) {
  if (!entry.isFile() || !entry.name.endsWith(".d.ts")) continue;
  const file = join(entry.parentPath, entry.name);
  writeFileSync(file, readFileSync(file, "utf8").replace(/(from\s+["']\.{1,2}\/[^"']*?)\.ts(["'])/g, "$1.js$2"));
}
// What bin/regkg.js compares with the sources' times, to run TypeScript when they are newer.
writeFileSync("lib/.built", new Date().toISOString());
