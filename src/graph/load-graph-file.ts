import { statSync } from "node:fs";
import { ValidationError } from "../schema/index.ts";
import { graphFromFile } from "./graph-file.ts";
import { displayPath } from "./load-graph-data.ts";
import { loadGraphStream, type LoadProgress } from "./load-graph-stream.ts";
import { readJson } from "./read-json.ts";
import type { RegkgGraph } from "./types.ts";

/**
 * Files above this size are read in pieces (V8 cannot hold a string much past 512 MB); below
 * it, reading the whole text is faster (one JSON.parse, one schema check over the arrays).
 */
export const STREAM_ABOVE_BYTES = 256 * 1024 * 1024;

/**
 * Read a graph JSON file (as written by `regkg build`) and check it; throws ValidationError.
 * `onProgress` hears as a file read in pieces (above STREAM_ABOVE_BYTES) is read; a smaller
 * file is read whole and reports nothing.
 */
export function loadGraphFile(file: string, { onProgress }: { onProgress?: LoadProgress } = {}): RegkgGraph {
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
  const raw = readJson(file, shown, "a regkg graph JSON file (graphology serialized format)");
  if (!raw.ok) throw new ValidationError([raw.problem]);
  return graphFromFile(raw.value, shown);
}
