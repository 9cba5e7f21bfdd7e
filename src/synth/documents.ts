import {
  actionId,
  edgeKey,
  type ActionAttributes,
  type ActionType,
  type DocumentAttributes,
  type EdgeAttributes,
  type Quantity,
  type Status,
} from "../schema/index.ts";
import type { Population } from "./population.ts";
import { int, pick, prng, subSeed, zipf } from "./random.ts";

/** [base form for plans, past form for what happened]; {T} is the target phrase. */
const PHRASES: Record<ActionType, [string, string]> = {
  ban: ["ban {T}", "banned {T}"],
  shutdown: ["shut down {T}", "shut down {T}"],
  block: ["block {T}", "blocked {T}"],
  fine: ["fine {T}", "fined {T}"],
  declare_illegal: ["declare {T} illegal", "declared {T} illegal"],
  charge: ["charge {T}", "charged {T}"],
  settle: ["settle with {T}", "settled with {T}"],
  convict: ["seek a conviction of {T}", "secured a conviction of {T}"],
  revoke: ["revoke the licence of {T}", "revoked the licence of {T}"],
  sanction: ["sanction {T}", "sanctioned {T}"],
  block_merger: ["block the merger of {T}", "blocked the merger of {T}"],
  approve: ["approve {T}", "approved {T}"],
  receivership: ["appoint a receiver for {T}", "appointed a receiver for {T}"],
  warn: ["warn {T}", "warned {T}"],
  require: ["require {T} to tighten controls", "required {T} to tighten controls"],
  guide: ["issue guidance to {T}", "issued guidance to {T}"],
  scrutinize: ["investigate {T}", "investigated {T}"],
  regulate: ["issue rules on {T}", "issued rules on {T}"],
  campaign: ["launch a crackdown on {T}", "launched a crackdown on {T}"],
  consult: ["hold talks with {T}", "held talks with {T}"],
  withdraw: ["withdraw from {T}", "withdrew from {T}"],
  migrate: ["move its business in {T} abroad", "moved its business in {T} abroad"],
  resume: ["resume {T}", "resumed {T}"],
  defraud: ["run scams around {T}", "ran scams around {T}"],
  decline: ["shrink in {T}", "shrank in {T}"],
  report: ["publish findings on {T}", "published findings on {T}"],
};

/** Regulators mostly ban, warn and investigate; a few actions are the market's own moves. */
const TYPE_WEIGHTS: [ActionType, number][] = [
  ["ban", 12], ["shutdown", 10], ["block", 8], ["declare_illegal", 5], ["warn", 12], ["require", 8],
  ["guide", 5], ["scrutinize", 12], ["regulate", 6], ["campaign", 6], ["consult", 5], ["report", 3],
  ["withdraw", 2], ["migrate", 2], ["resume", 2], ["defraud", 2],
];
const MARKET_SIDE = new Set<ActionType>(["withdraw", "migrate", "resume", "defraud"]);
const STATUS_WEIGHTS: [Status, number][] = [["enacted", 50], ["planned", 20], ["announced", 10], ["stated", 10], ["reported", 10]];
const COUNTED: Partial<Record<ActionType, string>> = { block: "servers", shutdown: "accounts", withdraw: "platforms", ban: "products" };

function weighted<T>(table: [T, number][]): (rand: () => number) => T {
  const total = table.reduce((s, [, w]) => s + w, 0);
  return (rand) => {
    let u = rand() * total;
    for (const [value, w] of table) if ((u -= w) < 0) return value;
    return table[table.length - 1]![0];
  };
}
const drawType = weighted(TYPE_WEIGHTS);
const drawStatus = weighted(STATUS_WEIGHTS);

export interface SynthNode<A> {
  key: string;
  attributes: A;
}

export interface SynthEdge {
  key: string;
  source: string;
  target: string;
  attributes: EdgeAttributes;
}

export interface SynthDocument {
  doc: SynthNode<DocumentAttributes>;
  actions: SynthNode<ActionAttributes>[];
  edges: SynthEdge[];
}

export interface Samplers {
  actor: (rand: () => number) => number;
  target: (rand: () => number) => number;
}

/** Heavy tails: Zipf over actors (a handful of regulators do most) and over targets. */
export function makeSamplers(pop: Population): Samplers {
  return { actor: zipf(pop.actors.length, 1.1), target: zipf(pop.targets.length, 0.9) };
}

function isoDay(epochDay: number): string {
  return new Date(epochDay * 86_400_000).toISOString().slice(0, 10);
}

const FIRST_DAY = Date.UTC(2015, 0, 1) / 86_400_000;
const LAST_DAY = Date.UTC(2024, 11, 31) / 86_400_000;

function listPhrase(names: string[]): string {
  return names.length <= 1 ? (names[0] ?? "") : `${names.slice(0, -1).join(", ")} and ${names[names.length - 1]}`;
}

