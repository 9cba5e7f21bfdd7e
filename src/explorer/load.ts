import { graphFromFile, parseJsonText, type RegkgGraph } from "../graph/index.ts";
import type { ForeignFile } from "../graph/foreign.ts";
import { foreignJson } from "../graph/foreign-json.ts";
import { sniffGraphFormat } from "../graph/sniff.ts";
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

/** Let the browser paint (a progress message) before the next long step. */
const nextFrame = () => new Promise<void>((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));

/** The body as text, telling `onProgress` how much has arrived (a large graph is 100 MB and more). */
async function readText(res: Response, onProgress: (message: string) => void): Promise<string> {
  const total = Number(res.headers.get("content-length")) || 0;
  if (!res.body) return res.text();
  const reader = res.body.getReader();
  const decoder = new TextDecoder();
  const parts: string[] = [];
  let received = 0;
  const mb = (n: number) => (n / 1e6).toFixed(n < 1e7 ? 1 : 0);
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    received += value.byteLength;
    parts.push(decoder.decode(value, { stream: true }));
    onProgress(`Loading the graph… ${mb(received)}${total ? ` of ${mb(total)}` : ""} MB`);
  }
  parts.push(decoder.decode());
  return parts.join("");
}

/** What a graph file opens as: a regkg graph, or another tool's graph (GEXF, GraphML, graphology JSON) shown as a plain graph. */
export type Opened = { kind: "regkg"; graph: RegkgGraph } | { kind: "generic"; foreign: ForeignFile };

/**
 * Fetch a regkg graph (JSON, GEXF or GraphML) and check it with the same code the CLI uses.
 * `onProgress` hears how far it is (bytes received, then checking), painted between steps.
 */
export async function fetchGraph(url: string, onProgress?: (message: string) => void): Promise<RegkgGraph> {
  return regkgOnly(await fetchOpened(url, onProgress));
}

/** Fetch a graph file: a regkg graph, checked as the CLI checks it, or another tool's graph. */
export async function fetchOpened(url: string, onProgress?: (message: string) => void): Promise<Opened> {
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
  const text = onProgress ? await readText(res, onProgress) : await res.text();
  performance.mark("regkg:fetched");
  if (onProgress) {
    onProgress(`Checking the graph (${(text.length / 1e6).toFixed(0)} MB)…`);
    await nextFrame();
  }
  if (/^\s*<(!doctype|html)/i.test(text)) {
    throw new ValidationError([{ file: url, path: "$", message: "is an HTML page, not a graph JSON file: check the URL" }]);
  }
  return openGraphText(text, url);
}

/** The regkg graph, or a ForeignGraphError (a ValidationError) for another tool's file. */
async function regkgOnly(opened: Opened): Promise<RegkgGraph> {
  if (opened.kind === "regkg") return opened.graph;
  // Loaded already: a foreign file came through it.
  const { ForeignGraphError } = await import("../graph/foreign.ts");
  throw new ForeignGraphError(opened.foreign);
}

/**
 * The graph a file's text holds: graph JSON, or GEXF or GraphML, told apart by content (a .json
 * name on a GEXF file does not matter). A file regkg wrote is the regkg graph it was; one
 * another tool wrote (GEXF, GraphML, graphology JSON without regkg's attributes) is kept as its
 * plain graph. The XML readers load on first use, so a JSON graph costs nothing more. Throws
 * ValidationError naming `name`.
 */
export async function openGraphText(text: string, name: string): Promise<Opened> {
  const format = sniffGraphFormat(text);
  if (format === "gexf" || format === "graphml") {
    const [{ readXmlGraph }, reader] = await Promise.all([
      import("../graph/foreign.ts"),
      format === "gexf" ? import("graphology-gexf/browser") : import("graphology-graphml/browser"),
    ]);
    const read = readXmlGraph(text, format, name, reader.parse as never);
    return read.regkg ? { kind: "regkg", graph: read.graph } : { kind: "generic", foreign: read.foreign };
  }
  if (format === "unknown" && text.trim() !== "") {
    throw new ValidationError([{ file: name, path: "$", message: `is not a graph file: expected graph JSON, GEXF or GraphML, got text starting with ${JSON.stringify(text.trimStart().slice(0, 24))}` }]);
  }
  const json = parseJsonText(text, name);
  performance.mark("regkg:parsed");
  if (!json.ok) throw new ValidationError([json.problem]);
  const foreign = foreignJson(json.value, name);
  if (foreign) return { kind: "generic", foreign };
  return { kind: "regkg", graph: graphFromFile(json.value, name) };
}
