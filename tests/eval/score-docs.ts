/**
 * The documents a file lists, scored with the extractor of the checkout this file sits in, against
 * the annotations of a graph-data folder: JSON totals per split. score-at.sh copies it into an
 * older checkout to ask how an earlier extractor read a new batch. It uses only the extractor's
 * oldest API (extractActions, triplesOf, score) and reads the files itself, so that it runs there.
 *
 *   npx tsx tests/eval/score-docs.ts <graph-data dir> <file of slugs>
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { extractActions, score, triplesOf } from "../../src/extract/index.ts";
const [dir, list] = process.argv.slice(2);
const slugs = readFileSync(list!, "utf8").split(/\s+/).filter(Boolean);
const ents = new Map((JSON.parse(readFileSync(join(dir!, "entities.json"), "utf8")).entities as { id: string; name: string; aliases: string[] }[]).map((e) => [e.id, [e.name, ...e.aliases]]));
const tot: Record<string, { docs: number; gold: number; found: number; correct: number; goldFound: number }> = {};
for (const slug of slugs) {
  const meta = JSON.parse(readFileSync(join(dir!, "documents", slug, "meta.json"), "utf8"));
  const text = readFileSync(join(dir!, "documents", slug, "text.txt"), "utf8");
  const ann = JSON.parse(readFileSync(join(dir!, "annotations", `${slug}.json`), "utf8"));
  const gold = ann.actions.flatMap((a: any) => a.actors.flatMap((actor: string) => a.targets.map((target: string) => ({ actor, actionType: a.actionType, target, status: a.status, evidence: a.evidence }))));
  const published = meta.published && /^\d{4}-\d{2}-\d{2}$/.test(meta.published) ? meta.published : undefined;
  const x: any = extractActions(text, [], { doc: meta.id, ...(published ? { docDate: published } : {}), ...(meta.publisher ? { publisher: meta.publisher } : {}) } as any);
  const proposed = new Map((x.proposed as any[]).map((e) => [e.id, [e.name, ...e.aliases]]));
  const names = (id: string) => [...(ents.get(id) ?? []), ...(proposed.get(id) ?? []), ...(x.names?.[id] ? [x.names[id]] : [])];
  const s: any = score(triplesOf(x) as any, gold, names as any);
  const t = (tot[meta.split] ??= { docs: 0, gold: 0, found: 0, correct: 0, goldFound: 0 });
  t.docs++; t.gold += s.gold; t.found += s.found; t.correct += s.correct; t.goldFound += Array.isArray(s.goldFound) ? s.goldFound.length : Math.round(s.recall * s.gold);
}
console.log(JSON.stringify(tot));
