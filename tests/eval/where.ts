/**
 * Where the extractor's misses lie, counted per split without listing any row (so the test part's
 * can be counted too): how it does when the action type is set aside (actor-target pairs), how
 * many gold triples write their target's name in their evidence at all (what a reader that links
 * names within a sentence can reach), and, of the missed triples, whether the target is named in
 * the evidence and marked by the name-finding stage (its mentions, and the countries of its places list).
 *
 *   npx tsx tests/eval/where.ts
 */
import { join } from "node:path";
import { score, triplesOf, writtenNames, type Triple } from "../../src/extract/index.ts";
import { entityNames, goldTriples, placeSpans, readAsIngested } from "./corpus.ts";
import { readGraphData } from "../../src/graph/node.ts";
import { REPO } from "../helpers/paths.ts";

const { data, problems } = readGraphData(join(REPO, "graph-data"));
if (!data) throw new Error(problems.map((p) => `${p.file} ${p.path}: ${p.message}`).join("\n"));
const entities = new Map(data.entities.data.entities.map((e) => [e.id, [e.name, ...e.aliases]]));
const annotations = new Map(data.annotations.map((a) => [a.data.doc, a.data]));

interface Counts {
  pairsGold: number;
  pairsFound: number;
  pairsProposed: number;
  pairsRight: number;
  gold: number;
  targetNamed: number;
  missed: number;
  missedNotNamed: number;
  missedNamedUnmarked: number;
  missedMarked: number;
}
const counts: Record<string, Counts> = {};
for (const d of data.documents) {
  const annotation = annotations.get(d.meta.id);
  if (!d.meta.split || !annotation || annotation.review !== "accepted") continue;
  const c = (counts[d.meta.split] ??= { pairsGold: 0, pairsFound: 0, pairsProposed: 0, pairsRight: 0, gold: 0, targetNamed: 0, missed: 0, missedNotNamed: 0, missedNamedUnmarked: 0, missedMarked: 0 });
  const x = readAsIngested(d);
  const names = entityNames(entities, x);
  const gold = goldTriples(annotation);

  // Pairs: the same matching with every type made one.
  const anyType = <T extends Triple>(t: T) => ({ ...t, actionType: "charge" as const });
  const pairs = score(triplesOf(x).map(anyType), gold.map(anyType), names);
  c.pairsGold += pairs.gold;
  c.pairsFound += pairs.goldFound.length;
  c.pairsProposed += pairs.found;
  c.pairsRight += pairs.correct;

  const namedAt = (g: (typeof gold)[number]) => writtenNames(d.text, entities.get(g.target) ?? [], g.evidence);
  const scored = score(triplesOf(x), gold, names);
  const marked = [...x.mentions, ...placeSpans(d.text)];
  for (const g of gold) {
    c.gold++;
    if (namedAt(g).length) c.targetNamed++;
  }
  for (const g of scored.missed as typeof gold) {
    c.missed++;
    const at = namedAt(g);
    if (!at.length) c.missedNotNamed++;
    else if (at.some((o) => marked.some((m) => m.start < o.end && o.start < m.end))) c.missedMarked++;
    else c.missedNamedUnmarked++;
  }
}

const pct = (a: number, b: number) => (b ? `${Math.round((100 * a) / b)}%` : "-");
for (const [split, c] of Object.entries(counts).sort()) {
  console.log(`${split}:`);
  console.log(`  actor-target pairs, type set aside: ${c.pairsRight} right of ${c.pairsProposed} proposed (precision ${pct(c.pairsRight, c.pairsProposed)}), ${c.pairsFound} of ${c.pairsGold} gold found (recall ${pct(c.pairsFound, c.pairsGold)})`);
  console.log(`  the annotations' triples (each action's actors by its targets) whose target's name is written in their evidence: ${c.targetNamed} of ${c.gold} (${pct(c.targetNamed, c.gold)})`);
  console.log(`  missed triples: ${c.missed}; target not named in the evidence ${c.missedNotNamed} (${pct(c.missedNotNamed, c.missed)}), named but not marked as a name ${c.missedNamedUnmarked} (${pct(c.missedNamedUnmarked, c.missed)}), marked but no act read onto it ${c.missedMarked} (${pct(c.missedMarked, c.missed)})`);
}
