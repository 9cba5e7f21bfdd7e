/**
 * An experiment of the twenty-fourth session, kept so that it can be run again (README, "How good
 * it is"), not part of the extractor: how much of what the extractor misses could any reader of
 * one sentence at a time reach, given the names the name stage marks and the words the frame
 * lexicon finds? A gold triple needs three things in a sentence of its evidence: its target
 * marked there (T), a frame of its action type hitting there (H), and its actor marked there or
 * being the document's main authority, who acts where a sentence names no one (A).
 *
 * 1. Both parts, counts only (no row of the test part is listed): the missed triples by which of
 *    the three their evidence has, and, of those with no frame of their type, how many have a
 *    frame of another type.
 * 2. Dev only: a learned reader of one sentence. Every triple the three allow that the extractor
 *    did not propose (a frame's type, an authority of the sentence or the main one, a party the
 *    sentence names) is a candidate; a logistic regression over the words between and around,
 *    the categories, positions and distances, five-fold cross-validated over documents, chooses
 *    among them. Prints what adding its choices does to the dev part's score, per threshold.
 *
 *   npx tsx tests/eval/experiments/reach.ts
 */
import { join } from "node:path";
import { defaultLexicon, markerProbability, sameEntity, score, trainMarker, triplesOf, type Extraction, type Triple } from "../../../src/extract/index.ts";
import { findHits } from "../../../src/extract/triggers.ts";
import { AUTHORITY_CATEGORIES } from "../../../src/extract/lexicon.ts";
import { entityNames, goldTriples, mainAuthority, readAsIngested } from "../corpus.ts";
import { readGraphData } from "../../../src/graph/node.ts";
import { REPO } from "../../helpers/paths.ts";

const LEXICON = defaultLexicon();
const PARTIES = new Set(["company", "person", "platform", "target_group", "government", "regulator", "media"]);
const { data } = readGraphData(join(REPO, "graph-data"));
const entities = new Map(data!.entities.data.entities.map((e) => [e.id, [e.name, ...e.aliases]]));
const annotations = new Map(data!.annotations.map((a) => [a.data.doc, a.data]));

const stem = (w: string) => w.toLowerCase().slice(0, 5);
const wordsOf = (s: string) => (s.match(/[\p{L}\d]+/gu) ?? []).map(stem);
const bucket = (n: number) => (n <= 1 ? "1" : n <= 3 ? "3" : n <= 6 ? "6" : n <= 12 ? "12" : "far");

interface Candidate { doc: number; fold: number; triple: Triple; features: string[]; right: boolean }
interface Doc { found: Triple[]; gold: Triple[]; names: (id: string) => string[] }

