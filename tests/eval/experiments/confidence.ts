/**
 * An experiment of the twenty-fifth session, kept so that it can be run again, not part of the
 * extractor: can a learned score say which of the extractor's own proposals are wrong? Each
 * distinct proposed triple gets features that do not name a rule (action type, reading, the
 * parties' categories, whether each party is named in the sentence or is the text's main
 * authority, how many sentences state it, where the first one is, how many types the same pair
 * has, how long the lists are...); a logistic regression, five-fold cross-validated over the dev
 * part's documents, scores it; dropping the triples below a threshold trades recall for
 * precision. Prints the trade per threshold. Dev only: the test part is never read.
 *
 *   npx tsx tests/eval/experiments/confidence.ts [--frames]
 */
import { join } from "node:path";
import { markerProbability, sameEntity, score, trainMarker, triplesOf, type Triple } from "../../../src/extract/index.ts";
import { entityNames, goldTriples, mainAuthority, readAsIngested } from "../corpus.ts";
import { readGraphData } from "../../../src/graph/node.ts";
import { REPO } from "../../helpers/paths.ts";

const withFrames = process.argv.includes("--frames");
const { data } = readGraphData(join(REPO, "graph-data"));
const entities = new Map(data!.entities.data.entities.map((e) => [e.id, [e.name, ...e.aliases]]));
const annotations = new Map(data!.annotations.map((a) => [a.data.doc, a.data]));
const bucket = (n: number) => (n <= 0 ? "0" : n <= 1 ? "1" : n <= 2 ? "2" : n <= 4 ? "4" : n <= 8 ? "8" : "many");

interface Candidate { doc: number; fold: number; triple: Triple; features: string[]; right: boolean }
interface Doc { found: Triple[]; gold: Triple[]; names: (id: string) => string[] }

const docs: Doc[] = [];
const candidates: Candidate[] = [];
for (const d of data!.documents) {
  const an = annotations.get(d.meta.id);
  if (d.meta.split !== "dev" || !an || an.review !== "accepted") continue;
  const x = readAsIngested(d);
  const gold = goldTriples(an);
  const names = entityNames(entities, x);
  const same = sameEntity(names);
  const found = triplesOf(x);
  const sc = score(found, gold, names);
  const doc = docs.push({ found, gold, names }) - 1;
  const category = (id: string) => x.proposed.find((e) => e.id === id)?.category ?? "known";
  const main = mainAuthority(x, category);
  const sentenceOf = (start: number) => x.sentences.findIndex((s) => s.start <= start && start < s.end);
  const namedIn = (id: string, start: number, end: number) => x.mentions.some((m) => m.entity === id && m.start < end && start < m.end);
  const unique = sc.matched.map((m) => m.found).concat(sc.spurious);
  for (const t of unique) {
    const acts = x.actions.filter((a) => a.actionType === t.actionType && a.actors.some((id) => same(id, t.actor)) && a.targets.some((id) => same(id, t.target)));
    const f = new Set<string>(["bias", `type:${t.actionType}`, `status:${t.status}`]);
    const actorCat = category(t.actor), targetCat = category(t.target);
    f.add(`ac:${actorCat}`); f.add(`tc:${targetCat}`); f.add(`type-tc:${t.actionType}:${targetCat}`);
    f.add(`main:${main !== undefined && same(main, t.actor)}`);
    f.add(`support:${bucket(new Set(acts.map((a) => a.evidence.start)).size)}`);
    const first = Math.min(...acts.map((a) => sentenceOf(a.evidence.start)));
    f.add(`first:${first === 0 ? "headline" : bucket(first)}`);
    const pairTypes = new Set(found.filter((o) => same(o.actor, t.actor) && same(o.target, t.target)).map((o) => o.actionType)).size;
    f.add(`pairtypes:${bucket(pairTypes)}`);
    f.add(`targets-of-actor:${bucket(new Set(found.filter((o) => same(o.actor, t.actor)).map((o) => o.target)).size)}`);
    for (const a of acts) {
      const [, frame, reading, ...rest] = a.method.split(":");
      f.add(`reading:${reading ?? "?"}`);
      if (rest.length) f.add(`also:${rest.join(":")}`);
      if (withFrames) f.add(`frame:${frame}`);
      f.add(`listT:${bucket(a.targets.length)}`); f.add(`listA:${bucket(a.actors.length)}`);
      f.add(`actorInSentence:${a.actors.some((id) => same(id, t.actor) && namedIn(id, a.evidence.start, a.evidence.end))}`);
      f.add(`targetInSentence:${a.targets.some((id) => same(id, t.target) && namedIn(id, a.evidence.start, a.evidence.end))}`);
      f.add(`qty:${a.quantity !== undefined}`);
      f.add(`len:${bucket(Math.round(a.evidence.quote.length / 60))}`);
      const gap = Math.abs(a.trigger.start - (x.mentions.find((m) => same(m.entity, t.target) && m.start >= a.evidence.start && m.end <= a.evidence.end)?.start ?? a.trigger.start));
      f.add(`gap:${bucket(Math.round(gap / 30))}`);
    }
    const right = sc.matched.some((m) => m.found === t);
    candidates.push({ doc, fold: doc % 5, triple: t, features: [...f], right });
  }
}

// Logistic regression as the review marker learns it (full batch, L2 not on the bias).
const train = (examples: readonly Candidate[]) => trainMarker(examples.map((c) => ({ features: c.features, marked: c.right })), { l2: 1, epochs: 200, rate: 2 });
const probability = (weights: Record<string, number>, features: readonly string[]) => markerProbability({ weights }, features);

const scored: { c: Candidate; p: number }[] = [];
for (let k = 0; k < 5; k++) {
  const w = train(candidates.filter((c) => c.fold !== k));
  for (const c of candidates.filter((c) => c.fold === k)) scored.push({ c, p: probability(w, c.features) });
}
const right = candidates.filter((c) => c.right).length;
const gold = docs.reduce((s, d) => s + score(d.found, d.gold, d.names).gold, 0);
console.log(`dev: ${docs.length} texts, ${candidates.length} distinct proposed triples, ${right} right, ${candidates.length - right} wrong, ${gold} gold${withFrames ? " (with frame ids)" : ""}`);
console.log("threshold  kept  dropped right  dropped wrong  precision  recall");
for (const threshold of [0, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9]) {
  const kept = scored.filter((s) => s.p >= threshold);
  const keptRight = kept.filter((s) => s.c.right).length;
  console.log(`${String(threshold).padEnd(9)}  ${String(kept.length).padStart(4)}  ${String(right - keptRight).padStart(13)}  ${String(candidates.length - right - (kept.length - keptRight)).padStart(13)}  ${(keptRight / kept.length).toFixed(3).padStart(9)}  ${(keptRight / gold).toFixed(3).padStart(6)}`);
}
const w = train(candidates);
console.log("\nheaviest weights (all dev):", Object.entries(w).sort((a, b) => Math.abs(b[1]) - Math.abs(a[1])).slice(0, 25).map(([f, v]) => `${f} ${v.toFixed(2)}`).join(", "));
