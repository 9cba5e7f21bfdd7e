import { createWriteStream, mkdirSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { basename, dirname, join } from "node:path";

/**
 * Write a file so that readers see the old content or the new, never a half-written file:
 * write a temporary file beside it, then rename it over the target (atomic on one filesystem).
 */
export function writeFileAtomic(file: string, content: string | Uint8Array): void {
  const dir = dirname(file);
  mkdirSync(dir, { recursive: true });
  const tmp = join(dir, `.${basename(file)}.${process.pid}.${Date.now()}.tmp`);
  try {
    writeFileSync(tmp, content);
    renameSync(tmp, file);
  } catch (err) {
    rmSync(tmp, { force: true });
    throw err;
  }
}

/**
 * Stream a file into place atomically: `produce` writes chunks to a temporary file beside the
 * target, which replaces the target only when `produce` has finished without error.
 */
export async function writeStreamAtomic(file: string, produce: (write: (chunk: string) => Promise<void> | void) => Promise<void>): Promise<void> {
  const dir = dirname(file);
  mkdirSync(dir, { recursive: true });
  const tmp = join(dir, `.${basename(file)}.${process.pid}.${Date.now()}.tmp`);
  const stream = createWriteStream(tmp);
  const failed = new Promise<never>((_, reject) => stream.once("error", reject));
  failed.catch(() => {});
  try {
    await produce((chunk) => {
      if (!stream.write(chunk)) return Promise.race([new Promise<void>((resolve) => stream.once("drain", resolve)), failed]);
    });
    await Promise.race([new Promise<void>((resolve) => stream.end(resolve)), failed]);
    renameSync(tmp, file);
  } catch (err) {
    stream.destroy();
    rmSync(tmp, { force: true });
    throw err;
  }
}
