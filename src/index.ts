// regkg as a library. Everything here runs in Node; the browser-safe subset is
// src/schema and src/graph/index.ts (no node:fs), which is what the explorer imports.
export * from "./schema/index.ts";
export * from "./graph/index.ts";
export * from "./graph/node.ts";
export * from "./query/index.ts";
export * from "./store/index.ts";
