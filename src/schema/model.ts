/**
 * THE model, as zod schemas. Types are inferred from them and the JSON Schema is emitted from
 * them, so this file is the single source of truth for what a valid regkg graph is.
 *
 * Two families of schemas live here:
 * - graph schemas: the attributes of nodes and edges of the built graphology graph, and the
 *   serialized graph file (graphology's `graph.export()` shape);
 * - source schemas: the hand-edited files under graph-data/ (meta.json, entities.json,
 *   annotations/<slug>.json) that the graph is built from.
 */
import { z } from "zod";
import { ACTION_ID, DOC_ID, ENTITY_ID } from "./ids.ts";
import {
  ACTION_TYPES,
  EDGE_KINDS,
  ENTITY_CATEGORIES,
  RELATION_TYPES,
  STATUSES,
  vocabKeys,
} from "./vocab.ts";

export const SCHEMA_VERSION = 1;

// ---------------------------------------------------------------------------------------------
// Building blocks

export const EntityIdSchema = z.string().regex(ENTITY_ID, "expected an entity id like \"entity:pboc\"");
export const DocIdSchema = z.string().regex(DOC_ID, "expected a document id like \"doc:my-article\"");
export const ActionIdSchema = z
  .string()
  .regex(ACTION_ID, "expected an action id like \"action:my-article:1\"");

export const EntityCategorySchema = z.enum(vocabKeys(ENTITY_CATEGORIES));
export const ActionTypeSchema = z.enum(vocabKeys(ACTION_TYPES));
export const StatusSchema = z.enum(vocabKeys(STATUSES));
export const EdgeKindSchema = z.enum(vocabKeys(EDGE_KINDS));
export const RelationTypeSchema = z.enum(vocabKeys(RELATION_TYPES));
export const ReviewSchema = z
  .enum(["accepted", "proposed"])
  .describe("accepted: reviewed by a person; proposed: made by the extractor, awaiting review");

/** ISO 8601 calendar date, possibly partial: 2017, 2017-09, 2017-09-04. */
export const PartialDateSchema = z
  .string()
  .regex(/^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/, "expected an ISO date: YYYY, YYYY-MM or YYYY-MM-DD");

const NonEmptyText = z.string().trim().min(1, "expected a non-empty string");

/**
 * A span of a document's text that states a fact. Offsets are JavaScript string indices
 * (UTF-16 code units) into the document's text.txt, end exclusive, and
 * `text.slice(start, end) === quote` always holds.
 */
export const EvidenceSchema = z.strictObject({
  doc: DocIdSchema,
  start: z.int().nonnegative(),
  end: z.int().positive(),
  quote: z.string().min(1, "expected the quoted text, not an empty string"),
});

/** Evidence as written in an annotation file, where `doc` defaults to the annotated document. */
export const EvidenceRecordSchema = EvidenceSchema.extend({ doc: DocIdSchema.optional() });

/** When an action happened or is to happen: a resolved date, the verbatim phrase, or both. */
export const TimeSchema = z
  .strictObject({
    date: PartialDateSchema.optional().describe("resolved ISO date, when the text allows it"),
    phrase: NonEmptyText.optional().describe("the verbatim time phrase, e.g. \"nearly a year ago\""),
    anchor: z
      .string()
      .regex(new RegExp(`${DOC_ID.source}|${ACTION_ID.source}`))
      .optional()
      .describe("the document or action a relative phrase counts from"),
  })
  .refine((t) => t.date !== undefined || t.phrase !== undefined, "expected a date, a phrase or both");

export const QuantitySchema = z.strictObject({
  value: z.number().finite(),
  unit: NonEmptyText.describe("what is counted, e.g. \"servers\", \"% of global bitcoin transactions\""),
  comparator: z.enum(["<", "<=", "=", ">=", ">", "~"]).optional().describe("\"less than 5%\" is { value: 5, comparator: \"<\" }"),
  from: z.number().finite().optional().describe("the earlier value, for a change \"from 90% to less than 5%\""),
});

