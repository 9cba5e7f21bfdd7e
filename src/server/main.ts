/**
 * `npm start`: serve the explorer and the review API over a graph-data folder on 127.0.0.1.
 *
 *   PORT=5173 node bin/regkg-server.js [--data graph-data] [--static dist]
 *
 * Without --static the page comes from vite (development: the sources, reloaded on change);
 * with it, from a built dist/ folder (`npm run build`).
 */
import { serveStatic } from "@hono/node-server/serve-static";
import { createAdaptorServer, type HttpBindings } from "@hono/node-server";
import { RESPONSE_ALREADY_SENT } from "@hono/node-server/utils/response";
import type { Context } from "hono";
import { existsSync, statSync } from "node:fs";
import type { Server } from "node:http";
import type { AddressInfo } from "node:net";
import { join, resolve } from "node:path";
import { parseArgs } from "node:util";
import { createApp } from "./app.ts";
import { Workspace } from "./workspace.ts";

const HOST = "127.0.0.1";
const REPO = new URL("../..", import.meta.url).pathname;

function fail(message: string): never {
  process.stderr.write(`regkg server: ${message}\n`);
  process.exit(2);
}

let args;
try {
  args = parseArgs({ options: { data: { type: "string", default: "graph-data" }, static: { type: "string" } }, allowPositionals: false }).values;
} catch (err) {
  fail(`${err instanceof Error ? err.message : String(err)}; usage: regkg-server [--data DIR] [--static DIST]`);
}
const portText = process.env.PORT ?? "5173";
if (!/^\d+$/.test(portText) || Number(portText) > 65535) fail(`PORT: expected a port number 0-65535, got "${portText}"`);
const wanted = Number(portText);
const dataDir = resolve(args.data!);
if (!existsSync(dataDir) || !statSync(dataDir).isDirectory()) fail(`--data: no such folder ${dataDir}: expected a graph-data folder`);
const staticDir = args.static ? resolve(args.static) : undefined;
if (staticDir && !existsSync(join(staticDir, "index.html"))) fail(`--static: ${staticDir} holds no index.html: run \`npm run build\` first`);

const workspace = new Workspace(dataDir, join(REPO, "public/data/seed.graph.json"));
let port = wanted;
const origins = () => [`http://${HOST}:${port}`, `http://localhost:${port}`];

type Page = (c: Context<{ Bindings: HttpBindings }>) => Promise<Response>;
let page: Page;
let closeVite = async () => {};
let server: Server;

const app = createApp({ workspace, origins, page: (c) => page(c) });
server = createAdaptorServer({ fetch: app.fetch }) as Server;
// Node closes an idle kept-alive connection after 5 s, which races a client reusing it a moment
// later ("other side closed"): the page and API clients idle longer between decisions than that.
server.keepAliveTimeout = 65_000;
server.headersTimeout = 66_000;

if (staticDir) {
  const files = serveStatic({ root: staticDir });
  page = async (c) => (await files(c, async () => {})) ?? c.text("not found", 404);
} else {
  const { createServer } = await import("vite");
  const vite = await createServer({
    root: REPO,
    configFile: join(REPO, "vite.config.ts"),
    appType: "spa",
    server: { middlewareMode: true, ws: { server } },
  });
  closeVite = () => vite.close();
  page = (c) =>
    new Promise<Response>((done, failed) => {
      const { incoming, outgoing } = c.env;
      outgoing.once("finish", () => done(RESPONSE_ALREADY_SENT));
      vite.middlewares(incoming, outgoing, (err?: unknown) => (err ? failed(err) : done(c.text("not found", 404))));
    });
}

/** Listen on the wanted port, or the next free one when it is taken (as vite does), unless PORT was given. */
async function listen(): Promise<void> {
  for (let attempt = 0; attempt < 20; attempt++) {
    const tried = wanted === 0 ? 0 : wanted + attempt;
    const ok = await new Promise<boolean>((done, failed) => {
      const onError = (err: NodeJS.ErrnoException) => (err.code === "EADDRINUSE" && process.env.PORT === undefined ? done(false) : failed(err));
      server.once("error", onError);
      server.listen(tried, HOST, () => {
        server.off("error", onError);
        done(true);
      });
    });
    if (ok) {
      port = (server.address() as AddressInfo).port;
      return;
    }
  }
  fail(`no free port from ${wanted} to ${wanted + 19}`);
}

try {
  await listen();
} catch (err) {
  fail(`cannot listen on ${HOST}:${wanted}: ${err instanceof Error ? err.message : String(err)}`);
}
process.stdout.write(`regkg: explorer and review API for ${dataDir} at http://${HOST}:${port}/\n`);

const stop = () => {
  server.close();
  server.closeAllConnections();
  void closeVite().finally(() => process.exit(0));
};
process.once("SIGINT", stop);
process.once("SIGTERM", stop);
