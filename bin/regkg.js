#!/usr/bin/env node
// The compiled CLI (lib/, built by `npm install`'s prepare step or `npm run build:lib`) when it
// is at least as new as the TypeScript sources; in a checkout where src/ has changed since,
// the sources themselves, compiled on the fly by tsx. An installed package has no src/.
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";

const root = new URL("../", import.meta.url);

// `regkg --version` alone is answered from package.json, without loading the CLI: what it
// prints is what commander prints for it, the package's version.
if (process.argv.length === 3 && (process.argv[2] === "--version" || process.argv[2] === "-V")) {
  process.stdout.write(`${JSON.parse(readFileSync(new URL("package.json", root), "utf8")).version}\n`);
} else {
  const built = new URL("lib/.built", root);
  const src = new URL("src/", root);

  // A few milliseconds for the ~150 files of src/: cheaper than any start-up it could save.
  const newestSource = (dir) => {
    let newest = 0;
    for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
      if (entry.isFile()) newest = Math.max(newest, statSync(`${entry.parentPath ?? entry.path}/${entry.name}`).mtimeMs);
    }
    return newest;
  };

  const compiled = existsSync(built) && (!existsSync(src) || statSync(built).mtimeMs >= Math.max(newestSource(src), statSync(new URL("package.json", root)).mtimeMs));
  if (compiled) {
    await import("../lib/cli/cli.js");
  } else {
    const { register } = await import("tsx/esm/api");
    register();
    await import("../src/cli/main.ts");
  }
}
