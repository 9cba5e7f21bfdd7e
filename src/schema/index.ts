export * from "./vocab.ts";
export * from "./ids.ts";
export * from "./errors.ts";
export * from "./model.ts";
export * from "./validate.ts";
export * from "./json-schema.ts";
export * from "./fast-check.ts";
