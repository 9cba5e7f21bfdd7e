import type { z } from "zod";
import type { Problem } from "./errors.ts";
import { fastCheck } from "./fast-check.ts";

/** `["actions", 3, "evidence"]` -> `$.actions[3].evidence` */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = "$";
  for (const seg of path) {
    if (typeof seg === "number") out += `[${seg}]`;
    else if (typeof seg === "string" && /^[A-Za-z_$][\w$]*$/.test(seg)) out += `.${seg}`;
    else out += `[${JSON.stringify(String(seg))}]`;
  }
  return out;
}

/** A short, readable rendering of a bad value for an error message. */
export function showValue(value: unknown): string {
  if (value === undefined) return "nothing";
  if (Array.isArray(value)) return `an array of ${value.length}`;
  if (value !== null && typeof value === "object") return "an object";
  const s = JSON.stringify(value);
  return s.length > 80 ? `${s.slice(0, 77)}...` : s;
}

function describeIssue(issue: z.core.$ZodIssue): string {
  const input = (issue as { input?: unknown }).input;
  const msg = issue.message
    .replace(/^(Invalid input|Invalid option|Too small|Too big): /, "")
    .replace(/^Unrecognized keys?: /, "unexpected key ")
    .replace(/^Invalid discriminator value\. Expected /, "expected kind ");
  if ((issue.code === "invalid_type" || issue.code === "invalid_value") && input === undefined) {
    return `missing: ${msg.replace(/, received undefined$/, "")}`;
  }
  // Zod names the received type for type errors, but not the received value for the rest.
  const valueIssue = issue.code !== "invalid_type" && issue.code !== "unrecognized_keys";
  if (valueIssue && input !== undefined && (input === null || typeof input !== "object")) {
    return `${msg}, got ${showValue(input)}`;
  }
  return msg;
}

export type Parsed<T> = { ok: true; value: T } | { ok: false; problems: Problem[] };

/** Check `data` against `schema`; on failure, one Problem per issue with its JSON path. */
export function parseWith<S extends z.ZodType>(schema: S, data: unknown, file: string, basePath: readonly PropertyKey[] = []): Parsed<z.output<S>> {
  const result = schema.safeParse(data, { reportInput: true });
  if (result.success) return { ok: true, value: result.data };
  return {
    ok: false,
    problems: result.error.issues.map((issue) => ({
      file,
      path: formatPath([...basePath, ...issue.path]),
      message: describeIssue(issue),
    })),
  };
}

/**
 * parseWith for large inputs: a value that passes as it is (the usual case) comes back itself,
 * not copied, after a check that builds nothing (see fast-check.ts); anything else goes to zod,
 * so the problems are the same. The caller then owns `data`: do not change it afterwards.
 */
export function checkWith<S extends z.ZodType>(schema: S, data: unknown, file: string, basePath: readonly PropertyKey[] = []): Parsed<z.output<S>> {
  if (fastCheck(schema)(data)) return { ok: true, value: data as z.output<S> };
  return parseWith(schema, data, file, basePath);
}
