/**
 * A reviewer's decisions as pure producers over the files of graph-data: (file content, decision)
 * -> new file content. Nothing here reads or writes disk; src/server/workspace.ts does, after the
 * result has been checked as `regkg build` checks graph-data.
 *
 * Files are written so that `git diff graph-data` shows a decision as a small change: an
 * annotation file keeps the layout `regkg ingest` writes (two-space JSON, keys in the schema's
 * order), and entities.json is edited in place, one entity's line(s) at a time.
 */
import { z } from "zod";
import { inlineJson, removeElement, replaceElement } from "../graph/json-text.ts";
import {
  ActionRecordSchema,
  ActionTypeSchema,
  EntityCategorySchema,
  EntityIdSchema,
  EntityRecordSchema,
  QuantitySchema,
  StatusSchema,
  TimeSchema,
  type ActionRecord,
  type AnnotationFile,
  type EntityRecord,
} from "../schema/index.ts";

const Text = z.string().trim().min(1, "expected a non-empty string");

/** An evidence span as a reviewer gives it: offsets into the document's text; the quote is read from the text when left out. */
export const SpanChangeSchema = z.strictObject({
  start: z.int().nonnegative(),
  end: z.int().positive(),
  quote: z.string().optional(),
});

export const ActionChangesSchema = z.strictObject({
  actionType: ActionTypeSchema.optional(),
  status: StatusSchema.optional(),
  summary: Text.optional(),
  actors: z.array(EntityIdSchema).min(1, "expected at least one actor").optional(),
  targets: z.array(EntityIdSchema).min(1, "expected at least one target").optional(),
  evidence: z.array(SpanChangeSchema).min(1, "expected at least one evidence span").optional(),
  time: TimeSchema.nullable().optional().describe("null removes the time"),
  quantity: QuantitySchema.nullable().optional().describe("null removes the amount"),
});

export const EntityChangesSchema = z.strictObject({
  name: Text.optional(),
  category: EntityCategorySchema.optional(),
  aliases: z.array(Text).optional(),
  nameZh: Text.nullable().optional(),
  description: Text.nullable().optional(),
});

export const DecisionSchema = z.discriminatedUnion("decision", [
  z.strictObject({ decision: z.literal("accept") }),
  z.strictObject({ decision: z.literal("reject") }),
  z.strictObject({ decision: z.literal("edit"), changes: z.record(z.string(), z.unknown()) }),
]);

/** An entity a reviewer names that graph-data does not have yet (a party of an action added by hand). */
export const NewEntitySchema = z.strictObject({
  name: Text.max(300, "expected a name of at most 300 characters"),
  category: EntityCategorySchema.optional().describe("guessed from the name when left out, as ingest guesses"),
  aliases: z.array(Text).optional(),
});
export type NewEntity = z.infer<typeof NewEntitySchema>;

export type ActionChanges = z.infer<typeof ActionChangesSchema>;
export type EntityChanges = z.infer<typeof EntityChangesSchema>;
export type Decision = z.infer<typeof DecisionSchema>;

/** A missed action a reviewer adds from a span of the document's text. */
export const NewActionSchema = z.strictObject({
  doc: z.string().regex(/^doc:[a-z0-9]+(?:-[a-z0-9]+)*$/, "expected a document id like \"doc:my-article\""),
  actionType: ActionTypeSchema,
  status: StatusSchema,
  summary: Text,
  actors: z.array(EntityIdSchema).min(1, "expected at least one actor"),
  targets: z.array(EntityIdSchema).min(1, "expected at least one target"),
  evidence: z.array(SpanChangeSchema).min(1, "expected at least one evidence span"),
  time: TimeSchema.optional(),
  quantity: QuantitySchema.optional(),
});
export type NewAction = z.infer<typeof NewActionSchema>;

export const MergeRequestSchema = z.strictObject({ keep: EntityIdSchema, drop: EntityIdSchema });

const ACTION_KEYS = Object.keys(ActionRecordSchema.shape);
const ENTITY_KEYS = Object.keys(EntityRecordSchema.shape);

/** The record with its keys in the schema's order (unknown keys last, as they were). */
function ordered<T extends object>(record: T, keys: readonly string[]): T {
  const out: Record<string, unknown> = {};
  const r = record as Record<string, unknown>;
  for (const k of keys) if (r[k] !== undefined) out[k] = r[k];
  for (const k of Object.keys(r)) if (!(k in out) && r[k] !== undefined) out[k] = r[k];
  return out as T;
}

/** An annotation file as `regkg ingest` writes it. */
export const annotationText = (file: AnnotationFile): string => `${JSON.stringify(file, null, 2)}\n`;

/** How a review decision left an action: its file's review decides unless it has its own. */
export const actionReview = (file: AnnotationFile, action: ActionRecord) => action.review ?? file.review;

/**
 * Once every action of a proposed file is accepted, the file is: its header says so and the
 * actions lose their own marks.
 */
function settle(file: AnnotationFile): AnnotationFile {
  if (file.review === "accepted" && file.actions.every((a) => a.review === undefined)) return file;
  return file.actions.every((a) => actionReview(file, a) === "accepted") ? acceptDocument(file) : file;
}

