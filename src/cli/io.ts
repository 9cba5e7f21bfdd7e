import { relative } from "node:path";
import {
  AmbiguousNameError,
  EnvironmentError,
  formatProblem,
  InterruptedError,
  NotFoundError,
  OutputError,
  QuerySyntaxError,
  UsageError,
  ValidationError,
  type PatternPosition,
  type Problem,
} from "../schema/index.ts";

import { EXIT } from "./exit.ts";

export { EXIT };

/**
 * The output format: what the user asked for, else JSON when stdout is not a terminal (a
 * pipe, a file) and the first, human format of `allowed` when it is.
 */
export function resolveFormat<F extends string>(requested: string | undefined, allowed: readonly [F, ...F[]]): F | "json" {
  if (requested === undefined) return process.stdout.isTTY ? allowed[0] : "json";
  if (!(allowed as readonly string[]).includes(requested)) throw new UsageError(`--format: expected one of ${allowed.join(", ")}, got "${requested}"`);
  return requested as F;
}

/** At most this many characters of a pattern are shown under an error. */
const PATTERN_WINDOW = 80;

/**
 * Show the pattern with a caret under the column a problem is at; a long pattern is shown as
 * the 80 characters around that column, so a 100 KB name is not echoed whole.
 */
function pointAt(position: PatternPosition): void {
  const { pattern, column } = position;
  if (pattern.length <= PATTERN_WINDOW) {
    note(`  ${pattern}`);
    note(`  ${" ".repeat(column - 1)}^`);
    return;
  }
  const start = Math.max(0, Math.min(column - 1 - 20, pattern.length - PATTERN_WINDOW));
  const end = start + PATTERN_WINDOW;
  const head = start > 0 ? "…" : "";
  note(`  ${head}${pattern.slice(start, end)}${end < pattern.length ? "…" : ""}`);
  note(`  ${" ".repeat(head.length + column - 1 - start)}^`);
}

export function out(text: string): void {
  process.stdout.write(text.endsWith("\n") ? text : `${text}\n`);
}

/** A flag's value as a whole number; the library checks the range and says so. */
export function wholeNumber(flag: string, value: string, expected = "a whole number"): number {
  const n = Number(value);
  if (!/^\d+$/.test(value) || !Number.isSafeInteger(n)) throw new UsageError(`${flag}: expected ${expected}, got "${value}"`);
  return n;
}

/** Write chunks to stdout, waiting whenever the pipe is full. */
export async function outChunks(chunks: Iterable<string> | string): Promise<void> {
  for (const chunk of typeof chunks === "string" ? [chunks] : chunks) {
    if (!process.stdout.write(chunk)) await new Promise((r) => process.stdout.once("drain", r));
  }
}

export function note(text: string): void {
  process.stderr.write(`${text}\n`);
}

export function printProblems(problems: readonly Problem[]): void {
  for (const p of problems) note(`  ${formatProblem(p)}`);
}

/**
 * Run a command body and turn what it throws into a message and an exit code: the user sees a
 * sentence naming the file and place, never a stack trace (REGKG_DEBUG=1 shows it).
 */
export async function run(body: () => void | Promise<void>): Promise<void> {
  try {
    await body();
    process.exitCode = EXIT.ok;
  } catch (err) {
    if (err instanceof ValidationError) {
      note(`regkg: ${err.problems.length} problem${err.problems.length === 1 ? "" : "s"} found:`);
      printProblems(err.problems);
      process.exitCode = EXIT.badData;
    } else if (err instanceof EnvironmentError) {
      note(`regkg: ${err.message}`);
      process.exitCode = EXIT.badData;
    } else if (err instanceof UsageError) {
      note(`regkg: ${err.message}`);
      note("Run regkg --help for usage.");
      process.exitCode = EXIT.usage;
    } else if (err instanceof QuerySyntaxError) {
      note(`regkg: bad pattern: ${err.message}`);
      pointAt(err.position);
      process.exitCode = EXIT.usage;
    } else if (err instanceof InterruptedError) {
      note(`regkg: ${err.message}`);
      process.exitCode = EXIT.interrupted;
    } else if (err instanceof OutputError) {
      const rel = relative(process.cwd(), err.path);
      const shown = rel && !rel.startsWith("..") ? rel : err.path;
      const hint = err.problem === "no-parent" ? " (create it first, or add --mkdir)" : "";
      const kept = err.problem === "is-folder" || err.problem === "is-file" || err.problem === "parent-not-folder" || err.problem === "no-parent" ? "" : "; nothing was written";
      note(`regkg: cannot write ${shown}: ${err.reason}${hint}${kept}`);
      process.exitCode = err.usage ? EXIT.usage : EXIT.badData;
    } else if (err instanceof NotFoundError || err instanceof AmbiguousNameError) {
      note(`regkg: ${err.position ? `column ${err.position.column}: ` : ""}${err.message}`);
      if (err.position) pointAt(err.position);
      process.exitCode = EXIT.usage;
    } else {
      note(`regkg: internal error: ${err instanceof Error ? err.message : String(err)}`);
      note("This is a bug in regkg; set REGKG_DEBUG=1 to see where it happened.");
      if (process.env.REGKG_DEBUG) console.error(err);
      process.exitCode = EXIT.internal;
    }
  }
}
