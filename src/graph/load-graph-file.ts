import { ValidationError } from "../schema/index.ts";
import { graphFromFile } from "./graph-file.ts";
import { displayPath } from "./load-graph-data.ts";
import { readJson } from "./read-json.ts";
import type { RegkgGraph } from "./types.ts";

/** Read a graph JSON file (as written by `regkg build`) and check it; throws ValidationError. */
export function loadGraphFile(file: string): RegkgGraph {
  const shown = displayPath(file);
  const raw = readJson(file, shown, "a regkg graph JSON file (graphology serialized format)");
  if (!raw.ok) throw new ValidationError([raw.problem]);
  return graphFromFile(raw.value, shown);
}
