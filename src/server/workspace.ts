/**
 * The server's view of one graph-data folder: the review queue, decisions, ingest and entity
 * merges. Every request reads the files afresh (an edit made in an editor is seen at once), every
 * change is checked as `regkg build` checks graph-data before anything is written, and every
 * file is written atomically, in an order where each step leaves graph-data valid.
 */
import { createHash } from "node:crypto";
import { existsSync, readFileSync, rmSync } from "node:fs";
import { join } from "node:path";
import { appendEntities, chooseSlug, defaultLexicon, guessCategory, mergeFragment, proposeFragment, unreadIn, type Lexicon, type MergeReport } from "../extract/index.ts";
import { applyWrites, articleProblem, userLexicon } from "../extract/node.ts";
import { splitSentences } from "../extract/sentences.ts";
import { inlineJson, removeElement, replaceElement } from "../graph/json-text.ts";
import { buildFromGraphData, layoutGraph, serializeGraph, type GraphData, type RegkgGraph, type SourceDocument } from "../graph/index.ts";
import { displayPath, readGraphData, writeFileAtomic } from "../graph/node.ts";
import type { ReviewItem, UnreadSpan } from "../graph/review-item.ts";

export type { ReviewItem };
import {
  ACTION_ID,
  AnnotationFileSchema,
  DOC_ID,
  docSlugOfAction,
  ENTITY_ID,
  EntitiesFileSchema,
  parseWith,
  RegkgError,
  slugify,
  ValidationError,
  type ActionRecord,
  type AnnotationFile,
  type EntityRecord,
  type Problem,
  type RelationRecord,
} from "../schema/index.ts";
import {
  absorbNames,
  acceptAction,
  acceptDocument,
  acceptEntity,
  actionReview,
  ActionChangesSchema,
  annotationText,
  editAction,
  editEntity,
  EntityChangesSchema,
  mergeInAnnotation,
  rejectAction,
  addAction,
  type Decision,
  type NewAction,
  type NewEntity,
} from "./decisions.ts";

/** A request the server answers with an error status and, for bad data, the problems. */
export class HttpProblem extends RegkgError {
  override name = "HttpProblem";

  constructor(
    readonly status: number,
    message: string,
    readonly problems: readonly Problem[] = [],
    readonly extra: Record<string, unknown> = {},
  ) {
    super(message);
  }
}

/** The version of a file's content: the first 16 hex digits of its SHA-256. */
export const versionOf = (content: string): string => createHash("sha256").update(content).digest("hex").slice(0, 16);

