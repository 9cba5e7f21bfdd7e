import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { extractActions, score, triplesOf, type GazetteerEntry, type Score, type Triple } from "../../src/extract/index.ts";
import { slugify, type EntityCategory } from "../../src/schema/index.ts";
import { REPO, SEED_ANNOTATION, SEED_DIR, SEED_TEXT } from "../helpers/paths.ts";

export const GOLD_DIR = join(REPO, "tests/fixtures/gold");

export interface GoldResult {
  name: string;
  score: Score;
}

/** graph-data's entities, as the extractor's gazetteer. */
export function seedEntities(): GazetteerEntry[] {
  return JSON.parse(readFileSync(join(SEED_DIR, "entities.json"), "utf8")).entities;
}

function evaluate(name: string, text: string, entities: GazetteerEntry[], gold: Triple[]): GoldResult {
  const x = extractActions(text, entities);
  const all = [...entities, ...x.proposed];
  const byId = new Map(all.map((e) => [e.id, e]));
  // Gold triples here name their entities; found ones carry ids. Both resolve to every name of the entity.
  const namesOf = (e: GazetteerEntry) => [e.name, ...e.aliases, ...(e.nameZh ? [e.nameZh] : [])];
  const names = (key: string) => {
    const e = byId.get(key) ?? all.find((v) => v.name === key);
    return e ? namesOf(e) : [key];
  };
  return { name, score: score(triplesOf(x), gold, names) };
}

/** Each gold text of tests/fixtures/gold, and the seed article against its curated annotation. */
export function evaluateAll(): GoldResult[] {
  const base = seedEntities();
  const results: GoldResult[] = [];
  for (const file of readdirSync(GOLD_DIR).filter((f) => f.endsWith(".txt")).sort()) {
    const name = file.replace(/\.txt$/, "");
    const gold = JSON.parse(readFileSync(join(GOLD_DIR, `${name}.gold.json`), "utf8")) as { triples: Triple[]; entities?: { name: string; category: EntityCategory }[] };
    const extra: GazetteerEntry[] = (gold.entities ?? []).map((e) => ({ id: `entity:${slugify(e.name)}`, name: e.name, category: e.category, aliases: [] }));
    results.push(evaluate(name, readFileSync(join(GOLD_DIR, file), "utf8"), [...base, ...extra], gold.triples));
  }
  const annotation = JSON.parse(readFileSync(join(SEED_DIR, SEED_ANNOTATION), "utf8"));
  const names = new Map(base.map((e) => [e.id, e.name]));
  const seedGold: Triple[] = annotation.actions.flatMap((a: { actors: string[]; targets: string[]; actionType: Triple["actionType"]; status: Triple["status"] }) =>
    a.actors.flatMap((actor) => a.targets.map((target) => ({ actor: names.get(actor)!, actionType: a.actionType, target: names.get(target)!, status: a.status }))),
  );
  results.push(evaluate("seed article (curated)", readFileSync(join(SEED_DIR, SEED_TEXT), "utf8"), base, seedGold));
  return results;
}
