import { z } from "zod";
import {
  AnnotationFileSchema,
  DocumentMetaSchema,
  EntitiesFileSchema,
  FrameLexiconSchema,
  CompaniesFileSchema,
  DistrictsFileSchema,
  MarkerModelSchema,
  GazetteerFileSchema,
  GraphFileSchema,
  PlacesFileSchema,
  SCHEMA_VERSION,
} from "./model.ts";

/** The files regkg reads and writes, each with the zod schema it must satisfy. */
export const FILE_SCHEMAS = {
  graph: { schema: GraphFileSchema, title: "regkg graph (graphology serialized JSON)" },
  annotation: { schema: AnnotationFileSchema, title: "regkg annotation file (graph-data/annotations/<slug>.json)" },
  entities: { schema: EntitiesFileSchema, title: "regkg entities file (graph-data/entities.json)" },
  meta: { schema: DocumentMetaSchema, title: "regkg document metadata (graph-data/documents/<slug>/meta.json)" },
  gazetteer: { schema: GazetteerFileSchema, title: "regkg regulator gazetteer (src/extract/data/regulators.json)" },
  places: { schema: PlacesFileSchema, title: "regkg places list (src/extract/data/places.json)" },
  companies: { schema: CompaniesFileSchema, title: "regkg list of well-known companies (src/extract/data/companies.json)" },
  districts: { schema: DistrictsFileSchema, title: "regkg US judicial districts by their US Attorney's seats (src/extract/data/districts.json)" },
  marker: { schema: MarkerModelSchema, title: "regkg sentence marker for review (src/extract/data/marker.json)" },
  frames: { schema: FrameLexiconSchema, title: "regkg frame lexicon (src/extract/data/frames.json)" },
} as const;
export type FileSchemaName = keyof typeof FILE_SCHEMAS;

/** JSON Schema (draft 2020-12) for one of regkg's file formats, emitted from the zod schema. */
export function jsonSchemaFor(name: FileSchemaName): Record<string, unknown> {
  const { schema, title } = FILE_SCHEMAS[name];
  // Refinements (e.g. "a date, a phrase or both") cannot be expressed in JSON Schema; the
  // emitted schema is the structural part and regkg validate checks the rest.
  const json = z.toJSONSchema(schema, { unrepresentable: "any" }) as Record<string, unknown>;
  return { ...json, $id: `urn:regkg:schema:${SCHEMA_VERSION}:${name}`, title };
}
