// The SQLite copy of a graph (Node only: better-sqlite3). The browser never imports this.
export { writeStore, type StoreSource, type WrittenStore } from "./write-store.ts";
export { StoreBackend } from "./sqlite-backend.ts";
export { readStoreGraph, storeStats } from "./read-store.ts";
export { isSqliteFile } from "./sniff.ts";
export { STORE_VERSION } from "./schema.ts";
export { sourceSha256 } from "./source-hash.ts";
