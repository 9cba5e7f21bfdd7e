import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { edgeKey, isEdgeKey } from "../../src/schema/index.ts";

describe("isEdgeKey", () => {
  // Short strings over a few characters, so that keys often almost match (a ':' or '->' moved, a piece one longer).
  const part = fc.string({ unit: fc.constantFrom("a", ":", "-", ">", "x"), maxLength: 5 });
  const qualifier = fc.option(part, { nil: undefined });

  it("says whether a key is the one edgeKey builds, for keys built from other parts", () => {
    fc.assert(
      fc.property(part, part, part, qualifier, part, part, part, qualifier, (kind, source, target, q, kind2, source2, target2, q2) => {
        const key = edgeKey(kind2, source2, target2, q2);
        expect(isEdgeKey(key, kind, source, target, q)).toBe(key === edgeKey(kind, source, target, q));
        expect(isEdgeKey(edgeKey(kind, source, target, q), kind, source, target, q)).toBe(true);
      }),
      { numRuns: 3000 },
    );
  });

  it("takes real keys and refuses their near misses", () => {
    expect(isEdgeKey("actor:entity:pboc->action:d:1", "actor", "entity:pboc", "action:d:1")).toBe(true);
    expect(isEdgeKey("relation:leads:entity:a->entity:b", "relation", "entity:a", "entity:b", "leads")).toBe(true);
    expect(isEdgeKey("relation:entity:a->entity:b", "relation", "entity:a", "entity:b", "leads")).toBe(false);
    expect(isEdgeKey("actor:entity:pboc->action:d:10", "actor", "entity:pboc", "action:d:1")).toBe(false);
    expect(isEdgeKey("actor:entity:pboc-action:d:1", "actor", "entity:pboc", "action:d:1")).toBe(false);
    expect(isEdgeKey("target:entity:pboc->action:d:1", "actor", "entity:pboc", "action:d:1")).toBe(false);
  });
});
