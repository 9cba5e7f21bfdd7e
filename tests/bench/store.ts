/**
 * The SQLite store against the graph JSON: building the store, then whole processes of the
 * commands a user runs (`regkg query`, `path`, `top`), each against the store and against the
 * graph JSON, as a user would run them, through bin/regkg.js (the compiled CLI when lib/ is
 * fresh). Medians of whole-process wall times; the ratio is JSON / store.
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { graphParts, writeGraphJson } from "../../src/export/graph-json-stream.ts";
import type { RegkgGraph } from "../../src/graph/index.ts";
import { writeStreamAtomic } from "../../src/graph/node.ts";
import { writeStore } from "../../src/store/index.ts";
import { REPO } from "../helpers/paths.ts";
import { measure, timeEach, withBaseline, type Measurement } from "./harness.ts";

const SUITE = "store";
const BIN = join(REPO, "bin/regkg.js");

const TIME = "/usr/bin/time";
/** CPU (user + sys) of each whole process, by case: wall times swing with whatever else the machine runs. */
const cpuMs = new Map<string, number[]>();

/** One whole `regkg` process; its wall time in ms (its CPU time is kept in cpuMs when /usr/bin/time exists). */
function run(args: string[], key = args.join(" ")): number {
  const withTime = existsSync(TIME);
  const cmd = withTime ? [TIME, "-f", "regkg-bench-cpu %U %S", process.execPath, BIN, ...args] : [process.execPath, BIN, ...args];
  const t = performance.now();
  const r = spawnSync(cmd[0]!, cmd.slice(1), { encoding: "utf8", maxBuffer: 1 << 30 });
  const ms = performance.now() - t;
  if (r.status !== 0) throw new Error(`bench: regkg ${args.join(" ")} exited ${r.status}: ${r.stderr.trim().slice(0, 500)}`);
  const cpu = /regkg-bench-cpu ([\d.]+) ([\d.]+)/.exec(r.stderr);
  if (cpu) cpuMs.set(key, [...(cpuMs.get(key) ?? []), (Number(cpu[1]) + Number(cpu[2])) * 1000]);
  return ms;
}

function medianCpu(args: string[]): string {
  const times = (cpuMs.get(args.join(" ")) ?? []).sort((a, b) => a - b);
  return times.length ? `median CPU ${times[times.length >> 1]!.toFixed(0)} ms` : "";
}

/** Entities to ask about: the actor and the target of median activity, the busiest actor, and a pair three hops apart. */
function pick(graph: RegkgGraph) {
  const actors = new Map<string, number>();
  const targets = new Map<string, number>();
  graph.forEachEdge((_e, a, s, t) => {
    if (a.kind === "actor") actors.set(s, (actors.get(s) ?? 0) + 1);
    else if (a.kind === "target") targets.set(t, (targets.get(t) ?? 0) + 1);
  });
  const byCount = (m: Map<string, number>) => [...m].sort((a, b) => a[1] - b[1] || (a[0] < b[0] ? -1 : 1));
  const a = byCount(actors);
  const t = byCount(targets);
  const median = a[a.length >> 1]!;
  const busiest = a[a.length - 1]!;
  const target = t[t.length >> 1]!;
  // An official, and a target of one of their regulator's actions: three hops.
  let pair: [string, string] | undefined;
  graph.someEdge((_e, attrs, person, regulator) => {
    if (attrs.kind !== "relation" || attrs.relType !== "holds_position_in") return false;
    return graph.someOutEdge(regulator, (_e2, e2, _r, action) => {
      if (e2.kind !== "actor") return false;
      const victim = graph.outNeighbors(action).find((n) => graph.getNodeAttribute(n, "kind") === "entity" && n !== person);
      if (victim) pair = [person, victim];
      return victim !== undefined;
    });
  });
  return { median, busiest, target, pair: pair! };
}

