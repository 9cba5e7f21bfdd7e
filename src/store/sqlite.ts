import { createRequire } from "node:module";
import type BetterSqlite3 from "better-sqlite3";
import { EnvironmentError } from "../schema/index.ts";

export type Db = BetterSqlite3.Database;
export type Statement = BetterSqlite3.Statement;

let Database: typeof BetterSqlite3 | undefined;

/**
 * better-sqlite3, loaded on first use: commands that never touch a store do not pay for it,
 * and still work where its native part was not built (npm skips install scripts it was not
 * told to allow).
 */
export function openDatabase(file: string, options: BetterSqlite3.Options): Db {
  Database ??= createRequire(import.meta.url)("better-sqlite3") as typeof BetterSqlite3;
  try {
    return new Database(file, options);
  } catch (err) {
    if (err instanceof Error && /bindings|better_sqlite3\.node|NODE_MODULE_VERSION/.test(err.message)) {
      throw new EnvironmentError(
        `the SQLite module (better-sqlite3) is not built for this Node (${process.version}): run "npm rebuild better-sqlite3" ` +
          `(npm 11 builds it only when package.json's "allowScripts" allows better-sqlite3)`,
      );
    }
    throw err;
  }
}

/** An error SQLite raised (corrupt file, not a database, I/O), as opposed to a bug of ours. */
export function isSqliteError(err: unknown): err is Error & { code: string } {
  return err instanceof Error && err.name === "SqliteError";
}