/**
 * Document `index` of a synthetic corpus: a short news text whose sentences each state one
 * action, with the evidence spans pointing at them. Each document draws from its own
 * sub-stream of the seed, so any one can be regenerated without the others.
 */
export function makeDocument(pop: Population, samplers: Samplers, seed: number, index: number, actionCount: number): SynthDocument {
  const rand = prng(subSeed(seed, index));
  const slug = `synth-${seed}-${index + 1}`;
  const docKey = `doc:${slug}`;
  const published = int(rand, FIRST_DAY, LAST_DAY);
  const name = (id: string) => pop.names.get(id)!;

  const sentences: string[] = [];
  const actions: SynthNode<ActionAttributes>[] = [];
  const edges: SynthEdge[] = [];
  const header = `${name(pop.actors[samplers.actor(rand)]!)} steps up oversight of crypto markets`;
  let text = `${header}\n\n`;

  for (let n = 1; n <= actionCount; n++) {
    const type = drawType(rand);
    const status = drawStatus(rand);
    const key = actionId(slug, n);
    const marketSide = MARKET_SIDE.has(type);
    const actors = marketSide ? [pick(rand, pop.firms)] : [pop.actors[samplers.actor(rand)]!];
    if (!marketSide && rand() < 0.08) {
      const second = pop.actors[samplers.actor(rand)]!;
      if (second !== actors[0]) actors.push(second);
    }
    const targetCount = rand() < 0.8 ? 1 : rand() < 0.75 ? 2 : 3;
    const targets: string[] = [];
    for (let t = 0; t < targetCount; t++) {
      const target = marketSide ? pick(rand, pop.activities) : pop.targets[samplers.target(rand)]!;
      if (!targets.includes(target) && !actors.includes(target)) targets.push(target);
    }
    if (targets.length === 0) targets.push(pop.activities.find((a) => !actors.includes(a))!);
    const unit = COUNTED[type];
    const quantity: Quantity | undefined = unit && rand() < 0.3 ? { value: int(rand, 2, 500), unit } : undefined;
    const basis = type !== "regulate" && rand() < 0.1 ? pick(rand, pop.regulations) : undefined;

    const day = published - int(rand, 0, 90);
    const dateRoll = rand();
    const date = dateRoll < 0.7 ? isoDay(day) : dateRoll < 0.9 ? isoDay(day).slice(0, 7) : undefined;
    const media = status === "reported" ? pick(rand, pop.media) : undefined;

    const targetPhrase = (quantity ? `${quantity.value} ${quantity.unit} of ` : "") + listPhrase(targets.map(name));
    const [base, past] = PHRASES[type];
    const subject = listPhrase(actors.map(name));
    const clause =
      status === "planned"
        ? `${subject} ${actors.length > 1 ? "are" : "is"} set to ${base.replace("{T}", targetPhrase)}`
        : status === "announced"
          ? `${subject} announced plans to ${base.replace("{T}", targetPhrase)}`
          : status === "stated"
            ? `${subject} said it would ${base.replace("{T}", targetPhrase)}`
            : `${subject} ${past.replace("{T}", targetPhrase)}`;
    const when = date && status !== "planned" ? ` on ${date}` : "";
    const attribution = media ? `According to ${name(media)}` : undefined;
    const sentence = `${attribution ? `${attribution}, ` : ""}${clause}${when}${basis ? `, citing ${name(basis)}` : ""}.`;

    const start = text.length;
    text += sentence + (n % 3 === 0 ? "\n\n" : " ");
    sentences.push(sentence);

    const attrs: ActionAttributes = {
      kind: "action",
      actionType: type,
      status,
      summary: clause,
      ...(date ? { time: { date } } : {}),
      ...(quantity ? { quantity } : {}),
      ...(attribution ? { attribution } : {}),
      evidence: [{ doc: docKey, start, end: start + sentence.length, quote: sentence }],
      method: "rule:synth",
    };
    actions.push({ key, attributes: attrs });
    for (const a of actors) edges.push({ key: edgeKey("actor", a, key), source: a, target: key, attributes: { kind: "actor" } });
    for (const t of targets) edges.push({ key: edgeKey("target", key, t), source: key, target: t, attributes: { kind: "target" } });
    if (basis) edges.push({ key: edgeKey("basis", key, basis), source: key, target: basis, attributes: { kind: "basis" } });
    if (media) edges.push({ key: edgeKey("attribution", key, media), source: key, target: media, attributes: { kind: "attribution" } });
    edges.push({ key: edgeKey("source", key, docKey), source: key, target: docKey, attributes: { kind: "source" } });
  }

  const doc: SynthNode<DocumentAttributes> = {
    key: docKey,
    attributes: { kind: "document", title: header, publisher: "regkg synth", published: isoDay(published), language: "en", text: text.trimEnd() },
  };
  return { doc, actions, edges };
}
