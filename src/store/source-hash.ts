import { createHash, type Hash } from "node:crypto";
import { closeSync, openSync, readdirSync, readSync, statSync } from "node:fs";
import { join, relative, sep } from "node:path";

function feed(hash: Hash, file: string): void {
  const fd = openSync(file, "r");
  try {
    const buf = Buffer.alloc(1 << 20);
    for (let n; (n = readSync(fd, buf, 0, buf.length, null)) > 0; ) hash.update(buf.subarray(0, n));
  } finally {
    closeSync(fd);
  }
}

/**
 * sha256 (hex) of what a store is made from: a file's bytes, or for a folder (graph-data) every
 * file's relative path and bytes, in sorted order, so the same data gives the same hash anywhere.
 */
export function sourceSha256(path: string): string {
  const hash = createHash("sha256");
  if (!statSync(path).isDirectory()) {
    feed(hash, path);
    return hash.digest("hex");
  }
  const files: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const p = join(dir, entry.name);
      if (entry.isDirectory()) walk(p);
      else if (entry.isFile()) files.push(p);
    }
  };
  walk(path);
  for (const file of files.map((f) => relative(path, f).split(sep).join("/")).sort()) {
    hash.update(`${file}\0`);
    feed(hash, join(path, file));
    hash.update("\0");
  }
  return hash.digest("hex");
}