function read(split: "dev" | "test") {
  const counts: Record<string, number> = {};
  const count = (k: string) => (counts[k] = (counts[k] ?? 0) + 1);
  const docs: Doc[] = [];
  const candidates: Candidate[] = [];
  for (const d of data!.documents) {
    const annotation = annotations.get(d.meta.id);
    if (d.meta.split !== split || !annotation || annotation.review !== "accepted") continue;
    const x = readAsIngested(d);
    const gold = goldTriples(annotation);
    const names = entityNames(entities, x);
    const same = sameEntity(names);
    const found = triplesOf(x);
    const doc = docs.push({ found, gold, names }) - 1;
    const categories = new Map(x.proposed.map((e) => [e.id, e.category as string]));
    const category = (id: string) => categories.get(id);
    const main = mainAuthority(x, category);
    const text = d.text;
    const sentences = x.sentences.map((s) => {
      const mentions = x.mentions.filter((m) => m.start < s.end && s.start < m.end);
      const hits = findHits(text, s, LEXICON, x.mentions).filter((h) => !mentions.some((m) => m.start <= h.start && h.start < m.end));
      return { ...s, mentions, hits };
    });

    // 1. The misses, by what their evidence has.
    for (const g of score(found, gold, names).missed) {
      const evidence = gold.filter((z) => z.actionType === g.actionType && same(z.actor, g.actor) && same(z.target, g.target)).flatMap((z) => z.evidence);
      const where = sentences.filter((s) => evidence.some((e) => e.start < s.end && s.start < e.end));
      let T = false, H = false, A = false, all = false, otherType = false;
      for (const s of where) {
        const t = s.mentions.some((m) => same(m.entity, g.target));
        const h = s.hits.some((hit) => hit.type === g.actionType);
        const a = s.mentions.some((m) => same(m.entity, g.actor)) || (main !== undefined && same(main, g.actor));
        T ||= t; H ||= h; A ||= a; all ||= t && h && a;
        otherType ||= s.hits.length > 0;
      }
      count("missed");
      count(`${T ? "T" : "-"}${H ? "H" : "-"}${A ? "A" : "-"}`);
      if (all) count("all three in one sentence");
      if (!H) count(otherType ? "no frame of its type, one of another" : "no frame at all");
    }

    // 2. The candidates of a reader of one sentence (dev only).
    if (split !== "dev") continue;
    const ruleTargets = new Set(x.actions.flatMap((a) => a.targets));
    const ruleActors = new Set(x.actions.flatMap((a) => a.actors));
    const seen = new Set<string>();
    for (const [index, s] of sentences.entries()) {
      const read = x.actions.some((a) => a.evidence.start < s.end && s.start < a.evidence.end);
      const quote = text.slice(s.start, s.end);
      const actors: { id: string; start?: number; end?: number }[] = s.mentions.filter((m) => AUTHORITY_CATEGORIES.has(category(m.entity) as never)).map((m) => ({ id: m.entity, start: m.start, end: m.end }));
      if (main && !actors.some((a) => a.id === main)) actors.push({ id: main });
      for (const hit of s.hits) for (const actor of actors) for (const target of s.mentions) {
        if (target.entity === actor.id || !PARTIES.has(category(target.entity) ?? "")) continue;
        const triple: Triple = { actor: actor.id, actionType: hit.type, target: target.entity, status: "enacted" };
        const key = `${actor.id}|${hit.type}|${target.entity}`;
        if (seen.has(key) || found.some((f) => f.actionType === hit.type && same(f.actor, actor.id) && same(f.target, target.entity))) continue;
        seen.add(key);
        const after = target.start >= hit.end;
        const between = wordsOf(after ? text.slice(hit.end, target.start) : text.slice(target.end, hit.start));
        const f = ["bias", `T:${hit.type}`, `tc:${category(target.entity)}`, `ac:${category(actor.id)}`, `T:${hit.type}|tc:${category(target.entity)}`];
        f.push(actor.start === undefined ? "a:main-only" : actor.id === main ? "a:main" : "a:other");
        if (actor.start !== undefined) {
          const before = actor.end! <= hit.start;
          const gap = wordsOf(before ? text.slice(actor.end, hit.start) : text.slice(hit.end, actor.start));
          f.push(`apos:${before}`, `ad:${bucket(gap.length)}`);
          if (before && gap.length <= 4) for (const w of gap) f.push(`ab:${w}`);
          if (/\bby\s+(?:the\s+)?$/i.test(text.slice(Math.max(s.start, actor.start - 10), actor.start))) f.push("a:by");
        }
        f.push(`tpos:${after}`, `T:${hit.type}|tpos:${after}`, `td:${bucket(between.length)}`, `T:${hit.type}|td:${bucket(between.length)}`);
        if (between.length <= 6) for (const w of between) f.push(`tb:${after}:${w}`);
        const inBetween = s.mentions.filter((m) => m !== target && (after ? m.start >= hit.end && m.end <= target.start : m.start >= target.end && m.end <= hit.start)).length;
        f.push(`tbetween:${Math.min(inBetween, 3)}`);
        const prev = wordsOf(text.slice(Math.max(s.start, target.start - 20), target.start)).at(-1);
        const next = wordsOf(text.slice(target.end, Math.min(s.end, target.end + 20)))[0];
        if (prev) f.push(`tprev:${prev}`);
        if (next) f.push(`tnext:${next}`);
        for (const w of wordsOf(text.slice(hit.start, hit.end))) f.push(`w:${w}`);
        for (const w of wordsOf(text.slice(Math.max(s.start, hit.start - 25), hit.start)).slice(-2)) f.push(`wb:${w}`);
        if (hit.passive) f.push("passive");
        if (ruleTargets.has(target.entity)) f.push("t:a-target");
        if (ruleActors.has(target.entity)) f.push("t:an-actor");
        if (ruleActors.has(actor.id)) f.push("a:an-actor");
        f.push(`si:${Math.min(index, 4)}`, `nm:${Math.min(s.mentions.length, 6)}`, read ? "s:read" : "s:unread");
        if (/\bsaid\b|\bsays\b/.test(quote)) f.push("said");
        if (/\b(?:will|would|may|could|should|must|plans?|intends?)\b/i.test(quote)) f.push("modal");
        const right = gold.some((g) => g.actionType === hit.type && same(g.actor, actor.id) && same(g.target, target.entity));
        candidates.push({ doc, fold: doc % 5, triple, features: f, right });
      }
    }
  }
  return { counts, docs, candidates };
}

