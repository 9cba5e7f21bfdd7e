/**
 * Gold intake: turn a hand-written draft annotation (quotes, no offsets) into an accepted
 * annotation file and the entities it needs, checked as `regkg build` checks graph-data.
 *
 *   npx tsx tests/eval/intake.ts <slug> [--check]
 *
 * reads tmp/gold/<slug>.json:
 *   { "entities": [ { "id", "name", "category", "aliases", ... } ],
 *     "actions": [ { "actionType", "status", "summary", "actors", "targets", "basis"?, "time"?,
 *                    "quantity"?, "attribution"?, "quotes": ["verbatim sentence", ...] } ] }
 * Entities the draft names by a gazetteer id (src/extract/data/regulators.json) need not be
 * listed. Writes graph-data/annotations/<slug>.json and adds new entities to entities.json, both
 * atomically, only when the result is valid; prints the problems otherwise. Concurrent writers
 * must hold a lock: `flock /tmp/regkg-gold.lock npx tsx tests/eval/intake.ts <slug>`.
 */
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { appendEntities, defaultLexicon } from "../../src/extract/index.ts";
import { buildFromGraphData } from "../../src/graph/index.ts";
import { readGraphData, writeFileAtomic } from "../../src/graph/node.ts";
import { actionId, AnnotationFileSchema, docId, EntityRecordSchema, parseWith, type ActionRecord, type AnnotationFile, type EntityRecord } from "../../src/schema/index.ts";
import { REPO } from "../helpers/paths.ts";

const DATA = join(REPO, "graph-data");

type DraftAction = Omit<ActionRecord, "id" | "evidence" | "method"> & { quotes: string[] };
interface Draft {
  entities?: EntityRecord[];
  actions: DraftAction[];
}

function fail(lines: string[]): never {
  for (const l of lines) console.error(l);
  process.exit(1);
}

const [slug, ...flags] = process.argv.slice(2);
if (!slug) fail(["usage: npx tsx tests/eval/intake.ts <slug> [--check]"]);
const draftFile = join(REPO, "tmp/gold", `${slug}.json`);
const textFile = join(DATA, "documents", slug, "text.txt");
if (!existsSync(draftFile)) fail([`${draftFile}: no such draft`]);
if (!existsSync(textFile)) fail([`${textFile}: no such document`]);
const text = readFileSync(textFile, "utf8");
let draft: Draft;
try {
  draft = JSON.parse(readFileSync(draftFile, "utf8")) as Draft;
} catch (e) {
  fail([`${draftFile}: not JSON: ${(e as Error).message}`]);
}
if (!Array.isArray(draft.actions)) fail([`${draftFile}: expected "actions": [...]`]);

const problems: string[] = [];
const actions: ActionRecord[] = draft.actions.map((a, i) => {
  const { quotes, ...rest } = a;
  if (!Array.isArray(quotes) || quotes.length === 0) problems.push(`actions[${i}]: expected "quotes": ["verbatim text", ...]`);
  const evidence = (quotes ?? []).flatMap((quote, q) => {
    const start = text.indexOf(quote);
    if (start < 0) {
      problems.push(`actions[${i}].quotes[${q}]: not found verbatim in text.txt: ${JSON.stringify(quote.slice(0, 80))}`);
      return [];
    }
    return [{ start, end: start + quote.length, quote }];
  });
  return { id: actionId(slug, i + 1), ...rest, evidence, method: "manual" } as ActionRecord;
});

const { data, problems: readProblems } = readGraphData(DATA);
if (!data) fail(readProblems.map((p) => `${p.file} ${p.path}: ${p.message}`));
const known = new Map(data.entities.data.entities.map((e) => [e.id, e]));
// The shipped gazetteer as the extractor reads it (checked against its schema).
const bodies = new Map(defaultLexicon().bodies.map((b) => [b.id, b]));
const drafted = new Map((draft.entities ?? []).map((e) => [e.id, e]));

const added: EntityRecord[] = [];
const referenced = new Set(actions.flatMap((a) => [...(a.actors ?? []), ...(a.targets ?? []), ...(a.basis ?? []), ...(a.attribution?.by ?? [])]));
for (const id of referenced) {
  if (known.has(id)) {
    const d = drafted.get(id);
    if (d && d.category !== known.get(id)!.category) console.error(`note: ${id} is a ${known.get(id)!.category} in entities.json; the draft says ${d.category}; entities.json kept`);
    continue;
  }
  const d = drafted.get(id);
  if (d) {
    added.push({ ...d, aliases: d.aliases ?? [] });
    continue;
  }
  const b = bodies.get(id);
  if (b) {
    added.push({ id, name: b.name, category: b.category, aliases: [...b.acronyms, ...b.aliases], ...(b.nameZh ? { nameZh: b.nameZh } : {}) });
    continue;
  }
  problems.push(`${id}: not in entities.json, the draft's entities or the gazetteer`);
}
if (problems.length) fail(problems);

const annotation: AnnotationFile = { doc: docId(slug), review: "accepted", actions };
// The draft's shapes, checked as regkg checks the files they become.
const schemaProblems = [
  ...(() => {
    const r = parseWith(AnnotationFileSchema, annotation, `tmp/gold/${slug}.json (as an annotation)`);
    return r.ok ? [] : r.problems;
  })(),
  ...added.flatMap((e) => {
    const r = parseWith(EntityRecordSchema, e, `tmp/gold/${slug}.json (entity ${e.id})`);
    return r.ok ? [] : r.problems;
  }),
];
if (schemaProblems.length) fail(schemaProblems.map((p) => `${p.file} ${p.path}: ${p.message}`));
const annFile = join(DATA, "annotations", `${slug}.json`);
const others = data.annotations.filter((x) => x.data.doc !== docId(slug));
const built = buildFromGraphData({
  ...data,
  entities: { ...data.entities, data: { ...data.entities.data, entities: [...data.entities.data.entities, ...added] } },
  annotations: [...others, { file: `graph-data/annotations/${slug}.json`, data: annotation }],
});
const all = [...readProblems, ...built.problems];
if (all.length) fail(all.map((p) => `${p.file} ${p.path}: ${p.message}`));

const triples = actions.reduce((n, a) => n + a.actors.length * a.targets.length, 0);
if (flags.includes("--check")) {
  console.log(`ok (not written): ${actions.length} actions, ${triples} triples, ${added.length} new entities`);
} else {
  const entitiesFile = join(DATA, "entities.json");
  writeFileAtomic(entitiesFile, appendEntities(readFileSync(entitiesFile, "utf8"), added));
  writeFileAtomic(annFile, `${JSON.stringify(annotation, null, 2)}\n`);
  console.log(`wrote graph-data/annotations/${slug}.json: ${actions.length} actions, ${triples} triples; ${added.length} new entities`);
}
