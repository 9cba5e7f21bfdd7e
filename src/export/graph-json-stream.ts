import type { RegkgGraph } from "../graph/index.ts";
import type { GraphFile } from "../schema/index.ts";
import { nodeLook } from "./look.ts";

/**
 * Write a graph file piece by piece: the same bytes as JSON.stringify of the whole
 * (graphology's serialized shape), without ever holding the whole text. `write` may return a
 * promise (to wait for a stream to drain).
 */
export async function writeGraphJson(
  parts: { attributes: GraphFile["attributes"]; options: GraphFile["options"]; nodes: Iterable<GraphFile["nodes"][number]>; edges: Iterable<GraphFile["edges"][number]> },
  write: (chunk: string) => void | Promise<void>,
): Promise<void> {
  const BATCH = 1 << 16;
  let buffer = `{"attributes":${JSON.stringify(parts.attributes)},"options":${JSON.stringify(parts.options)},"nodes":[`;
  const flush = async (force = false) => {
    if (force || buffer.length >= BATCH) {
      await write(buffer);
      buffer = "";
    }
  };
  let first = true;
  for (const node of parts.nodes) {
    buffer += (first ? "" : ",") + JSON.stringify(node);
    first = false;
    await flush();
  }
  buffer += `],"edges":[`;
  first = true;
  for (const edge of parts.edges) {
    buffer += (first ? "" : ",") + JSON.stringify(edge);
    first = false;
    await flush();
  }
  buffer += "]}\n";
  await flush(true);
}

/**
 * A graph's parts for writeGraphJson, read straight from the graph, so exporting does not
 * first copy every node and edge the way graph.export() does. With `look`, each node also
 * carries the `label`, `size` and `color` other graph tools draw with (as the explorer does).
 */
export function graphParts(graph: RegkgGraph, { look = false }: { look?: boolean } = {}): Parameters<typeof writeGraphJson>[0] {
  return {
    attributes: graph.getAttributes(),
    options: { type: "directed", multi: true, allowSelfLoops: graph.allowSelfLoops },
    nodes: (function* () {
      for (const { node, attributes } of graph.nodeEntries()) {
        if (!look) yield { key: node, attributes };
        else {
          const { label, size, color } = nodeLook(attributes, graph.degree(node));
          yield { key: node, attributes: { ...attributes, label, size: Math.round(size * 100) / 100, color } };
        }
      }
    })(),
    edges: (function* () {
      for (const { edge, attributes, source, target } of graph.edgeEntries()) yield { key: edge, source, target, attributes };
    })(),
  };
}
