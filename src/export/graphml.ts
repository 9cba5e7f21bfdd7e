import type { RegkgGraph } from "../graph/index.ts";
import { flatten, type Flat } from "./flat-attributes.ts";
import { edgeLabel, evidenceText, nodeLook } from "./look.ts";
import { xmlEscape } from "./xml.ts";

type GraphmlType = "string" | "double" | "boolean";

function typeOf(value: string | number | boolean): GraphmlType {
  return typeof value === "number" ? "double" : typeof value === "boolean" ? "boolean" : "string";
}

/** Key declarations: one per attribute name and element, typed from the values it takes. */
function collectKeys(items: Iterable<Flat>): Map<string, GraphmlType> {
  const keys = new Map<string, GraphmlType>();
  for (const attrs of items) {
    for (const [name, value] of Object.entries(attrs)) {
      const t = typeOf(value);
      const prev = keys.get(name);
      keys.set(name, prev === undefined || prev === t ? t : "string");
    }
  }
  return keys;
}

/**
 * GraphML (for yEd, Cytoscape, NetworkX, Gephi): typed <key>s per attribute, lists and objects
 * as JSON text; nodes also carry label, color, size (and actions evidenceText), edges a label. graphology-graphml only reads GraphML, so this writes it. Characters XML 1.0
 * cannot hold (most C0 controls) are dropped.
 */
export function toGraphml(graph: RegkgGraph): string {
  // Beside regkg's attributes: the label, colour and size other tools draw with, the edge's
  // label (its action's type, or the relation) and the evidence as a reader would quote it.
  const nodes: [string, Flat][] = graph.mapNodes((key, attrs) => {
    const { label, color, size } = nodeLook(attrs, graph.degree(key));
    return [key, { ...flatten(attrs), label, color, size: Math.round(size * 100) / 100, ...(attrs.kind === "action" ? { evidenceText: evidenceText(attrs.evidence) } : {}) }];
  });
  const edges: [string, string, string, Flat][] = graph.mapEdges((key, attrs, source, target) => [key, source, target, { ...flatten(attrs), label: edgeLabel(graph, key) }]);
  const nodeKeys = collectKeys(nodes.map(([, a]) => a));
  const edgeKeys = collectKeys(edges.map(([, , , a]) => a));
  const id = (scope: "n" | "e", name: string) => `${scope}_${name}`;
  const data = (scope: "n" | "e", attrs: Flat) =>
    Object.entries(attrs)
      .map(([k, v]) => `      <data key="${xmlEscape(id(scope, k))}">${xmlEscape(String(v))}</data>\n`)
      .join("");
  const keyDecls = (scope: "n" | "e", keys: Map<string, GraphmlType>) =>
    [...keys].map(([name, type]) => `  <key id="${xmlEscape(id(scope, name))}" for="${scope === "n" ? "node" : "edge"}" attr.name="${xmlEscape(name)}" attr.type="${type}"/>\n`).join("");

  const out: string[] = [
    '<?xml version="1.0" encoding="UTF-8"?>\n',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">\n',
    keyDecls("n", nodeKeys),
    keyDecls("e", edgeKeys),
    '  <graph id="regkg" edgedefault="directed">\n',
  ];
  for (const [key, attrs] of nodes) out.push(`    <node id="${xmlEscape(key)}">\n${data("n", attrs)}    </node>\n`);
  for (const [key, source, target, attrs] of edges) {
    out.push(`    <edge id="${xmlEscape(key)}" source="${xmlEscape(source)}" target="${xmlEscape(target)}">\n${data("e", attrs)}    </edge>\n`);
  }
  out.push("  </graph>\n</graphml>\n");
  return out.join("");
}
