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
  SECTORS,
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
/**
 * What other graph tools draw a node with (sigma, Gephi Lite and graphology's own tools read
 * these names): graph JSON exports carry them beside regkg's attributes. Nothing in regkg
 * depends on them; the explorer draws with its own look.
 */
const Display = {
  ...Position,
  label: z.string().optional().describe("the node's label for other graph tools"),
  size: z.number().finite().positive().optional().describe("the node's size for other graph tools"),
  color: z.string().regex(/^#[0-9a-fA-F]{6}$/, "expected a colour like \"#1f77b4\"").optional().describe("the node's colour for other graph tools"),
};

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
  ...Display,
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
  ...Display,
});

export const DocumentAttributesSchema = z.strictObject({
  kind: z.literal("document"),
  title: NonEmptyText,
  publisher: NonEmptyText.optional(),
  url: z.url().optional(),
  published: PartialDateSchema.optional(),
  language: z.string().regex(/^[a-z]{2,3}(-[A-Za-z0-9]+)*$/, "expected a BCP 47 language tag like \"en\" or \"zh-Hans\""),
  licence: NonEmptyText.optional().describe("why the text may be redistributed, e.g. \"Work of the United States federal government: ... public domain.\""),
  split: z
    .enum(["dev", "test"])
    .optional()
    .describe("the evaluation split of a corpus document (graph-data/CORPUS.md): dev to tune the extractor on, test to measure it"),
  text: z.string().describe("the document's full text, verbatim: evidence offsets point into it"),
  ...Display,
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
  licence: DocumentAttributesSchema.shape.licence,
  split: DocumentAttributesSchema.shape.split,
  notes: NonEmptyText.optional(),
});

export const EntityRecordSchema = z.strictObject({
  id: EntityIdSchema,
  ...EntityAttributesSchema.omit({ kind: true, x: true, y: true, label: true, size: true, color: true }).shape,
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
  review: ReviewSchema.optional().describe(
    "this action's own review, where it differs from its file's: a reviewer accepts a proposed file's actions one at a time",
  ),
});

/** graph-data/annotations/<slug>.json: the actions one document states. */
export const AnnotationFileSchema = z.strictObject({
  doc: DocIdSchema,
  review: ReviewSchema,
  actions: z.array(ActionRecordSchema),
});

// ---------------------------------------------------------------------------------------------
// Extractor data: the regulator gazetteer and the places list (src/extract/data/), which a user
// extends for a new jurisdiction by editing data, not code.

/** A jurisdiction: an ISO 3166-1 alpha-2 country code, EU for the European Union, INT for an international body. */
export const JurisdictionSchema = z.string().regex(/^(?:[A-Z]{2}|EU|INT)$/, "expected an ISO 3166-1 alpha-2 country code like \"US\", or \"EU\" or \"INT\"");

