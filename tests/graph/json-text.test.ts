import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { arrayElementSpans, inlineJson, removeElement, replaceElement } from "../../src/graph/json-text.ts";
import { DATA_DIR } from "../helpers/paths.ts";

const text = readFileSync(join(DATA_DIR, "entities.json"), "utf8");
const parsed = JSON.parse(text) as { entities: { id: string }[]; relations: unknown[] };

describe("editing entities.json in place", () => {
  it("finds every element of both arrays, each span parsing to the element itself", () => {
    const spans = arrayElementSpans(text, "entities");
    expect(spans.length).toBe(parsed.entities.length);
    spans.forEach((s, i) => expect(JSON.parse(text.slice(s.start, s.end))).toEqual(parsed.entities[i]));
    const rel = arrayElementSpans(text, "relations");
    rel.forEach((s, i) => expect(JSON.parse(text.slice(s.start, s.end))).toEqual(parsed.relations[i]));
  });

  it("replaces one element: the file parses to the same data but that element, and only its lines differ", () => {
    const i = 3;
    const changed = { ...parsed.entities[i], name: "Changed \"name\" ]}" };
    const out = replaceElement(text, "entities", i, inlineJson(changed));
    expect(JSON.parse(out).entities).toEqual(parsed.entities.map((e, j) => (j === i ? changed : e)));
    const before = text.split("\n");
    const after = out.split("\n");
    expect(before.filter((l) => !after.includes(l)).length).toBeLessThanOrEqual(2);
  });

  it("removes the first, a middle and the last element, leaving valid JSON without them", () => {
    const last = parsed.entities.length - 1;
    for (const i of [0, 7, last]) {
      const out = removeElement(text, "entities", i);
      expect(JSON.parse(out).entities).toEqual(parsed.entities.filter((_, j) => j !== i));
      expect(JSON.parse(out).relations).toEqual(parsed.relations);
    }
    expect(JSON.parse(removeElement('{ "entities": [ { "id": "a" } ], "relations": [] }', "entities", 0))).toEqual({ entities: [], relations: [] });
    expect(JSON.parse(removeElement('{"entities":[1,2,3],"relations":[]}', "entities", 1))).toEqual({ entities: [1, 3], relations: [] });
  });
});
