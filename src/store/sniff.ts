import { closeSync, openSync, readSync } from "node:fs";

/** The first 16 bytes of every SQLite database file. */
export const SQLITE_MAGIC = "SQLite format 3\0";

/** The first `n` bytes of a file (fewer if it is shorter); empty when it cannot be read. */
export function head(file: string, n: number): Uint8Array {
  let fd: number | undefined;
  try {
    fd = openSync(file, "r");
    const buf = Buffer.alloc(n);
    return buf.subarray(0, readSync(fd, buf, 0, n, 0));
  } catch {
    return Buffer.alloc(0);
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

/** Whether a file is an SQLite database, by its first 16 bytes (never by its name). */
export function isSqliteFile(file: string): boolean {
  return Buffer.from(head(file, SQLITE_MAGIC.length)).toString("latin1") === SQLITE_MAGIC;
}
