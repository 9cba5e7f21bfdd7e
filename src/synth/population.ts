import { slugify, type EntityAttributes, type EntityCategory, type RelationAttributes } from "../schema/index.ts";
import { int, pick, prng, subSeed } from "./random.ts";

const JURISDICTIONS = [
  "Atlantis", "Borealia", "Cascadia", "Dalmora", "Esteria", "Fennmark", "Galdor", "Hesperia", "Istria", "Jutara",
  "Kaldor", "Lusitara", "Meridia", "Norrland", "Ostmark", "Pelagia", "Quarnia", "Rivenia", "Sardonia", "Tyrrhenia",
  "Umbria Nova", "Valdora", "Westmark", "Xandria", "Ylvania", "Zembla", "Arcadia", "Brisland", "Corvinia", "Dravia",
];
const REGULATOR_KINDS = [
  "Securities Commission", "Central Bank", "Financial Supervisory Authority", "Cyberspace Administration",
  "Ministry of Finance", "Financial Intelligence Unit", "Consumer Protection Agency", "Tax Authority",
  "Prudential Regulation Authority", "Monetary Authority",
];
const GIVEN = ["Ana", "Bo", "Chen", "Dara", "Emil", "Farah", "Gao", "Hana", "Ivo", "Jun", "Kai", "Lena", "Mei", "Nils", "Omar", "Pia", "Qiu", "Rui", "Sana", "Tomas"];
const FAMILY = ["Almeida", "Berg", "Chen", "Dumont", "Eriksen", "Fischer", "Guo", "Haddad", "Ito", "Jensen", "Kovacs", "Li", "Moreau", "Novak", "Okafor", "Park", "Quinn", "Rossi", "Sato", "Tanaka", "Ueda", "Varga", "Wang", "Xu", "Yilmaz", "Zhou"];
const TITLES = ["chair", "governor", "deputy governor", "director", "commissioner"];
const PREFIX = ["Nova", "Bit", "Coin", "Block", "Crypto", "Ledger", "Hash", "Chain", "Token", "Satoshi", "Byte", "Quantum", "Orbit", "Zen", "Apex", "Lumen", "Vertex", "Delta", "Helix", "Atlas"];
const SUFFIX = ["Trade", "Vault", "Pay", "Swap", "Mint", "Port", "Flow", "Bridge", "Stack", "Forge", "Grid", "Hub"];
const TARGET_FORMS: [string, EntityCategory][] = [
  ["Exchange", "company"], ["Capital", "company"], ["Markets", "company"], ["Labs", "company"],
  ["Wallet", "platform"], ["App", "platform"], ["Network", "platform"],
  ["servers", "infrastructure"], ["websites", "infrastructure"], ["accounts", "infrastructure"],
];
const ACTIVITIES = [
  "initial coin offerings", "cryptocurrency trading", "crypto lending", "stablecoin issuance", "crypto mining",
  "margin trading of crypto assets", "crypto derivatives", "token sales", "crypto payments", "NFT trading",
  "decentralised finance", "crypto fund-raising", "over-the-counter crypto trading", "crypto advertising", "crypto custody",
];
const GROUPS = ["crypto exchanges", "ICO platforms", "payment providers", "crypto lenders", "mining farms", "crypto influencers", "banks serving crypto firms", "stablecoin issuers"];
const MEDIA = ["Daily Ledger", "Market Wire", "Finance Herald", "Policy Post", "Crypto Courier", "The Regulator", "Asia Markets Daily", "Global Finance Times"];

export interface SynthEntity {
  id: string;
  attributes: EntityAttributes;
}

export interface SynthRelation {
  source: string;
  target: string;
  attributes: RelationAttributes;
}

export interface Population {
  /** Everything that can act, best-known first: regulators, officials, governments, shuffled by seed. */
  actors: string[];
  /** Everything that can be acted on. */
  targets: string[];
  /** Companies and platforms, which act in market-side actions (withdraw, migrate, ...). */
  firms: string[];
  activities: string[];
  regulations: string[];
  media: string[];
  entities: SynthEntity[];
  relations: SynthRelation[];
  names: Map<string, string>;
}

