/**
 * Learns review mode's sentence marker (src/extract/marker.ts) from the corpus's dev part and
 * writes src/extract/data/marker.json. Run it again after the extractor or the dev gold changes:
 * what it learns is where the extractor's misses lie.
 *
 *   npm run train:marker [-- --threshold 0.2] [--dry-run]
 *
 * An example is a dev sentence that no proposed action stands on; it is marked when it states a
 * gold action the extractor missed and no sentence with a proposed action states it too (that one
 * the reviewer reads anyway). Before writing, it prints, five-fold cross-validated over the dev
 * documents, how many sentences each threshold marks and how many missed gold triples they hold,
 * beside what the frames' words alone would mark. The test part is never read.
 */
import { renameSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { markerProbability, sameEntity, score, sentenceFeatures, trainMarker, triplesOf, type MarkerExample, type MarkerModel } from "../../src/extract/index.ts";
import { readGraphData } from "../../src/graph/node.ts";
import { entityNames, goldTriples, readAsIngested } from "./corpus.ts";
import { REPO } from "../helpers/paths.ts";

const values = (() => {
  try {
    return parseArgs({ options: { threshold: { type: "string", default: "0.2" }, "dry-run": { type: "boolean", default: false } } }).values;
  } catch (e) {
    console.error(`train-marker: ${(e as Error).message} (usage: npm run train:marker [-- --threshold 0.2] [--dry-run])`);
    process.exit(2);
  }
})();
const threshold = Number(values.threshold);
if (!(threshold > 0 && threshold < 1)) {
  console.error(`train-marker: --threshold: expected a number between 0 and 1, got "${values.threshold}"`);
  process.exit(2);
}

// A model that marks every sentence no action stands on, so the extraction lists them all with their frame words.
const EVERY: MarkerModel = { threshold: Number.MIN_VALUE, trainedOn: { documents: 0, sentences: 0, marked: 0 }, weights: {} };

interface Example extends MarkerExample {
  doc: number;
  /** The missed gold triples it states (numbered across the corpus). */
  holds: number[];
}

const { data, problems } = readGraphData(join(REPO, "graph-data"));
if (!data) {
  console.error(`train-marker: graph-data is not valid (${problems.length} problems; regkg validate lists them)`);
  process.exit(1);
}
const entities = new Map(data.entities.data.entities.map((e) => [e.id, [e.name, ...e.aliases]]));
const annotations = new Map(data.annotations.map((a) => [a.data.doc, a.data]));
const dev = data.documents.filter((d) => d.meta.split === "dev" && annotations.get(d.meta.id)?.review === "accepted");

const examples: Example[] = [];
let missedTotal = 0;
let missedInRead = 0;
for (const [doc, d] of dev.entries()) {
  if (process.stderr.isTTY) process.stderr.write(`\rtrain-marker: reading dev text ${doc + 1} of ${dev.length}`);
  const x = readAsIngested(d, { marker: EVERY });
  const gold = goldTriples(annotations.get(d.meta.id)!);
  const names = entityNames(entities, x);
  const same = sameEntity(names);
  const missed = score(triplesOf(x), gold, names).missed;
  const statedIn = (g: (typeof missed)[number], s: { start: number; end: number }) =>
    gold.some((z) => z.actionType === g.actionType && same(z.actor, g.actor) && same(z.target, g.target) && z.evidence.some((e) => e.start < s.end && s.start < e.end));
  const read = x.sentences.filter((s) => x.actions.some((a) => a.evidence.start < s.end && s.start < a.evidence.end));
  const seen = missed.map((g) => read.some((s) => statedIn(g, s)));
  missedTotal += missed.length;
  missedInRead += seen.filter(Boolean).length;
  for (const u of x.unread) {
    const index = x.sentences.findIndex((s) => s.start === u.start);
    const holds = missed.flatMap((g, i) => (!seen[i] && statedIn(g, u) ? [doc * 100_000 + i] : []));
    examples.push({ doc, features: sentenceFeatures(u.quote, index, u.words.map((w) => w.actionType)), marked: holds.length > 0, holds });
  }
}
if (process.stderr.isTTY) process.stderr.write("\n");

const covered = (chosen: readonly Example[]) => new Set(chosen.flatMap((e) => e.holds)).size;
const row = (label: string, chosen: readonly Example[]) =>
  `${label.padEnd(24)} ${String(chosen.length).padStart(9)} ${(chosen.length / dev.length).toFixed(1).padStart(7)} ${String(covered(chosen)).padStart(14)} ${String(missedInRead + covered(chosen)).padStart(16)}`;

console.log(`dev: ${dev.length} texts; ${missedTotal} gold triples missed, ${missedInRead} of them stated in a sentence with a proposed action; ${examples.length} sentences with none, ${examples.filter((e) => e.marked).length} stating one of the others`);
console.log(`\n${"marked by".padEnd(24)} ${"sentences".padStart(9)} ${"per doc".padStart(7)} ${"missed in them".padStart(14)} ${"reviewer reaches".padStart(16)}`);
console.log(row("the frames' words", examples.filter((e) => e.features.includes("words:yes"))));
const scored: { e: Example; p: number }[] = [];
for (let fold = 0; fold < 5; fold++) {
  const weights = trainMarker(examples.filter((e) => e.doc % 5 !== fold));
  for (const e of examples.filter((e) => e.doc % 5 === fold)) scored.push({ e, p: markerProbability({ weights }, e.features) });
}
for (const t of [0.1, 0.15, 0.2, 0.25, 0.3, 0.4])
  console.log(row(`learned, p >= ${t} (CV)${t === threshold ? " *" : ""}`, scored.filter((s) => s.p >= t).map((s) => s.e)));

const weights = trainMarker(examples);
const kept = Object.fromEntries(
  Object.entries(weights)
    .filter(([, w]) => Math.abs(w) >= 0.0005)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([f, w]) => [f, Math.round(w * 10_000) / 10_000]),
);
const model: MarkerModel & { $comment: string } = {
  $comment: "Written by `npm run train:marker` (tests/eval/train-marker.ts) from graph-data's dev part: do not edit by hand.",
  threshold,
  trainedOn: { documents: dev.length, sentences: examples.length, marked: examples.filter((e) => e.marked).length },
  weights: kept,
};
const out = join(REPO, "src", "extract", "data", "marker.json");
if (values["dry-run"]) console.log(`\n--dry-run: ${Object.keys(kept).length} weights, threshold ${threshold}; ${out} left as it was`);
else {
  writeFileSync(`${out}.tmp`, `${JSON.stringify(model, null, 1)}\n`);
  renameSync(`${out}.tmp`, out);
  console.log(`\nwrote ${out}: ${Object.keys(kept).length} weights, threshold ${threshold}`);
}
