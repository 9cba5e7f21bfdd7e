import fc from "fast-check";
import { buildFromGraphData, type GraphData, type RegkgGraph } from "../../src/graph/index.ts";
import { ValidationError, type ActionType, type EntityCategory, type RelationType, type Status } from "../../src/schema/index.ts";

export const CATEGORIES: EntityCategory[] = ["regulator", "company", "activity", "person"];
export const TYPES: ActionType[] = ["ban", "shutdown", "warn", "campaign", "withdraw"];
export const STATUS_LIST: Status[] = ["enacted", "announced", "planned", "stated", "reported"];
const RELATIONS: RelationType[] = ["holds_position_in", "leads", "part_of"];
/** Aliases drawn from a small pool, so names collide (several entities, or another's canonical name). */
const ALIASES = ["the regulator", "E1", "Agency", "agency", "E2 group"];
const TEXT = "Regulators banned it. The company shut it down. Officials warned them. ";

const date = fc.oneof(
  fc.integer({ min: 2015, max: 2020 }).map(String),
  fc.tuple(fc.integer({ min: 2015, max: 2020 }), fc.integer({ min: 1, max: 12 })).map(([y, m]) => `${y}-${String(m).padStart(2, "0")}`),
  fc.tuple(fc.integer({ min: 2015, max: 2020 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 28 })).map(
    ([y, m, d]) => `${y}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`,
  ),
);

/** A valid regkg graph of a few entities, documents and actions with random shape. */
export const randomGraph: fc.Arbitrary<RegkgGraph> = fc
  .record({
    categories: fc.array(fc.constantFrom(...CATEGORIES), { minLength: 2, maxLength: 12 }),
    aliases: fc.array(fc.uniqueArray(fc.constantFrom(...ALIASES), { maxLength: 2 }), { maxLength: 12 }),
    relations: fc.array(fc.record({ source: fc.nat(), target: fc.nat(), relType: fc.constantFrom(...RELATIONS) }), { maxLength: 6 }),
    docs: fc.integer({ min: 1, max: 3 }),
    actions: fc.array(
      fc.record({
        doc: fc.nat(),
        type: fc.constantFrom(...TYPES),
        status: fc.constantFrom(...STATUS_LIST),
        actors: fc.uniqueArray(fc.nat(), { minLength: 1, maxLength: 3 }),
        targets: fc.uniqueArray(fc.nat(), { minLength: 1, maxLength: 3 }),
        basis: fc.uniqueArray(fc.nat(), { maxLength: 2 }),
        date: fc.option(date, { nil: undefined }),
        at: fc.nat({ max: TEXT.length - 10 }),
      }),
      { maxLength: 40 },
    ),
  })
  .map(({ categories, aliases, relations, docs, actions }) => {
    const entity = (i: number) => `entity:e${i % categories.length}`;
    const slugs = Array.from({ length: docs }, (_, i) => `d${i}`);
    const counters = slugs.map(() => 0);
    const perDoc = slugs.map(() => [] as GraphData["annotations"][number]["data"]["actions"][number][]);
    for (const a of actions) {
      const d = a.doc % docs;
      const actors = [...new Set(a.actors.map(entity))];
      const targets = [...new Set(a.targets.map(entity))];
      perDoc[d]!.push({
        id: `action:${slugs[d]}:${++counters[d]!}`,
        actionType: a.type,
        status: a.status,
        summary: `${a.type} ${a.status}`,
        actors,
        targets,
        ...(a.basis.length ? { basis: [...new Set(a.basis.map(entity))] } : {}),
        ...(a.date ? { time: { date: a.date } } : {}),
        evidence: [{ start: a.at, end: a.at + 5, quote: TEXT.slice(a.at, a.at + 5) }],
        method: "manual",
      });
    }
    const data: GraphData = {
      documents: slugs.map((slug) => ({ slug, meta: { id: `doc:${slug}`, title: slug, language: "en" }, text: TEXT, metaFile: `${slug}/meta.json`, textFile: `${slug}/text.txt` })),
      entities: {
        file: "entities.json",
        data: {
          entities: categories.map((category, i) => ({ id: `entity:e${i}`, name: `E${i}`, category, aliases: aliases[i] ?? [] })),
          // One relation of a type per pair, none from an entity to itself.
          relations: [...new Map(relations.map((r) => [`${entity(r.source)} ${r.relType} ${entity(r.target)}`, { source: entity(r.source), relType: r.relType, target: entity(r.target) }])).values()].filter(
            (r) => r.source !== r.target,
          ),
        },
      },
      annotations: slugs.map((slug, d) => ({ file: `annotations/${slug}.json`, data: { doc: `doc:${slug}`, review: "accepted", actions: perDoc[d]! } })),
    };
    const { graph, problems } = buildFromGraphData(data);
    // Self-loops (an entity both actor and target) are fine: they go through an action node.
    if (problems.length > 0) throw new ValidationError(problems);
    return graph;
  });

/**
 * The same graph with its edges added in a permutation drawn from `seed`: same nodes and edges,
 * but graphology then walks each node's edges in another order.
 */
export function withEdgesReordered(graph: RegkgGraph, seed: number): RegkgGraph {
  const copy = graph.emptyCopy();
  const edges = graph.mapEdges((key, attributes, source, target) => ({ key, attributes, source, target }));
  let state = seed >>> 0 || 1;
  for (let i = edges.length - 1; i > 0; i--) {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    const j = state % (i + 1);
    [edges[i], edges[j]] = [edges[j]!, edges[i]!];
  }
  for (const e of edges) copy.addEdgeWithKey(e.key, e.source, e.target, e.attributes);
  return copy;
}
