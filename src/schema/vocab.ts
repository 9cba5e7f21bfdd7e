/**
 * The closed vocabularies of the model: node kinds, entity categories, the action taxonomy,
 * statuses, edge kinds and relation types. Everything else (zod schemas, JSON Schema, the
 * explorer's legend, the CLI's stats) is derived from these tables.
 */

export const NODE_KINDS = ["entity", "action", "document"] as const;
export type NodeKind = (typeof NODE_KINDS)[number];

export interface VocabEntry {
  /** One line: what the term means, precise enough to annotate by. */
  readonly meaning: string;
}

export const ENTITY_CATEGORIES = {
  regulator: { meaning: "A body with statutory power to supervise or regulate (central bank, securities or internet regulator)." },
  government: { meaning: "A state or its government acting as a whole (\"China launched a crackdown\")." },
  task_force: { meaning: "A team, committee or working group set up for a specific campaign." },
  person: { meaning: "A named individual." },
  company: { meaning: "A business or corporate group." },
  platform: { meaning: "A product or service that hosts users or accounts (a social network, a messaging app)." },
  media: { meaning: "A news outlet or publication." },
  target_group: { meaning: "A class of actors, usually acted upon (\"ICO platforms\", \"third-party payment providers\")." },
  activity: { meaning: "A kind of activity, product or market (ICOs, cryptocurrency fund-raising, renminbi bitcoin trading)." },
  infrastructure: { meaning: "Technical means of operating: servers, websites, social media accounts." },
  regulation: { meaning: "A rule, regulation, notice or law." },
} as const satisfies Record<string, VocabEntry>;
export type EntityCategory = keyof typeof ENTITY_CATEGORIES;

export interface CameoCode {
  /** The CAMEO event code (Conflict and Mediation Event Observations, as used by GDELT). */
  readonly code: string;
  readonly label: string;
}

export interface ActionTypeEntry extends VocabEntry {
  /** The nearest CAMEO event code, or null where CAMEO has nothing close. */
  readonly cameo: CameoCode | null;
}

/**
 * The action taxonomy. Regulatory news needs finer types than CAMEO (which has no "block a
 * server" or "withdraw from a market"), so each type names its nearest CAMEO code to let
 * regkg data be lined up with GDELT-style event data.
 */
export const ACTION_TYPES = {
  ban: {
    meaning: "Prohibit an activity, product or service from now on.",
    cameo: { code: "172", label: "Impose administrative sanctions" },
  },
  shutdown: {
    meaning: "Close existing accounts, sites, services or businesses.",
    cameo: { code: "172", label: "Impose administrative sanctions" },
  },
  block: {
    meaning: "Make a resource unreachable (servers, websites, IP addresses) without owning it.",
    cameo: { code: "172", label: "Impose administrative sanctions" },
  },
  fine: {
    meaning: "Impose a monetary penalty.",
    cameo: { code: "172", label: "Impose administrative sanctions" },
  },
  declare_illegal: {
    meaning: "State officially that an activity or actor is unlawful.",
    cameo: { code: "112", label: "Accuse" },
  },
  warn: {
    meaning: "Caution or threaten a party about consequences if it acts.",
    cameo: { code: "132", label: "Threaten with administrative sanctions" },
  },
  require: {
    meaning: "Order or oblige a party to do something.",
    cameo: { code: "100", label: "Demand" },
  },
  guide: {
    meaning: "Give non-binding guidance or instructions (\"window guidance\").",
    cameo: { code: "020", label: "Make an appeal or request" },
  },
  scrutinize: {
    meaning: "Monitor, inspect or investigate a party or activity.",
    cameo: { code: "090", label: "Investigate" },
  },
  regulate: {
    meaning: "Issue or enact rules; the target is the regulation issued, which later actions cite as their basis.",
    cameo: null,
  },
  campaign: {
    meaning: "Launch or conduct a sustained enforcement campaign (a crackdown) against an activity or group.",
    cameo: { code: "170", label: "Coerce" },
  },
  consult: {
    meaning: "Hold discussions or meetings with a party.",
    cameo: { code: "040", label: "Consult" },
  },
  withdraw: {
    meaning: "Leave a market or stop an activity (the target is the market or activity left).",
    cameo: { code: "080", label: "Yield" },
  },
  migrate: {
    meaning: "Move operations abroad, out of a jurisdiction's reach (the target is the market left).",
    cameo: null,
  },
  resume: {
    meaning: "Restart an activity that had stopped or been banned (\"stage a comeback\").",
    cameo: null,
  },
  defraud: {
    meaning: "Run scams or fraudulent schemes (the target is whom or what they prey on).",
    cameo: null,
  },
  decline: {
    meaning: "A measured share or volume falls; the actor is what falls, the target what it is measured against.",
    cameo: null,
  },
  report: {
    meaning: "Publish or disclose information about a party or activity.",
    cameo: { code: "010", label: "Make statement" },
  },
} as const satisfies Record<string, ActionTypeEntry>;
export type ActionType = keyof typeof ACTION_TYPES;

/**
 * How the source presents an action. The status is about the action's modality, not about
 * who says it (that is the action's attribution).
 */
export const STATUSES = {
  enacted: { meaning: "Done: the text states it happened (\"Tencent shut the accounts\")." },
  announced: { meaning: "Officially announced by the actor, not yet in force or carried out." },
  planned: { meaning: "Intended or expected, not yet done (\"regulators are set to block 124 servers\")." },
  stated: { meaning: "The action is a statement, and the text reports it was made (\"X said ICOs are illegal\")." },
  reported: { meaning: "Claimed by a source the text cites, not by the text itself (\"sources said platforms migrated abroad\")." },
} as const satisfies Record<string, VocabEntry>;
export type Status = keyof typeof STATUSES;

export const EDGE_KINDS = {
  actor: { meaning: "entity -> action: who performed the action." },
  target: { meaning: "action -> entity: on whom or what the action was performed." },
  basis: { meaning: "action -> entity: the regulation or authority the action rests on." },
  relation: { meaning: "entity -> entity: a standing relation (see relation types)." },
  source: { meaning: "action -> document: the document whose text states the action." },
  attribution: { meaning: "action -> entity: who the text says states or reports the action (\"according to ...\")." },
} as const satisfies Record<string, VocabEntry>;
export type EdgeKind = keyof typeof EDGE_KINDS;

export const RELATION_TYPES = {
  holds_position_in: { meaning: "A person holds a position (give its title) in an organisation." },
  leads: { meaning: "A person or body heads another body." },
  operates: { meaning: "A company operates a platform, service or infrastructure." },
  part_of: { meaning: "Something is a part or subset of something else." },
  reported_by: { meaning: "A source's claims reach us through a media outlet." },
} as const satisfies Record<string, VocabEntry>;
export type RelationType = keyof typeof RELATION_TYPES;

/** Keys of a vocabulary table as a non-empty tuple, the shape z.enum wants. */
export function vocabKeys<T extends Record<string, unknown>>(table: T): [keyof T & string, ...(keyof T & string)[]] {
  const keys = Object.keys(table) as (keyof T & string)[];
  if (keys.length === 0) throw new Error("empty vocabulary");
  return keys as [keyof T & string, ...(keyof T & string)[]];
}
