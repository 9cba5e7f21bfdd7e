/** What kind of graph file a text is, told by its content, never by its name. */
export type GraphFormat = "json" | "gexf" | "graphml" | "unknown";

/** How much of the start of a file sniffGraphFormat needs (an XML declaration, comments, a doctype). */
export const SNIFF_BYTES = 4096;

/**
 * The format of a graph file from its first few kilobytes: graph JSON starts with "{", GEXF
 * and GraphML are XML whose root element is <gexf> or <graphml> (after an optional byte-order
 * mark, XML declaration, comments and doctype). Anything else is "unknown".
 */
export function sniffGraphFormat(head: string): GraphFormat {
  const text = head.slice(0, SNIFF_BYTES).replace(/^\uFEFF/, "").trimStart();
  if (text.startsWith("{")) return "json";
  if (!text.startsWith("<")) return "unknown";
  // Skip the prolog: <?xml ...?>, <!-- ... -->, <!DOCTYPE ...>, whitespace.
  const rest = text.replace(/^(?:\s+|<\?[\s\S]*?\?>|<!--[\s\S]*?-->|<!DOCTYPE[^>]*>)*/i, "");
  const root = /^<(?:[\w.-]+:)?([\w.-]+)/.exec(rest)?.[1]?.toLowerCase();
  return root === "gexf" ? "gexf" : root === "graphml" ? "graphml" : "unknown";
}
