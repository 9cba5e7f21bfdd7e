import { graphFromFile, parseJsonText, type RegkgGraph } from "../graph/index.ts";
import { ValidationError } from "../schema/index.ts";

/** The seed graph, written by `npm run build:data` into public/data/. */
export const DEFAULT_GRAPH_URL = "data/seed.graph.json";

declare global {
  interface Window {
    /** Started by an inline script in index.html before the page's code has loaded. */
    __regkgPrefetch?: { url: string; response: Promise<Response> };
  }
}

/** The graph a page address asks for: `?graph=URL`, else the seed. index.html's inline script repeats this rule. */
export function graphUrl(search: string): string {
  return new URLSearchParams(search).get("graph") || DEFAULT_GRAPH_URL;
}

/** The response index.html started fetching for this URL, taken once; else a new fetch. */
function request(url: string): Promise<Response> {
  const early = window.__regkgPrefetch;
  if (early?.url === url) {
    window.__regkgPrefetch = undefined;
    return early.response;
  }
  return fetch(url);
}

/** Fetch a regkg graph JSON and check it with the same code the CLI uses. */
export async function fetchGraph(url: string): Promise<RegkgGraph> {
  let res: Response;
  try {
    res = await request(url);
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
