// The browser-safe part of src/graph: building, checking and (de)serializing graphs.
// Node-only loaders live in ./node.ts so the explorer bundle never pulls in node:fs.
export * from "./types.ts";
export { assembleGraph, emptyGraph } from "./assemble.ts";
export { checkIntegrity } from "./integrity.ts";
export { buildFromGraphData, type GraphData, type SourceDocument, type Built } from "./from-graph-data.ts";
export { serializeGraph, parseGraphFile, graphFromFile } from "./graph-file.ts";
export { autoIterations, layoutGraph, LAYOUT_DEFAULTS, pageIterations, resolveLayoutOptions, type LayoutOptions } from "./layout.ts";
export { graphStats, type GraphStats } from "./stats.ts";
export { MAX_COMPARED, nearest, quoteInput } from "./suggest.ts";
export { parseJsonText, type Read } from "./parse-json.ts";
export { splitOf, fnv1a32, TEST_PERCENT, type Split } from "./corpus.ts";
export { inlineJson, arrayElementSpans, replaceElement, removeElement, type Span } from "./json-text.ts";
