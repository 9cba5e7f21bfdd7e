import { isDeepStrictEqual } from "node:util";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { layoutGraph, serializeGraph } from "../../src/graph/index.ts";
import { loadGraphData } from "../../src/graph/node.ts";
import { fastCheck, GraphFileSchema } from "../../src/schema/index.ts";
import { prng } from "../../src/synth/random.ts";
import { synthGraph } from "../../src/synth/synth.ts";
import { SEED_DIR } from "../helpers/fixtures.ts";

/** What the fast check must say: zod accepts the value and hands it back unchanged. */
function zodKeepsAsIs(schema: z.ZodType, value: unknown): boolean {
  const result = schema.safeParse(value);
  return result.success && isDeepStrictEqual(result.data, value);
}

const seed = loadGraphData(SEED_DIR);
layoutGraph(seed, { iterations: 20 });
const seedFile = serializeGraph(seed);
const synthFile = serializeGraph(synthGraph({ actions: 300, seed: 7 }));
const NodeRecord = GraphFileSchema.shape.nodes.element;
const EdgeRecord = GraphFileSchema.shape.edges.element;

// Values a broken file holds where it should not: each is wrong somewhere in the schema, and
// some are right elsewhere (a padded string is a valid text for zod after trimming, not as is).
const ODD_VALUES: unknown[] = [
  undefined, null, "", " ", "  padded  ", "x", "entity:pboc", "doc:x", "action:x:1", "action:x:0", "2017-13", "2017-09-04",
  "https://example.org/a", "not a url", "en", "EN", "ban", "enacted", "manual", "rule:x", "rule: x", "accepted", "entity",
  "action", "document", "source", "actor", 0, -1, 1, 1.5, 2 ** 60, Number.NaN, Number.POSITIVE_INFINITY, true, false, [], [""],
  ["a", 1], {}, { date: "2017" }, { phrase: "" },
];

type Json = Record<string, unknown> | unknown[];

/** Every path to a value inside `value`, objects and arrays included. */
function paths(value: unknown, at: PropertyKey[] = [], out: PropertyKey[][] = []): PropertyKey[][] {
  out.push(at);
  if (Array.isArray(value)) value.forEach((v, i) => paths(v, [...at, i], out));
  else if (value !== null && typeof value === "object") for (const [k, v] of Object.entries(value)) paths(v, [...at, k], out);
  return out;
}

/** A copy of `record` with one change at one path: a value replaced, a key removed, a key added. */
function mutate(record: Json, random: () => number): Json {
  const copy = structuredClone(record);
  const all = paths(copy).filter((p) => p.length > 0);
  const path = all[Math.floor(random() * all.length)]!;
  let parent: any = copy;
  for (const seg of path.slice(0, -1)) parent = parent[seg as string];
  const last = path[path.length - 1]!;
  const roll = random();
  if (roll < 0.15 && !Array.isArray(parent)) delete parent[last as string];
  else if (roll < 0.25 && !Array.isArray(parent)) parent.unexpected = "x";
  else if (roll < 0.3 && Array.isArray(parent)) parent.length = 0;
  else parent[last as string] = ODD_VALUES[Math.floor(random() * ODD_VALUES.length)];
  return copy;
}

describe("fastCheck", () => {
  it("passes valid graph files, which zod hands back unchanged", () => {
    for (const file of [seedFile, synthFile]) {
      expect(zodKeepsAsIs(GraphFileSchema, file)).toBe(true);
      expect(fastCheck(GraphFileSchema)(file)).toBe(true);
    }
  });

  it("agrees with zod on thousands of records broken one change at a time", () => {
    const random = prng(2026);
    const records: [z.ZodType, Json][] = [
      ...[...seedFile.nodes, ...synthFile.nodes.slice(0, 150)].map((n) => [NodeRecord, n] as [z.ZodType, Json]),
      ...[...seedFile.edges, ...synthFile.edges.slice(0, 150)].map((e) => [EdgeRecord, e] as [z.ZodType, Json]),
    ];
    let rejected = 0;
    let accepted = 0;
    for (let round = 0; round < 12; round++) {
      for (const [schema, record] of records) {
        const broken = mutate(record, random);
        const expected = zodKeepsAsIs(schema, broken);
        if (fastCheck(schema)(broken) !== expected) {
          expect.fail(`fastCheck says ${!expected} where zod says ${expected} for ${JSON.stringify(broken).slice(0, 400)}`);
        }
        if (expected) accepted++;
        else rejected++;
      }
    }
    // The battery means something only if it holds both kinds in numbers.
    expect(rejected).toBeGreaterThan(2000);
    expect(accepted).toBeGreaterThan(300);
  });

  it("answers no where zod would change the value, even though zod accepts it", () => {
    const text = z.string().trim().min(1);
    expect(fastCheck(text)("ok")).toBe(true);
    expect(fastCheck(text)("  ok  ")).toBe(false);
    expect(text.safeParse("  ok  ").success).toBe(true);
    // A non-strict object strips unknown keys: what zod hands back is not the input.
    const loose = z.object({ a: z.string() });
    expect(fastCheck(loose)({ a: "x" })).toBe(false);
  });

  it("runs zod's own refinements and formats", () => {
    const time = z.strictObject({ date: z.string().optional(), phrase: z.string().optional() }).refine((t) => t.date !== undefined || t.phrase !== undefined);
    expect(fastCheck(time)({ date: "2017" })).toBe(true);
    expect(fastCheck(time)({})).toBe(false);
    expect(fastCheck(z.url())("https://example.org")).toBe(true);
    expect(fastCheck(z.url())("example")).toBe(false);
    expect(fastCheck(z.int().nonnegative())(3)).toBe(true);
    expect(fastCheck(z.int().nonnegative())(-3)).toBe(false);
    expect(fastCheck(z.int())(1.5)).toBe(false);
  });
});