export function acceptAction(file: AnnotationFile, index: number): AnnotationFile {
  const action = file.actions[index]!;
  if (actionReview(file, action) === "accepted") return file;
  const actions = file.actions.map((a, i) => (i === index ? ordered({ ...a, review: "accepted" as const }, ACTION_KEYS) : a));
  return settle({ ...file, actions });
}

/**
 * A document under review with no action left to decide, marked done: nothing more to add. Its
 * file is accepted, as a file whose every action has been accepted is.
 */
export function acceptDocument(file: AnnotationFile): AnnotationFile {
  return { ...file, review: "accepted", actions: file.actions.map(({ review: _r, ...a }) => ordered(a, ACTION_KEYS)) };
}

export function rejectAction(file: AnnotationFile, index: number): AnnotationFile {
  return settle({ ...file, actions: file.actions.filter((_, i) => i !== index) });
}

/** The action with the reviewer's changes; evidence quotes left out are read from the text. */
export function editAction(file: AnnotationFile, index: number, changes: ActionChanges, text: string): AnnotationFile {
  const action = file.actions[index]!;
  const next: Record<string, unknown> = { ...action };
  for (const key of ["actionType", "status", "summary", "actors", "targets"] as const) {
    if (changes[key] !== undefined) next[key] = changes[key];
  }
  for (const key of ["time", "quantity"] as const) {
    if (changes[key] === null) delete next[key];
    else if (changes[key] !== undefined) next[key] = changes[key];
  }
  if (changes.evidence) {
    next.evidence = changes.evidence.map((s) => ({ start: s.start, end: s.end, quote: s.quote ?? text.slice(s.start, s.end) }));
  }
  const actions = file.actions.map((a, i) => (i === index ? ordered(next as ActionRecord, ACTION_KEYS) : a));
  return { ...file, actions };
}

/**
 * The file with a new action made by hand: the next free number, method "manual", accepted
 * (a person wrote it) even in a file still under review.
 */
export function addAction(file: AnnotationFile, add: NewAction, text: string): { file: AnnotationFile; id: string } {
  const slug = file.doc.slice("doc:".length);
  const max = Math.max(0, ...file.actions.map((a) => Number(a.id.slice(a.id.lastIndexOf(":") + 1))));
  const id = `action:${slug}:${max + 1}`;
  const record = ordered(
    {
      id,
      actionType: add.actionType,
      status: add.status,
      summary: add.summary,
      actors: add.actors,
      targets: add.targets,
      time: add.time,
      quantity: add.quantity,
      evidence: add.evidence.map((s) => ({ start: s.start, end: s.end, quote: s.quote ?? text.slice(s.start, s.end) })),
      method: "manual",
      review: file.review === "proposed" ? ("accepted" as const) : undefined,
    } as ActionRecord,
    ACTION_KEYS,
  );
  return { file: { ...file, actions: [...file.actions, record] }, id };
}

/** The entity record as it is after an edit, accept or merge; undefined fields dropped. */
export function editEntity(record: EntityRecord, changes: EntityChanges): EntityRecord {
  const next: Record<string, unknown> = { ...record };
  for (const key of ["name", "category", "aliases"] as const) if (changes[key] !== undefined) next[key] = changes[key];
  for (const key of ["nameZh", "description"] as const) {
    if (changes[key] === null) delete next[key];
    else if (changes[key] !== undefined) next[key] = changes[key];
  }
  return ordered(next as EntityRecord, ENTITY_KEYS);
}

export function acceptEntity(record: EntityRecord): EntityRecord {
  const { review: _r, ...rest } = record;
  return rest;
}

/** entities.json with entity `index` replaced by `record`, every other byte kept. */
export function replaceEntityText(text: string, index: number, record: EntityRecord): string {
  return replaceElement(text, "entities", index, inlineJson(record));
}

export function removeEntityText(text: string, index: number): string {
  return removeElement(text, "entities", index);
}

const unique = <T>(xs: readonly T[]): T[] => [...new Set(xs)];

/** An annotation file with every reference to `drop` made to `keep`; the same object when none is. */
export function mergeInAnnotation(file: AnnotationFile, keep: string, drop: string): AnnotationFile {
  let changed = false;
  const swap = (ids: readonly string[] | undefined) => {
    if (!ids?.includes(drop)) return ids;
    changed = true;
    return unique(ids.map((id) => (id === drop ? keep : id)));
  };
  const actions = file.actions.map((a) => {
    const next: Record<string, unknown> = { ...a, actors: swap(a.actors), targets: swap(a.targets) };
    if (a.basis) next.basis = swap(a.basis);
    if (a.attribution?.by) next.attribution = { ...a.attribution, by: swap(a.attribution.by) };
    return next as ActionRecord;
  });
  return changed ? { ...file, actions } : file;
}

/** The kept entity with the dropped one's names as aliases (its Chinese name too, when it has none). */
export function absorbNames(keep: EntityRecord, drop: EntityRecord): EntityRecord {
  const names = unique([...keep.aliases, drop.name, ...drop.aliases]).filter((n) => n !== keep.name);
  const next: EntityRecord = { ...keep, aliases: names };
  if (!keep.nameZh && drop.nameZh) next.nameZh = drop.nameZh;
  else if (drop.nameZh && drop.nameZh !== keep.nameZh && !names.includes(drop.nameZh)) next.aliases = [...names, drop.nameZh];
  return ordered(next, ENTITY_KEYS);
}
