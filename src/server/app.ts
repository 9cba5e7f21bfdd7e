/**
 * The local server's HTTP face (hono): the JSON API over one graph-data folder, and whatever
 * serves the page (vite in development, the built dist/ otherwise) behind it. Every request,
 * the page's included, passes the Host and Origin check first.
 */
import type { HttpBindings } from "@hono/node-server";
import { Hono, type Context } from "hono";
import { bodyLimit } from "hono/body-limit";
import { formatProblem, OutputError, parseWith, PartialDateSchema, type Problem } from "../schema/index.ts";
import { MAX_ARTICLE_BYTES } from "../extract/article.ts";
import { DecisionSchema, MergeRequestSchema, NewActionSchema, NewEntitySchema } from "./decisions.ts";
import { HttpProblem, tagOf, type IngestInfo, type Workspace } from "./workspace.ts";

/** The largest JSON body the API reads (a decision or a merge is a few hundred bytes). */
export const MAX_JSON_BYTES = 64 * 1024;

export interface AppOptions {
  workspace: Workspace;
  /** The origins the server answers to, e.g. http://127.0.0.1:5173; read per request (the port is known once listening). */
  origins: () => readonly string[];
  /** Serves what is not the API: the page. */
  page?: (c: Context<{ Bindings: HttpBindings }>) => Promise<Response>;
  /** Where unexpected errors are told (the terminal); never to the client. */
  log?: (message: string) => void;
}

const problemBody = (message: string, problems: readonly Problem[] = [], extra: Record<string, unknown> = {}) => ({
  error: message,
  ...extra,
  ...(problems.length ? { problems, lines: problems.map(formatProblem) } : {}),
});

