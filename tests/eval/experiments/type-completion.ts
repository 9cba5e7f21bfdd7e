/**
 * An experiment of the twenty-third session, kept so that it can be run again (README, "How good
 * it is"), not part of the extractor: can a learned model add the action types the extractor misses
 * on actor-target pairs it did find? (A quarter of the misses on both parts are such pairs.) For
 * each group of proposed actions with the same actors and targets, and each type the group lacks,
 * a logistic regression per type over the group's words (first six letters), trigger words,
 * frames, readings, types, status, amount and the parties' categories; five-fold cross-validated
 * over the dev part's documents. Prints the triples it would add, right and wrong, per threshold.
 * Dev only: the test part is never read.
 *
 *   npx tsx tests/eval/experiments/type-completion.ts
 */
import { join } from "node:path";
import { sameEntity, type Extraction } from "../../../src/extract/index.ts";
import { entityNames, goldTriples, readAsIngested } from "../corpus.ts";
import { readGraphData } from "../../../src/graph/node.ts";
import { REPO } from "../../helpers/paths.ts";
import { ACTION_TYPES } from "../../../src/schema/vocab.ts";

const TYPES = Object.keys(ACTION_TYPES);
const { data } = readGraphData(join(REPO, "graph-data"));
const entities = new Map(data!.entities.data.entities.map((e) => [e.id, [e.name, ...e.aliases]]));
const annotations = new Map(data!.annotations.map((a) => [a.data.doc, a.data]));

const stem = (w: string) => w.slice(0, 6);
function features(x: Extraction, rows: Extraction["actions"]): string[] {
  const f = new Set<string>(["bias"]);
  const cat = new Map(x.proposed.map((e) => [e.id, e.category]));
  for (const r of rows) {
    f.add(`has:${r.actionType}`);
    f.add(`fr:${r.method.split(":")[1]}`);
    f.add(`rd:${r.method.split(":")[2]}`);
    if (r.quantity) f.add("qty");
    f.add(`st:${r.status}`);
    for (const w of r.evidence.quote.toLowerCase().match(/\p{L}{3,}/gu) ?? []) f.add(`w:${stem(w)}`);
    for (const w of r.trigger.text.toLowerCase().match(/\p{L}{3,}/gu) ?? []) f.add(`t:${stem(w)}`);
    for (const a of r.actors) f.add(`ac:${cat.get(a) ?? "?"}`);
    for (const t of r.targets) f.add(`tc:${cat.get(t) ?? "?"}`);
  }
  return [...f];
}

interface Ex { fold: number; type: string; feats: string[]; pos: number; neg: number }
const examples: Ex[] = [];
let h = 0;
for (const d of data!.documents) {
  const an = annotations.get(d.meta.id);
  if (d.meta.split !== "dev" || !an || an.review !== "accepted") continue;
  const x = readAsIngested(d);
  const gold = goldTriples(an);
  const fold = h++ % 5;
  // The eval's own matching rule for two entities.
  const same = sameEntity(entityNames(entities, x));
  const groups = new Map<string, Extraction["actions"]>();
  for (const a of x.actions) {
    const k = `${[...a.actors].sort().join("|")}>${[...a.targets].sort().join("|")}`;
    (groups.get(k) ?? groups.set(k, []).get(k)!).push(a);
  }
  for (const rows of groups.values()) {
    const have = new Set(rows.map((r) => r.actionType));
    const feats = features(x, rows);
    for (const t of TYPES) {
      if (have.has(t as never)) continue;
      let pos = 0, neg = 0;
      for (const a of rows[0]!.actors) for (const b of rows[0]!.targets) {
        if (gold.some((g) => g.actionType === t && same(a, g.actor) && same(b, g.target))) pos++; else neg++;
      }
      examples.push({ fold, type: t, feats, pos, neg });
    }
  }
}
console.error(`docs ${h}, examples ${examples.length}, positive triples ${examples.reduce((n, e) => n + e.pos, 0)}`);

// Logistic regression per type, L2, plain gradient descent on triple-weighted examples.
function train(exs: Ex[], l2 = 1, epochs = 200, lr = 0.5) {
  const w = new Map<string, number>();
  const n = exs.reduce((s, e) => s + e.pos + e.neg, 0) || 1;
  for (let ep = 0; ep < epochs; ep++) {
    const g = new Map<string, number>();
    for (const e of exs) {
      let z = 0; for (const f of e.feats) z += w.get(f) ?? 0;
      const p = 1 / (1 + Math.exp(-z));
      const err = (e.pos + e.neg) * p - e.pos;
      for (const f of e.feats) g.set(f, (g.get(f) ?? 0) + err);
    }
    for (const [f, gv] of g) { const cur = w.get(f) ?? 0; w.set(f, cur - lr * (gv / n + (l2 / n) * cur * (f === "bias" ? 0 : 1))); }
  }
  return w;
}
const prob = (w: Map<string, number>, feats: string[]) => { let z = 0; for (const f of feats) z += w.get(f) ?? 0; return 1 / (1 + Math.exp(-z)); };

const preds: { e: Ex; p: number }[] = [];
for (let k = 0; k < 5; k++) {
  for (const t of TYPES) {
    const tr = examples.filter((e) => e.fold !== k && e.type === t);
    if (!tr.some((e) => e.pos)) continue;
    const w = train(tr, Number(process.env.L2 ?? 1), Number(process.env.EP ?? 150), Number(process.env.LR ?? 2));
    for (const e of examples.filter((e) => e.fold === k && e.type === t)) preds.push({ e, p: prob(w, e.feats) });
  }
}
for (const th of [0.3, 0.4, 0.5, 0.6, 0.7]) {
  const chosen = preds.filter((x) => x.p >= th);
  const right = chosen.reduce((n, x) => n + x.e.pos, 0), wrong = chosen.reduce((n, x) => n + x.e.neg, 0);
  const byType = new Map<string, [number, number]>();
  for (const x of chosen) { const v = byType.get(x.e.type) ?? [0, 0]; v[0] += x.e.pos; v[1] += x.e.neg; byType.set(x.e.type, v); }
  console.log(`th ${th}: added triples right ${right} wrong ${wrong}  ${[...byType].map(([t, [a, b]]) => `${t} ${a}/${a + b}`).join(", ")}`);
}