/** An If-Match header's entity tag, without quotes or a weak prefix. */
export const tagOf = (header: string | undefined): string | undefined => header?.trim().replace(/^W\//, "").replace(/^"(.*)"$/, "$1") || undefined;

const ANNOTATIONS = "annotations";
/** How many decisions back undo reaches. */
const UNDO_DEPTH = 100;

interface Undo {
  /** Files to put back, with the content each had before and the version it has after. */
  files: { path: string; before: string | null; after: string }[];
  what: string;
}

export class Workspace {
  /** Positions of the nodes as last served, so a rebuilt graph keeps its picture. */
  private positions = new Map<string, { x: number; y: number }>();
  /** The decisions that can still be undone, the latest last. */
  private history: Undo[] = [];
  private queue: Promise<unknown> = Promise.resolve();
  private unreadCache = new Map<string, UnreadSpan[]>();
  /** graph-data's lexicon as last compiled, with the version of its files then. */
  private compiledLexicon: { version: string; lexicon: Lexicon | undefined } | undefined;

  constructor(
    readonly dir: string,
    /** A built graph JSON to take first positions from (npm start's public/data/seed.graph.json). */
    positionsFrom?: string,
  ) {
    if (positionsFrom && existsSync(positionsFrom)) {
      try {
        const file = JSON.parse(readFileSync(positionsFrom, "utf8")) as { nodes?: { key: string; attributes?: { x?: number; y?: number } }[] };
        for (const n of file.nodes ?? []) {
          const { x, y } = n.attributes ?? {};
          if (typeof x === "number" && typeof y === "number") this.positions.set(n.key, { x, y });
        }
      } catch {
        // No usable positions: the first graph request lays the graph out.
      }
    }
  }

  /** Run writes one at a time: two decisions never interleave their read-check-write. */
  exclusive<T>(work: () => T | Promise<T>): Promise<T> {
    const run = this.queue.then(work, work);
    this.queue = run.catch(() => {});
    return run;
  }

  private path(rel: string): string {
    return join(this.dir, rel);
  }

  private readText(rel: string): string | null {
    try {
      return readFileSync(this.path(rel), "utf8");
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === "ENOENT") return null;
      throw err;
    }
  }

  /** graph-data as it is on disk now; 422 when it is not valid (nothing may be written then). */
  private readValid(): GraphData {
    const { data, problems } = readGraphData(this.dir);
    if (data && problems.length === 0) {
      const built = buildFromGraphData(data);
      if (built.problems.length === 0) return data;
      problems.push(...built.problems);
    }
    throw new HttpProblem(422, `${displayPath(this.dir)} is not valid as it is: fix it (regkg validate lists the problems) before reviewing`, problems);
  }

  /**
   * The sentences of a document likely to state an action (unread.ts) that none of its annotation's
   * actions stands on (an action a reviewer adds from one takes it off). Read with graph-data's
   * own lexicon, as ingest reads; kept while the text, the evidence and the lexicon's files are
   * the same, so a long queue is read once.
   */
  private unread(ann: AnnotationFile, doc: SourceDocument | undefined, lexiconVersion = this.lexiconVersion()): UnreadSpan[] {
    const text = doc?.text ?? "";
    // (A relative time phrase counts from the day the document was published, when meta.json gives it.)
    const published = doc?.meta.published && /^\d{4}-\d{2}-\d{2}$/.test(doc.meta.published) ? doc.meta.published : undefined;
    const evidence = ann.actions.flatMap((a) => a.evidence.map((e) => ({ start: e.start, end: e.end })));
    const key = versionOf(JSON.stringify([ann.doc, text.length, published, evidence, lexiconVersion]));
    let spans = this.unreadCache.get(key);
    if (!spans) {
      spans = unreadIn(text, evidence, this.lexicon(lexiconVersion) ?? defaultLexicon(), published).map((u) => ({
        start: u.start,
        end: u.end,
        words: u.words.map((w) => w.text),
        types: [...new Set(u.words.map((w) => w.actionType))],
        ...(u.quantity ? { quantity: u.quantity } : {}),
        ...(u.date ? { date: u.date } : {}),
      }));
      if (this.unreadCache.size > 5000) this.unreadCache.clear();
      this.unreadCache.set(key, spans);
    }
    return spans;
  }

  /** The content of graph-data's lexicon files, hashed: a change to them reads the documents again. */
  private lexiconVersion(): string {
    return versionOf(["regulators.json", "frames.json", "places.json", "companies.json", "districts.json"].map((f) => this.readText(`lexicon/${f}`) ?? "").join("\0"));
  }

  /**
   * graph-data's additions to the extractor's data (lexicon/), or a 422 naming the file that is
   * wrong. Compiled again only when the files change: a queue of new documents, or one ingest after
   * another, reads with the one compiled lexicon (and the indexes built for it).
   */
  private lexicon(version = this.lexiconVersion()): Lexicon | undefined {
    if (this.compiledLexicon?.version === version) return this.compiledLexicon.lexicon;
    try {
      const lexicon = userLexicon(this.dir);
      this.compiledLexicon = { version, lexicon };
      return lexicon;
    } catch (err) {
      if (err instanceof ValidationError) throw new HttpProblem(422, `${displayPath(this.path("lexicon"))} is not valid: fix it (the problems say where)`, err.problems);
      throw err;
    }
  }

  /** The built graph, with each node where it was last time; new nodes beside their neighbours. */
  graph(): RegkgGraph {
    const { data, problems } = readGraphData(this.dir);
    if (!data || problems.length) throw new HttpProblem(422, `${displayPath(this.dir)} is not valid`, problems);
    const built = buildFromGraphData(data);
    if (built.problems.length) throw new HttpProblem(422, `${displayPath(this.dir)} is not valid`, built.problems);
    const graph = built.graph;
    place(graph, this.positions);
    this.positions = new Map(graph.mapNodes((key, a) => [key, { x: a.x!, y: a.y! }] as const));
    return graph;
  }

  graphJson(): string {
    return JSON.stringify(serializeGraph(this.graph()));
  }

  /** Every proposed action and entity, in file order: actions by document, then entities. */
  items(): ReviewItem[] {
    const data = this.readValid();
    const out: ReviewItem[] = [];
    const names = new Map(data.entities.data.entities.map((e) => [e.id, e.name]));
    const entitiesVersion = versionOf(this.readText("entities.json") ?? "");
    const firstUse = new Map<string, { doc: string; action: ActionRecord }>();
    // (The lexicon's files are read once for the whole queue.)
    const lexiconVersion = this.lexiconVersion();
    for (const { data: ann } of data.annotations) {
      const slug = ann.doc.slice("doc:".length);
      const version = versionOf(this.readText(`${ANNOTATIONS}/${slug}.json`) ?? "");
      const doc = data.documents.find((d) => d.slug === slug);
      const text = doc?.text ?? "";
      let unread: UnreadSpan[] | undefined;
      for (const action of ann.actions) {
        for (const id of [...action.actors, ...action.targets]) if (!firstUse.has(id)) firstUse.set(id, { doc: ann.doc, action });
        if (actionReview(ann, action) !== "proposed") continue;
        unread ??= this.unread(ann, doc, lexiconVersion);
        out.push(actionItem(ann, action, text, version, names, unread));
      }
      if (awaitsDocumentReview(ann)) out.push(documentItem(ann, version, this.unread(ann, doc, lexiconVersion)));
    }
    for (const e of data.entities.data.entities) {
      if (e.review !== "proposed") continue;
      const use = firstUse.get(e.id);
      const text = use ? (data.documents.find((d) => `doc:${d.slug}` === use.doc)?.text ?? "") : "";
      out.push({
        id: e.id,
        kind: "entity",
        doc: use?.doc ?? null,
        sentence: use ? sentenceAt(text, use.action.evidence[0]!.start, use.action.evidence[0]!.end) : null,
        version: entitiesVersion,
        review: "proposed",
        record: e,
        names: {},
        unread: [],
      });
    }
    return out;
  }

  /** The item with this id as it is now, proposed or not; 404 when there is none. */
  item(id: string): ReviewItem {
    const data = this.readValid();
    const names = new Map(data.entities.data.entities.map((e) => [e.id, e.name]));
    if (ACTION_ID.test(id)) {
      const slug = docSlugOfAction(id)!;
      const raw = this.readText(`${ANNOTATIONS}/${slug}.json`);
      const ann = data.annotations.find((a) => a.data.doc === `doc:${slug}`)?.data;
      const action = ann?.actions.find((a) => a.id === id);
      if (!raw || !ann || !action) throw new HttpProblem(404, `no action "${id}"`);
      const doc = data.documents.find((d) => d.slug === slug);
      return actionItem(ann, action, doc?.text ?? "", versionOf(raw), names, this.unread(ann, doc));
    }
    if (DOC_ID.test(id)) {
      const slug = id.slice("doc:".length);
      const raw = this.readText(`${ANNOTATIONS}/${slug}.json`);
      const ann = data.annotations.find((a) => a.data.doc === id)?.data;
      if (!raw || !ann) throw new HttpProblem(404, `no annotation of "${id}"`);
      return documentItem(ann, versionOf(raw), this.unread(ann, data.documents.find((d) => d.slug === slug)));
    }
    const e = data.entities.data.entities.find((x) => x.id === id);
    if (!e) throw new HttpProblem(404, `no entity "${id}"`);
    return { id, kind: "entity", doc: null, sentence: null, version: versionOf(this.readText("entities.json") ?? ""), review: e.review ?? "accepted", record: e, names: {}, unread: [] };
  }

  /** Apply a decision to one item. Checks the version, then the result, then writes one file. */
  decide(id: string, ifMatch: string | undefined, decision: Decision): ReviewItem | { id: string; removed: true } {
    checkId(id);
    const data = this.readValid();
    if (ACTION_ID.test(id)) return this.decideAction(data, id, ifMatch, decision);
    if (DOC_ID.test(id)) return this.decideDocument(data, id, ifMatch, decision);
    return this.decideEntity(data, id, ifMatch, decision);
  }

  /** A document with nothing left to decide is marked done (accepted); its actions are decided one by one, not here. */
  private decideDocument(data: GraphData, id: string, ifMatch: string | undefined, decision: Decision) {
    const slug = id.slice("doc:".length);
    const rel = `${ANNOTATIONS}/${slug}.json`;
    const raw = this.readText(rel);
    const entry = data.annotations.find((a) => a.data.doc === id);
    if (raw === null || !entry) throw new HttpProblem(404, `no annotation of "${id}" (${displayPath(this.path(rel))})`);
    this.precondition(rel, raw, ifMatch, id);
    if (decision.decision !== "accept") throw new HttpProblem(422, `a document is only marked done ({ "decision": "accept" }): nothing more to add; its actions are decided one by one`);
    if (!awaitsDocumentReview(entry.data)) throw new HttpProblem(422, `${id} still has proposed actions (or is accepted already): decide those first`);
    const next = acceptDocument(JSON.parse(raw) as AnnotationFile);
    this.writeChecked(data, [{ path: rel, content: annotationText(next) }], `accept ${id}`);
    return this.item(id);
  }

  private precondition(rel: string, raw: string, ifMatch: string | undefined, id: string): void {
    if (!ifMatch) throw new HttpProblem(428, `send the item's version in an If-Match header (GET /api/review gives it)`);
    const now = versionOf(raw);
    if (ifMatch !== now) {
      throw new HttpProblem(409, `${displayPath(this.path(rel))} changed since version ${ifMatch} (it is now ${now}): reload the item and decide again`, [], {
        version: now,
        id,
      });
    }
  }

  private decideAction(data: GraphData, id: string, ifMatch: string | undefined, decision: Decision) {
    const slug = docSlugOfAction(id)!;
    const rel = `${ANNOTATIONS}/${slug}.json`;
    const raw = this.readText(rel);
    const entry = data.annotations.find((a) => a.data.doc === `doc:${slug}`);
    const index = entry?.data.actions.findIndex((a) => a.id === id) ?? -1;
    if (raw === null || !entry || index < 0) throw new HttpProblem(404, `no action "${id}" in ${displayPath(this.path(rel))}`);
    this.precondition(rel, raw, ifMatch, id);
    // The file as written (JSON.parse keeps its key order), not zod's copy of it.
    const file = JSON.parse(raw) as AnnotationFile;
    const text = data.documents.find((d) => d.slug === slug)!.text;
    let next: AnnotationFile;
    if (decision.decision === "accept") next = acceptAction(file, index);
    else if (decision.decision === "reject") next = rejectAction(file, index);
    else {
      const changes = parseWith(ActionChangesSchema, decision.changes, "request body");
      if (!changes.ok) throw new HttpProblem(422, "the changes are not valid", prefix(changes.problems, "$.changes"));
      next = editAction(file, index, changes.value, text);
    }
    const content = annotationText(next);
    this.writeChecked(data, [{ path: rel, content }], `${decision.decision} ${id}`);
    if (decision.decision === "reject") return { id, removed: true as const };
    return this.item(id);
  }

  private decideEntity(data: GraphData, id: string, ifMatch: string | undefined, decision: Decision) {
    const rel = "entities.json";
    const raw = this.readText(rel) ?? "";
    const entities = (JSON.parse(raw) as { entities: EntityRecord[] }).entities;
    const index = entities.findIndex((e) => e.id === id);
    if (index < 0) throw new HttpProblem(404, `no entity "${id}" in ${displayPath(this.path(rel))}`);
    this.precondition(rel, raw, ifMatch, id);
    let content: string;
    if (decision.decision === "accept") content = replaceElement(raw, "entities", index, inlineJson(acceptEntity(entities[index]!)));
    else if (decision.decision === "reject") content = removeElement(raw, "entities", index);
    else {
      const changes = parseWith(EntityChangesSchema, decision.changes, "request body");
      if (!changes.ok) throw new HttpProblem(422, "the changes are not valid", prefix(changes.problems, "$.changes"));
      content = replaceElement(raw, "entities", index, inlineJson(editEntity(entities[index]!, changes.value)));
    }
    this.writeChecked(data, [{ path: rel, content }], `${decision.decision} ${id}`);
    if (decision.decision === "reject") return { id, removed: true as const };
    return this.item(id);
  }

  /**
   * Check graph-data as it would be with these files, as `regkg build` does, and write them only
   * when it is valid, each atomically and in the given order. 422 with the problems otherwise.
   */
  private writeChecked(data: GraphData, writes: { path: string; content: string }[], what: string, remember = true): void {
    const problems: Problem[] = [];
    let next: GraphData = data;
    for (const w of writes) {
      const shown = displayPath(this.path(w.path));
      let value: unknown;
      try {
        value = JSON.parse(w.content);
      } catch (err) {
        throw new Error(`regkg wrote invalid JSON for ${w.path}: ${String(err)}`); // a bug, not bad input
      }
      if (w.path === "entities.json") {
        const parsed = parseWith(EntitiesFileSchema, value, shown);
        if (!parsed.ok) problems.push(...parsed.problems);
        else next = { ...next, entities: { file: next.entities.file, data: parsed.value } };
      } else {
        const parsed = parseWith(AnnotationFileSchema, value, shown);
        if (!parsed.ok) problems.push(...parsed.problems);
        else {
          const doc = parsed.value.doc;
          next = { ...next, annotations: next.annotations.map((a) => (a.data.doc === doc ? { file: a.file, data: parsed.value } : a)) };
        }
      }
    }
    if (problems.length === 0) problems.push(...buildFromGraphData(next).problems);
    if (problems.length) throw new HttpProblem(422, `the result would not be valid graph-data: nothing was written`, problems);
    const undo: Undo = { what, files: [] };
    for (const w of writes) {
      undo.files.push({ path: w.path, before: this.readText(w.path), after: versionOf(w.content) });
      writeFileAtomic(this.path(w.path), w.content, { mkdir: true });
    }
    if (remember) {
      this.history.push(undo);
      if (this.history.length > UNDO_DEPTH) this.history.shift();
    }
  }

  /** Add an action the extractor missed, from a span a reviewer selected. */
  addAction(add: NewAction, ifMatch: string | undefined): ReviewItem {
    const slug = add.doc.slice("doc:".length);
    let data = this.readValid();
    const doc = data.documents.find((d) => d.slug === slug);
    if (!doc) throw new HttpProblem(404, `no document "${add.doc}"`);
    const rel = `${ANNOTATIONS}/${slug}.json`;
    const raw = this.readText(rel);
    if (raw !== null && ifMatch !== undefined) this.precondition(rel, raw, ifMatch, add.doc);
    const file: AnnotationFile = raw === null ? { doc: add.doc, review: "accepted", actions: [] } : (JSON.parse(raw) as AnnotationFile);
    const { file: next, id } = addAction(file, add, doc.text);
    if (raw === null) {
      // A document without an annotation file: the new file joins the data being checked.
      const parsed = parseWith(AnnotationFileSchema, next, displayPath(this.path(rel)));
      if (!parsed.ok) throw new HttpProblem(422, "the action is not valid", parsed.problems);
      data = { ...data, annotations: [...data.annotations, { file: displayPath(this.path(rel)), data: parsed.value }] };
    }
    this.writeChecked(data, [{ path: rel, content: annotationText(next) }], `add ${id}`);
    return this.item(id);
  }

  /**
   * A new entity, named by a reviewer for an action the extractor missed: appended to
   * entities.json as one line, `review: "proposed"` (its name and category get a look in the
   * queue, as an ingested one's do), the category guessed from the name when not given. 409 when
   * an entity of that id is there already (the answer says which: pick it instead).
   */
  addEntity(add: NewEntity): ReviewItem {
    const data = this.readValid();
    const slug = slugify(add.name).slice(0, 80).replace(/-+$/, "");
    if (!slug) throw new HttpProblem(422, `"${add.name.slice(0, 80)}" has no letter or digit to make an entity id of`);
    const id = `entity:${slug}`;
    const there = data.entities.data.entities.find((e) => e.id === id);
    if (there) throw new HttpProblem(409, `graph-data has ${id} already ("${there.name}"): pick it`, [], { id });
    const name = add.name.trim();
    const record: EntityRecord = { id, name, category: add.category ?? guessCategory(name), aliases: (add.aliases ?? []).filter((a) => a !== name), review: "proposed" };
    const raw = this.readText("entities.json") ?? "";
    this.writeChecked(data, [{ path: "entities.json", content: appendEntities(raw, [record]) }], `add ${id}`);
    return this.item(id);
  }

  /** What an undo would take back now ("accept action:x:1"), if anything. */
  undoable(): string | null {
    return this.history.at(-1)?.what ?? null;
  }

  /**
   * Put back the files the latest decision, added action or entity, or merge wrote, if nobody has
   * changed them since; each undo takes back one more, latest first.
   */
  undo(): { undone: string; next: string | null } {
    const last = this.history.at(-1);
    if (!last) throw new HttpProblem(409, "nothing to undo: every decision since the server started (or since the last ingest) has been undone, or none was made");
    const data = this.readValid();
    for (const f of last.files) {
      const now = this.readText(f.path);
      if (now === null || versionOf(now) !== f.after) {
        throw new HttpProblem(409, `${displayPath(this.path(f.path))} changed after "${last.what}": it cannot be undone`);
      }
    }
    const created = last.files.filter((f) => f.before === null);
    const writes = [...last.files].reverse().filter((f) => f.before !== null).map((f) => ({ path: f.path, content: f.before! }));
    let next = data;
    for (const f of created) {
      // A file the decision made goes again: it must not be needed by anything else.
      next = { ...next, annotations: next.annotations.filter((a) => !a.file.endsWith(f.path)) };
    }
    if (created.length && writes.length === 0) {
      const problems = buildFromGraphData(next).problems;
      if (problems.length) throw new HttpProblem(422, "undoing would leave graph-data invalid: nothing was changed", problems);
    }
    this.writeChecked(next, writes, `undo ${last.what}`, false);
    for (const f of created) rmSync(this.path(f.path), { force: true });
    this.history.pop();
    return { undone: last.what, next: this.undoable() };
  }

  /** One entity replaces another everywhere; the dropped one's names become the kept one's aliases. */
  mergeEntities(keep: string, drop: string): { keep: ReviewItem; annotations: string[] } {
    checkId(keep);
    checkId(drop);
    if (keep === drop) throw new HttpProblem(422, "keep and drop are the same entity", [{ file: "request body", path: "$.drop", message: `expected another entity than "${keep}"` }]);
    const data = this.readValid();
    const raw = this.readText("entities.json") ?? "";
    const file = JSON.parse(raw) as { entities: EntityRecord[]; relations: RelationRecord[] };
    const ki = file.entities.findIndex((e) => e.id === keep);
    const di = file.entities.findIndex((e) => e.id === drop);
    if (ki < 0) throw new HttpProblem(404, `no entity "${keep}"`);
    if (di < 0) throw new HttpProblem(404, `no entity "${drop}"`);

    const writes: { path: string; content: string }[] = [];
    const touched: string[] = [];
    for (const { data: ann } of data.annotations) {
      const slug = ann.doc.slice("doc:".length);
      const rel = `${ANNOTATIONS}/${slug}.json`;
      const text = this.readText(rel);
      if (text === null) continue;
      const before = JSON.parse(text) as AnnotationFile;
      const after = mergeInAnnotation(before, keep, drop);
      if (after === before) continue;
      writes.push({ path: rel, content: annotationText(after) });
      touched.push(rel);
    }
    // entities.json last: until it is written, the dropped entity exists, so every step is valid.
    let content = replaceElement(raw, "entities", ki, inlineJson(absorbNames(file.entities[ki]!, file.entities[di]!)));
    const seen = new Set<string>();
    const relations = file.relations.map((r) => ({ ...r, source: r.source === drop ? keep : r.source, target: r.target === drop ? keep : r.target }));
    // Relations edited from the last so earlier offsets stay right; a relation that became a
    // loop or a copy of another goes.
    const keys = relations.map((r) => `${r.source} ${r.relType} ${r.target} ${r.title ?? ""}`);
    const drops = new Set<number>();
    keys.forEach((k, i) => {
      if (relations[i]!.source === relations[i]!.target || seen.has(k)) drops.add(i);
      seen.add(k);
    });
    for (let i = relations.length - 1; i >= 0; i--) {
      if (drops.has(i)) content = removeElement(content, "relations", i);
      else if (relations[i]!.source !== file.relations[i]!.source || relations[i]!.target !== file.relations[i]!.target) {
        content = replaceElement(content, "relations", i, inlineJson(relations[i]));
      }
    }
    content = removeElement(content, "entities", di);
    writes.push({ path: "entities.json", content });
    this.writeChecked(data, writes, `merge ${drop} into ${keep}`);
    return { keep: this.item(keep), annotations: touched };
  }

  /**
   * Propose actions for an article and merge them into graph-data, as `regkg ingest FILE` does:
   * the same checks of the text, the same merge (nothing already there is overwritten), the same
   * order of atomic writes. Returns what the merge did and the document's items awaiting review.
   */
  ingest(text: string, info: IngestInfo): { report: MergeReport; items: ReviewItem[] } {
    const problem = articleProblem(text, "request body");
    if (problem) throw new HttpProblem(422, "the article cannot be ingested", [problem]);
    const data = this.readValid();
    const title = info.title?.trim() || text.trim().split("\n")[0]!.trim().slice(0, 300);
    const { slug, existing } = chooseSlug(data, text, slugFor(title));
    const publisher = existing?.meta.publisher ?? info.publisher;
    const published = existing?.meta.published ?? info.date;
    const url = existing?.meta.url ?? info.url;
    const lexicon = this.lexicon();
    const fragment = proposeFragment(
      text,
      data.entities.data.entities,
      { slug, title: existing?.meta.title ?? title, ...(published ? { published } : {}), ...(url ? { url } : {}), ...(publisher ? { publisher } : {}) },
      lexicon ? { lexicon } : {},
    );
    const merged = mergeFragment(data, this.readText("entities.json") ?? "", fragment, displayPath(this.dir));
    if (merged.problems.length) throw new HttpProblem(422, "the proposal would not be valid graph-data: nothing was written", merged.problems);
    applyWrites(this.dir, merged.writes);
    // An ingest is not undone from the page: it adds files; delete them to take it back. What came before it is not undone either (it may share entities.json).
    if (merged.writes.length) this.history = [];
    return { report: merged.report, items: this.items().filter((i) => i.doc === merged.report.doc) };
  }
}

