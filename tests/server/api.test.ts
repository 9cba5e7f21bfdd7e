import { spawn } from "node:child_process";
import { readFileSync, writeFileSync, existsSync, mkdirSync, readdirSync, rmSync } from "node:fs";
import { request } from "node:http";
import { dirname, join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { regkg } from "../helpers/cli.ts";
import { REPO, SEED_DIR, SEED_ANNOTATION, SEED_SLUG } from "../helpers/paths.ts";
import { fingerprint as snapshot } from "../helpers/fixtures.ts";
import { copyData, REVIEW_ARTICLE as ARTICLE, startServer, type RunningServer } from "../helpers/server.ts";


let server: RunningServer;
let data: string;

// Starting the server (vite, the extractor's NLP library) takes seconds, more when the whole
// suite runs beside it on two cores.
const START = 120_000;

beforeAll(async () => {
  data = copyData(SEED_DIR);
  server = await startServer(data);
}, START);
afterAll(async () => {
  await server?.stop();
}, START);

const url = (path: string) => new URL(path, server.url).toString();

async function post(path: string, body: unknown, headers: Record<string, string> = {}): Promise<{ status: number; json: any }> {
  const res = await fetch(url(path), {
    method: "POST",
    headers: { "content-type": "application/json", ...headers },
    body: typeof body === "string" ? body : JSON.stringify(body),
  });
  return { status: res.status, json: await res.json() };
}

async function items(): Promise<any[]> {
  const res = await fetch(url("/api/review"));
  expect(res.status).toBe(200);
  return (await res.json()).items;
}

async function ingest(text: string, query = ""): Promise<{ status: number; json: any }> {
  const res = await fetch(url(`/api/ingest${query}`), { method: "POST", headers: { "content-type": "text/plain; charset=utf-8" }, body: text });
  return { status: res.status, json: await res.json() };
}

/** `regkg validate` on the folder, as a user would run it. */
function validate(dir: string) {
  return regkg(["validate", dir, "--format", "json"], REPO);
}

/** A request with a Host header of our choosing (fetch sets its own). */
function rawRequest(path: string, headers: Record<string, string>, method = "GET", body?: string): Promise<{ status: number; body: string }> {
  const { port } = new URL(server.url);
  return new Promise((done, failed) => {
    const req = request({ host: "127.0.0.1", port, path, method, headers }, (res) => {
      let text = "";
      res.on("data", (d) => (text += d));
      res.on("end", () => done({ status: res.statusCode!, body: text }));
    });
    req.on("error", failed);
    req.end(body);
  });
}

describe("the review API", () => {
  it("serves the graph graph-data builds, and the page's seed graph is the same live graph", async () => {
    const res = await fetch(url("/api/graph"));
    expect(res.status).toBe(200);
    const graph = await res.json();
    const built = JSON.parse(regkg(["build", "--data", data, "--no-layout"], REPO).stdout);
    expect(graph.nodes.map((n: { key: string }) => n.key)).toEqual(built.nodes.map((n: { key: string }) => n.key));
    expect(graph.nodes.every((n: any) => Number.isFinite(n.attributes.x) && Number.isFinite(n.attributes.y))).toBe(true);
    const seed = await (await fetch(url("/data/seed.graph.json"))).json();
    expect(seed.nodes.length).toBe(graph.nodes.length);
  });

  it("ingests a pasted article as `regkg ingest` would, and lists its proposed actions for review", async () => {
    expect(await items()).toEqual([]);
    const { status, json } = await ingest(ARTICLE, "?date=2024-03-04&url=https%3A%2F%2Fexample.com%2Fa");
    expect(status).toBe(200);
    expect(json.report).toMatchObject({ doc: "doc:regulators-ban-crypto-lending", document: "added", annotation: "added" });
    const queued = await items();
    expect(queued.length).toBeGreaterThan(0);
    const first = queued.find((i) => i.kind === "action")!;
    expect(first).toMatchObject({ kind: "action", doc: "doc:regulators-ban-crypto-lending", review: "proposed" });
    expect(first.version).toMatch(/^[0-9a-f]{16}$/);
    expect(ARTICLE.slice(first.sentence.start, first.sentence.end)).toBe(first.sentence.text);
    expect(first.sentence.text).toContain(first.record.evidence[0].quote);
    const meta = JSON.parse(readFileSync(join(data, "documents/regulators-ban-crypto-lending/meta.json"), "utf8"));
    expect(meta).toMatchObject({ published: "2024-03-04", url: "https://example.com/a" });
    expect(validate(data).status).toBe(0);
    // The same text again changes nothing.
    const before = snapshot(data);
    expect((await ingest(ARTICLE)).json.report).toMatchObject({ document: "unchanged", annotation: "unchanged" });
    expect(snapshot(data)).toEqual(before);
  });

  it("edits, accepts and rejects actions: each decision is a small change to one file, and graph-data stays valid", async () => {
    const file = join(data, "annotations/regulators-ban-crypto-lending.json");
    const actions = (await items()).filter((i) => i.kind === "action");
    expect(actions.length).toBeGreaterThanOrEqual(2);
    const [a, b] = actions;
    const edited = await post(`/api/review/${a.id}`, { decision: "edit", changes: { status: "planned", actionType: "require" } }, { "if-match": `"${a.version}"` });
    expect(edited.status).toBe(200);
    expect(edited.json.record).toMatchObject({ status: "planned", actionType: "require" });
    expect(edited.json.version).not.toBe(a.version);
    const accepted = await post(`/api/review/${a.id}`, { decision: "accept" }, { "if-match": edited.json.version });
    expect(accepted.status).toBe(200);
    expect(accepted.json.review).toBe("accepted");
    expect((await items()).map((i) => i.id)).not.toContain(a.id);

    const onDisk = JSON.parse(readFileSync(file, "utf8"));
    expect(onDisk.actions.find((x: any) => x.id === a.id)).toMatchObject({ status: "planned", actionType: "require", review: "accepted" });
    // Keys stay in the schema's order, so the diff shows values, not moved lines.
    expect(Object.keys(onDisk.actions.find((x: any) => x.id === a.id))).toEqual(["id", "actionType", "status", "summary", "actors", "targets", ...Object.keys(onDisk.actions[0]).filter((k) => !["id", "actionType", "status", "summary", "actors", "targets"].includes(k))]);

    const bNow = (await items()).find((i) => i.id === b.id)!;
    const rejected = await post(`/api/review/${b.id}`, { decision: "reject" }, { "if-match": bNow.version });
    expect(rejected.status).toBe(200);
    expect(JSON.parse(readFileSync(file, "utf8")).actions.map((x: any) => x.id)).not.toContain(b.id);
    expect(validate(data).status).toBe(0);

    // Undo puts the rejected action back.
    const undone = await post("/api/undo", {});
    expect(undone.status).toBe(200);
    expect(JSON.parse(readFileSync(file, "utf8")).actions.map((x: any) => x.id)).toContain(b.id);
    expect(validate(data).status).toBe(0);
  });

  it("adds a missed action from a span (201, accepted, by hand), and undo takes it away again", async () => {
    const file = join(data, "annotations/regulators-ban-crypto-lending.json");
    const before = readFileSync(file, "utf8");
    const start = ARTICLE.indexOf("The People's Bank");
    const quote = "The People's Bank of China warned investors";
    const add = { doc: "doc:regulators-ban-crypto-lending", actionType: "warn", status: "stated", summary: "PBOC warned investors", actors: ["entity:pboc"], targets: ["entity:icos"], evidence: [{ start, end: start + quote.length }] };
    const res = await post("/api/actions", add);
    expect(res.status).toBe(201);
    expect(res.json.record).toMatchObject({ actionType: "warn", method: "manual", evidence: [{ start, end: start + quote.length, quote }] });
    const n = Math.max(...JSON.parse(before).actions.map((a: any) => Number(a.id.split(":").pop())));
    expect(res.json.id).toBe(`action:regulators-ban-crypto-lending:${n + 1}`);
    expect(validate(data).status).toBe(0);
    expect((await post("/api/actions", { ...add, evidence: [{ start: 5, end: 2 }] })).status).toBe(422);
    expect((await post("/api/actions", { ...add, doc: "doc:no-such-doc" })).status).toBe(404);
    const undone = await post("/api/undo", {});
    expect(undone.status).toBe(200);
    expect(undone.json.undone).toBe(`add ${res.json.id}`);
    expect(readFileSync(file, "utf8")).toBe(before);
  });

  it("sets, changes and removes an action's amount and date; a missed action is added with its own; a malformed amount is refused by path", async () => {
    const file = join(data, "annotations/regulators-ban-crypto-lending.json");
    const action = (await items()).find((i) => i.kind === "action")!;
    const set = await post(`/api/review/${action.id}`, { decision: "edit", changes: { quantity: { value: 124, unit: "servers", comparator: ">=" }, time: { date: "2017-09" } } }, { "if-match": action.version });
    expect(set.status).toBe(200);
    const onDisk = () => JSON.parse(readFileSync(file, "utf8")).actions.find((x: any) => x.id === action.id);
    expect(onDisk()).toMatchObject({ quantity: { value: 124, unit: "servers", comparator: ">=" }, time: { date: "2017-09" } });
    expect(validate(data).status).toBe(0);
    const bad = await post(`/api/review/${action.id}`, { decision: "edit", changes: { quantity: { value: "lots", unit: "servers" } } }, { "if-match": set.json.version });
    expect(bad.status).toBe(422);
    expect(JSON.stringify(bad.json.problems)).toContain("$.changes.quantity.value");
    const removed = await post(`/api/review/${action.id}`, { decision: "edit", changes: { quantity: null, time: null } }, { "if-match": set.json.version });
    expect(removed.status).toBe(200);
    expect(onDisk()).not.toHaveProperty("quantity");
    expect(onDisk()).not.toHaveProperty("time");

    const start = ARTICLE.indexOf("The People's Bank");
    const quote = "The People's Bank of China warned investors";
    const added = await post("/api/actions", { doc: "doc:regulators-ban-crypto-lending", actionType: "fine", status: "enacted", summary: "a fine", actors: ["entity:pboc"], targets: ["entity:icos"], evidence: [{ start, end: start + quote.length }], quantity: { value: 1.5, unit: "CNY" }, time: { date: "2017-09-04" } });
    expect(added.status).toBe(201);
    expect(added.json.record).toMatchObject({ quantity: { value: 1.5, unit: "CNY" }, time: { date: "2017-09-04" }, method: "manual" });
    expect(validate(data).status).toBe(0);
    expect((await post("/api/undo", {})).status).toBe(200);
    expect(JSON.parse(readFileSync(file, "utf8")).actions.map((x: any) => x.id)).not.toContain(added.json.id);
  });

  it("409 on a stale version: an edit made in an editor is never overwritten", async () => {
    const item = (await items()).find((i) => i.kind === "action")!;
    const file = join(data, `annotations/${item.doc.slice(4)}.json`);
    // The reviewer's editor changes the file (a summary fixed by hand).
    const text = readFileSync(file, "utf8").replace(/"summary": "/, '"summary": "Edited by hand: ');
    writeFileSync(file, text);
    const before = snapshot(data);
    const res = await post(`/api/review/${item.id}`, { decision: "accept" }, { "if-match": `"${item.version}"` });
    expect(res.status).toBe(409);
    expect(res.json.version).not.toBe(item.version);
    expect(snapshot(data)).toEqual(before);
    // With the version the 409 gave, the decision goes through.
    expect((await post(`/api/review/${item.id}`, { decision: "edit", changes: { status: "stated" } }, { "if-match": res.json.version })).status).toBe(200);
  });

  it("422 with the problems `regkg validate` prints when the result would be invalid; nothing is written", async () => {
    const item = (await items()).find((i) => i.kind === "action")!;
    const before = snapshot(data);
    const bad = { decision: "edit", changes: { actors: ["entity:no-such-body"], evidence: [{ start: 0, end: 5, quote: "wrong" }] } };
    const res = await post(`/api/review/${item.id}`, bad, { "if-match": item.version });
    expect(res.status).toBe(422);
    expect(snapshot(data)).toEqual(before);

    // The same edit made by hand in a copy: regkg validate reports the same problems.
    const copy = copyData(data);
    const file = join(copy, `annotations/${item.doc.slice(4)}.json`);
    const ann = JSON.parse(readFileSync(file, "utf8"));
    const a = ann.actions.find((x: any) => x.id === item.id);
    a.actors = ["entity:no-such-body"];
    a.evidence = [{ start: 0, end: 5, quote: "wrong" }];
    writeFileSync(file, `${JSON.stringify(ann, null, 2)}\n`);
    const cli = validate(copy);
    expect(cli.status).toBe(1);
    const cliProblems = JSON.parse(cli.stdout).problems.map((p: any) => [p.path, p.message]);
    expect(res.json.problems.map((p: any) => [p.path, p.message])).toEqual(cliProblems);
    expect(res.json.problems.length).toBeGreaterThanOrEqual(2);

    // A change the schema refuses is 422 too, pointing at the field.
    const wrongType = await post(`/api/review/${item.id}`, { decision: "edit", changes: { status: "rumoured" } }, { "if-match": item.version });
    expect(wrongType.status).toBe(422);
    expect(wrongType.json.problems[0].path).toBe("$.changes.status");
    expect(snapshot(data)).toEqual(before);
  });

  it("403 for a foreign Origin and for a mismatched Host, on reads and writes; nothing changes", async () => {
    const item = (await items()).find((i) => i.kind === "action")!;
    const before = snapshot(data);
    const body = JSON.stringify({ decision: "reject" });
    const foreign = await post(`/api/review/${item.id}`, body, { origin: "http://evil.example", "if-match": item.version });
    expect(foreign.status).toBe(403);
    const { port } = new URL(server.url);
    const rebound = await rawRequest(`/api/review/${item.id}`, { host: `evil.example:${port}`, "content-type": "application/json", "if-match": item.version }, "POST", body);
    expect(rebound.status).toBe(403);
    expect((await rawRequest("/api/graph", { host: `attacker.test:${port}` })).status).toBe(403);
    expect((await rawRequest("/", { host: `attacker.test:${port}` })).status).toBe(403);
    expect(snapshot(data)).toEqual(before);
    // The server's own origin is fine.
    expect((await post("/api/entities/merge", { keep: "entity:pboc", drop: "entity:pboc" }, { origin: server.url.replace(/\/$/, "") })).status).toBe(422);
  });

  it("413 for a huge body, 404 for an unknown id, 400 for an id that names a path; nothing changes", async () => {
    const before = snapshot(data);
    const entitiesBefore = JSON.parse(readFileSync(join(data, "entities.json"), "utf8")).entities.map((e: { id: string }) => e.id);
    const huge = await ingest("x".repeat(10 * 1024 * 1024 + 10));
    expect(huge.status).toBe(413);
    const hugeJson = await post("/api/review/action:regulators-ban-crypto-lending:1", { decision: "edit", changes: { summary: "y".repeat(100_000) } });
    expect(hugeJson.status).toBe(413);
    const unknown = await post("/api/review/action:regulators-ban-crypto-lending:99", { decision: "accept" }, { "if-match": "0000000000000000" });
    expect(unknown.status).toBe(404);
    expect((await post("/api/review/entity:no-such-thing", { decision: "accept" }, { "if-match": "0" })).status).toBe(404);
    for (const id of ["..%2F..%2Fentities.json", "action:..%2F..%2Fetc%2Fpasswd:1", "entity:..%2Fx", "action:%2E%2E:1", "%2Fetc%2Fpasswd"]) {
      const res = await post(`/api/review/${id}`, { decision: "accept" }, { "if-match": "0" });
      expect(res.status, id).toBe(400);
    }
    // A title cannot name a folder outside documents/.
    const sneaky = await ingest("The SEC fined Acme.\n", "?title=..%2F..%2F..%2Ftmp%2Fowned");
    expect(sneaky.status).toBe(200);
    expect(sneaky.json.report.doc).toBe("doc:tmp-owned");
    expect(existsSync(join(dirname(data), "tmp"))).toBe(false);
    delete before["documents/tmp-owned/meta.json"];
    const after = snapshot(data);
    for (const key of Object.keys(after).filter((k) => k.includes("tmp-owned"))) delete after[key];
    // The one article ingested adds its own actor and party (the SEC from the gazetteer, "Acme"), and nothing else.
    const entitiesAfter = JSON.parse(readFileSync(join(data, "entities.json"), "utf8")).entities.map((e: { id: string }) => e.id);
    expect(entitiesAfter.filter((id: string) => !entitiesBefore.includes(id))).toEqual(["entity:acme", "entity:sec"]);
    expect(entitiesAfter.slice(0, entitiesBefore.length)).toEqual(entitiesBefore);
    delete before["entities.json"];
    delete after["entities.json"];
    expect(after).toEqual(before);
    expect(validate(data).status).toBe(0);
  });

  it("merges two entities: references move to the kept one, the dropped one's names become aliases", async () => {
    const entitiesFile = join(data, "entities.json");
    const beforeText = readFileSync(entitiesFile, "utf8");
    const res = await post("/api/entities/merge", { keep: "entity:chinese-regulators", drop: "entity:china" });
    expect(res.status).toBe(200);
    expect(res.json.keep.record.aliases).toContain("China");
    const text = readFileSync(entitiesFile, "utf8");
    expect(text).not.toContain('"id": "entity:china"');
    for (const name of readdirSync(join(data, "annotations"))) expect(readFileSync(join(data, "annotations", name), "utf8")).not.toContain('"entity:china"');
    // entities.json is edited in place: every line but the two entities' is as it was.
    const gone = beforeText.split("\n").filter((l) => !text.includes(l));
    expect(gone.length).toBeLessThanOrEqual(4);
    expect(validate(data).status).toBe(0);
    expect(JSON.parse(readFileSync(join(data, SEED_ANNOTATION), "utf8")).actions[0].actors).toEqual(["entity:chinese-regulators"]);
    expect(SEED_SLUG).toBeTruthy();
  });

  it("gives each proposed action the sentences of its document worth a look (likely to state an action, none read from them); an action added from one takes it off", async () => {
    // A real Commerce Department release of the corpus's dev part.
    const slug = "commerce-1998-chemicals-export-company-settles-illegal-export-charges";
    const text = readFileSync(join(REPO, `graph-data/documents/${slug}/text.txt`), "utf8");
    expect((await ingest(text, "?title=Chemicals+Export+Company+settles")).status).toBe(200);
    const doc = "doc:chemicals-export-company-settles";
    const mine = (await items()).filter((i) => i.doc === doc && i.kind === "action");
    expect(mine.length).toBeGreaterThan(0);
    const unread = mine[0].unread as { start: number; end: number; words: string[]; types: string[] }[];
    for (const i of mine) expect(i.unread).toEqual(unread);
    const evidence = mine.flatMap((i) => i.record.evidence as { start: number; end: number }[]);
    for (const u of unread) {
      expect(evidence.some((e) => e.start < u.end && u.start < e.end)).toBe(false);
      for (const w of u.words) expect(text.slice(u.start, u.end)).toContain(w);
    }
    const agreed = "The company neither confirmed nor denied the charges but agreed to pay the penalty.";
    const at = unread.findIndex((u) => text.slice(u.start, u.end) === agreed);
    expect(at).toBeGreaterThanOrEqual(0);
    // Its words, and the action type they state.
    expect(unread[at]).toMatchObject({ words: ["pay the penalty"], types: ["fine"] });

    const { record } = mine[0];
    const start = text.indexOf(agreed);
    const added = await post("/api/actions", { doc, actionType: "settle", status: "enacted", summary: "settled", actors: record.actors, targets: record.targets, evidence: [{ start, end: start + agreed.length }] });
    expect(added.status).toBe(201);
    const after = (await items()).find((i) => i.doc === doc && i.kind === "action")!.unread as { start: number }[];
    expect(after.map((u) => u.start)).toEqual(unread.filter((_, i) => i !== at).map((u) => u.start));
    expect((await post("/api/undo", {})).status).toBe(200);
    expect((await items()).find((i) => i.doc === doc && i.kind === "action")!.unread).toEqual(unread);

    // graph-data's own lexicon is read for them, as for ingest: a broken file is said, with its name, not an internal error.
    mkdirSync(join(data, "lexicon"), { recursive: true });
    writeFileSync(join(data, "lexicon/frames.json"), "{ not json");
    for (const res of [await fetch(url("/api/review")), await fetch(url("/api/ingest"), { method: "POST", headers: { "content-type": "text/plain" }, body: "The SEC fined Acme Inc. $5 million." })]) {
      expect(res.status).toBe(422);
      const body = await res.json();
      expect(body.error).toContain("lexicon is not valid");
      expect(body.problems[0].file).toContain("frames.json");
    }
    rmSync(join(data, "lexicon"), { recursive: true });
    expect((await items()).find((i) => i.doc === doc && i.kind === "action")!.unread).toEqual(unread);
  });

  it("queues a document the extractor proposed no action in, with its sentences worth a look, until it is marked done", async () => {
    // A real Department of Labor release of the corpus's dev part; the extractor reads no action from it.
    const slug = "dol-2024-court-order-asmussen-racing-stables-back-wages";
    const text = readFileSync(join(REPO, `graph-data/documents/${slug}/text.txt`), "utf8");
    const ingested = await ingest(text, "?title=Asmussen+back+wages&publisher=U.S.+Department+of+Labor");
    expect(ingested.status).toBe(200);
    expect(ingested.json.report).toMatchObject({ doc: "doc:asmussen-back-wages", annotation: "added", actions: 0 });
    const doc = "doc:asmussen-back-wages";
    const queued = (await items()).filter((i) => i.doc === doc);
    expect(queued.map((i) => [i.id, i.kind, i.review])).toEqual([[doc, "document", "proposed"]]);
    expect(ingested.json.items.map((i: { id: string }) => i.id)).toEqual([doc]);
    const item = queued[0];
    expect(item.unread.map((u: { start: number; end: number }) => text.slice(u.start, u.end))).toContain(
      "LOUISVILLE, KY – The U.S. Department of Labor has obtained a court order requiring one of the nation’s most successful thoroughbred horse trainers to pay $243,260 in back wages and an equal amount in liquidated damages after its investigation found the employer’s illegal pay practices denied 163 grooms and hotwalkers at Churchill Downs and at Keeneland racetrack in Lexington of overtime wages.",
    );
    expect((await fetch(url(`/api/review/${doc}`))).status).toBe(200);

    // Only "done": its actions, when it has any, are decided one by one.
    expect((await post(`/api/review/${doc}`, { decision: "reject" }, { "if-match": item.version })).status).toBe(422);
    expect((await post(`/api/review/${doc}`, { decision: "accept" })).status).toBe(428);
    const file = join(data, "annotations/asmussen-back-wages.json");
    const before = readFileSync(file, "utf8");
    const done = await post(`/api/review/${doc}`, { decision: "accept" }, { "if-match": item.version });
    expect(done.status).toBe(200);
    expect(done.json.review).toBe("accepted");
    expect(JSON.parse(readFileSync(file, "utf8")).review).toBe("accepted");
    expect((await items()).map((i) => i.id)).not.toContain(doc);
    expect(validate(data).status).toBe(0);
    expect((await post("/api/undo", {})).status).toBe(200);
    expect(readFileSync(file, "utf8")).toBe(before);
    expect((await items()).map((i) => i.id)).toContain(doc);
  });

  it("adds the entities a reviewer names for a missed action (proposed, category guessed from the name), refusing a second of the same id", async () => {
    const entitiesFile = join(data, "entities.json");
    const before = readFileSync(entitiesFile, "utf8");
    const dol = await post("/api/entities", { name: "U.S. Department of Labor" });
    expect(dol.status).toBe(201);
    expect(dol.json).toMatchObject({ id: "entity:u-s-department-of-labor", kind: "entity", review: "proposed", record: { name: "U.S. Department of Labor", category: "regulator", aliases: [] } });
    // One line more at the end of entities.json's list, the rest byte for byte.
    const line = '    { "id": "entity:u-s-department-of-labor", "name": "U.S. Department of Labor", "category": "regulator", "aliases": [], "review": "proposed" }';
    const after = readFileSync(entitiesFile, "utf8");
    expect(after).toContain(`,\n${line}\n`);
    expect(after.replace(`,\n${line}`, "")).toBe(before);
    const again = await post("/api/entities", { name: "U.S. Department of Labor" });
    expect(again.status).toBe(409);
    expect(again.json.id).toBe("entity:u-s-department-of-labor");
    expect((await post("/api/entities", { name: "  " })).status).toBe(422);
    expect((await post("/api/entities", { name: "“”" })).status).toBe(422);
    expect((await post("/api/entities", { name: "X", category: "wizard" })).status).toBe(422);
    const firm = await post("/api/entities", { name: "Asmussen Racing Stables", category: "company" });
    expect(firm.status).toBe(201);

    // The missed action, stated by the release's second sentence, on the document queued to be read.
    const doc = "doc:asmussen-back-wages";
    const text = readFileSync(join(data, "documents/asmussen-back-wages/text.txt"), "utf8");
    const start = text.indexOf("LOUISVILLE");
    const end = text.indexOf("overtime wages.") + "overtime wages.".length;
    const unreadBefore = (await items()).find((i) => i.id === doc)!.unread.length;
    const added = await post("/api/actions", { doc, actionType: "require", status: "enacted", summary: "DOL obtained an order requiring back wages", actors: [dol.json.id], targets: [firm.json.id], evidence: [{ start, end }] });
    expect(added.status).toBe(201);
    expect((await items()).find((i) => i.id === doc)!.unread.length).toBe(unreadBefore - 1);
    expect(validate(data).status).toBe(0);

    // Undo takes back one step at a time, latest first: the action, then the two entities; the
    // ingest of the document before them is where the history starts, so then nothing is left.
    expect((await (await fetch(url("/api/review"))).json()).undo).toBe(`add ${added.json.id}`);
    expect((await post("/api/undo", {})).json).toEqual({ undone: `add ${added.json.id}`, next: `add ${firm.json.id}` });
    expect((await post("/api/undo", {})).json).toEqual({ undone: `add ${firm.json.id}`, next: `add ${dol.json.id}` });
    expect((await post("/api/undo", {})).json).toEqual({ undone: `add ${dol.json.id}`, next: null });
    expect(readFileSync(entitiesFile, "utf8")).toBe(before);
    expect(validate(data).status).toBe(0);
    const none = await post("/api/undo", {});
    expect(none.status).toBe(409);
    expect(none.json.error).toMatch(/^nothing to undo/);
    expect((await (await fetch(url("/api/review"))).json()).undo).toBeNull();
  });

  it("does not undo a step whose file was changed since (409 naming the file), nor any step before it", async () => {
    const target = (await items()).find((i) => i.kind === "action")!;
    const path = join(data, `annotations/${target.doc.slice(4)}.json`);
    const original = readFileSync(path, "utf8");
    const first = await post(`/api/review/${target.id}`, { decision: "edit", changes: { summary: "first edit" } }, { "if-match": target.version });
    expect(first.status).toBe(200);
    const second = await post(`/api/review/${target.id}`, { decision: "edit", changes: { summary: "second edit" } }, { "if-match": first.json.version });
    expect(second.status).toBe(200);
    // Someone edits the file in an editor: neither edit can be undone now, and nothing is written.
    const edited = readFileSync(path, "utf8").replace("second edit", "an editor's edit");
    writeFileSync(path, edited);
    const refused = await post("/api/undo", {});
    expect(refused.status).toBe(409);
    expect(refused.json.error).toContain(`${target.doc.slice(4)}.json changed after "edit ${target.id}"`);
    expect(readFileSync(path, "utf8")).toBe(edited);
    // Asked again, it still refuses: it does not skip to the step before.
    expect((await post("/api/undo", {})).status).toBe(409);
    expect(readFileSync(path, "utf8")).toBe(edited);
    // The editor puts it back as the second edit left it: both undo again, in turn, to the original.
    writeFileSync(path, edited.replace("an editor's edit", "second edit"));
    expect((await post("/api/undo", {})).status).toBe(200);
    expect(JSON.parse(readFileSync(path, "utf8")).actions.find((a: any) => a.id === target.id).summary).toBe("first edit");
    expect((await post("/api/undo", {})).status).toBe(200);
    expect(readFileSync(path, "utf8")).toBe(original);
  });
});

describe("the server killed mid-write", () => {
  it("leaves graph-data valid: files are whole, old or new", async () => {
    const dir = copyData(SEED_DIR);
    const s = await startServer(dir);
    const u = (p: string) => new URL(p, s.url).toString();
    const list = (await (await fetch(u("/api/review"))).json()).items as any[];
    expect(list).toEqual([]);
    // Decisions on an accepted file (edits) in a tight loop; SIGKILL lands somewhere among them.
    const id = `action:${SEED_SLUG}:1`;
    let stop = false;
    let written = 0;
    const loop = (async () => {
      let status = "planned";
      while (!stop) {
        try {
          const item = await (await fetch(u(`/api/review/${id}`))).json();
          status = status === "planned" ? "announced" : "planned";
          await fetch(u(`/api/review/${id}`), {
            method: "POST",
            headers: { "content-type": "application/json", "if-match": item.version },
            body: JSON.stringify({ decision: "edit", changes: { status, summary: `${status} ${"z".repeat(20_000)}` } }),
          });
          written++;
        } catch {
          return; // the server is gone
        }
      }
    })();
    // Once edits are landing, kill it while the next ones are in flight.
    for (const t0 = Date.now(); written < 3 && Date.now() - t0 < 60_000; ) await new Promise((r) => setTimeout(r, 20));
    await new Promise((r) => setTimeout(r, 37));
    s.child.kill("SIGKILL");
    await new Promise((r) => s.child.once("exit", r));
    stop = true;
    await loop;
    const ann = JSON.parse(readFileSync(join(dir, SEED_ANNOTATION), "utf8"));
    expect(ann.actions[0].summary).toMatch(/^(planned|announced) z+$|^China/);
    expect(validate(dir).status).toBe(0);
    // It did write: the loop was really running when the server died.
    expect(ann.actions[0].summary).not.toMatch(/^China/);
  }, START);
});

describe("the server's start", () => {
  it("refuses a PORT that is not a number and a --data folder that does not exist, in one line each", async () => {
    const run = (env: Record<string, string>, args: string[]) =>
      new Promise<{ code: number | null; err: string }>((done) => {
        const child = spawn(process.execPath, [join(REPO, "bin/regkg-server.js"), ...args], { cwd: REPO, env: { ...process.env, ...env } });
        let err = "";
        child.stderr.on("data", (d) => (err += d));
        child.on("exit", (code) => done({ code, err }));
      });
    const port = await run({ PORT: "http" }, []);
    expect(port.code).toBe(2);
    expect(port.err).toMatch(/^regkg server: PORT: expected a port number/);
    const missing = await run({ PORT: "0" }, ["--data", "/nonexistent/graph-data"]);
    expect(missing.code).toBe(2);
    expect(missing.err).toMatch(/^regkg server: --data: no such folder/);
    expect(missing.err).not.toMatch(/\n\s+at /);
  }, START);
});
