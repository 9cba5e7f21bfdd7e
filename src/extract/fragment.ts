import { actionId, docId, type AnnotationFile, type DocumentMeta, type EntityRecord } from "../schema/index.ts";
import { extractActions, type Extraction } from "./extract.ts";
import type { GazetteerEntry } from "./gazetteer.ts";
import type { Lexicon } from "./lexicon.ts";

/** What is known about an article besides its text. */
export interface ArticleInfo {
  /** The document's slug: its folder under graph-data/documents/ and the stem of its action ids. */
  slug: string;
  title: string;
  published?: string;
  url?: string;
  language?: string;
  /** Who issued it: the authority acting where the text names none, and meta.json's publisher. */
  publisher?: string;
}

/** How a fragment is read: the lexicon to read with, and a progress callback for long texts. */
export interface ReadOptions {
  lexicon?: Lexicon;
  onProgress?: (done: number, total: number) => void;
}

/** A proposed graph fragment: the document, the entities it introduces, and its annotation. */
export interface Fragment {
  document: DocumentMeta;
  text: string;
  /** New entities the annotation refers to, marked `review: "proposed"`. */
  entities: EntityRecord[];
  annotation: AnnotationFile;
  extraction: Extraction;
}

/**
 * Read an article and propose what graph-data would gain from it. Plain data in, plain data
 * out: nothing is written, and the same text with the same known entities gives the same
 * fragment (ids are slugs and positions).
 */
export function proposeFragment(text: string, known: readonly GazetteerEntry[], info: ArticleInfo, read: ReadOptions = {}): Fragment {
  const doc = docId(info.slug);
  const docDate = info.published && /^\d{4}-\d{2}-\d{2}$/.test(info.published) ? info.published : undefined;
  const x = extractActions(text, known, { doc, ...(docDate ? { docDate } : {}), ...(info.publisher ? { publisher: info.publisher } : {}), ...read });
  const name = (id: string) => x.names[id] ?? id;
  const annotation: AnnotationFile = {
    doc,
    review: "proposed",
    actions: x.actions.map((a, i) => ({
      id: actionId(info.slug, i + 1),
      actionType: a.actionType,
      status: a.status,
      summary: `${a.actors.map(name).join(", ")} ${a.trigger.text} ${a.targets.map(name).join(", ")}`,
      actors: a.actors,
      targets: a.targets,
      ...(a.time ? { time: a.time } : {}),
      ...(a.quantity ? { quantity: a.quantity } : {}),
      evidence: [a.evidence],
      method: a.method,
    })),
  };
  // Only the entities an action refers to: a name seen in passing is not worth a reviewer's time.
  const used = new Set(x.actions.flatMap((a) => [...a.actors, ...a.targets]));
  const entities: EntityRecord[] = x.proposed
    .filter((e) => used.has(e.id))
    .map((e) => ({ id: e.id, name: e.name, category: e.category, aliases: e.aliases, ...(e.nameZh ? { nameZh: e.nameZh } : {}), review: "proposed" }));
  const document: DocumentMeta = {
    id: doc,
    title: info.title,
    ...(info.publisher ? { publisher: info.publisher } : {}),
    ...(info.url ? { url: info.url } : {}),
    ...(info.published ? { published: info.published } : {}),
    language: info.language ?? "en",
  };
  return { document, text, entities, annotation, extraction: x };
}
