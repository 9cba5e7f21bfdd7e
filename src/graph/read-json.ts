import { readFileSync } from "node:fs";
import type { Problem } from "../schema/index.ts";

export type Read<T> = { ok: true; value: T } | { ok: false; problem: Problem };

/** Read a file as UTF-8 text; not found, unreadable or not UTF-8 becomes a Problem. */
export function readText(file: string, display: string, expected: string): Read<string> {
  let bytes: Buffer;
  try {
    bytes = readFileSync(file);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    const why = code === "ENOENT" ? "file not found" : code === "EISDIR" ? "is a folder, not a file" : `cannot be read (${code ?? String(err)})`;
    return { ok: false, problem: { file: display, path: "$", message: `${why}: expected ${expected}` } };
  }
  try {
    return { ok: true, value: new TextDecoder("utf-8", { fatal: true }).decode(bytes) };
  } catch {
    return { ok: false, problem: { file: display, path: "$", message: `is not valid UTF-8 text: expected ${expected}` } };
  }
}

/** Parse JSON text; a syntax error becomes a Problem with the line and column of the error. */
export function parseJsonText(text: string, display: string): Read<unknown> {
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch (err) {
    const message = err instanceof Error ? err.message : String(err);
    if (text.trim() === "") return { ok: false, problem: { file: display, path: "$", message: "invalid JSON: the file is empty" } };
    const pos = /position (\d+)/.exec(message);
    const reason = message.replace(/ in JSON at position \d+.*$/s, "").replace(/^JSON\.parse: /, "");
    if (pos) {
      const offset = Number(pos[1]);
      const before = text.slice(0, offset);
      const line = before.split("\n").length;
      const column = offset - before.lastIndexOf("\n");
      return { ok: false, problem: { file: display, path: "$", line, column, message: `invalid JSON: ${reason}` } };
    }
    return { ok: false, problem: { file: display, path: "$", message: `invalid JSON: ${reason}` } };
  }
}

export function readJson(file: string, display: string, expected: string): Read<unknown> {
  const text = readText(file, display, expected);
  return text.ok ? parseJsonText(text.value, display) : text;
}
