// Node-only: reading graph-data folders and graph files from disk, writing files atomically.
export { readGraphData, loadGraphData, displayPath } from "./load-graph-data.ts";
export { loadGraphFile, STREAM_ABOVE_BYTES } from "./load-graph-file.ts";
export type { LoadProgress } from "./load-graph-stream.ts";
export { readJson, readText } from "./read-json.ts";
export { asOutputError, prepareOutput, writeFileAtomic, writeFolderAtomic, writeStreamAtomic, type OutputTarget, type WriteOptions } from "./write-atomic.ts";