export interface IngestInfo {
  title?: string;
  date?: string;
  url?: string;
  publisher?: string;
}

/** 400 for anything that is not an entity, action or document id: no request names a path of its own. */
export function checkId(id: string): void {
  if (!ACTION_ID.test(id) && !ENTITY_ID.test(id) && !DOC_ID.test(id)) {
    throw new HttpProblem(400, `"${id.slice(0, 80)}" is not an action, entity or document id: expected action:<doc>:<n>, entity:<slug> or doc:<slug>, in lower case letters, digits and hyphens`);
  }
}

/** A wanted document slug from a title, checked: lower-case letters, digits and hyphens only. */
export function slugFor(title: string): string {
  return slugify(title).slice(0, 80).replace(/-+$/, "") || "article";
}

function prefix(problems: readonly Problem[], path: string): Problem[] {
  return problems.map((p) => ({ ...p, path: p.path === "$" ? path : `${path}${p.path.slice(1)}` }));
}

/** The sentence around a span (the span itself when it crosses sentences). */
function sentenceAt(text: string, start: number, end: number): { start: number; end: number; text: string } {
  // Only the paragraph around the span is split: a long document is not split per item.
  const from = Math.max(0, text.lastIndexOf("\n", start - 1) + 1);
  const nl = text.indexOf("\n", end);
  const to = nl < 0 ? text.length : nl;
  const s = splitSentences(text.slice(from, to)).find((x) => x.start + from <= start && x.end + from >= end);
  if (!s) return { start, end, text: text.slice(start, end) };
  return { start: s.start + from, end: s.end + from, text: text.slice(s.start + from, s.end + from) };
}

