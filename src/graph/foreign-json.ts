import Graph from "graphology";
import type { AbstractGraph } from "graphology-types";
import { NODE_KINDS, ValidationError } from "../schema/index.ts";
import type { ForeignFile } from "./foreign.ts";

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);

/**
 * Graph JSON another tool wrote (graphology's serialization, as sigma's examples and other
 * graphology tools save it): no regkg `schemaVersion` and no node with a regkg `kind`. Such a
 * file is another tool's plain graph, returned as generic mode and `regkg stats` use it; anything
 * else (a regkg graph JSON, even a broken one) is undefined here and checked against the schema.
 * Throws ValidationError when graphology cannot import it.
 */
export function foreignJson(value: unknown, file: string): ForeignFile | undefined {
  if (!isObject(value) || !Array.isArray(value.nodes)) return undefined;
  if (isObject(value.attributes) && "schemaVersion" in value.attributes) return undefined;
  const kinds = NODE_KINDS as readonly unknown[];
  if (value.nodes.some((n) => isObject(n) && isObject(n.attributes) && kinds.includes(n.attributes.kind))) return undefined;
  let graph: AbstractGraph;
  try {
    graph = Graph.from(value as Parameters<typeof Graph.from>[0]);
  } catch (err) {
    throw new ValidationError([{ file, path: "$", message: `cannot be read as graphology JSON: ${err instanceof Error ? err.message : String(err)}` }]);
  }
  return { format: "json", file, graph, withoutKind: graph.order };
}