// Logistic regression as the review marker learns it (full batch, L2 not on the bias).
const train = (examples: readonly Candidate[]) => trainMarker(examples.map((c) => ({ features: c.features, marked: c.right })), { l2: 1, epochs: 150, rate: 2 });
const probability = (weights: Record<string, number>, features: readonly string[]) => markerProbability({ weights }, features);

for (const split of ["dev", "test"] as const) {
  const { counts, docs, candidates } = read(split);
  console.log(`\n${split}: ${docs.length} texts; missed gold triples by what their evidence has (T target marked, H a frame of its type, A actor marked or the main authority)`);
  for (const [k, v] of Object.entries(counts).sort((a, b) => b[1] - a[1])) console.log(`  ${k.padEnd(40)} ${v}`);
  if (split !== "dev") continue;

  const sum = (add: Map<number, Triple[]>) => docs.reduce((s, d, i) => {
    const sc = score([...d.found, ...(add.get(i) ?? [])], d.gold, d.names);
    return { right: s.right + sc.correct, proposed: s.proposed + sc.found, gold: s.gold + sc.gold, found: s.found + sc.goldFound.length };
  }, { right: 0, proposed: 0, gold: 0, found: 0 });
  const base = sum(new Map());
  console.log(`\ndev, a learned reader of one sentence: ${candidates.length} candidates, ${candidates.filter((c) => c.right).length} right`);
  console.log(`  extractor alone: ${base.found} of ${base.gold} gold found, ${base.right} right of ${base.proposed} proposed (P ${(base.right / base.proposed).toFixed(3)}, R ${(base.found / base.gold).toFixed(3)})`);
  const chosen: { c: Candidate; p: number }[] = [];
  for (let k = 0; k < 5; k++) {
    const w = train(candidates.filter((c) => c.fold !== k));
    for (const c of candidates.filter((c) => c.fold === k)) chosen.push({ c, p: probability(w, c.features) });
  }
  for (const threshold of [0.2, 0.3, 0.4, 0.5, 0.6]) {
    const add = new Map<number, Triple[]>();
    for (const { c, p } of chosen) if (p >= threshold) (add.get(c.doc) ?? add.set(c.doc, []).get(c.doc)!).push(c.triple);
    const s = sum(add);
    console.log(`  threshold ${threshold}: +${s.found - base.found} found, +${s.proposed - base.proposed} proposed (${s.proposed - base.proposed - (s.right - base.right)} wrong); P ${(s.right / s.proposed).toFixed(3)}, R ${(s.found / s.gold).toFixed(3)}`);
  }
}
