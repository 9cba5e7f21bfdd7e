// Node-only parts of ingesting, shared by `regkg ingest` and the local server (src/server/):
// the checks an article's text must pass, the user's lexicon additions, and writing a merge.
import { existsSync, mkdirSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { basename, dirname, join } from "node:path";
import { asOutputError, displayPath, readJson, writeFileAtomic } from "../graph/node.ts";
import { ValidationError, type Problem } from "../schema/index.ts";
import { extendLexicon, type Lexicon } from "./lexicon.ts";
import type { FileWrite } from "./merge.ts";

export { articleProblem, MAX_ARTICLE_BYTES } from "./article.ts";

/**
 * The user's additions to the extractor's data, from <data>/lexicon/ (regulators.json,
 * frames.json, places.json, companies.json, districts.json, each in the shipped file's format), or undefined when there are none.
 */
export function userLexicon(dataDir: string): Lexicon | undefined {
  const dir = join(dataDir, "lexicon");
  const parts = { gazetteer: "regulators.json", frames: "frames.json", places: "places.json", companies: "companies.json", districts: "districts.json" } as const;
  const extra: Record<string, unknown> = {};
  const files: Record<string, string> = {};
  const problems: Problem[] = [];
  for (const [key, name] of Object.entries(parts)) {
    const file = join(dir, name);
    if (!existsSync(file)) continue;
    files[key] = displayPath(file);
    const read = readJson(file, displayPath(file), `the extractor's ${name.replace(".json", "")} in the format of src/extract/data/${name}`);
    if (read.ok) extra[key] = read.value;
    else problems.push(read.problem);
  }
  if (problems.length) throw new ValidationError(problems);
  if (Object.keys(extra).length === 0) return undefined;
  return extendLexicon(extra, files);
}

/**
 * Write a merge's files so that graph-data is valid after each step: entities first, the
 * document folder renamed into place whole, the annotation last; each file atomically.
 */
export function applyWrites(dataDir: string, writes: readonly FileWrite[]): void {
  const folders = new Map<string, FileWrite[]>();
  for (const w of writes.filter((w) => w.path.startsWith("documents/"))) {
    const dir = dirname(w.path);
    folders.set(dir, [...(folders.get(dir) ?? []), w]);
  }
  // graph-data's own layout: its folders (annotations/, documents/) are made when missing.
  for (const w of writes.filter((w) => w.path === "entities.json")) writeFileAtomic(join(dataDir, w.path), w.content, { mkdir: true });
  for (const [dir, files] of folders) {
    const final = join(dataDir, dir);
    const tmp = join(dirname(final), `.${basename(final)}.${process.pid}.tmp`);
    try {
      rmSync(tmp, { recursive: true, force: true });
      mkdirSync(tmp, { recursive: true });
      for (const f of files) writeFileSync(join(tmp, basename(f.path)), f.content);
      renameSync(tmp, final);
    } catch (err) {
      rmSync(tmp, { recursive: true, force: true });
      throw asOutputError(err, final);
    }
  }
  for (const w of writes.filter((w) => w.path.startsWith("annotations/"))) writeFileAtomic(join(dataDir, w.path), w.content, { mkdir: true });
}
