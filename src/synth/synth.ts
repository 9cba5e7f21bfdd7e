import { emptyGraph, type RegkgGraph } from "../graph/index.ts";
import { edgeKey, SCHEMA_VERSION, UsageError, type GraphAttributes, type GraphFile } from "../schema/index.ts";
import { makeDocument, makeSamplers, type SynthDocument } from "./documents.ts";
import { makePopulation, type Population } from "./population.ts";

export interface SynthOptions {
  /** Number of actions to generate. */
  actions: number;
  /** Same seed, same graph. */
  seed: number;
  /** Actions per generated document. */
  actionsPerDocument: number;
}

export const SYNTH_DEFAULTS: SynthOptions = { actions: 1000, seed: 1, actionsPerDocument: 8 };
export const MAX_SYNTH_ACTIONS = 5_000_000;

export function resolveSynthOptions(options: Partial<SynthOptions>): SynthOptions {
  const o = { ...SYNTH_DEFAULTS, ...options };
  if (!Number.isInteger(o.actions) || o.actions < 1 || o.actions > MAX_SYNTH_ACTIONS) {
    throw new UsageError(`--actions: expected a whole number from 1 to ${MAX_SYNTH_ACTIONS}, got "${o.actions}"`);
  }
  if (!Number.isInteger(o.seed) || o.seed < 0 || o.seed > 0xffffffff) throw new UsageError(`--seed: expected a whole number from 0 to 4294967295, got "${o.seed}"`);
  if (!Number.isInteger(o.actionsPerDocument) || o.actionsPerDocument < 1) {
    throw new UsageError(`actionsPerDocument: expected a whole number >= 1, got "${o.actionsPerDocument}"`);
  }
  return o;
}

/**
 * A synthetic corpus, produced lazily: the population is made once, documents one at a time
 * on demand (each from its own seed), so a writer can make two passes, nodes then edges,
 * without holding the documents.
 */
export interface Synth {
  options: SynthOptions;
  attributes: GraphAttributes;
  population: Population;
  documentCount: number;
  documents(): Generator<SynthDocument>;
}

export function synthesize(options: Partial<SynthOptions> = {}): Synth {
  const o = resolveSynthOptions(options);
  const population = makePopulation(o.actions, o.seed);
  const samplers = makeSamplers(population);
  const documentCount = Math.ceil(o.actions / o.actionsPerDocument);
  const count = (i: number) => (i < documentCount - 1 ? o.actionsPerDocument : o.actions - o.actionsPerDocument * (documentCount - 1));
  const documents = Array.from({ length: documentCount }, (_, i) => `doc:synth-${o.seed}-${i + 1}`);
  return {
    options: o,
    attributes: { schemaVersion: SCHEMA_VERSION, documents, generator: `regkg synth --actions ${o.actions} --seed ${o.seed}` },
    population,
    documentCount,
    *documents() {
      for (let i = 0; i < documentCount; i++) yield makeDocument(population, samplers, o.seed, i, count(i));
    },
  };
}

/** The parts of a graph file in the order a streaming writer emits them. */
export function* synthNodes(s: Synth): Generator<GraphFile["nodes"][number]> {
  for (const e of s.population.entities) yield { key: e.id, attributes: e.attributes };
  for (const d of s.documents()) {
    yield d.doc;
    yield* d.actions;
  }
}

export function* synthEdges(s: Synth): Generator<GraphFile["edges"][number]> {
  for (const r of s.population.relations) yield relationRecord(r);
  for (const d of s.documents()) yield* d.edges;
}

function relationRecord(r: Synth["population"]["relations"][number]): GraphFile["edges"][number] {
  return { key: edgeKey("relation", r.source, r.target, r.attributes.relType), source: r.source, target: r.target, attributes: r.attributes };
}

/**
 * Nodes and edges in one pass, each document generated once: synthNodes' order for the nodes
 * and synthEdges' for the edges, each edge right after its nodes (what a store is written from).
 */
export function* synthRecords(s: Synth): Generator<GraphFile["nodes"][number] | GraphFile["edges"][number]> {
  for (const e of s.population.entities) yield { key: e.id, attributes: e.attributes };
  for (const r of s.population.relations) yield relationRecord(r);
  for (const d of s.documents()) {
    yield d.doc;
    yield* d.actions;
    yield* d.edges;
  }
}

/** The synthetic corpus as an in-memory graph. */
export function synthGraph(options: Partial<SynthOptions> = {}): RegkgGraph {
  const s = synthesize(options);
  const graph = emptyGraph(s.attributes);
  for (const e of s.population.entities) graph.addNode(e.id, e.attributes);
  for (const r of s.population.relations) graph.addDirectedEdgeWithKey(edgeKey("relation", r.source, r.target, r.attributes.relType), r.source, r.target, r.attributes);
  for (const d of s.documents()) {
    graph.addNode(d.doc.key, d.doc.attributes);
    for (const a of d.actions) graph.addNode(a.key, a.attributes);
    for (const e of d.edges) graph.addDirectedEdgeWithKey(e.key, e.source, e.target, e.attributes);
  }
  return graph;
}