/** A file under review with no proposed action: the reviewer reads the document for what was missed and marks it done. */
function awaitsDocumentReview(ann: AnnotationFile): boolean {
  return ann.review === "proposed" && !ann.actions.some((a) => actionReview(ann, a) === "proposed");
}

function documentItem(ann: AnnotationFile, version: string, unread: UnreadSpan[]): ReviewItem {
  return { id: ann.doc, kind: "document", doc: ann.doc, sentence: null, version, review: ann.review, record: ann, names: {}, unread };
}

function actionItem(ann: AnnotationFile, action: ActionRecord, text: string, version: string, names: Map<string, string>, unread: UnreadSpan[]): ReviewItem {
  const ev = action.evidence[0]!;
  const refs = [...action.actors, ...action.targets, ...(action.basis ?? []), ...(action.attribution?.by ?? [])];
  return {
    id: action.id,
    kind: "action",
    doc: ann.doc,
    sentence: sentenceAt(text, ev.start, ev.end),
    version,
    review: actionReview(ann, action),
    record: action,
    names: Object.fromEntries(refs.map((id) => [id, names.get(id) ?? id])),
    unread,
  };
}

/**
 * Positions for every node: known nodes keep theirs; a new node goes to the middle of its placed
 * neighbours (a little apart, by its key), or, when most nodes are new, the whole graph is laid
 * out again.
 */