function shuffle<T>(rand: () => number, items: T[]): T[] {
  for (let i = items.length - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    [items[i], items[j]] = [items[j]!, items[i]!];
  }
  return items;
}

/**
 * The cast of a synthetic graph, sized to the number of actions: a few hundred regulators and
 * officials at 10^6 actions, and thousands of targets. Deterministic for a seed.
 */
export function makePopulation(actions: number, seed: number): Population {
  const rand = prng(subSeed(seed, -1));
  const entities: SynthEntity[] = [];
  const relations: SynthRelation[] = [];
  const names = new Map<string, string>();
  const used = new Set<string>();
  const add = (name: string, category: EntityCategory, extra: Partial<EntityAttributes> = {}): string => {
    let unique = name;
    for (let n = 2; used.has(unique); n++) unique = `${name} ${n}`;
    used.add(unique);
    const id = `entity:${slugify(unique)}`;
    entities.push({ id, attributes: { kind: "entity", name: unique, category, aliases: [], ...extra } });
    names.set(id, unique);
    return id;
  };

  const regulatorCount = Math.min(300, 40 + Math.floor(actions / 4000));
  const pairs = shuffle(rand, JURISDICTIONS.flatMap((j) => REGULATOR_KINDS.map((k) => [j, k] as const)));
  const governments = new Map<string, string>();
  const regulators: string[] = [];
  const officials: string[] = [];
  for (const [jurisdiction, kind] of pairs.slice(0, regulatorCount)) {
    const name = `${jurisdiction} ${kind}`;
    const abbreviation = name.split(" ").filter((w) => /^[A-Z]/.test(w)).map((w) => w[0]).join("");
    const regulator = add(name, "regulator", { aliases: [abbreviation] });
    regulators.push(regulator);
    if (!governments.has(jurisdiction)) governments.set(jurisdiction, add(`Government of ${jurisdiction}`, "government", { aliases: [jurisdiction] }));
    relations.push({ source: regulator, target: governments.get(jurisdiction)!, attributes: { kind: "relation", relType: "part_of" } });
    const official = add(`${pick(rand, GIVEN)} ${pick(rand, FAMILY)}`, "person");
    officials.push(official);
    relations.push({ source: official, target: regulator, attributes: { kind: "relation", relType: "holds_position_in", title: pick(rand, TITLES) } });
  }
  const actors = shuffle(rand, [...regulators, ...officials, ...governments.values()]);

  const targetCount = Math.min(20_000, 1000 + Math.floor(actions / 50));
  const activities = ACTIVITIES.map((a) => add(a, "activity"));
  const groups = GROUPS.map((g) => add(g, "target_group"));
  const companies: string[] = [];
  const platforms: string[] = [];
  const targets: string[] = [...activities, ...groups];
  while (targets.length < targetCount) {
    const [form, category] = pick(rand, TARGET_FORMS);
    const id = add(`${pick(rand, PREFIX)}${pick(rand, SUFFIX)} ${form}`, category);
    targets.push(id);
    if (category === "company") companies.push(id);
    else if (category === "platform") platforms.push(id);
  }
  const firms = [...companies, ...platforms];
  // Some companies run the platforms.
  for (const platform of platforms.slice(0, Math.floor(platforms.length / 2))) {
    if (companies.length > 0) relations.push({ source: pick(rand, companies), target: platform, attributes: { kind: "relation", relType: "operates" } });
  }

  const regulationCount = Math.min(150, 30 + Math.floor(actions / 10_000));
  const regulations: string[] = [];
  for (let i = 0; i < regulationCount; i++) {
    const year = int(rand, 2012, 2024);
    regulations.push(add(`Rules on ${pick(rand, ACTIVITIES)} (${year}/${i + 1})`, "regulation"));
  }
  const media = MEDIA.map((m) => add(m, "media"));
  shuffle(rand, targets);
  return { actors, targets, firms, activities, regulations, media, entities, relations, names };
}
