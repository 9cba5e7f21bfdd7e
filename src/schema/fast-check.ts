import type { z } from "zod";

/**
 * Says, without building anything, that a value passes a schema and that zod would hand it back
 * unchanged. Large graph files are almost always valid, and zod's parse copies every object it
 * checks; this predicate lets the loaders keep the parsed JSON as it is and ask zod only when
 * the answer is no, so the problems reported (paths, messages) are still zod's own.
 *
 * The predicate is compiled from the zod schema itself, so the schema module stays the single
 * source of truth: containers (objects, arrays, optionals, unions) are walked here, the
 * commonest checks (a regex, a minimum length, a trim, a bound, an integer) are read from their
 * zod definitions, and every other check and leaf is run by zod itself (`_zod.check`,
 * `_zod.run`). A construct it does not know makes that part always answer no, which is slow
 * but never wrong. tests/schema/fast-check.test.ts holds it to zod on
 * valid records and on thousands of broken ones.
 */
export type FastCheck = (value: unknown) => boolean;

// The parts of zod's internals (zod/v4/core, documented for library authors) this reads.
interface Payload {
  value: unknown;
  issues: unknown[];
}
interface CheckInternals {
  def: {
    check?: string;
    format?: string;
    pattern?: RegExp;
    minimum?: number;
    value?: unknown;
    inclusive?: boolean;
    tx?: (value: unknown) => unknown;
    when?: (payload: Payload) => boolean;
  };
  check(payload: Payload): unknown;
}
interface SchemaInternals {
  def: {
    type: string;
    checks?: { _zod: CheckInternals }[];
    coerce?: boolean;
    format?: string;
    shape?: Record<string, AnySchema>;
    catchall?: AnySchema;
    element?: AnySchema;
    innerType?: AnySchema;
    options?: AnySchema[];
  };
  values?: ReadonlySet<unknown>;
  run(payload: Payload, ctx: object): Payload | Promise<Payload>;
}
interface AnySchema {
  _zod: SchemaInternals;
}

const NEVER: FastCheck = () => false;
const CTX = { async: false };
const compiled = new WeakMap<object, FastCheck>();

export function fastCheck(schema: z.ZodType): FastCheck {
  let check = compiled.get(schema);
  if (!check) {
    check = compile(schema as unknown as AnySchema);
    compiled.set(schema, check);
  }
  return check;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** A check passes when it adds no issue and leaves the value as it was (a trim that trims fails). */
function passes(check: CheckInternals, value: unknown): boolean {
  const payload: Payload = { value, issues: [] };
  if (check.def.when && !check.def.when(payload)) return true;
  const result = check.check(payload);
  return !(result instanceof Promise) && payload.issues.length === 0 && payload.value === value;
}

/** One check as a predicate: the common kinds read from their definitions, the rest run by zod. */
function checkOf(check: CheckInternals): FastCheck {
  const own = ownCheckOf(check);
  const when = check.def.when;
  if (!when) return own;
  // A check that applies only to some values (a length check, to values with a length).
  return (v) => {
    ASKED.value = v;
    return !when(ASKED) || own(v);
  };
}

/** Reused for `when` questions, which only read the value: nothing is built per value. */
const ASKED: Payload = { value: undefined, issues: [] };

function ownCheckOf(check: CheckInternals): FastCheck {
  const d = check.def;
  const generic: FastCheck = (v) => passes(check, v);
  switch (d.check) {
    case "overwrite":
      return d.tx ? (v) => d.tx!(v) === v : generic;
    case "string_format":
      if (d.format !== "regex" || !d.pattern) return generic;
      return (v) => {
        d.pattern!.lastIndex = 0;
        return d.pattern!.test(v as string);
      };
    case "min_length": {
      // zod counts code points; twice the minimum in UTF-16 units is always enough of them.
      const min = d.minimum!;
      return (v) => (v as { length: number }).length >= 2 * min || passes(check, v);
    }
    case "greater_than":
      if (typeof d.value !== "number") return generic;
      return d.inclusive ? (v) => (v as number) >= (d.value as number) : (v) => (v as number) > (d.value as number);
    case "number_format":
      return d.format === "safeint" ? (v) => Number.isSafeInteger(v) : generic;
    default:
      return generic;
  }
}

function withChecks(s: SchemaInternals, base: FastCheck): FastCheck {
  const checks = (s.def.checks ?? []).map((c) => checkOf(c._zod));
  if (checks.length === 0) return base;
  return (v) => {
    if (!base(v)) return false;
    for (const check of checks) if (!check(v)) return false;
    return true;
  };
}

/** A leaf run by zod: no issue and the same value back. */
function byZod(s: SchemaInternals): FastCheck {
  return (value) => {
    const result = s.run({ value, issues: [] }, CTX);
    return !(result instanceof Promise) && result.issues.length === 0 && result.value === value;
  };
}

function compile(schema: AnySchema): FastCheck {
  const s = schema._zod;
  const def = s.def;
  const plain = !def.coerce && !def.format && (def.checks ?? []).length === 0;
  const own = !def.coerce && !def.format;
  switch (def.type) {
    case "string":
      return own ? withChecks(s, (v) => typeof v === "string") : byZod(s);
    case "number":
      return own ? withChecks(s, (v) => typeof v === "number" && Number.isFinite(v)) : byZod(s);
    case "boolean":
      return plain ? (v) => typeof v === "boolean" : byZod(s);
    case "literal":
    case "enum": {
      const values = s.values;
      return plain && values ? (v) => values.has(v) : byZod(s);
    }
    case "optional": {
      const inner = compile(def.innerType!);
      return withChecks(s, (v) => v === undefined || inner(v));
    }
    case "array": {
      const element = compile(def.element!);
      return withChecks(s, (v) => {
        if (!Array.isArray(v)) return false;
        for (let i = 0; i < v.length; i++) if (!element(v[i])) return false;
        return true;
      });
    }
    case "union": {
      const options = def.options!.map(compile);
      return withChecks(s, (v) => options.some((option) => option(v)));
    }
    case "object": {
      // Only strict objects: zod strips or passes through unknown keys otherwise, and what it
      // hands back is then not the input.
      if (def.catchall?._zod.def.type !== "never") return NEVER;
      const fields = Object.entries(def.shape!).map(([key, value]) => [key, compile(value)] as const);
      const known = new Set(Object.keys(def.shape!));
      return withChecks(s, (v) => {
        if (!isRecord(v)) return false;
        for (const [key, check] of fields) if (!check(v[key])) return false;
        for (const key in v) if (!known.has(key)) return false;
        return true;
      });
    }
    default:
      return NEVER;
  }
}
