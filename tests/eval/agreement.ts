/**
 * How far two annotators agree: a sample of corpus documents annotated a second time, blind to
 * the first annotation (tests/eval/agreement/<slug>.json, in intake.ts's draft format), scored
 * against the first with the eval's own matching rule (src/extract/evaluate.ts). The extractor is
 * scored on the same documents against each of the two, so its numbers can be read beside what a
 * second careful reader of the same guidelines reaches. Which documents were annotated twice is
 * fixed by a rule (`agreementSample`), not chosen. Two more references read the extractor where the
 * annotators differ: the triples both wrote (what no careful reader would leave out: its recall
 * there) and the triples either wrote (what some careful reader would write: its precision there).
 *
 *   npm run eval:agreement [-- --sample N] [-- --json] [-- --dir <folder of second annotations>]
 *
 * `--sample N` prints the sample's first N slugs (for handing out), nothing else.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { actionTriples, bootstrapIntervals, defaultLexicon, partThatDiffers, sameEntity, score, totals, totalsByType, triplesOf, type Score, type Totals, type Triple } from "../../src/extract/index.ts";
import { fnv1a32 } from "../../src/graph/corpus.ts";
import { ActionRecordSchema, EntityRecordSchema, parseWith, type ActionType } from "../../src/schema/index.ts";
import { z } from "zod";
import { entityNames, goldTriples, readAsIngested, readCorpusData, type CorpusData } from "./corpus.ts";
import { REPO } from "../helpers/paths.ts";

const DEFAULT_DIR = join(REPO, "tests/eval/agreement");

/** The documents to annotate twice: the corpus's annotated documents ordered by FNV-1a of "agreement:" + slug. */
export function agreementSample(slugs: readonly string[], n: number): string[] {
  return [...slugs].sort((a, b) => fnv1a32(`agreement:${a}`) - fnv1a32(`agreement:${b}`)).slice(0, n);
}

// A second annotation in intake.ts's draft format, checked with the schema module's own shapes: of each action what is
// scored (type, status, actors, targets), of each entity what names it; the rest (quotes, summary, time...) is intake's to check.
const DraftSchema = z.object({
  entities: z.array(z.object({ id: EntityRecordSchema.shape.id, name: EntityRecordSchema.shape.name, aliases: EntityRecordSchema.shape.aliases.optional() })).optional(),
  actions: z.array(z.object({ actionType: ActionRecordSchema.shape.actionType, status: ActionRecordSchema.shape.status, actors: ActionRecordSchema.shape.actors, targets: ActionRecordSchema.shape.targets })),
});
type DraftEntity = NonNullable<z.output<typeof DraftSchema>["entities"]>[number];

/** A second annotation's entities and triples; a draft that is not one names its file and path. */
export function readDraft(file: string): { entities: DraftEntity[]; triples: Triple[] } {
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(file, "utf8"));
  } catch (e) {
    throw new Error(`${file}: not JSON: ${(e as Error).message}`);
  }
  const parsed = parseWith(DraftSchema, raw, file);
  if (!parsed.ok) throw new Error(parsed.problems.map((p) => `${p.file} ${p.path}: ${p.message}`).join("\n"));
  const triples = parsed.value.actions.flatMap((a) => actionTriples(a, {}));
  return { entities: parsed.value.entities ?? [], triples };
}


/** The names every entity goes by without reading the text: graph-data's entities, the gazetteer's bodies. */
function knownNames(data: CorpusData): Map<string, string[]> {
  const known = new Map(data.entities.data.entities.map((e) => [e.id, [e.name, ...e.aliases]]));
  for (const b of defaultLexicon().bodies) if (!known.has(b.id)) known.set(b.id, [b.name, ...b.acronyms, ...b.aliases]);
  return known;
}

/**
 * The second annotations of a folder, each with its document, the first annotation's triples and
 * the names both annotations' entities go by. A file that is not one throws, naming it.
 */
export function readSecondAnnotations(data: CorpusData, dir = DEFAULT_DIR) {
  const annotations = new Map(data.annotations.map((a) => [a.data.doc, a.data]));
  const known = knownNames(data);
  const files = existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith(".json")).sort() : [];
  return files.map((f) => {
    const slug = f.replace(/\.json$/, "");
    const doc = data.documents.find((d) => d.slug === slug);
    const first = doc && annotations.get(doc.meta.id);
    if (!doc || !first) throw new Error(`${join(dir, f)}: no corpus document with an annotation is called ${slug}`);
    const draft = readDraft(join(dir, f));
    const drafted = new Map(draft.entities.map((e) => [e.id, [e.name, ...(e.aliases ?? [])]]));
    const names = (id: string) => [...(known.get(id) ?? []), ...(drafted.get(id) ?? [])];
    return { slug, doc, split: doc.meta.split ?? "none", gold: goldTriples(first), draft, names };
  });
}

