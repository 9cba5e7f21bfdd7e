/**
 * Neo4j, two ways in:
 * - a folder for `neo4j-admin database import full`: one CSV per node kind with typed header
 *   columns (`id:ID`, `value:double`, `:LABEL`) and one relationships CSV (`:START_ID`,
 *   `:END_ID`, `:TYPE`), as Neo4j's import tool documents them;
 * - a Cypher script that creates uniqueness constraints and MERGEs the same nodes and
 *   relationships, for a running database (cypher-shell -f import.cypher).
 * Labels: Entity, Action or Document, plus the entity's category (Regulator, Person, ...).
 * Relationship types are the edge kinds in capitals (ACTOR, TARGET, BASIS, RELATION, SOURCE,
 * ATTRIBUTION); relations keep their relType as a property.
 */
import type { RegkgGraph } from "../graph/index.ts";
import type { NodeAttributes } from "../schema/index.ts";
import { csvLine } from "./csv.ts";

type Cell = string | number | undefined;

const pascal = (s: string) => s.replace(/(^|_)([a-z])/g, (_m, _u, c: string) => c.toUpperCase());
export const nodeLabels = (a: NodeAttributes): string[] =>
  a.kind === "entity" ? ["Entity", pascal(a.category)] : [a.kind === "action" ? "Action" : "Document"];

const json = (v: unknown) => (v === undefined ? undefined : JSON.stringify(v));

/** The node files: name, header, and a row per node of that kind. */
export const NEO4J_NODE_FILES = {
  entity: {
    file: "entities.csv",
    header: ["id:ID", "name", "category", "aliases", "nameZh", "description", "review", ":LABEL"],
    row: (id: string, a: NodeAttributes): Cell[] =>
      a.kind === "entity" ? [id, a.name, a.category, json(a.aliases), a.nameZh, a.description, a.review, nodeLabels(a).join(";")] : [],
  },
  action: {
    file: "actions.csv",
    header: [
      "id:ID", "actionType", "status", "summary", "timeDate", "timePhrase", "timeAnchor", "quantityValue:double", "quantityUnit",
      "quantityComparator", "quantityFrom:double", "attribution", "evidence", "method", "review", ":LABEL",
    ],
    row: (id: string, a: NodeAttributes): Cell[] =>
      a.kind === "action"
        ? [id, a.actionType, a.status, a.summary, a.time?.date, a.time?.phrase, a.time?.anchor, a.quantity?.value, a.quantity?.unit, a.quantity?.comparator, a.quantity?.from, a.attribution, json(a.evidence), a.method, a.review, "Action"]
        : [],
  },
  document: {
    file: "documents.csv",
    header: ["id:ID", "title", "publisher", "url", "published", "language", "licence", "split", "text", ":LABEL"],
    row: (id: string, a: NodeAttributes): Cell[] => (a.kind === "document" ? [id, a.title, a.publisher, a.url, a.published, a.language, a.licence, a.split, a.text, "Document"] : []),
  },
} as const;

export const NEO4J_RELATIONSHIPS_FILE = "relationships.csv";
export const NEO4J_RELATIONSHIP_HEADER = [":START_ID", ":END_ID", ":TYPE", "key", "relType", "title", "evidence"] as const;

export function* neo4jNodesCsv(graph: RegkgGraph, kind: keyof typeof NEO4J_NODE_FILES): Generator<string> {
  const spec = NEO4J_NODE_FILES[kind];
  yield csvLine(spec.header);
  for (const { node, attributes } of graph.nodeEntries()) if (attributes.kind === kind) yield csvLine(spec.row(node, attributes));
}

export function* neo4jRelationshipsCsv(graph: RegkgGraph): Generator<string> {
  yield csvLine(NEO4J_RELATIONSHIP_HEADER);
  for (const { edge, attributes: a, source, target } of graph.edgeEntries()) {
    yield csvLine([source, target, a.kind.toUpperCase(), edge, a.kind === "relation" ? a.relType : undefined, a.kind === "relation" ? a.title : undefined, a.kind === "relation" ? json(a.evidence) : undefined]);
  }
}

