/**
 * GEXF and GraphML files back into graphs. A file regkg exported (its nodes carry `kind` and
 * regkg's attributes, lists and objects as JSON text) becomes the regkg graph it was, checked
 * as a graph JSON file is. A file another tool wrote without regkg's attributes (Gephi, yEd,
 * NetworkX) is kept as it is, a plain graphology graph with the attributes the file typed,
 * for the features that need no regkg data (drawing, search by label, counting); the others
 * say what the file lacks.
 *
 * The XML parser is passed in (graphology-gexf and graphology-graphml have a Node entry on
 * xmldom and a browser entry on the page's DOMParser), so this module serves CLI and explorer.
 */
import Graph from "graphology";
import type { AbstractGraph } from "graphology-types";
import { EdgeAttributesSchema, NODE_KINDS, NodeAttributesSchema, SCHEMA_VERSION, ValidationError, type Problem } from "../schema/index.ts";
import { graphFromFile } from "./graph-file.ts";
import type { RegkgGraph } from "./types.ts";

/** Attributes that hold lists or objects; formats with only scalar values carry them as JSON text. */
export const STRUCTURED_ATTRIBUTES = new Set(["aliases", "time", "quantity", "evidence"]);

/** What the formats add for drawing (viz, labels, readable evidence): not regkg data, so dropped on the way in. */
const DRAWN_NODE = new Set(["label", "color", "size", "shape", "z", "evidenceText"]);
const DRAWN_EDGE = new Set(["label", "color", "size", "shape", "thickness", "weight"]);

/** The attributes regkg's schema has for each node kind and each edge kind. */
const known = (options: readonly { shape: { kind: { value: string } } }[]) => new Map(options.map((o) => [o.shape.kind.value, new Set(Object.keys(o.shape))]));
const NODE_ATTRIBUTES = known(NodeAttributesSchema.options);
const EDGE_ATTRIBUTES = known(EdgeAttributesSchema.options);

/** A graphology XML parser: graphology-gexf's or graphology-graphml's `parse`. */
export type XmlGraphParse = (G: typeof Graph, source: string, options?: Record<string, unknown>) => AbstractGraph;

export type XmlFormat = "gexf" | "graphml";

/**
 * A graph another tool wrote: graphology's graph as the file made it (directed, undirected or
 * mixed edges, parallel edges), with its attributes typed as the file declared them.
 */
export interface ForeignFile {
  /** GEXF, GraphML, or graphology's JSON without regkg's attributes (foreign-json.ts). */
  format: XmlFormat | "json";
  /** The file's name as the user gave it. */
  file: string;
  graph: AbstractGraph;
  /** How many of its nodes have no regkg `kind`: all of them for a file regkg never touched. */
  withoutKind: number;
}

/** What regkg offers that needs its own attributes, so a foreign graph cannot have it. */
export const NEEDS_REGKG = [
  "the who-acted-on-whom query and view",
  "filters by category, action type, status, document and date",
  "the legend",
  "evidence quotes",
  "paths and neighbourhoods",
  "review",
  "validation",
] as const;

/** A GEXF/GraphML file that is not a regkg graph, with the plain graph it holds for those who can use it. */
export class ForeignGraphError extends ValidationError {
  override name = "ForeignGraphError";
  readonly foreign: ForeignFile;

  constructor(foreign: ForeignFile, use?: string) {
    super([{ file: foreign.file, path: "$", message: `${describeForeign(foreign)}, ${use ?? `so ${NEEDS_REGKG.join(", ")} cannot use it`}` }]);
    this.foreign = foreign;
  }
}

export const FORMAT_NAMES: Record<XmlFormat | "json", string> = { gexf: "GEXF", graphml: "GraphML", json: "graphology JSON" };

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/** "is a GEXF graph of 77 nodes and 254 edges that regkg did not write: none of its nodes ..." */
export function describeForeign({ format, graph, withoutKind }: ForeignFile): string {
  const which =
    withoutKind === graph.order
      ? `none of its nodes carries regkg's "kind" (entity, action, document) and attributes`
      : `${withoutKind} of its ${graph.order} nodes have no regkg "kind" (entity, action, document)`;
  return `is a ${FORMAT_NAMES[format]} graph of ${plural(graph.order, "node")} and ${plural(graph.size, "edge")} that regkg did not write: ${which}`;
}

/**
 * An item's regkg attributes from what the parser read: drawing attributes go, lists and
 * objects come back from JSON text, and columns regkg has no place for (Gephi's
 * modularity_class or degree, added after a round through it) are left out and counted.
 */
