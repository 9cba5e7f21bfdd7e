import { existsSync, readdirSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import {
  AnnotationFileSchema,
  DocumentMetaSchema,
  EntitiesFileSchema,
  ValidationError,
  parseWith,
  type Problem,
} from "../schema/index.ts";
import { buildFromGraphData, type GraphData, type SourceDocument } from "./from-graph-data.ts";
import { readJson, readText } from "./read-json.ts";
import type { RegkgGraph } from "./types.ts";

/** How paths appear in messages: relative to the working directory when inside it. */
export function displayPath(file: string): string {
  const rel = relative(process.cwd(), file);
  return rel && !rel.startsWith("..") ? rel : file;
}

function listDir(dir: string, want: "dirs" | "json"): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true })
    .filter((d) => (want === "dirs" ? d.isDirectory() : d.isFile() && d.name.endsWith(".json")))
    .map((d) => d.name)
    .sort();
}

/**
 * Read and check every file of a graph-data folder. Returns the parsed data and every problem
 * found (all of them, not just the first); reads only, never writes.
 */
export function readGraphData(dir: string): { data: GraphData | undefined; problems: Problem[] } {
  const problems: Problem[] = [];
  const shown = displayPath(dir);
  if (!existsSync(dir) || !statSync(dir).isDirectory()) {
    problems.push({ file: shown, path: "$", message: "no such folder: expected a graph-data folder with entities.json, documents/ and annotations/" });
    return { data: undefined, problems };
  }

  const entitiesFile = join(dir, "entities.json");
  const entitiesRaw = readJson(entitiesFile, displayPath(entitiesFile), "the entities file ({ entities: [...], relations: [...] })");
  let entities: GraphData["entities"] | undefined;
  if (!entitiesRaw.ok) problems.push(entitiesRaw.problem);
  else {
    const parsed = parseWith(EntitiesFileSchema, entitiesRaw.value, displayPath(entitiesFile));
    if (parsed.ok) entities = { file: displayPath(entitiesFile), data: parsed.value };
    else problems.push(...parsed.problems);
  }

  const documents: SourceDocument[] = [];
  // Documents that exist but failed to read: their annotations are not checked, to spare the
  // user a second, misleading "unknown document" problem for each.
  const broken = new Set<string>();
  const docsDir = join(dir, "documents");
  if (!existsSync(docsDir)) problems.push({ file: displayPath(docsDir), path: "$", message: "no such folder: expected one folder per document" });
  for (const slug of listDir(docsDir, "dirs")) {
    const metaFile = join(docsDir, slug, "meta.json");
    const textFile = join(docsDir, slug, "text.txt");
    const metaRaw = readJson(metaFile, displayPath(metaFile), "the document's metadata (id, title, language, ...)");
    const text = readText(textFile, displayPath(textFile), "the document's verbatim text");
    if (!text.ok) problems.push(text.problem);
    const meta = metaRaw.ok ? parseWith(DocumentMetaSchema, metaRaw.value, displayPath(metaFile)) : undefined;
    if (!metaRaw.ok) problems.push(metaRaw.problem);
    else if (meta && !meta.ok) problems.push(...meta.problems);
    if (meta?.ok && text.ok) {
      documents.push({ slug, meta: meta.value, text: text.value, metaFile: displayPath(metaFile), textFile: displayPath(textFile) });
    } else broken.add(`doc:${slug}`);
  }

  const annotations: { file: string; data: GraphData["annotations"][number]["data"] }[] = [];
  const annDir = join(dir, "annotations");
  for (const name of listDir(annDir, "json")) {
    const file = join(annDir, name);
    const raw = readJson(file, displayPath(file), "an annotation file ({ doc, review, actions: [...] })");
    if (!raw.ok) {
      problems.push(raw.problem);
      continue;
    }
    const parsed = parseWith(AnnotationFileSchema, raw.value, displayPath(file));
    if (!parsed.ok) problems.push(...parsed.problems);
    else if (!broken.has(parsed.value.doc)) annotations.push({ file: displayPath(file), data: parsed.value });
  }

  if (!entities) return { data: undefined, problems };
  return { data: { documents, entities, annotations }, problems };
}

/** Load a graph-data folder into a graph; throws ValidationError listing every problem. */
export function loadGraphData(dir: string): RegkgGraph {
  const { data, problems } = readGraphData(dir);
  if (!data) throw new ValidationError(problems);
  const built = buildFromGraphData(data);
  problems.push(...built.problems);
  if (problems.length > 0) throw new ValidationError(problems);
  return built.graph;
}
