import nlp from "compromise";
import { proposeFragment, type GazetteerEntry } from "../../src/extract/index.ts";
import { readGraphData } from "../../src/graph/node.ts";
import { DATA_DIR } from "../helpers/paths.ts";
import type { RegkgGraph } from "../../src/graph/index.ts";
import { measure, withBaseline, type Measurement } from "./harness.ts";

const SUITE = "ingest";
const ARTICLES = 200;

/**
 * Articles a minute on one core: the generated news texts of a synthetic graph read with the
 * graph's entities as the gazetteer (so the gazetteer grows with the size). Baseline: running
 * the NLP library (compromise) once over each article's whole text, which the extractor
 * avoids for sentences without a trigger word.
 */
export function ingestBench(graph: RegkgGraph, size: number): Measurement[] {
  const known: GazetteerEntry[] = [];
  const texts: string[] = [];
  graph.forEachNode((id, a) => {
    if (a.kind === "entity") known.push({ id, name: a.name, category: a.category, aliases: a.aliases, ...(a.nameZh ? { nameZh: a.nameZh } : {}) });
    else if (a.kind === "document" && texts.length < ARTICLES) texts.push(a.text);
  });
  proposeFragment(texts[0]!, known, { slug: "warm-up", title: "warm up" });
  const perArticle: number[] = [];
  let actions = 0;
  for (const [i, text] of texts.entries()) {
    const t = performance.now();
    actions += proposeFragment(text, known, { slug: `bench-${i}`, title: "bench", published: "2024-01-15" }).annotation.actions.length;
    perArticle.push(performance.now() - t);
  }
  const baseline = texts.map((text) => {
    const t = performance.now();
    const doc = nlp(text);
    doc.people().out("array");
    doc.organizations().out("array");
    return performance.now() - t;
  });
  perArticle.sort((a, b) => a - b);
  baseline.sort((a, b) => a - b);
  const total = perArticle.reduce((s, x) => s + x, 0);
  const perMinute = Math.round((60_000 * texts.length) / total);
  const chars = Math.round(texts.reduce((s, x) => s + x.length, 0) / texts.length);
  const m = measure(SUITE, "propose a fragment for one article", size, perArticle, {
    note: `${perMinute.toLocaleString("en")} articles/min on one core (target >= 2,000); ${texts.length} articles of ~${chars} chars, ${known.length.toLocaleString("en")} known entities, ${actions} actions proposed`,
  });
  return [withBaseline(m, "compromise over the whole text", baseline)];
}

/**
 * Articles a minute on the committed corpus: real press releases of about 2,000 characters,
 * dense with trigger words (so the NLP library runs on most sentences), read as `npm run eval`
 * reads them. Baseline: compromise over each whole text, as above.
 */
export function corpusIngestBench(): Measurement[] {
  const { data } = readGraphData(DATA_DIR);
  const docs = (data?.documents ?? []).filter((d) => d.meta.split);
  if (docs.length === 0) return [];
  proposeFragment(docs[0]!.text, [], { slug: "warm-up", title: "warm up" });
  const perArticle = docs.map((d) => {
    const t = performance.now();
    proposeFragment(d.text, [], { slug: d.slug, title: d.meta.title, ...(d.meta.publisher ? { publisher: d.meta.publisher } : {}) });
    return performance.now() - t;
  });
  const baseline = docs.map((d) => {
    const t = performance.now();
    const doc = nlp(d.text);
    doc.people().out("array");
    doc.organizations().out("array");
    return performance.now() - t;
  });
  const total = perArticle.reduce((s, x) => s + x, 0);
  const perMinute = Math.round((60_000 * docs.length) / total);
  const chars = Math.round(docs.reduce((s, d) => s + d.text.length, 0) / docs.length);
  const m = measure(SUITE, "propose a fragment for one corpus text", docs.length, perArticle.sort((a, b) => a - b), {
    note: `${perMinute.toLocaleString("en")} articles/min on one core (target >= 2,000); ${docs.length} real texts of ~${chars} chars`,
  });
  return [withBaseline(m, "compromise over the whole text", baseline.sort((a, b) => a - b))];
}
