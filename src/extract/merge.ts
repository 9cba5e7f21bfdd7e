import { isDeepStrictEqual } from "node:util";
import { buildFromGraphData, type GraphData, type SourceDocument } from "../graph/from-graph-data.ts";
import { AnnotationFileSchema, docId, DocumentMetaSchema, EntityRecordSchema, parseWith, type AnnotationFile, type EntityRecord, type Problem } from "../schema/index.ts";
import type { Fragment } from "./fragment.ts";
import { inlineJson } from "../graph/json-text.ts";

/** One file to write, relative to the graph-data folder. */
export interface FileWrite {
  path: string;
  content: string;
}

export interface MergeReport {
  doc: string;
  document: "added" | "unchanged";
  annotation: "added" | "unchanged" | "kept-accepted" | "kept-differs";
  /** Ids of the proposed entities added to entities.json. */
  entitiesAdded: string[];
  actions: number;
}

export interface MergeResult {
  /** graph-data as it is after the writes: the next article of a batch merges into this. */
  data: GraphData;
  entitiesText: string;
  /** In an order where every prefix leaves graph-data valid: entities, then the document, then its annotation. */
  writes: FileWrite[];
  report: MergeReport;
  /** Problems the merged data would have; when any, nothing may be written. */
  problems: Problem[];
}

/**
 * The slug an article is stored under: the slug of a document with the very same text (so
 * re-ingesting under another file name changes nothing), else the wanted slug, made unique.
 */
export function chooseSlug(data: GraphData, text: string, wanted: string): { slug: string; existing?: SourceDocument } {
  const same = data.documents.find((d) => d.text === text);
  if (same) return { slug: same.slug, existing: same };
  const taken = new Set(data.documents.map((d) => d.slug));
  let slug = wanted;
  for (let n = 2; taken.has(slug); n++) slug = `${wanted}-${n}`;
  return { slug };
}

/**
 * entities.json with records appended to its entity list, one line each, leaving every byte of
 * the hand-written part as it was. Falls back to rewriting the file when its layout is unusual.
 */
export function appendEntities(entitiesText: string, records: readonly EntityRecord[]): string {
  if (records.length === 0) return entitiesText;
  const lines = records.map((r) => `    ${inlineJson(r)}`).join(",\n");
  const end = /(\S)(\s*\n\s*\],\s*\n\s*"relations"\s*:)/.exec(entitiesText);
  if (end && end[1] !== "[") return `${entitiesText.slice(0, end.index + 1)},\n${lines}${entitiesText.slice(end.index + 1)}`;
  const parsed = JSON.parse(entitiesText) as { entities: EntityRecord[]; relations: unknown[] };
  return `${JSON.stringify({ ...parsed, entities: [...parsed.entities, ...records] }, null, 2)}\n`;
}

const json = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;

/**
 * Plan the merge of a proposed fragment into graph-data. Never overwrites: an existing
 * document keeps its text and metadata, an accepted annotation or one that differs from this
 * proposal (edited by hand, or made by another version) is kept, and entities already present
 * are not touched. The merged data is checked as `regkg build` would check it.
 *
 * `dir` is how the graph-data folder appears in messages.
 */
export function mergeFragment(data: GraphData, entitiesText: string, fragment: Fragment, dir: string): MergeResult {
  const slug = fragment.document.id.slice("doc:".length);
  const existingDoc = data.documents.find((d) => d.slug === slug);
  const existingAnn = data.annotations.find((a) => a.data.doc === docId(slug));
  const writes: FileWrite[] = [];
  const report: MergeReport = { doc: fragment.document.id, document: existingDoc ? "unchanged" : "added", annotation: "added", entitiesAdded: [], actions: fragment.annotation.actions.length };

  let annotation: AnnotationFile | undefined = fragment.annotation;
  if (existingAnn) {
    report.annotation = existingAnn.data.review === "accepted" ? "kept-accepted" : isDeepStrictEqual(existingAnn.data, fragment.annotation) ? "unchanged" : "kept-differs";
    annotation = undefined;
  }
  if (existingDoc && existingDoc.text !== fragment.text) {
    return { data, entitiesText, writes: [], report, problems: [{ file: existingDoc.textFile, path: "$", message: `holds another text under the slug "${slug}": expected the same text, or another slug` }] };
  }

  // New entities only when the annotation that refers to them is written.
  const known = new Set(data.entities.data.entities.map((e) => e.id));
  const added = annotation ? fragment.entities.filter((e) => !known.has(e.id)) : [];
  report.entitiesAdded = added.map((e) => e.id);
  let nextEntitiesText = entitiesText;
  if (added.length) {
    nextEntitiesText = appendEntities(entitiesText, added);
    writes.push({ path: "entities.json", content: nextEntitiesText });
  }
  let documents = data.documents;
  if (!existingDoc) {
    writes.push({ path: `documents/${slug}/text.txt`, content: fragment.text });
    writes.push({ path: `documents/${slug}/meta.json`, content: json(fragment.document) });
    documents = [...documents, { slug, meta: fragment.document, text: fragment.text, metaFile: `${dir}/documents/${slug}/meta.json`, textFile: `${dir}/documents/${slug}/text.txt` }];
  }
  let annotations = data.annotations;
  if (annotation) {
    writes.push({ path: `annotations/${slug}.json`, content: json(annotation) });
    annotations = [...annotations, { file: `${dir}/annotations/${slug}.json`, data: annotation }];
  }
  const next: GraphData = {
    documents,
    // The same array when nothing is added: the extractor indexes the known entities once per array.
    entities: added.length ? { file: data.entities.file, data: { ...data.entities.data, entities: [...data.entities.data.entities, ...added] } } : data.entities,
    annotations,
  };
  // The proposal obeys the schema it is merged under, and the merged data builds.
  const problems: Problem[] = [];
  const check = (result: ReturnType<typeof parseWith>) => {
    if (!result.ok) problems.push(...result.problems);
  };
  if (annotation) check(parseWith(AnnotationFileSchema, annotation, `${dir}/annotations/${slug}.json (proposed)`));
  added.forEach((e, i) => check(parseWith(EntityRecordSchema, e, `${dir}/entities.json (proposed entity ${i + 1})`)));
  if (!existingDoc) check(parseWith(DocumentMetaSchema, fragment.document, `${dir}/documents/${slug}/meta.json (proposed)`));
  if (problems.length === 0 && writes.length) problems.push(...buildFromGraphData(next).problems);
  return problems.length ? { data, entitiesText, writes: [], report, problems } : { data: next, entitiesText: nextEntitiesText, writes, report, problems };
}
