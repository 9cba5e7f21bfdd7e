import Ajv2020 from "ajv/dist/2020.js";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { layoutGraph, serializeGraph } from "../../src/graph/index.ts";
import { loadGraphData } from "../../src/graph/node.ts";
import {
  ACTION_TYPES,
  ENTITY_CATEGORIES,
  FILE_SCHEMAS,
  jsonSchemaFor,
  slugify,
  STATUSES,
  type FileSchemaName,
} from "../../src/schema/index.ts";
import { readJsonFile, SEED_ANNOTATION, SEED_DIR, SEED_META } from "../helpers/fixtures.ts";

describe("vocabularies", () => {
  it("every action type has a one-line meaning and a well-formed CAMEO code or null", () => {
    for (const [type, entry] of Object.entries(ACTION_TYPES)) {
      expect(entry.meaning, type).toMatch(/^[A-Z].{10,}\.$/);
      expect(entry.meaning, type).not.toContain("\n");
      if (entry.cameo !== null) {
        expect(entry.cameo.code, type).toMatch(/^\d{3,4}$/);
        expect(entry.cameo.label.length, type).toBeGreaterThan(3);
      }
    }
  });

  it("has the statuses and entity categories DESIGN.md names", () => {
    expect(Object.keys(STATUSES)).toEqual(["enacted", "announced", "planned", "stated", "reported"]);
    expect(Object.keys(ENTITY_CATEGORIES)).toEqual(
      expect.arrayContaining(["regulator", "government", "task_force", "person", "company", "platform", "media", "target_group", "activity", "infrastructure", "regulation"]),
    );
  });

  it("slugify makes stable ASCII ids", () => {
    expect(slugify("People's Bank of China")).toBe("peoples-bank-of-china");
    expect(slugify("People’s Bank of China (PBOC)")).toBe("peoples-bank-of-china-pboc");
    expect(slugify("  Société Générale ")).toBe("societe-generale");
  });
});

describe("emitted JSON Schema", () => {
  const ajv = new Ajv2020({ allErrors: true, strict: false });
  const validator = (name: FileSchemaName) => ajv.getSchema(jsonSchemaFor(name).$id as string) ?? ajv.compile(jsonSchemaFor(name));

  it("is valid draft 2020-12 for every file format", () => {
    for (const name of Object.keys(FILE_SCHEMAS) as FileSchemaName[]) {
      const schema = jsonSchemaFor(name);
      expect(schema.$schema).toBe("https://json-schema.org/draft/2020-12/schema");
      expect(() => ajv.compile(schema)).not.toThrow();
    }
  });

  it("accepts the seed files and the built graph", () => {
    const checks: [FileSchemaName, unknown][] = [
      ["entities", readJsonFile(join(SEED_DIR, "entities.json"))],
      ["annotation", readJsonFile(join(SEED_DIR, SEED_ANNOTATION))],
      ["meta", readJsonFile(join(SEED_DIR, SEED_META))],
    ];
    const graph = loadGraphData(SEED_DIR);
    layoutGraph(graph, { iterations: 10 });
    checks.push(["graph", JSON.parse(JSON.stringify(serializeGraph(graph)))]);
    for (const [name, data] of checks) {
      const validate = validator(name);
      expect(validate(data), `${name}: ${ajv.errorsText(validate.errors)}`).toBe(true);
    }
  });

  it("accepts the extractor's shipped data files, each by its own schema", () => {
    const shipped: [FileSchemaName, string][] = [
      ["frames", "frames.json"],
      ["gazetteer", "regulators.json"],
      ["places", "places.json"],
      ["companies", "companies.json"],
      ["districts", "districts.json"],
      ["marker", "marker.json"],
    ];
    for (const [name, file] of shipped) {
      const data = readJsonFile(fileURLToPath(new URL(`../../src/extract/data/${file}`, import.meta.url)));
      expect(FILE_SCHEMAS[name].schema.safeParse(data).success, file).toBe(true);
      const validate = validator(name);
      expect(validate(data), `${file}: ${ajv.errorsText(validate.errors)}`).toBe(true);
    }
    // (A district is one of the six directions a district's name takes: a misspelt one would name no office.)
    const misspelt = { states: { Illinois: { Springfield: "Centrall" } }, single: [] };
    expect(FILE_SCHEMAS.districts.schema.safeParse(misspelt).success).toBe(false);
  });

  it("rejects what the zod schema rejects: an unknown action type, a missing target list, an extra key", () => {
    const validate = validator("annotation");
    const base = readJsonFile(join(SEED_DIR, SEED_ANNOTATION));
    const bad = [
      { ...base, actions: [{ ...base.actions[0], actionType: "crackdown" }] },
      { ...base, actions: [{ ...base.actions[0], targets: [] }] },
      { ...base, actions: [{ ...base.actions[0], confidence: 0.9 }] },
    ];
    for (const data of bad) expect(validate(data)).toBe(false);
  });
});