function restore(attrs: Record<string, unknown>, drop: Set<string>, schema: Map<string, Set<string>>, where: string, file: string, problems: Problem[], extra: Map<string, number>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  const ours = schema.get(String(attrs.kind));
  const items = schema === NODE_ATTRIBUTES ? "nodes" : "edges";
  for (const [k, v] of Object.entries(attrs)) {
    if (drop.has(k) || v === undefined || v === null || v === "") continue;
    if (ours && !ours.has(k)) {
      const key = `${k} (${items})`;
      extra.set(key, (extra.get(key) ?? 0) + 1);
      continue;
    }
    if (STRUCTURED_ATTRIBUTES.has(k) && typeof v === "string") {
      try {
        out[k] = JSON.parse(v);
      } catch {
        problems.push({ file, path: `${where}.${k}`, message: `expected JSON text (regkg writes ${k} as JSON), got ${JSON.stringify(v.slice(0, 60))}` });
      }
    } else out[k] = v;
  }
  return out;
}

/**
 * What a GEXF or GraphML file holds: the regkg graph regkg wrote into it (with the columns
 * another tool added, which regkg has no place for, by how many nodes or edges carried them),
 * or another tool's plain graph.
 */
export type XmlGraph = { regkg: true; graph: RegkgGraph; leftOut: Map<string, number> } | { regkg: false; foreign: ForeignFile };

/** "left out 2 attributes regkg's schema has no place for, as another tool added them: modularity_class (49 nodes), degree (49 nodes)" */
export function describeLeftOut(leftOut: ReadonlyMap<string, number>): string {
  const names = [...leftOut].map(([k, n]) => k.replace(/\((nodes|edges)\)$/, `(${n} $1)`)).join(", ");
  return `left out ${plural(leftOut.size, "attribute")} regkg's schema has no place for, as another tool added ${leftOut.size === 1 ? "it" : "them"}: ${names}`;
}

/**
 * Read a GEXF or GraphML text. Throws ValidationError naming the file when the XML does not
 * parse, or when a file regkg wrote breaks regkg's schema (paths as in the graph JSON regkg
 * would write for it). A file whose nodes do not all carry regkg's `kind` (or that has no
 * nodes) is another tool's graph and comes back as it is.
 */
export function readXmlGraph(text: string, format: XmlFormat, file: string, parse: XmlGraphParse): XmlGraph {
  let g: AbstractGraph;
  try {
    // graphology's plain Graph: the parser picks directed, undirected or mixed, and multi, as the file needs.
    g = parse(Graph, text, format === "gexf" ? { allowUndeclaredAttributes: true, addMissingNodes: true } : { addMissingNodes: true });
  } catch (err) {
    throw new ValidationError([{ file, path: "$", message: `cannot be read as ${FORMAT_NAMES[format]}: ${err instanceof Error ? err.message : String(err)}` }]);
  }
  let withoutKind = 0;
  g.forEachNode((_n, a) => void (!(NODE_KINDS as readonly unknown[]).includes(a.kind) && withoutKind++));
  if (withoutKind > 0 || g.order === 0) return { regkg: false, foreign: { format, file, graph: g, withoutKind } };

  const problems: Problem[] = [];
  const leftOut = new Map<string, number>();
  const nodes: unknown[] = [];
  const documents: string[] = [];
  g.forEachNode((key, a) => {
    nodes.push({ key, attributes: restore(a, DRAWN_NODE, NODE_ATTRIBUTES, `$.nodes[${nodes.length}].attributes`, file, problems, leftOut) });
    if (a.kind === "document") documents.push(key);
  });
  const edges: unknown[] = [];
  g.forEachEdge((key, a, source, target) => {
    edges.push({ key, source, target, attributes: restore(a, DRAWN_EDGE, EDGE_ATTRIBUTES, `$.edges[${edges.length}].attributes`, file, problems, leftOut) });
  });
  if (problems.length) throw new ValidationError(problems);
  const generator = g.getAttribute("generator");
  const attributes = { schemaVersion: SCHEMA_VERSION, ...(typeof generator === "string" && generator ? { generator } : {}), documents };
  const graph = graphFromFile({ attributes, options: { type: "directed", multi: true, allowSelfLoops: false }, nodes, edges }, file);
  return { regkg: true, graph, leftOut };
}

/**
 * The regkg graph a GEXF or GraphML text holds; throws ValidationError as readXmlGraph does,
 * and ForeignGraphError (a ValidationError carrying the plain graph) for another tool's file.
 */
export function graphFromXml(text: string, format: XmlFormat, file: string, parse: XmlGraphParse, onNote?: (text: string) => void): RegkgGraph {
  const read = readXmlGraph(text, format, file, parse);
  if (!read.regkg) throw new ForeignGraphError(read.foreign);
  if (read.leftOut.size) onNote?.(`${file}: ${describeLeftOut(read.leftOut)}`);
  return read.graph;
}
