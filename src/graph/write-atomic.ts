import { accessSync, constants, createWriteStream, mkdirSync, renameSync, rmSync, statSync, writeFileSync, type Stats } from "node:fs";
import { basename, dirname, join, resolve } from "node:path";
import { OutputError, type OutputProblem } from "../schema/index.ts";
import { displayPath } from "./load-graph-data.ts";

export interface WriteOptions {
  /** Create missing parent folders. Without it a missing parent is an OutputError ("no-parent"). */
  mkdir?: boolean;
}

export interface PrepareOptions extends WriteOptions {
  /** A file name to suggest when the path is a folder, e.g. "seed.gexf". */
  example?: string;
}

/** An output path checked by prepareOutput: absolute, and whether missing folders may be made. */
export interface OutputTarget {
  path: string;
  mkdir: boolean;
}

function statOrUndefined(path: string): Stats | undefined {
  try {
    return statSync(path);
  } catch {
    return undefined;
  }
}

/** The system's reasons for refusing a write, in the user's words. */
const CODES: Record<string, [OutputProblem, string]> = {
  EACCES: ["no-permission", "permission denied"],
  EPERM: ["no-permission", "operation not permitted"],
  EROFS: ["read-only", "is on a read-only file system"],
  ENOSPC: ["disk-full", "the disk is full"],
  EDQUOT: ["disk-full", "the disk quota is used up"],
  EFBIG: ["disk-full", "the file is larger than this file system allows"],
  EISDIR: ["is-folder", "is a folder; expected a file"],
  ENOTDIR: ["parent-not-folder", "a part of the path is a file, not a folder"],
  ENOENT: ["no-parent", "its folder does not exist"],
};

/**
 * The OutputError for a system error met while writing `target` (the user's path: the
 * temporary file beside it is an implementation detail). Errors that are not the file
 * system's (a bug, a failed producer) are returned unchanged.
 */
export function asOutputError(err: unknown, target: string): unknown {
  if (err instanceof OutputError) return err;
  const e = err as NodeJS.ErrnoException;
  if (!(err instanceof Error) || typeof e.code !== "string" || typeof e.syscall !== "string") return err;
  const [problem, reason] = CODES[e.code] ?? ["io", `could not be written (${e.syscall}: ${e.code})`];
  return new OutputError(target, problem, CODES[e.code] ? `${reason} (${e.code})` : reason, e.code);
}

/** The nearest folder at or above `dir` that exists (or a file standing where a folder should), for the checks below. */
function nearestExisting(dir: string): { path: string; stats: Stats } {
  for (let d = dir; ; d = dirname(d)) {
    const stats = statOrUndefined(d);
    if (stats) return { path: d, stats };
    if (dirname(d) === d) return { path: d, stats: statSync(d) };
  }
}

function checkWritable(dir: string, target: string): void {
  try {
    accessSync(dir, constants.W_OK);
  } catch (err) {
    const e = err as NodeJS.ErrnoException;
    if (e.code === "EROFS") throw new OutputError(target, "read-only", `${displayPath(dir)} is on a read-only file system (EROFS)`, e.code);
    if (e.code === "EACCES" || e.code === "EPERM") throw new OutputError(target, "no-permission", `no permission to write in ${displayPath(dir)} (${e.code})`, e.code);
    throw asOutputError(err, target);
  }
}

/**
 * Check an output path before any work is done, so a long export does not end in an error the
 * command line already shows: a file must not be a folder (nor end in "/"), a folder must not
 * be a file, its parent folder must exist (unless `mkdir`, or, for a folder, the path ends in
 * "/"), and the folder written into must be writable. Creates nothing.
 */
export function prepareOutput(userPath: string, kind: "file" | "folder", options: PrepareOptions = {}): OutputTarget {
  const path = resolve(userPath);
  const endsInSlash = /[\\/]$/.test(userPath);
  const stats = statOrUndefined(path);
  if (kind === "file") {
    if (stats?.isDirectory()) throw new OutputError(path, "is-folder", `is a folder; expected a file name${options.example ? `, e.g. ${join(userPath, options.example)}` : ""}`);
    if (endsInSlash) throw new OutputError(path, "is-folder", "ends in /, which names a folder; expected a file name");
  } else if (stats && !stats.isDirectory()) {
    throw new OutputError(path, "is-file", "is a file; expected a folder (this format writes several files into it)");
  }
  if (kind === "folder" && stats) {
    checkWritable(path, path);
    return { path, mkdir: false };
  }
  const parent = dirname(path);
  const mkdir = options.mkdir === true || (kind === "folder" && endsInSlash);
  const existing = nearestExisting(parent);
  if (!existing.stats.isDirectory()) throw new OutputError(path, "parent-not-folder", `${displayPath(existing.path)} is a file, not a folder`);
  if (existing.path !== parent && !mkdir) throw new OutputError(path, "no-parent", `the folder ${displayPath(parent)} does not exist`);
  checkWritable(existing.path, path);
  return { path, mkdir };
}

/**
 * Make sure `dir` exists: made (with its missing parents) when `mkdir`, else an OutputError
 * naming `target`. Returns the topmost folder it made, for removal if the write fails.
 */
