import Database from "better-sqlite3";

/** Every row of every table of a store, in a fixed order, and its schema: what two stores must share to be the same. */
export function storeContents(file: string): Record<string, unknown[]> {
  const db = new Database(file, { readonly: true });
  try {
    const out: Record<string, unknown[]> = {};
    for (const { name, sql } of db.prepare("SELECT name, sql FROM sqlite_master WHERE name NOT LIKE 'sqlite_stat%' ORDER BY name").all() as { name: string; sql: string | null }[]) {
      out[`schema ${name}`] = [sql];
      if (sql?.startsWith("CREATE TABLE")) out[name] = db.prepare(`SELECT * FROM "${name}" ORDER BY 1, 2`).raw(true).all();
    }
    out["foreign_key_check"] = db.prepare("PRAGMA foreign_key_check").all();
    return out;
  } finally {
    db.close();
  }
}