export function createApp(options: AppOptions): Hono<{ Bindings: HttpBindings }> {
  const { workspace } = options;
  const log = options.log ?? ((m: string) => process.stderr.write(`${m}\n`));
  const app = new Hono<{ Bindings: HttpBindings }>();

  // A page on another site (Origin), or one reached through a name that resolves here (Host,
  // DNS rebinding), gets nothing: not the graph, not a write.
  app.use("*", async (c, next) => {
    const allowed = options.origins();
    const host = c.req.header("host");
    const origin = c.req.header("origin");
    if (!host || !allowed.some((o) => new URL(o).host === host)) {
      return c.json(problemBody(`Host "${host ?? ""}" is not this server's: open ${allowed[0]}`), 403);
    }
    if (origin !== undefined && !allowed.includes(origin)) {
      return c.json(problemBody(`Origin "${origin}" is not this server's: only its own page may use the API`), 403);
    }
    await next();
  });

  const tooLarge = (limit: number) => (c: Context) => c.json(problemBody(`the request body is over the limit of ${limit} bytes`), 413);
  const jsonLimit = bodyLimit({ maxSize: MAX_JSON_BYTES, onError: tooLarge(MAX_JSON_BYTES) });

  async function jsonBody(c: Context): Promise<unknown> {
    if (!/^application\/json\b/i.test(c.req.header("content-type") ?? "")) {
      throw new HttpProblem(415, "expected a JSON body (Content-Type: application/json)");
    }
    const text = await c.req.text();
    try {
      return JSON.parse(text);
    } catch (err) {
      throw new HttpProblem(400, `the body is not JSON: ${err instanceof Error ? err.message : String(err)}`);
    }
  }

  const graph = (c: Context) => c.body(workspace.graphJson(), 200, { "content-type": "application/json; charset=utf-8", "cache-control": "no-store" });
  app.get("/api/graph", graph);
  // The page asks for the seed graph by this name: behind the server it is graph-data as it is now.
  app.get("/data/seed.graph.json", graph);

  app.get("/api/review", (c) => c.json({ items: workspace.items(), undo: workspace.undoable() }, 200, { "cache-control": "no-store" }));

  app.get("/api/review/:id", (c) => c.json(workspace.item(checked(c.req.param("id")))));

  app.post("/api/review/:id", jsonLimit, async (c) => {
    const id = checked(c.req.param("id"));
    const body = await jsonBody(c);
    const decision = parseWith(DecisionSchema, body, "request body");
    if (!decision.ok) {
      throw new HttpProblem(422, "expected { \"decision\": \"accept\" | \"reject\" } or { \"decision\": \"edit\", \"changes\": { ... } }", decision.problems);
    }
    const ifMatch = tagOf(c.req.header("if-match"));
    const result = await workspace.exclusive(() => workspace.decide(id, ifMatch, decision.value));
    return c.json(result, 200, "version" in result ? { etag: `"${result.version}"` } : {});
  });

  app.post("/api/actions", jsonLimit, async (c) => {
    const body = parseWith(NewActionSchema, await jsonBody(c), "request body");
    if (!body.ok) throw new HttpProblem(422, "expected { doc, actionType, status, summary, actors, targets, evidence: [{ start, end }] }", body.problems);
    const ifMatch = tagOf(c.req.header("if-match"));
    const item = await workspace.exclusive(() => workspace.addAction(body.value, ifMatch));
    return c.json(item, 201, { etag: `"${item.version}"` });
  });

  app.post("/api/entities", jsonLimit, async (c) => {
    const body = parseWith(NewEntitySchema, await jsonBody(c), "request body");
    if (!body.ok) throw new HttpProblem(422, "expected { name, category?, aliases? }", body.problems);
    const item = await workspace.exclusive(() => workspace.addEntity(body.value));
    return c.json(item, 201, { etag: `"${item.version}"` });
  });

  app.post("/api/undo", jsonLimit, async (c) => c.json(await workspace.exclusive(() => workspace.undo())));

  app.post("/api/entities/merge", jsonLimit, async (c) => {
    const body = parseWith(MergeRequestSchema, await jsonBody(c), "request body");
    if (!body.ok) throw new HttpProblem(422, "expected { \"keep\": entity id, \"drop\": entity id }", body.problems);
    const { keep, drop } = body.value;
    return c.json(await workspace.exclusive(() => workspace.mergeEntities(keep, drop)));
  });

  app.post("/api/ingest", bodyLimit({ maxSize: MAX_ARTICLE_BYTES, onError: tooLarge(MAX_ARTICLE_BYTES) }), async (c) => {
    const type = c.req.header("content-type") ?? "";
    if (!/^text\/plain\b/i.test(type)) throw new HttpProblem(415, "expected the article as plain text (Content-Type: text/plain; charset=utf-8)");
    let text: string;
    try {
      text = new TextDecoder("utf-8", { fatal: true }).decode(await c.req.arrayBuffer());
    } catch {
      throw new HttpProblem(422, "the article is not valid UTF-8 text", [{ file: "request body", path: "$", message: "is not valid UTF-8 text: expected an article as plain UTF-8 text" }]);
    }
    const info: IngestInfo = {};
    const problems: Problem[] = [];
    for (const key of ["title", "date", "url", "publisher"] as const) {
      const value = c.req.query(key);
      if (value === undefined || value.trim() === "") continue;
      if (key === "date" && !PartialDateSchema.safeParse(value).success) problems.push({ file: "request", path: "$.query.date", message: `expected YYYY, YYYY-MM or YYYY-MM-DD, got "${value}"` });
      else if (key === "url" && !URL.canParse(value)) problems.push({ file: "request", path: "$.query.url", message: `expected an absolute URL like https://example.com/article, got "${value}"` });
      else info[key] = value;
    }
    if (problems.length) throw new HttpProblem(422, "the query parameters are not valid", problems);
    return c.json(await workspace.exclusive(() => workspace.ingest(text, info)));
  });

  app.all("/api/*", (c) => c.json(problemBody(`no such API: ${c.req.method} ${c.req.path}`), 404));

  if (options.page) app.all("*", options.page);

  app.onError((err, c) => {
    if (err instanceof HttpProblem) return c.json(problemBody(err.message, err.problems, err.extra), err.status as 400);
    // The disk refused (full, read-only, permissions): said in the user's words, not as a bug.
    if (err instanceof OutputError) return c.json(problemBody(`graph-data could not be written: ${err.message}`), 500);
    log(`regkg server: internal error on ${c.req.method} ${c.req.path}: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}`);
    return c.json(problemBody("internal error in regkg: nothing was written (the terminal running the server has the details)"), 500);
  });
  return app;
}

/** The id from the path, checked before anything looks for it: no id names a path of its own. */
function checked(id: string): string {
  if (!/^(entity|action|doc):[a-z0-9:-]+$/.test(id)) {
    throw new HttpProblem(400, `"${id.slice(0, 80)}" is not an action, entity or document id: expected action:<doc>:<n>, entity:<slug> or doc:<slug>`);
  }
  return id;
}
