import { statSync } from "node:fs";
import { ValidationError } from "../schema/index.ts";
import { graphFromFile } from "./graph-file.ts";
import { displayPath } from "./load-graph-data.ts";
import { loadGraphStream, type LoadProgress } from "./load-graph-stream.ts";
import gexf from "graphology-gexf";
import graphml from "graphology-graphml";
import { ForeignGraphError, graphFromXml } from "./foreign.ts";
import { foreignJson } from "./foreign-json.ts";
import { parseJsonText } from "./parse-json.ts";
import { readText } from "./read-json.ts";
import { sniffGraphFormat } from "./sniff.ts";
import type { RegkgGraph } from "./types.ts";

/**
 * Files above this size are read in pieces (V8 cannot hold a string much past 512 MB); below
 * it, reading the whole text is faster (one JSON.parse, one schema check over the arrays).
 */
export const STREAM_ABOVE_BYTES = 256 * 1024 * 1024;

/**
 * Read a graph file and check it; throws ValidationError. Graph JSON (as `regkg build` writes
 * it), or GEXF or GraphML as `regkg export` writes them, told apart by content.
 * `onProgress` hears as a file read in pieces (above STREAM_ABOVE_BYTES) is read; a smaller
 * file is read whole and reports nothing. `onNote` hears what was left out of a GEXF/GraphML
 * another tool added columns to (regkg's schema has no place for them).
 */
export function loadGraphFile(file: string, { onProgress, onNote }: { onProgress?: LoadProgress; onNote?: (text: string) => void } = {}): RegkgGraph {
  const shown = displayPath(file);
  let size = 0;
  try {
    size = statSync(file).size;
  } catch {
    // readJson reports a missing or unreadable file
  }
  if (size > STREAM_ABOVE_BYTES) {
    const { graph, problems } = loadGraphStream(file, shown, { onProgress });
    if (!graph || problems.length > 0) throw new ValidationError(problems);
    return graph;
  }
  const text = readText(file, shown, "a regkg graph file: graph JSON (graphology serialized format), GEXF or GraphML");
  if (!text.ok) throw new ValidationError([text.problem]);
  // Told apart by content, not by the file's name.
  const format = sniffGraphFormat(text.value);
  if (format === "gexf" || format === "graphml") return graphFromXml(text.value, format, shown, format === "gexf" ? gexf.parse : graphml.parse, onNote);
  if (format === "unknown" && text.value.trim() !== "") {
    const start = JSON.stringify(text.value.trimStart().slice(0, 24));
    throw new ValidationError([{ file: shown, path: "$", message: `is not a graph file regkg reads: expected graph JSON, GEXF or GraphML, got text starting with ${start}` }]);
  }
  const raw = parseJsonText(text.value, shown);
  if (!raw.ok) throw new ValidationError([raw.problem]);
  const foreign = foreignJson(raw.value, shown);
  if (foreign) throw new ForeignGraphError(foreign);
  return graphFromFile(raw.value, shown);
}