export async function storeBench(graph: RegkgGraph, size: number, { jsonRuns = size >= 1e6 ? 1 : 3, storeRuns = 7 } = {}): Promise<Measurement[]> {
  const out: Measurement[] = [];
  if (!existsSync(join(REPO, "lib/.built"))) process.stderr.write("bench: lib/ is not built (npm run build:lib): whole-process times include tsx compiling the CLI\n");
  const dir = mkdtempSync(join(tmpdir(), "regkg-bench-store-"));
  try {
    const json = join(dir, "graph.json");
    const store = join(dir, "graph.sqlite");
    await writeStreamAtomic(json, (write) => writeGraphJson(graphParts(graph), write));
    const build = timeEach([0], () => writeStore(graph, store));
    const mb = (f: string) => (statSync(f).size / 1e6).toFixed(0);
    out.push(measure(SUITE, "write the store from the graph in memory", size, build, { note: `store ${mb(store)} MB, graph JSON ${mb(json)} MB` }));

    // Building a store as a user does, whole processes: generated straight into the store,
    // against the same generator writing the graph JSON; and from a graph JSON, read and
    // checked record by record (until 6c17ff2 the file was loaded into graphology first).
    const builds = size >= 1e6 ? 1 : 3;
    const synthArgs = (file: string) => ["synth", "--actions", String(size), "--seed", "1", "--out", file];
    const toStore = synthArgs(join(dir, "synth.sqlite"));
    const toJson = synthArgs(join(dir, "synth.json"));
    const storeBuilds = timeEach(Array.from({ length: builds }, () => toStore), (a) => run(a));
    const jsonBuilds = timeEach(Array.from({ length: builds }, () => toJson), (a) => run(a));
    out.push(
      withBaseline(
        measure(SUITE, "regkg synth --out FILE.sqlite (build the store), whole process", size, storeBuilds, { note: `store: ${medianCpu(toStore)}, ${mb(join(dir, "synth.sqlite"))} MB; synth --out FILE.json: ${medianCpu(toJson)}` }),
        "regkg synth --out FILE.json",
        jsonBuilds,
      ),
    );
    rmSync(join(dir, "synth.json"), { force: true });
    const fromJson = ["export", "--format", "sqlite", "--graph", json, "--out", join(dir, "from-json.sqlite")];
    const jsonExports = timeEach(Array.from({ length: builds }, () => fromJson), (a) => run(a));
    out.push(measure(SUITE, "regkg export --format sqlite --graph FILE.json (build the store from the graph JSON), whole process", size, jsonExports, { note: medianCpu(fromJson) }));
    rmSync(join(dir, "from-json.sqlite"), { force: true });

    const { median, busiest, target, pair } = pick(graph);
    const cases: [string, string[]][] = [
      [`regkg query 'X -> *' (X: median actor, ${median[1]} actions)`, ["query", `${median[0]} -> *`]],
      [`regkg query '* -[ban|warn]-> X' (X: median target, ${target[1]} actions)`, ["query", `* -[ban|warn]-> ${target[0]}`]],
      ["regkg path A B (3 hops)", ["path", pair[0], pair[1]]],
      ["regkg top actors", ["top", "actors"]],
    ];
    const runs = (n: number, args: string[]) => Array.from({ length: n }, () => args);
    const one = (a: string[]) => run(a);
    for (const [name, args] of cases) {
      const s = [...args, "--graph", store];
      const j = [...args, "--graph", json];
      const onStore = timeEach(runs(storeRuns, s), one);
      const onJson = timeEach(runs(jsonRuns, j), one);
      const note = `store: ${medianCpu(s)}; JSON: ${medianCpu(j)}`;
      out.push(withBaseline(measure(SUITE, `${name}, whole process`, size, onStore, { note }), "same on the graph JSON", onJson));
    }
    const hubArgs = ["query", `${busiest[0]} -> *`, "--graph", store];
    const hub = timeEach(runs(3, hubArgs), one);
    out.push(measure(SUITE, `regkg query 'X -> *' (X: busiest actor, ${busiest[1]} actions), whole process`, size, hub, { note: `store only, ${medianCpu(hubArgs)}; the answer itself is large` }));
    out.push(measure(SUITE, "regkg --version, whole process", size, timeEach(runs(storeRuns, ["--version"]), one), { note: medianCpu(["--version"]) }));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  return out;
}