/** How an action got into the graph: by hand, or by a named extractor rule. */
export const MethodSchema = z
  .string()
  .regex(/^(manual|rule:[a-z0-9_.:-]+)$/, "expected \"manual\" or an extractor rule id like \"rule:ban.passive\"");

const Position = { x: z.number().finite().optional(), y: z.number().finite().optional() };

// ---------------------------------------------------------------------------------------------
// Graph: node and edge attributes

export const EntityAttributesSchema = z.strictObject({
  kind: z.literal("entity"),
  name: NonEmptyText,
  category: EntityCategorySchema,
  aliases: z.array(NonEmptyText),
  nameZh: NonEmptyText.optional().describe("the Chinese name, where a source gives it"),
  description: NonEmptyText.optional(),
  review: ReviewSchema.optional(),
  ...Position,
});

export const ActionAttributesSchema = z.strictObject({
  kind: z.literal("action"),
  actionType: ActionTypeSchema,
  status: StatusSchema,
  summary: NonEmptyText.describe("one line in plain words: who did what to whom"),
  time: TimeSchema.optional(),
  quantity: QuantitySchema.optional(),
  attribution: NonEmptyText.optional().describe("the verbatim attribution, e.g. \"according to sources speaking to Shanghai Securities News\""),
  evidence: z.array(EvidenceSchema).min(1, "expected at least one evidence span"),
  method: MethodSchema,
  review: ReviewSchema.optional(),
  ...Position,
});

export const DocumentAttributesSchema = z.strictObject({
  kind: z.literal("document"),
  title: NonEmptyText,
  publisher: NonEmptyText.optional(),
  url: z.url().optional(),
  published: PartialDateSchema.optional(),
  language: z.string().regex(/^[a-z]{2,3}(-[A-Za-z0-9]+)*$/, "expected a BCP 47 language tag like \"en\" or \"zh-Hans\""),
  text: z.string().describe("the document's full text, verbatim: evidence offsets point into it"),
  ...Position,
});

export const NodeAttributesSchema = z.discriminatedUnion("kind", [
  EntityAttributesSchema,
  ActionAttributesSchema,
  DocumentAttributesSchema,
]);

const PlainEdge = <K extends "actor" | "target" | "basis" | "source" | "attribution">(kind: K) =>
  z.strictObject({ kind: z.literal(kind) });

export const RelationAttributesSchema = z.strictObject({
  kind: z.literal("relation"),
  relType: RelationTypeSchema,
  title: NonEmptyText.optional().describe("for holds_position_in: the position, e.g. \"vice-governor\""),
  evidence: z.array(EvidenceSchema).optional(),
});

export const EdgeAttributesSchema = z.discriminatedUnion("kind", [
  PlainEdge("actor"),
  PlainEdge("target"),
  PlainEdge("basis"),
  PlainEdge("source"),
  PlainEdge("attribution"),
  RelationAttributesSchema,
]);

/** Which node kinds each edge kind connects: [source kind, target kind]. */
export const EDGE_ENDPOINTS = {
  actor: ["entity", "action"],
  target: ["action", "entity"],
  basis: ["action", "entity"],
  relation: ["entity", "entity"],
  source: ["action", "document"],
  attribution: ["action", "entity"],
} as const satisfies Record<z.infer<typeof EdgeKindSchema>, readonly [string, string]>;

export const GraphAttributesSchema = z.strictObject({
  schemaVersion: z.literal(SCHEMA_VERSION),
  generator: NonEmptyText.optional().describe("the tool and version that wrote the file"),
  documents: z.array(DocIdSchema).describe("the source documents the graph was built from"),
});

