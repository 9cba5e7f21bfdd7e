import { statSync } from "node:fs";
import { ValidationError } from "../schema/index.ts";
import { APPLICATION_ID, STORE_VERSION } from "./schema.ts";
import { head, SQLITE_MAGIC } from "./sniff.ts";
import { isSqliteError, openDatabase, type Db } from "./sqlite.ts";

export interface OpenStore {
  readonly db: Db;
  readonly meta: ReadonlyMap<string, string>;
  /** The file as the user named it, for messages. */
  readonly shown: string;
}

const problem = (shown: string, message: string) => new ValidationError([{ file: shown, path: "$", message }]);
const REBUILD = "rebuild it with this regkg (regkg build --out FILE.sqlite, or regkg export --format sqlite --graph GRAPH.json --out FILE.sqlite)";

/**
 * Open a regkg store read-only, after checking from its header that it is whole and of this
 * regkg's store version. Every way it can be wrong (not SQLite, truncated, another program's
 * database, another version, corrupt) is a ValidationError naming the file.
 */
export function openStore(file: string, shown = file): OpenStore {
  const h = Buffer.from(head(file, 100));
  if (h.length === 0) {
    let reason = "cannot be read";
    try {
      statSync(file);
    } catch {
      reason = "does not exist";
    }
    throw problem(shown, `${reason}; expected a regkg SQLite store`);
  }
  if (h.subarray(0, 16).toString("latin1") !== SQLITE_MAGIC) throw problem(shown, "not an SQLite file (its first bytes are not \"SQLite format 3\"); expected a regkg store");
  if (h.length < 100) throw problem(shown, `truncated: ${h.length} bytes, shorter than an SQLite header`);
  const pageSize = h.readUInt16BE(16) === 1 ? 65536 : h.readUInt16BE(16);
  const pages = h.readUInt32BE(28);
  // The header's page count is trustworthy when its "valid for" counter matches the change counter.
  if (h.readUInt32BE(24) === h.readUInt32BE(92)) {
    const size = statSync(file).size;
    if (size < pageSize * pages) throw problem(shown, `truncated: its header says ${pageSize * pages} bytes, the file has ${size}; rebuild it`);
  }
  if (h.readUInt32BE(68) !== APPLICATION_ID) throw problem(shown, "an SQLite database, but not a regkg store (no regkg application id in its header)");
  const version = h.readUInt32BE(60);
  if (version !== STORE_VERSION) {
    throw problem(shown, `a regkg store of version ${version}, but this regkg reads store version ${STORE_VERSION}; ${REBUILD}`);
  }
  let db: Db | undefined;
  try {
    db = openDatabase(file, { readonly: true, fileMustExist: true });
    // Queries jump between index pages all over the file: map it, rather than a read() per page.
    db.pragma("mmap_size = 17179869184");
    const rows = db.prepare("SELECT key, value FROM meta").all() as { key: string; value: string }[];
    const meta = new Map(rows.map((r) => [r.key, r.value]));
    if (meta.get("store_version") !== String(STORE_VERSION)) {
      throw problem(shown, `a regkg store of version ${meta.get("store_version") ?? "(none)"}, but this regkg reads store version ${STORE_VERSION}; ${REBUILD}`);
    }
    return { db, meta, shown };
  } catch (err) {
    db?.close();
    if (isSqliteError(err)) throw corrupt(shown, err);
    throw err;
  }
}

/** SQLite's own complaint about a store, as a problem with the file. */
export function corrupt(shown: string, err: Error): ValidationError {
  return problem(shown, `unreadable regkg store (SQLite says: ${err.message}); ${REBUILD}`);
}
