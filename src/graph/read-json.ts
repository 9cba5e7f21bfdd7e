import { readFileSync } from "node:fs";
import { parseJsonText, type Read } from "./parse-json.ts";


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

export function readJson(file: string, display: string, expected: string): Read<unknown> {
  const text = readText(file, display, expected);
  return text.ok ? parseJsonText(text.value, display) : text;
}