function place(graph: RegkgGraph, known: Map<string, { x: number; y: number }>): void {
  let hits = 0;
  graph.forEachNode((key) => {
    if (known.has(key)) hits++;
  });
  if (hits < graph.order / 2) {
    layoutGraph(graph);
    return;
  }
  const pos = new Map<string, { x: number; y: number }>();
  graph.forEachNode((key) => {
    const p = known.get(key);
    if (p) pos.set(key, p);
  });
  for (let pass = 0; pass < 3; pass++) {
    graph.forEachNode((key) => {
      if (pos.has(key)) return;
      let x = 0;
      let y = 0;
      let n = 0;
      graph.forEachNeighbor(key, (nb) => {
        const p = pos.get(nb);
        if (p) {
          x += p.x;
          y += p.y;
          n++;
        }
      });
      if (n === 0 && pass < 2) return;
      let h = 0;
      for (let i = 0; i < key.length; i++) h = (Math.imul(h, 31) + key.charCodeAt(i)) >>> 0;
      const angle = ((h % 360) * Math.PI) / 180;
      pos.set(key, n ? { x: x / n + 8 * Math.cos(angle), y: y / n + 8 * Math.sin(angle) } : { x: 50 * Math.cos(angle), y: 50 * Math.sin(angle) });
    });
  }
  graph.updateEachNodeAttributes((key, a) => ({ ...a, ...pos.get(key)! }));
}
