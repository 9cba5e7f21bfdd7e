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
  regulator: { meaning: "A body with statutory power to supervise, regulate or enforce (central bank, securities or competition regulator, prosecutor, sanctions office)." },
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
  court: { meaning: "A court, tribunal or judge deciding a case." },
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
    meaning: "Impose a monetary penalty, or order or obtain a payment (penalty, disgorgement, restitution, forfeiture); the quantity is the amount.",
    cameo: { code: "172", label: "Impose administrative sanctions" },
  },
  declare_illegal: {
    meaning: "State officially that an activity or actor is unlawful, or find that a party broke the law (\"the order finds that X violated ...\").",
    cameo: { code: "112", label: "Accuse" },
  },
  charge: {
    meaning: "Start litigation against a party: file charges, a complaint, a lawsuit or an indictment.",
    cameo: { code: "115", label: "Bring lawsuit against" },
  },
  settle: {
    meaning: "Resolve an enforcement action or lawsuit by agreement (settlement, consent order, deferred prosecution agreement); the actor is the authority, the target the party that settles.",
    cameo: { code: "057", label: "Sign formal agreement" },
  },
  convict: {
    meaning: "Find a party guilty or liable, take its guilty plea, or sentence it; the actor is the court, or the prosecuting authority where no court is named.",
    cameo: { code: "116", label: "Find guilty or liable (legally)" },
  },
  revoke: {
    meaning: "Revoke, suspend or cancel a licence, registration or authorisation, or bar a person from an industry.",
    cameo: { code: "172", label: "Impose administrative sanctions" },
  },
  sanction: {
    meaning: "Designate a party under a sanctions programme, freeze its assets or forbid dealings with it.",
    cameo: { code: "163", label: "Impose embargo, boycott, or sanctions" },
  },
  block_merger: {
    meaning: "Prohibit a merger, acquisition or joint venture, or sue to stop it.",
    cameo: { code: "172", label: "Impose administrative sanctions" },
  },
  approve: {
    meaning: "Authorise something, with or without conditions: clear a merger, approve a product, grant a licence.",
    cameo: { code: "080", label: "Yield" },
  },
  receivership: {
    meaning: "Place a party under a receiver, administrator, conservator or special manager.",
    cameo: { code: "172", label: "Impose administrative sanctions" },
  },
  warn: {
    meaning: "Caution or threaten a party about consequences if it acts.",
    cameo: { code: "132", label: "Threaten with administrative sanctions" },
  },
  require: {
    meaning: "Order or oblige a party to do something or to stop doing it: orders, directions, injunctions, cease-and-desist orders.",
    cameo: { code: "100", label: "Demand" },
  },
  guide: {
    meaning: "Give non-binding guidance or instructions (\"window guidance\").",
    cameo: { code: "020", label: "Make an appeal or request" },
  },
  scrutinize: {
    meaning: "Monitor, inspect or investigate a party or activity: open a probe, an inquiry or an audit.",
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

/** What a body in the regulator gazetteer oversees or enforces. */
export const SECTORS = {
  central_bank: { meaning: "A central bank or monetary authority." },
  banking: { meaning: "Supervises banks and credit institutions." },
  securities: { meaning: "Securities, investment and capital markets." },
  derivatives: { meaning: "Commodities and derivatives markets." },
  insurance: { meaning: "Insurance and pensions." },
  financial: { meaning: "Financial services as a whole (an integrated financial supervisor)." },
  consumer_finance: { meaning: "Consumer protection in financial services." },
  aml: { meaning: "Anti-money-laundering: a financial intelligence unit or AML supervisor." },
  sanctions: { meaning: "Economic sanctions and export controls." },
  tax: { meaning: "Tax and customs." },
  competition: { meaning: "Competition, antitrust and merger control." },
  consumer: { meaning: "Consumer protection and fair trading in general." },
  data_protection: { meaning: "Data protection and privacy." },
  communications: { meaning: "Telecommunications, broadcasting, the internet and online content." },
  energy: { meaning: "Energy and utilities." },
  environment: { meaning: "Environment and pollution." },
  health: { meaning: "Food, medicines, medical devices and public health." },
  transport: { meaning: "Aviation, road, rail and maritime transport." },
  gambling: { meaning: "Gambling and lotteries." },
  audit: { meaning: "Audit, accounting and corporate reporting oversight." },
  law_enforcement: { meaning: "Prosecutors, police and justice ministries." },
  trade: { meaning: "Trade, commerce and industry ministries." },
  government: { meaning: "A government, cabinet or ministry acting across sectors." },
  other: { meaning: "Anything else: labour, workplace safety, education, elections..." },
} as const satisfies Record<string, VocabEntry>;
export type Sector = keyof typeof SECTORS;
