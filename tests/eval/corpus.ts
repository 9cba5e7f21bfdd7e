/**
 * The extractor measured on the committed corpus: each corpus document of graph-data (one with
 * a `split`) is read by the extractor knowing only its built-in data, as `regkg ingest` reads an
 * article into an empty graph, and its triples are scored against the document's accepted
 * annotation (graph-data/CORPUS.md says how the gold was made; evaluate.ts says how triples match).
 */
import { join } from "node:path";
import { actionTriples, defaultLexicon, extractActions, missKinds, namedParties, score, triplesOf, unreadCoverage, wrongKinds, type Extraction, type ExtractOptions, type MissKind, type WrongKind, type NamedParty, type Score, type Triple } from "../../src/extract/index.ts";
import { readGraphData } from "../../src/graph/node.ts";
import type { Split } from "../../src/graph/index.ts";
import type { AnnotationFile } from "../../src/schema/index.ts";
import { AUTHORITY_CATEGORIES } from "../../src/extract/lexicon.ts";
import { REPO } from "../helpers/paths.ts";

export interface DocResult {
  slug: string;
  split: Split;
  score: Score;
  /** The missed gold triples, counted by why (evaluate.ts's missKinds). */
  misses: Record<MissKind, number>;
  /** The found triples that match no gold one, counted by why (evaluate.ts's wrongKinds). */
  wrong: Record<WrongKind, number>;
  /** The gold parties named in their evidence, and whether the name-finding stage marked them (evaluate.ts's namedParties). */
  named: NamedParty[];
  /** The sentences review mode would mark in it, and the gold they hold (evaluate.ts's unreadCoverage). */
  unread: ReturnType<typeof unreadCoverage>;
}

/** A corpus document read as `regkg ingest` reads an article into an empty graph: its text, publication day and publisher only. */
export function readAsIngested(d: { text: string; meta: { id: string; published?: string; publisher?: string } }, options: Pick<ExtractOptions, "marker"> = {}): Extraction {
  const published = d.meta.published && /^\d{4}-\d{2}-\d{2}$/.test(d.meta.published) ? d.meta.published : undefined;
  return extractActions(d.text, [], { doc: d.meta.id, ...(published ? { docDate: published } : {}), ...(d.meta.publisher ? { publisher: d.meta.publisher } : {}), ...options });
}

/** The authority that acts most in the text (twice for an action's actor, once for a mention). */
export function mainAuthority(x: Extraction, category: (id: string) => string | undefined): string | undefined {
  const weight = new Map<string, number>();
  const add = (id: string, w: number) => AUTHORITY_CATEGORIES.has(category(id) as never) && weight.set(id, (weight.get(id) ?? 0) + w);
  for (const a of x.actions) for (const id of a.actors) add(id, 2);
  for (const m of x.mentions) add(m.entity, 1);
  return [...weight].sort((a, b) => b[1] - a[1])[0]?.[0];
}

/**
 * Where the places list names a country in a text ("referring Italy to the Court"): the extractor reads countries from that
 * list rather than as mentions, so for the name-finding score their names count as found.
 */
export function placeSpans(text: string): { start: number; end: number }[] {
  PLACE_NAMES ??= new RegExp(
    `(?<![\\p{L}\\p{N}])(?:${defaultLexicon()
      .places.flatMap((p) => [p.name, ...p.aliases])
      .sort((a, b) => b.length - a.length)
      .map((n) => n.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"))
      .join("|")})(?![\\p{L}\\p{N}])`,
    "gu",
  );
  return [...text.matchAll(PLACE_NAMES)].map((m) => ({ start: m.index, end: m.index + m[0].length }));
}
let PLACE_NAMES: RegExp | undefined;

/** An annotation's triples, one per actor and target of each action, each with its action's evidence. */
export function goldTriples(annotation: AnnotationFile): (Triple & { evidence: { start: number; end: number }[] })[] {
  return annotation.actions.flatMap((a) => actionTriples(a, { evidence: a.evidence }));
}

/** Every name an entity goes by, for the matching rule: graph-data's names and aliases, and those the extraction gave it. */
export function entityNames(entities: ReadonlyMap<string, readonly string[]>, x: Extraction): (id: string) => string[] {
  const proposed = new Map(x.proposed.map((e) => [e.id, [e.name, ...e.aliases]]));
  return (id) => [...(entities.get(id) ?? []), ...(proposed.get(id) ?? []), ...(x.names[id] ? [x.names[id]!] : [])];
}

export type CorpusData = NonNullable<ReturnType<typeof readGraphData>["data"]>;

/** graph-data as the eval reads it; a folder that does not load throws with its problems. */
export function readCorpusData(dir = join(REPO, "graph-data")): CorpusData {
  const { data, problems } = readGraphData(dir);
  if (!data) throw new Error(problems.map((p) => `${p.file} ${p.path}: ${p.message}`).join("\n"));
  return data;
}

export function evaluateCorpus(data: CorpusData = readCorpusData()): DocResult[] {
  const entities = new Map(data.entities.data.entities.map((e) => [e.id, [e.name, ...e.aliases]]));
  // Groups, activities and laws have no proper name for the name-finding stage to find.
  const properlyNamed = new Set(data.entities.data.entities.filter((e) => !["target_group", "activity", "regulation"].includes(e.category)).map((e) => e.id));
  const annotations = new Map(data.annotations.map((a) => [a.data.doc, a.data]));
  const results: DocResult[] = [];
  for (const d of data.documents) {
    const split = d.meta.split;
    const annotation = annotations.get(d.meta.id);
    if (!split || !annotation || annotation.review !== "accepted") continue;
    const gold = goldTriples(annotation);
    const x = readAsIngested(d);
    const names = entityNames(entities, x);
    const found = triplesOf(x);
    const scored = score(found, gold, names);
    results.push({ slug: d.slug, split, score: scored, misses: missKinds(scored.missed as typeof gold, found, names), wrong: wrongKinds(scored.spurious as typeof found, gold, names), named: namedParties(d.text, annotation.actions, [...x.mentions, ...placeSpans(d.text)], (id) => entities.get(id) ?? [], (id) => properlyNamed.has(id)), unread: unreadCoverage(x.unread, gold, scored.missed as typeof gold, x.actions.map((a) => a.evidence)) });
  }
  return results;
}
