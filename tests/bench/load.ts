import { MultiDirectedGraph } from "graphology";
import { spawnSync } from "node:child_process";
import forceAtlas2 from "graphology-layout-forceatlas2";
import { layoutGraph, parseGraphFile, serializeGraph, type RegkgGraph } from "../../src/graph/index.ts";
import { autoIterations, foldedSettings, seedPositions } from "../../src/graph/layout.ts";
import { foldForLayout, layoutWeight, type FoldedGraph } from "../../src/graph/layout-fold.ts";
import { fastCheck, GraphFileSchema } from "../../src/schema/index.ts";
import { mkdtempSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { graphParts, writeGraphJson } from "../../src/export/graph-json-stream.ts";
import { writeStreamAtomic } from "../../src/graph/node.ts";
import { REPO } from "../helpers/paths.ts";
import { measure, timeEach, withBaseline, type Measurement } from "./harness.ts";

const SUITE = "load";

interface AloneResult {
  ms: number;
  retainedMb: number;
  peakRssMb: number;
  order: number;
}

/** A load in a child process, so that it shares its heap with nothing (not even the graph it was written from). */
function loadAlone(file: string, mode: "checked" | "unchecked"): AloneResult {
  const child = spawnSync(process.execPath, ["--expose-gc", "--import", "tsx", join(REPO, "tests/bench/load-alone.ts"), file, mode], { encoding: "utf8", maxBuffer: 1 << 20 });
  if (child.status !== 0) throw new Error(`bench: load-alone.ts ${mode} failed (exit ${child.status}): ${child.stderr.trim()}`);
  return JSON.parse(child.stdout) as AloneResult;
}

/**
 * Past V8's largest string the graph is written to a file and read back in pieces, as
 * `regkg validate --graph` does for files over 256 MB, each load in a process of its own with
 * Node's default heap limit, as the CLI runs: the checked load and the unchecked floor.
 */
async function streamedLoad(graph: RegkgGraph, size: number): Promise<Measurement> {
  const dir = mkdtempSync(join(tmpdir(), "regkg-bench-load-"));
  const file = join(dir, "graph.json");
  try {
    await writeStreamAtomic(file, (write) => writeGraphJson(graphParts(graph), write));
    const mb = (statSync(file).size / 1e6).toFixed(0);
    const checked = loadAlone(file, "checked");
    const floor = loadAlone(file, "unchecked");
    const note =
      `${mb} MB file, read in pieces (beyond V8's largest string), in a process of its own: ` +
      `heap retained ${checked.retainedMb} MB (floor ${floor.retainedMb} MB), peak RSS ${checked.peakRssMb} MB; ${checked.order} nodes`;
    return withBaseline(measure(SUITE, "JSON.parse + validate + build", size, [checked.ms], { note, peakRssMb: checked.peakRssMb }), "same pieces into graphology, unchecked", [floor.ms]);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export async function loadBench(graph: RegkgGraph, size: number): Promise<Measurement[]> {
  let text: string;
  try {
    text = JSON.stringify(serializeGraph(graph));
  } catch (err) {
    if (!(err instanceof RangeError)) throw err;
    return [await streamedLoad(graph, size)];
  }
  const reps = size >= 1e5 ? 1 : 3;
  const parseTimes = timeEach(Array(reps).fill(0), () => JSON.parse(text));
  const json = JSON.parse(text);
  const zodTimes = timeEach(Array(reps).fill(0), () => GraphFileSchema.safeParse(json));
  const fastTimes = timeEach(Array(reps).fill(0), () => fastCheck(GraphFileSchema)(json));
  const loadTimes = timeEach(Array(reps).fill(0), () => {
    const { problems } = parseGraphFile(JSON.parse(text), "bench.json");
    if (problems.length > 0) throw new Error(`bench: the synthetic graph does not validate: ${problems[0]!.message}`);
  });
  // The floor: the same text parsed and handed to graphology, nothing checked.
  const floorTimes = timeEach(Array(reps).fill(0), () => MultiDirectedGraph.from(JSON.parse(text)));
  const mb = (text.length / 1e6).toFixed(0);
  return [
    measure(SUITE, "JSON.parse alone", size, parseTimes, { note: `${mb} MB of JSON` }),
    measure(SUITE, "schema check (zod parse) alone", size, zodTimes),
    withBaseline(
      measure(SUITE, "schema check (fast path) alone", size, fastTimes, { note: "tells what zod would hand back unchanged without copying it; zod still names the problems" }),
      "zod parse",
      zodTimes,
    ),
    withBaseline(measure(SUITE, "JSON.parse + validate + build", size, loadTimes), "JSON.parse + graphology import, unchecked", floorTimes),
  ];
}

/**
 * ForceAtlas2 in-process with Barnes-Hut over the whole event graph: milliseconds per iteration.
 * What laying out every node would cost; the baseline for the folded layout below.
 */
export function layoutBench(graph: RegkgGraph, size: number): Measurement[] {
  if (graph.order > 300_000) return [measure("layout", "ForceAtlas2 iteration (Barnes-Hut)", size, [NaN], { note: "skipped above 300k nodes" })];
  graph.forEachNode((n, a) => {
    if (a.x === undefined) graph.mergeNodeAttributes(n, { x: Math.random() * 1000, y: Math.random() * 1000 });
  });
  const settings = { ...forceAtlas2.inferSettings(graph), barnesHutOptimize: true };
  const iterations = graph.order > 50_000 ? 3 : 20;
  const times = timeEach(Array(3).fill(0), () => forceAtlas2.assign(graph, { iterations, settings }));
  const perIteration = times.map((t) => t / iterations);
  return [measure("layout", "ForceAtlas2 iteration (Barnes-Hut)", size, perIteration, { note: `${graph.order} nodes, ${(1000 / perIteration[1]!).toFixed(1)} it/s` })];
}

/**
 * The layout `regkg build` and `regkg export` run (src/graph/layout.ts): fold the actions into
 * weighted entity edges, ForceAtlas2 over the entities, place actions and documents. One
 * iteration over the folded graph against one over the whole event graph (`full`, from
 * layoutBench in the same run), and the whole layout with its default iterations.
 */
export function foldedLayoutBench(graph: RegkgGraph, size: number, full: Measurement | undefined): Measurement[] {
  let folded!: FoldedGraph;
  const foldTimes = timeEach([0], () => (folded = foldForLayout(graph)));
  seedPositions(folded);
  const settings = foldedSettings(folded);
  const iterations = folded.order > 10_000 ? 3 : 10;
  const times = timeEach(Array(3).fill(0), () => forceAtlas2.assign(folded, { iterations, settings, getEdgeWeight: (_e, a) => layoutWeight(a.weight) }));
  const perIteration = times.map((t) => t / iterations);
  const note = `${folded.order} entities, ${folded.size} folded edges${settings.barnesHutOptimize ? ", Barnes-Hut" : ", exact (under 2,000 entities)"}`;
  const iteration = measure("layout", "ForceAtlas2 iteration, folded entity graph", size, perIteration, { note });
  const wholeTimes = timeEach(Array(size >= 1e5 ? 1 : 3).fill(0), () => layoutGraph(graph));
  const its = autoIterations(folded.order);
  const faMs = its * perIteration[perIteration.length >> 1]!;
  return [
    full && Number.isFinite(full.medianMs) ? withBaseline(iteration, "iteration over the whole event graph", [full.medianMs]) : iteration,
    measure("layout", "whole layout (fold + FA2 + place), as build/export run it", size, wholeTimes, {
      note: `${its} iterations; fold ${fmt(foldTimes[0]!)}, FA2 about ${fmt(faMs)}, placing the rest the remainder; ${graph.order} nodes in all`,
    }),
  ];
}

const fmt = (ms: number) => (ms >= 1000 ? `${(ms / 1000).toFixed(1)} s` : `${ms.toFixed(0)} ms`);