/** The second annotator against the first, per split and in all (no extractor run): the scale the eval's scores are read against. */
export function annotatorAgreement(data: CorpusData, dir = DEFAULT_DIR): { documents: number; all: Totals; dev: Totals; test: Totals } | undefined {
  const read = readSecondAnnotations(data, dir);
  if (!read.length) return undefined;
  const of = (rs: typeof read) => totals(rs.map((r) => score(r.draft.triples, r.gold, r.names)));
  return { documents: read.length, all: of(read), dev: of(read.filter((r) => r.split === "dev")), test: of(read.filter((r) => r.split === "test")) };
}

/**
 * The same triples with one part set aside: with the type, do the two agree on who acted on whom; with the actor, on
 * what was done to whom (a judge or the court, a grand jury or the prosecutor, a speaker or the body); with the target, on
 * who did what.
 */
const pairs = (ts: readonly Triple[]): Triple[] => ts.map((t) => ({ ...t, actionType: "charge" as ActionType }));
const withoutActor = (ts: readonly Triple[]): Triple[] => ts.map((t) => ({ ...t, actor: "*" }));
const withoutTarget = (ts: readonly Triple[]): Triple[] => ts.map((t) => ({ ...t, target: "*" }));

const COMPARISONS = [
  "second annotator against the first",
  "extractor against the first",
  "extractor against the second",
  "extractor against the triples both wrote",
  "extractor against the triples either wrote",
  "second against the first, type set aside",
  "extractor against the first, type set aside",
  "second against the first, actor set aside",
  "extractor against the first, actor set aside",
  "second against the first, target set aside",
  "extractor against the first, target set aside",
] as const;
type Comparison = (typeof COMPARISONS)[number];
type Rows = Record<Comparison, Score> & { split: string };

/** How a triple one annotator wrote and the other did not differs from the other's triples, first that applies. */
export const DIFFERENCES = ["the same parties with another type", "another target", "another actor", "no triple of that type on either party"] as const;
export type Difference = (typeof DIFFERENCES)[number];
export function differenceOf(t: Triple, others: readonly Triple[], same: (a: string, b: string) => boolean): Difference {
  const part = partThatDiffers(t, others, same);
  return part === "type" ? "the same parties with another type" : part ? `another ${part}` : "no triple of that type on either party";
}

const f1 = (t: Totals) => (t.precision + t.recall ? (2 * t.precision * t.recall) / (t.precision + t.recall) : 0);

