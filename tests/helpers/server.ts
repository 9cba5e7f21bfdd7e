import { spawn, type ChildProcess } from "node:child_process";
import { cpSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
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

/** The article the review scenarios ingest (API and browser alike). */
export const REVIEW_ARTICLE = [
  "Regulators ban crypto lending",
  "",
  "The Cyberspace Administration of China ordered Tencent to shut the accounts of crypto platforms on Monday.",
  "The People's Bank of China warned investors about initial coin offerings.",
  "",
].join("\n");
