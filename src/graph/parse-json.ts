import type { Problem } from "../schema/index.ts";

export type Read<T> = { ok: true; value: T } | { ok: false; problem: Problem };

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