/** A Cypher string literal: single quotes, backslash escapes. */
export function cypherString(s: string): string {
  return `'${s.replace(/\\/g, "\\\\").replace(/'/g, "\\'").replace(/\n/g, "\\n").replace(/\r/g, "\\r").replace(/\t/g, "\\t").replace(/\u2028/g, "\\u2028").replace(/\u2029/g, "\\u2029")}'`;
}

function cypherValue(v: unknown): string {
  if (typeof v === "number") return Number.isFinite(v) ? String(v) : "null";
  if (typeof v === "boolean") return String(v);
  if (Array.isArray(v) && v.every((x) => typeof x === "string")) return `[${v.map(cypherString).join(", ")}]`;
  return cypherString(typeof v === "string" ? v : JSON.stringify(v));
}

function cypherMap(props: Record<string, unknown>): string {
  return `{${Object.entries(props)
    .filter(([, v]) => v !== undefined)
    .map(([k, v]) => `${k}: ${cypherValue(v)}`)
    .join(", ")}}`;
}

/** Node properties as the Cypher script sets them: lists of strings stay lists, objects become JSON text. */
function properties(a: NodeAttributes): Record<string, unknown> {
  const { kind: _kind, x: _x, y: _y, ...rest } = a;
  const out: Record<string, unknown> = { ...rest };
  if (a.kind === "action") {
    delete out.time;
    delete out.quantity;
    Object.assign(out, {
      timeDate: a.time?.date, timePhrase: a.time?.phrase, timeAnchor: a.time?.anchor,
      quantityValue: a.quantity?.value, quantityUnit: a.quantity?.unit, quantityComparator: a.quantity?.comparator, quantityFrom: a.quantity?.from,
    });
  }
  return out;
}

/** import.cypher: constraints first, then one MERGE per node and per relationship. */
export function* neo4jCypher(graph: RegkgGraph): Generator<string> {
  yield "// regkg graph for Neo4j: run with  cypher-shell -f import.cypher\n";
  for (const label of ["Entity", "Action", "Document"]) {
    yield `CREATE CONSTRAINT ${label.toLowerCase()}_id IF NOT EXISTS FOR (n:${label}) REQUIRE n.id IS UNIQUE;\n`;
  }
  for (const { node, attributes: a } of graph.nodeEntries()) {
    const [main, ...more] = nodeLabels(a);
    yield `MERGE (n:${main} {id: ${cypherString(node)}}) SET n += ${cypherMap(properties(a))}${more.map((l) => `, n:${l}`).join("")};\n`;
  }
  for (const { edge, attributes: a, source, target } of graph.edgeEntries()) {
    const s = nodeLabels(graph.getNodeAttributes(source))[0];
    const t = nodeLabels(graph.getNodeAttributes(target))[0];
    const props = a.kind === "relation" ? { relType: a.relType, title: a.title, evidence: a.evidence ? JSON.stringify(a.evidence) : undefined } : {};
    yield `MATCH (a:${s} {id: ${cypherString(source)}}), (b:${t} {id: ${cypherString(target)}}) MERGE (a)-[r:${a.kind.toUpperCase()} {key: ${cypherString(edge)}}]->(b) SET r += ${cypherMap(props)};\n`;
  }
}

/** The commands a user runs, written beside the files. */
export const NEO4J_README = `regkg export for Neo4j

Offline, into a new database (Neo4j 5, files copied to the import folder):

  neo4j-admin database import full --multiline-fields=true \\
    --nodes=import/entities.csv --nodes=import/actions.csv --nodes=import/documents.csv \\
    --relationships=import/relationships.csv regkg

Online, into a running database:

  cypher-shell -u neo4j -p PASSWORD -f import.cypher
`;
