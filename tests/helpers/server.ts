import { spawn, type ChildProcess } from "node:child_process";
import { createHash } from "node:crypto";
import { cpSync, mkdtempSync, readdirSync, readFileSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { REPO } from "./paths.ts";

export interface RunningServer {
  url: string;
  child: ChildProcess;
  /** What the server printed on stderr so far. */
  stderr: () => string;
  stop: () => Promise<void>;
}

/** A copy of a graph-data folder in a temporary folder: servers under test never write the repo's. */
export function copyData(from: string): string {
  const dir = join(mkdtempSync(join(tmpdir(), "regkg-server-")), "graph-data");
  cpSync(from, dir, { recursive: true });
  return dir;
}

/** Start the real server (`npm start` without the data build) on a free port; resolves once it prints its URL. */
export function startServer(dataDir: string, args: string[] = []): Promise<RunningServer> {
  const child = spawn(process.execPath, [join(REPO, "bin/regkg-server.js"), "--data", dataDir, ...args], {
    cwd: REPO,
    env: { ...process.env, PORT: "0", NO_COLOR: "1" },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let out = "";
  let err = "";
  child.stderr!.on("data", (d: Buffer) => (err += d.toString()));
  const stop = () =>
    new Promise<void>((done) => {
      if (child.exitCode !== null || child.signalCode !== null) return done();
      child.once("exit", () => done());
      child.kill("SIGTERM");
    });
  return new Promise((done, failed) => {
    const timer = setTimeout(() => failed(new Error(`the server printed no URL in 60 s; stderr:\n${err}`)), 60_000);
    child.once("exit", (code) => {
      clearTimeout(timer);
      failed(new Error(`the server exited with ${code}; stderr:\n${err}`));
    });
    child.stdout!.on("data", (d: Buffer) => {
      out += d.toString();
      const m = /at (http:\/\/127\.0\.0\.1:\d+\/)/.exec(out);
      if (m) {
        clearTimeout(timer);
        child.removeAllListeners("exit");
        done({ url: m[1]!, child, stderr: () => err, stop });
      }
    });
  });
}

/** Every file under a folder with a hash of its bytes: equal snapshots mean nothing changed. */
export function snapshot(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (d: string) => {
    for (const name of readdirSync(d).sort()) {
      const p = join(d, name);
      if (statSync(p).isDirectory()) walk(p);
      else out[relative(dir, p)] = createHash("sha256").update(readFileSync(p)).digest("hex");
    }
  };
  walk(dir);
  return out;
}