function main() {
  // `npm run eval:agreement | head` closes the pipe early: stop quietly rather than with a stack trace.
  process.stdout.on("error", (e: NodeJS.ErrnoException) => (e.code === "EPIPE" ? process.exit(0) : undefined));
  let args;
  try {
    args = parseArgs({ options: { sample: { type: "string" }, json: { type: "boolean", default: false }, dir: { type: "string", default: DEFAULT_DIR } } }).values;
  } catch (e) {
    console.error(`agreement: ${(e as Error).message} (usage: npm run eval:agreement -- [--sample N] [--json] [--dir <folder>])`);
    process.exit(2);
  }
  let data: CorpusData;
  try {
    data = readCorpusData();
  } catch (e) {
    // (readCorpusData names each file and path that does not load, a line each.)
    console.error((e as Error).message);
    process.exit(1);
  }
  const annotations = new Map(data.annotations.map((a) => [a.data.doc, a.data]));
  if (args.sample !== undefined) {
    const n = Number(args.sample);
    if (!Number.isInteger(n) || n < 1) {
      console.error(`agreement: --sample: expected a whole number of documents, got ${JSON.stringify(args.sample)}`);
      process.exit(2);
    }
    const slugs = data.documents.filter((d) => d.meta.split && annotations.get(d.meta.id)?.review === "accepted").map((d) => d.slug);
    console.log(agreementSample(slugs, n).join("\n"));
    return;
  }
  let read;
  try {
    read = readSecondAnnotations(data, args.dir);
  } catch (e) {
    console.error((e as Error).message);
    process.exit(1);
  }
  if (!read.length) {
    console.error(`agreement: no second annotation in ${args.dir}`);
    process.exit(1);
  }
  const rows: Rows[] = [];
  // Where the annotators differ: the first's triples the second did not write, and the second's the first did not.
  const differences = { onlyFirst: Object.fromEntries(DIFFERENCES.map((d) => [d, 0])) as Record<Difference, number>, onlySecond: Object.fromEntries(DIFFERENCES.map((d) => [d, 0])) as Record<Difference, number> };
  for (const { doc, split, gold, draft, names: annotated } of read) {
    const x = readAsIngested(doc);
    // The annotators' names, and those the extraction gave the entities it proposed.
    const proposed = entityNames(new Map(), x);
    const names = (id: string) => [...annotated(id), ...proposed(id)];
    const found = triplesOf(x);
    const second = score(draft.triples, gold, annotated);
    const same = sameEntity(annotated);
    for (const t of second.missed) differences.onlyFirst[differenceOf(t, draft.triples, same)]++;
    for (const t of second.spurious) differences.onlySecond[differenceOf(t, gold, same)]++;
    rows.push({
      split,
      "second annotator against the first": second,
      "extractor against the first": score(found, gold, names),
      "extractor against the second": score(found, draft.triples, names),
      // The triples both annotators wrote (the first's that the second matched), and those either wrote.
      "extractor against the triples both wrote": score(found, second.goldFound, names),
      "extractor against the triples either wrote": score(found, [...gold, ...second.spurious], names),
      "second against the first, type set aside": score(pairs(draft.triples), pairs(gold), annotated),
      "extractor against the first, type set aside": score(pairs(found), pairs(gold), names),
      "second against the first, actor set aside": score(withoutActor(draft.triples), withoutActor(gold), annotated),
      "extractor against the first, actor set aside": score(withoutActor(found), withoutActor(gold), names),
      "second against the first, target set aside": score(withoutTarget(draft.triples), withoutTarget(gold), annotated),
      "extractor against the first, target set aside": score(withoutTarget(found), withoutTarget(gold), names),
    });
  }
  const splits = [...new Set(rows.map((r) => r.split))].sort();
  const tableOf = (part: readonly Rows[]) => Object.fromEntries(COMPARISONS.map((k) => [k, totals(part.map((r) => r[k]))])) as Record<Comparison, Totals>;
  const parts: [string, Rows[]][] = [["all", rows], ...splits.map((sp) => [sp, rows.filter((r) => r.split === sp)] as [string, Rows[]])];
  const byType = [...totalsByType(rows.map((r) => r["second annotator against the first"]))].sort((a, b) => b[1].gold - a[1].gold);
  if (args.json) {
    console.log(JSON.stringify({ documents: read.length, splits: Object.fromEntries(parts.slice(1).map(([sp, r]) => [sp, r.length])), table: tableOf(rows), interval95: Object.fromEntries(COMPARISONS.map((k) => [k, bootstrapIntervals(rows.map((r) => r[k]))])), bySplit: Object.fromEntries(parts.slice(1).map(([sp, r]) => [sp, tableOf(r)])), byType: Object.fromEntries(byType), differences }, null, 2));
    return;
  }
  const pct = (x: number) => x.toFixed(2);
  console.log(`Two annotators on ${read.length} documents (${parts.slice(1).map(([sp, r]) => `${r.length} ${sp}`).join(", ")}), annotated a second time blind to the first; triples matched as by npm run eval.`);
  console.log("The extractor's rules were read off the dev part's first annotations: there, its score against the first is in-sample.");
  const w = Math.max(...COMPARISONS.map((k) => k.length));
  for (const [name, part] of parts) {
    console.log("");
    console.log(`${name === "all" ? "All" : `The ${name} part`} (${part.length} documents)`);
    // (95% intervals: 1,000 resamples of the documents, as npm run eval gives them.)
    console.log(`${"".padEnd(w)}  reference  compared  matched  precision  recall    F1  precision 95%  recall 95%`);
    console.log(`${"-".repeat(w)}  ---------  --------  -------  ---------  ------  ----  -------------  ----------`);
    const band = ([lo, hi]: [number, number]) => `${pct(lo)}-${pct(hi)}`;
    for (const [k, t] of Object.entries(tableOf(part))) {
      const i = bootstrapIntervals(part.map((r) => r[k as Comparison]));
      console.log(`${k.padEnd(w)}  ${String(t.gold).padStart(9)}  ${String(t.found).padStart(8)}  ${String(t.correct).padStart(7)}  ${pct(t.precision).padStart(9)}  ${pct(t.recall).padStart(6)}  ${pct(f1(t))}  ${band(i.precision).padStart(13)}  ${band(i.recall).padStart(10)}`);
    }
  }
  console.log("");
  console.log("Where the two annotators differ: the triples one wrote and the other did not, by how they differ from the other's");
  console.log(`${"".padEnd(38)}  only the first  only the second`);
  console.log(`${"-".repeat(38)}  --------------  ---------------`);
  for (const d of DIFFERENCES) console.log(`${d.padEnd(38)}  ${String(differences.onlyFirst[d]).padStart(14)}  ${String(differences.onlySecond[d]).padStart(15)}`);
  console.log("");
  console.log("The second annotator against the first, by action type (the first's triples of the type, and how many the second has)");
  console.log("type             first  second  matched  precision  recall");
  console.log("---------------  -----  ------  -------  ---------  ------");
  for (const [type, r] of byType) console.log(`${type.padEnd(15)}  ${String(r.gold).padStart(5)}  ${String(r.found).padStart(6)}  ${String(r.correct).padStart(7)}  ${(r.found ? pct(r.correct / r.found) : "-").padStart(9)}  ${(r.gold ? pct(r.goldFound / r.gold) : "-").padStart(6)}`);
}

if (import.meta.url === `file://${process.argv[1]}`) main();
