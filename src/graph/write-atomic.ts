import { createWriteStream, mkdirSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { basename, dirname, join } from "node:path";
import { EnvironmentError } from "../schema/index.ts";

/** A file system's refusal (no such folder, no permission, read-only, full) is the environment's problem, not a bug. */
function cannotWrite(file: string, err: unknown): unknown {
  const code = (err as NodeJS.ErrnoException).code;
  return err instanceof Error && typeof code === "string" && /^E[A-Z]+$/.test(code) ? new EnvironmentError(`${file}: cannot write here: ${err.message}`) : err;
}

function removeQuietly(tmp: string): void {
  try {
    rmSync(tmp, { force: true });
  } catch {
    // nothing was created (the folder itself cannot be made)
  }
}

/**
 * Write a file so that readers see the old content or the new, never a half-written file:
 * write a temporary file beside it, then rename it over the target (atomic on one filesystem).
 */
export function writeFileAtomic(file: string, content: string | Uint8Array): void {
  const dir = dirname(file);
  const tmp = join(dir, `.${basename(file)}.${process.pid}.${Date.now()}.tmp`);
  try {
    mkdirSync(dir, { recursive: true });
    writeFileSync(tmp, content);
    renameSync(tmp, file);
  } catch (err) {
    removeQuietly(tmp);
    throw cannotWrite(file, err);
  }
}

/** Chunks smaller than this are joined before they reach the stream: one stream write per line costs more than the line. */
const WRITE_BATCH = 1 << 16;

/**
 * Stream a file into place atomically: `produce` writes chunks to a temporary file beside the
 * target, which replaces the target only when `produce` has finished without error. Small
 * chunks (a CSV line each) are joined into writes of about 64 KB.
 */
export async function writeStreamAtomic(file: string, produce: (write: (chunk: string) => Promise<void> | void) => Promise<void>): Promise<void> {
  const dir = dirname(file);
  const tmp = join(dir, `.${basename(file)}.${process.pid}.${Date.now()}.tmp`);
  try {
    mkdirSync(dir, { recursive: true });
  } catch (err) {
    throw cannotWrite(file, err);
  }
  const stream = createWriteStream(tmp);
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
    renameSync(tmp, file);
  } catch (err) {
    stream.destroy();
    removeQuietly(tmp);
    throw cannotWrite(file, err);
  }
}
