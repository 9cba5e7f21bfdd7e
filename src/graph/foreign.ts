/**
 * GEXF and GraphML files back into regkg graphs. A file regkg exported (its nodes carry `kind`
 * and regkg's attributes, lists and objects as JSON text) becomes the graph it was, checked
 * as a graph JSON file is; a file another tool wrote without regkg's attributes is refused with
 * a note saying what it lacks and which features need it.
 *
 * The XML parser is passed in (graphology-gexf and graphology-graphml have a Node entry on
 * xmldom and a browser entry on the page's DOMParser), so this module serves CLI and explorer.
 */
import { MultiDirectedGraph } from "graphology";
import { NODE_KINDS, SCHEMA_VERSION, ValidationError, type Problem } from "../schema/index.ts";
import { graphFromFile } from "./graph-file.ts";
import type { RegkgGraph } from "./types.ts";

/** Attributes that hold lists or objects; formats with only scalar values carry them as JSON text. */
export const STRUCTURED_ATTRIBUTES = new Set(["aliases", "time", "quantity", "evidence"]);

/** What the formats add for drawing (viz, labels, readable evidence): not regkg data, so dropped on the way in. */
const DRAWN_NODE = new Set(["label", "color", "size", "shape", "z", "evidenceText"]);
const DRAWN_EDGE = new Set(["label", "color", "size", "shape", "thickness", "weight"]);

/** A graphology XML parser: graphology-gexf's or graphology-graphml's `parse`. */
export type XmlGraphParse = (Graph: typeof MultiDirectedGraph, source: string, options?: Record<string, unknown>) => {
  order: number;
  size: number;
  forEachNode: MultiDirectedGraph["forEachNode"];
  forEachEdge: MultiDirectedGraph["forEachEdge"];
  getAttribute: MultiDirectedGraph["getAttribute"];
};

const NAMES = { gexf: "GEXF", graphml: "GraphML" } as const;

function restore(attrs: Record<string, unknown>, drop: Set<string>, where: string, file: string, problems: Problem[]): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(attrs)) {
    if (drop.has(k) || v === undefined || v === null || v === "") continue;
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
 * The regkg graph a GEXF or GraphML text holds; throws ValidationError naming the file when
 * the XML does not parse, when the file is not one regkg wrote (with what it lacks), or when
 * the graph breaks regkg's schema (paths as in the graph JSON regkg would write for it).
 */
export function graphFromXml(text: string, format: "gexf" | "graphml", file: string, parse: XmlGraphParse): RegkgGraph {
  const name = NAMES[format];
  let g: ReturnType<XmlGraphParse>;
  try {
    g = parse(MultiDirectedGraph, text, format === "gexf" ? { allowUndeclaredAttributes: true, addMissingNodes: true } : { addMissingNodes: true });
  } catch (err) {
    throw new ValidationError([{ file, path: "$", message: `cannot be read as ${name}: ${err instanceof Error ? err.message : String(err)}` }]);
  }
  let foreign = 0;
  g.forEachNode((_n, a) => void (!(NODE_KINDS as readonly unknown[]).includes(a.kind) && foreign++));
  if (foreign > 0 || g.order === 0) {
    throw new ValidationError([
      {
        file,
        path: "$",
        message:
          `is a ${name} graph of ${g.order} nodes and ${g.size} edges that regkg did not write: ${foreign} of its nodes have no regkg "kind" (entity, action, document) and regkg's attributes, ` +
          `so queries, paths, filters, evidence and validation cannot use it. regkg reads back the ${name} files it exports (regkg export --format ${format})`,
      },
    ]);
  }
  const problems: Problem[] = [];
  const nodes: unknown[] = [];
  const documents: string[] = [];
  g.forEachNode((key, a) => {
    nodes.push({ key, attributes: restore(a, DRAWN_NODE, `$.nodes[${nodes.length}].attributes`, file, problems) });
    if (a.kind === "document") documents.push(key);
  });
  const edges: unknown[] = [];
  g.forEachEdge((key, a, source, target) => {
    edges.push({ key, source, target, attributes: restore(a, DRAWN_EDGE, `$.edges[${edges.length}].attributes`, file, problems) });
  });
  if (problems.length) throw new ValidationError(problems);
  const generator = g.getAttribute("generator");
  const attributes = { schemaVersion: SCHEMA_VERSION, ...(typeof generator === "string" && generator ? { generator } : {}), documents };
  return graphFromFile({ attributes, options: { type: "directed", multi: true, allowSelfLoops: false }, nodes, edges }, file);
}
