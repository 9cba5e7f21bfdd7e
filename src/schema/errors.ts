/**
 * Named error classes. Callers (the CLI, the explorer) branch on the class, never on the
 * message; every message starts with where the problem is and shows the bad value.
 */

/** One problem found in a data file: where it is and what was expected there. */
export interface Problem {
  /** The file (or URL) the problem is in, as the user would type it. */
  readonly file: string;
  /** JSONPath-like location inside the file, e.g. `$.actions[3].evidence[0].quote`; `$` for the whole file. */
  readonly path: string;
  /** What is wrong and what was expected. */
  readonly message: string;
  /** 1-based line (and column) when the problem is a text position, e.g. a JSON syntax error. */
  readonly line?: number;
  readonly column?: number;
}

export function formatProblem(p: Problem): string {
  const where = p.line !== undefined ? `${p.file}:${p.line}${p.column !== undefined ? `:${p.column}` : ""}` : p.file;
  return p.path === "$" ? `${where}: ${p.message}` : `${where}: ${p.path}: ${p.message}`;
}

export class RegkgError extends Error {
  override name = "RegkgError";
}

/** The data is wrong: a file is missing, malformed, or breaks the schema or an integrity rule. */
export class ValidationError extends RegkgError {
  override name = "ValidationError";
  readonly problems: readonly Problem[];

  constructor(problems: readonly Problem[]) {
    const shown = problems.slice(0, 20).map(formatProblem);
    if (problems.length > shown.length) shown.push(`... and ${problems.length - shown.length} more problems`);
    super(`${problems.length} problem${problems.length === 1 ? "" : "s"} found:\n${shown.join("\n")}`);
    this.problems = problems;
  }
}

/** Where in a query pattern a name was written, so an error can point at it. */
export interface PatternPosition {
  readonly pattern: string;
  /** 1-based column. */
  readonly column: number;
}

/** A name or id that does not exist in the graph. */
export class NotFoundError extends RegkgError {
  override name = "NotFoundError";
  /** The nearest existing names, best first. */
  readonly suggestions: readonly string[];
  readonly position?: PatternPosition;

  constructor(message: string, options: { suggestions?: readonly string[]; position?: PatternPosition } = {}) {
    super(message);
    this.suggestions = options.suggestions ?? [];
    this.position = options.position;
  }
}

/** A query pattern that does not parse, or names an unknown type, status or category. */
export class QuerySyntaxError extends RegkgError {
  override name = "QuerySyntaxError";
  readonly position: PatternPosition;

  constructor(pattern: string, column: number, message: string) {
    super(`column ${column}: ${message}`);
    this.position = { pattern, column };
  }
}

/** A name that fits several entities; the user must say which. */
export class AmbiguousNameError extends RegkgError {
  override name = "AmbiguousNameError";
  readonly candidates: readonly { id: string; name: string }[];
  readonly position?: PatternPosition;

  constructor(wanted: string, candidates: readonly { id: string; name: string }[], position?: PatternPosition) {
    super(`"${wanted.length > 80 ? `${wanted.slice(0, 80)}…` : wanted}" fits ${candidates.length} entities: ${candidates.map((c) => `${c.name} (${c.id})`).join(", ")}; give the id or a fuller name`);
    this.candidates = candidates;
    this.position = position;
  }
}

/** The user asked for something malformed (a bad flag value, an unknown format). */
export class UsageError extends RegkgError {
  override name = "UsageError";
}

/**
 * Why an output path cannot be written. The first four are the user's command naming the wrong
 * kind of path (bad usage); the rest are the machine refusing (bad environment).
 */
export type OutputProblem = "is-folder" | "is-file" | "no-parent" | "parent-not-folder" | "no-permission" | "read-only" | "disk-full" | "io";

/** An output file or folder that cannot be written. `path` is the user's path, never a temporary file. */
export class OutputError extends RegkgError {
  override name = "OutputError";
  readonly path: string;
  readonly problem: OutputProblem;
  /** The system's error code when there is one (EACCES, ENOSPC, ...). */
  readonly code?: string;
  /** What is wrong, without the path: "is a folder; expected a file name". */
  readonly reason: string;

  constructor(path: string, problem: OutputProblem, reason: string, code?: string) {
    super(`${path}: ${reason}`);
    this.path = path;
    this.reason = reason;
    this.problem = problem;
    this.code = code;
  }

  /** True when the command named the wrong kind of path, which the user fixes by changing the command. */
  get usage(): boolean {
    return this.problem === "is-folder" || this.problem === "is-file" || this.problem === "no-parent" || this.problem === "parent-not-folder";
  }
}

/** The user stopped the work (Ctrl-C); the message says how far it got and what state it left. */
export class InterruptedError extends RegkgError {
  override name = "InterruptedError";
}
