import { graphFromFile, parseJsonText, type RegkgGraph } from "../graph/index.ts";
import { ValidationError } from "../schema/index.ts";

/** The seed graph, written by `npm run build:data` into public/data/. */
export const DEFAULT_GRAPH_URL = "data/seed.graph.json";

/** Fetch a regkg graph JSON and check it with the same code the CLI uses. */
export async function fetchGraph(url: string): Promise<RegkgGraph> {
  let res: Response;
  try {
    res = await fetch(url);
  } catch (err) {
    throw new ValidationError([{ file: url, path: "$", message: `cannot be fetched (${err instanceof Error ? err.message : String(err)})` }]);
  }
  if (!res.ok) {
    const hint = url === DEFAULT_GRAPH_URL ? "; run `npm run build:data` (npm start does it for you)" : "";
    throw new ValidationError([{ file: url, path: "$", message: `cannot be fetched: HTTP ${res.status} ${res.statusText}${hint}` }]);
  }
  const text = await res.text();
  performance.mark("regkg:fetched");
  if (/^\s*<(!doctype|html)/i.test(text)) {
    throw new ValidationError([{ file: url, path: "$", message: "is an HTML page, not a graph JSON file: check the URL" }]);
  }
  const json = parseJsonText(text, url);
  performance.mark("regkg:parsed");
  if (!json.ok) throw new ValidationError([json.problem]);
  return graphFromFile(json.value, url);
}