/** A serialized graph: graphology's `graph.export()` shape with regkg's typed attributes. */
export const GraphFileSchema = z.strictObject({
  attributes: GraphAttributesSchema,
  options: z.strictObject({
    type: z.literal("directed"),
    multi: z.literal(true),
    allowSelfLoops: z.boolean(),
  }),
  nodes: z.array(z.strictObject({ key: z.string().min(1), attributes: NodeAttributesSchema })),
  edges: z.array(
    z.strictObject({
      key: z.string().min(1),
      source: z.string().min(1),
      target: z.string().min(1),
      attributes: EdgeAttributesSchema,
      undirected: z.literal(false).optional(),
    }),
  ),
});

// ---------------------------------------------------------------------------------------------
// Source files under graph-data/

/** graph-data/documents/<slug>/meta.json; the text itself is text.txt beside it. */
export const DocumentMetaSchema = z.strictObject({
  id: DocIdSchema,
  title: NonEmptyText,
  publisher: NonEmptyText.optional(),
  url: z.url().optional(),
  published: PartialDateSchema.optional(),
  language: DocumentAttributesSchema.shape.language,
  notes: NonEmptyText.optional(),
});

export const EntityRecordSchema = z.strictObject({
  id: EntityIdSchema,
  ...EntityAttributesSchema.omit({ kind: true, x: true, y: true }).shape,
});

export const RelationRecordSchema = z.strictObject({
  source: EntityIdSchema,
  relType: RelationTypeSchema,
  target: EntityIdSchema,
  title: RelationAttributesSchema.shape.title,
  evidence: z.array(EvidenceSchema).optional(),
});

/** graph-data/entities.json */
export const EntitiesFileSchema = z.strictObject({
  entities: z.array(EntityRecordSchema),
  relations: z.array(RelationRecordSchema),
});

export const ActionRecordSchema = z.strictObject({
  id: ActionIdSchema,
  actionType: ActionTypeSchema,
  status: StatusSchema,
  summary: ActionAttributesSchema.shape.summary,
  actors: z.array(EntityIdSchema).min(1, "expected at least one actor"),
  targets: z.array(EntityIdSchema).min(1, "expected at least one target"),
  basis: z.array(EntityIdSchema).optional().describe("regulations or authorities the action rests on"),
  time: TimeSchema.optional(),
  quantity: QuantitySchema.optional(),
  attribution: z
    .strictObject({
      phrase: NonEmptyText.describe("the verbatim attribution"),
      by: z.array(EntityIdSchema).optional().describe("the named sources, if any"),
    })
    .optional(),
  evidence: z.array(EvidenceRecordSchema).min(1, "expected at least one evidence span"),
  method: MethodSchema,
});

/** graph-data/annotations/<slug>.json: the actions one document states. */
export const AnnotationFileSchema = z.strictObject({
  doc: DocIdSchema,
  review: ReviewSchema,
  actions: z.array(ActionRecordSchema),
});

// ---------------------------------------------------------------------------------------------
// Inferred types

export type Evidence = z.infer<typeof EvidenceSchema>;
export type Time = z.infer<typeof TimeSchema>;
export type Quantity = z.infer<typeof QuantitySchema>;
export type EntityAttributes = z.infer<typeof EntityAttributesSchema>;
export type ActionAttributes = z.infer<typeof ActionAttributesSchema>;
export type DocumentAttributes = z.infer<typeof DocumentAttributesSchema>;
export type NodeAttributes = z.infer<typeof NodeAttributesSchema>;
export type RelationAttributes = z.infer<typeof RelationAttributesSchema>;
export type EdgeAttributes = z.infer<typeof EdgeAttributesSchema>;
export type GraphAttributes = z.infer<typeof GraphAttributesSchema>;
export type GraphFile = z.infer<typeof GraphFileSchema>;
export type DocumentMeta = z.infer<typeof DocumentMetaSchema>;
export type EntityRecord = z.infer<typeof EntityRecordSchema>;
export type RelationRecord = z.infer<typeof RelationRecordSchema>;
export type EntitiesFile = z.infer<typeof EntitiesFileSchema>;
export type ActionRecord = z.infer<typeof ActionRecordSchema>;
export type AnnotationFile = z.infer<typeof AnnotationFileSchema>;