/** One regulator, enforcement body, court or government of the gazetteer. */
export const GazetteerBodySchema = z.strictObject({
  id: EntityIdSchema.describe("the id the body gets as an entity of the graph"),
  name: NonEmptyText.describe("the official English name, without a leading \"the\""),
  acronyms: z
    .array(z.string().regex(/^[\p{Lu}\d][\p{L}\d&.'’-]*$/u, "expected an acronym like \"SEC\", \"BaFin\" or \"Ofcom\""))
    .describe("short forms the body is known by; an acronym shared by several bodies is resolved by the document's country"),
  aliases: z.array(NonEmptyText).describe("other names: former names, names with a country (\"U.S. Securities and Exchange Commission\"), names in the local language"),
  nameZh: NonEmptyText.optional(),
  country: JurisdictionSchema,
  sector: z.enum(vocabKeys(SECTORS)),
  category: z.enum(["regulator", "government", "court"]),
});

/** src/extract/data/regulators.json */
export const GazetteerFileSchema = z.strictObject({
  $schema: z.string().optional(),
  bodies: z.array(GazetteerBodySchema),
});

/** What a well-known company does, for the companies list. */
export const INDUSTRIES = ["banking", "securities", "insurance", "payments", "crypto", "technology", "telecoms", "pharma", "energy", "automotive", "aviation", "retail", "consumer", "audit", "industrial", "shipping", "media"] as const;

/** One well-known company (or platform) that enforcement news names without a legal form ("Natixis", "Alphabet", "UBS"). */
export const CompanySchema = z.strictObject({
  id: EntityIdSchema.describe("the id the company gets as an entity of the graph"),
  name: NonEmptyText.describe("the name it is best known by, as written (names match only as written: \"Apple\" is not \"apple\")"),
  aliases: z.array(NonEmptyText).describe("other names and short forms as written: \"Citi\", \"UBS Group AG\", \"RBS\"; leave out words that are also common nouns"),
  country: JurisdictionSchema.describe("where it is incorporated or has its head office"),
  industry: z.enum(INDUSTRIES),
  category: z.enum(["company", "platform"]).optional().describe("\"platform\" for a service people use (TikTok, WhatsApp); company when left out"),
});

/** src/extract/data/companies.json */
export const CompaniesFileSchema = z.strictObject({
  $schema: z.string().optional(),
  companies: z.array(CompanySchema),
});

/** A country or other place: never an actor, and the context that picks between bodies sharing an acronym. */
export const PlaceSchema = z.strictObject({
  code: JurisdictionSchema,
  name: NonEmptyText,
  aliases: z.array(NonEmptyText).describe("other names and short forms: \"U.S.\", \"the United States\", \"Britain\""),
  adjectives: z.array(NonEmptyText).describe("\"American\", \"British\", \"Chinese\""),
  cities: z.array(NonEmptyText).describe("the main cities, which are places too"),
  regions: z.array(NonEmptyText).optional().describe("states, provinces and other places inside it: \"South Dakota\", \"New South Wales\""),
});

/** src/extract/data/places.json */
export const PlacesFileSchema = z.strictObject({
  $schema: z.string().optional(),
  places: z.array(PlaceSchema),
});

/**
 * src/extract/data/districts.json: the US federal judicial districts of the states that have more than one, by the cities
 * their US Attorney's offices sit in, so that "the U.S. Attorney's Office in Springfield, Illinois" is the Central District's.
 */
export const DistrictsFileSchema = z.strictObject({
  $schema: z.string().optional(),
  $comment: z.string().optional(),
  states: z
    .record(NonEmptyText, z.record(NonEmptyText, z.enum(["Northern", "Southern", "Eastern", "Western", "Middle", "Central"])))
    .describe("state -> seat city -> its district's direction: \"Illinois\": { \"Springfield\": \"Central\" }"),
  single: z.array(NonEmptyText).describe("states and territories with one district, the \"District of <State>\""),
});

/**
 * src/extract/data/marker.json: a logistic regression over a sentence's words, the action types of
 * the frame words it uses, an amount, its place in the text and its length, which says how likely a
 * sentence no action was read from is to state one. Review mode underlines the sentences it scores
 * at or above `threshold`. Trained on the corpus's dev part (`npm run train:marker`).
 */
export const MarkerModelSchema = z.strictObject({
  $schema: z.string().optional(),
  $comment: z.string().optional(),
  threshold: z.number().gt(0).lt(1).describe("the probability from which a sentence is marked"),
  trainedOn: z
    .strictObject({
      documents: z.int().nonnegative(),
      sentences: z.int().nonnegative(),
      marked: z.int().nonnegative().describe("of the sentences, those that state a gold action the extractor missed"),
    })
    .describe("what the weights were learned from: the dev part's sentences that no proposed action stands on"),
  weights: z.record(NonEmptyText, z.number()).describe("feature -> weight: \"bias\", \"w:<first six letters of a word>\", \"hit:<action type>\", \"words:yes\", \"money\", \"pos:<place>\", \"len:<size>\""),
});

/**
 * How a frame's roles are read (src/extract/frames.ts):
 * - active: the clause's subject acts on the object (or on TARGET); a passive verb ("X was
 *   fined by Y") turns it round, with the agent of "by" or else the passage's authority acting;
 * - defendant: the clause's subject is acted on ("X agreed to pay", "X pleaded guilty"), by an
 *   authority the clause names or else the passage's authority; if the subject is itself an
 *   authority ("the SEC settled with X"), the frame reads as active;
 * - nominal: a noun states the act ("charges against X"); the clause's subject acts if it can,
 *   else the passage's authority;
 * - recipients: the bodies at TARGET are asked to act ("recommended to the Prime Minister and the
 *   FSA that a penalty order be issued"): they act, on the parties the clause names.
 */
export const FrameRolesSchema = z.enum(["active", "defendant", "nominal", "recipients"]);

/** One way a text states an action: trigger words in the pattern language and how its roles are read. */
export const FrameSchema = z.strictObject({
  id: z.string().regex(/^[a-z_]+\.[a-z0-9_.-]+$/, "expected a frame id like \"fine.impose-on\" (the action type, a dot, a name)"),
  type: ActionTypeSchema,
  trigger: NonEmptyText.describe(
    "the words, space-separated: a literal word (_ for a space inside one); V:lemma for a verb's forms; N:lemma for a noun's; a|b for alternatives; x? optional; * up to 4 words (*2 up to 2) within a clause; ... up to 16 words and commas; TARGET where the party acted on stands; British and American spellings both match",
  ),
  roles: FrameRolesSchema.optional().describe("how actor and target are read; default active (nominal when the trigger starts with a noun)"),
  target: z
    .enum(["object", "parties", "others"])
    .optional()
    .describe(
      "object (default): the phrase after the trigger or at TARGET; parties: every company or person the clause names, for mergers; others: whom the sentence's other actions act on (\"charged ... following an investigation by ASIC\")",
    ),
  also: z
    .array(ActionTypeSchema)
    .optional()
    .describe("further acts the same words state, with the same actor and target: \"settled charges\" also states the charges; \"an investigation found that X violated\" also a finding of a violation"),
  unlessAfter: NonEmptyText.optional().describe("a regular expression: no action when the text right after the trigger matches it; {MONEY} stands for a sum with its currency first"),
  unlessBefore: NonEmptyText.optional().describe("a regular expression: no action when the text right before the trigger matches it; {MONEY} stands for a sum with its currency first"),
  onlyAfter: NonEmptyText.optional().describe("a regular expression: an action only when the text right after the trigger matches it (\"pay\" then \"$150,000 ... to settle\"); {MONEY} stands for a sum with its currency first (\"$150,000\", \"€1.07 billion\", \"Rs 1,337 crore\")"),
});

/** src/extract/data/frames.json: the frame lexicon and the words that are never actors. */
export const FrameLexiconSchema = z.strictObject({
  $schema: z.string().optional(),
  words: z
    .record(
      z.string().regex(/^[a-z][a-z0-9-]*$/, "a list's name: lower-case letters, digits and hyphens"),
      z.string().regex(/^[^\s|]+(?:\|[^\s|]+)*$/, "one trigger element: alternatives joined by | with no spaces (an underscore stands for a space)"),
    )
    .optional()
    .describe(
      "named word lists several frames share, each written as one element of a trigger (\"V:cease|V:stop|V:desist\"); a trigger writes @name where the list's words may stand (\"V:order TARGET to @ordered-acts\"), a context regex writes {@name} for the list's words as written (\"and to {@ordered-acts}\")",
    ),
  frames: z.array(FrameSchema),
  outlets: z.array(NonEmptyText).describe("news outlets and wires: never the actor of what they report"),
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
export type GazetteerBody = z.infer<typeof GazetteerBodySchema>;
export type GazetteerFile = z.infer<typeof GazetteerFileSchema>;
export type Place = z.infer<typeof PlaceSchema>;
export type PlacesFile = z.infer<typeof PlacesFileSchema>;
export type DistrictsFile = z.infer<typeof DistrictsFileSchema>;
export type MarkerModel = z.infer<typeof MarkerModelSchema>;
export type CompaniesFile = z.infer<typeof CompaniesFileSchema>;
export type Company = z.infer<typeof CompanySchema>;
export type Frame = z.infer<typeof FrameSchema>;
export type FrameLexicon = z.infer<typeof FrameLexiconSchema>;