function ensureFolder(dir: string, mkdir: boolean, target: string): string | undefined {
  const stats = statOrUndefined(dir);
  if (stats?.isDirectory()) return undefined;
  if (stats) throw new OutputError(target, "parent-not-folder", `${displayPath(dir)} is a file, not a folder`);
  if (!mkdir) {
    const existing = nearestExisting(dir);
    if (!existing.stats.isDirectory()) throw new OutputError(target, "parent-not-folder", `${displayPath(existing.path)} is a file, not a folder`);
    throw new OutputError(target, "no-parent", `the folder ${displayPath(dir)} does not exist`);
  }
  try {
    return mkdirSync(dir, { recursive: true });
  } catch (err) {
    throw asOutputError(err, target);
  }
}

function tempBeside(file: string): string {
  return join(dirname(file), `.${basename(file)}.${process.pid}.${Date.now()}.tmp`);
}

/**
 * Write a file so that readers see the old content or the new, never a half-written file:
 * write a temporary file beside it, then rename it over the target (atomic on one filesystem).
 * A file-system failure is an OutputError naming `file`; nothing is left behind.
 */
export function writeFileAtomic(file: string, content: string | Uint8Array, options: WriteOptions = {}): void {
  if (statOrUndefined(file)?.isDirectory()) throw new OutputError(file, "is-folder", "is a folder; expected a file");
  const made = ensureFolder(dirname(file), options.mkdir === true, file);
  const tmp = tempBeside(file);
  try {
    writeFileSync(tmp, content);
    renameSync(tmp, file);
  } catch (err) {
    rmSync(tmp, { force: true });
    if (made) rmSync(made, { recursive: true, force: true });
    throw asOutputError(err, file);
  }
}

/** Chunks smaller than this are joined before they reach the stream: one stream write per line costs more than the line. */
const WRITE_BATCH = 1 << 16;

type Produce = (write: (chunk: string) => Promise<void> | void) => Promise<void>;

/** Stream `produce`'s chunks into `file` (a new file), joined into writes of about 64 KB; rejects on the first error. */
async function streamInto(file: string, produce: Produce): Promise<void> {
  const stream = createWriteStream(file);
  const failed = new Promise<never>((_, reject) => stream.once("error", reject));
  failed.catch(() => {});
  const send = (chunk: string): Promise<void> | void => {
    if (!stream.write(chunk)) return Promise.race([new Promise<void>((resolve) => stream.once("drain", resolve)), failed]);
  };
  let pending = "";
  try {
    await produce((chunk) => {
      pending += chunk;
      if (pending.length < WRITE_BATCH) return;
      const full = pending;
      pending = "";
      return send(full);
    });
    if (pending) await send(pending);
    await Promise.race([new Promise<void>((resolve) => stream.end(resolve)), failed]);
  } catch (err) {
    // Wait for the descriptor to close, so the temporary file can be removed for good.
    await new Promise<void>((resolve) => {
      if (stream.closed) return resolve();
      stream.once("close", () => resolve());
      stream.destroy();
    });
    throw err;
  }
}

/**
 * Stream a file into place atomically: `produce` writes chunks to a temporary file beside the
 * target, which replaces the target only when `produce` has finished without error. Small
 * chunks (a CSV line each) are joined into writes of about 64 KB. A file-system failure is an
 * OutputError naming `file`; nothing is left behind.
 */
export async function writeStreamAtomic(file: string, produce: Produce, options: WriteOptions = {}): Promise<void> {
  if (statOrUndefined(file)?.isDirectory()) throw new OutputError(file, "is-folder", "is a folder; expected a file");
  const made = ensureFolder(dirname(file), options.mkdir === true, file);
  const tmp = tempBeside(file);
  try {
    await streamInto(tmp, produce);
    renameSync(tmp, file);
  } catch (err) {
    rmSync(tmp, { force: true });
    if (made) rmSync(made, { recursive: true, force: true });
    throw asOutputError(err, file);
  }
}

/**
 * Write several files into a folder, each complete or absent: all are first written under
 * temporary names, and renamed into place only when every one has been written. The folder is
 * made when missing (its parents only with `mkdir`) and removed again if the write fails.
 */
export async function writeFolderAtomic(dir: string, files: readonly [string, Iterable<string>][], options: WriteOptions = {}): Promise<void> {
  const stats = statOrUndefined(dir);
  if (stats && !stats.isDirectory()) throw new OutputError(dir, "is-file", "is a file; expected a folder");
  let made: string | undefined;
  if (!stats) {
    made = ensureFolder(dirname(dir), options.mkdir === true, dir);
    try {
      mkdirSync(dir);
    } catch (err) {
      if (made) rmSync(made, { recursive: true, force: true });
      throw asOutputError(err, dir);
    }
    made ??= dir;
  }
  const temps: [string, string][] = [];
  let current = dir;
  try {
    for (const [name, chunks] of files) {
      current = join(dir, name);
      const tmp = tempBeside(current);
      temps.push([tmp, current]);
      await streamInto(tmp, async (write) => {
        for (const c of chunks) await write(c);
      });
    }
    for (const [tmp, final] of temps) {
      current = final;
      renameSync(tmp, final);
    }
  } catch (err) {
    for (const [tmp] of temps) rmSync(tmp, { force: true });
    if (made) rmSync(made, { recursive: true, force: true });
    throw asOutputError(err, current);
  }
}
