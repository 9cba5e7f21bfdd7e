import { MultiDirectedGraph } from "graphology";
import forceAtlas2 from "graphology-layout-forceatlas2";
import { parseGraphFile, serializeGraph, type RegkgGraph } from "../../src/graph/index.ts";
import { fastCheck, GraphFileSchema } from "../../src/schema/index.ts";
import { createWriteStream, mkdtempSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { graphParts, writeGraphJson } from "../../src/export/graph-json-stream.ts";
import { JsonMemberScanner } from "../../src/graph/json-members.ts";
import { loadGraphStream, scanFile } from "../../src/graph/load-graph-stream.ts";
import { measure, timeEach, withBaseline, type Measurement } from "./harness.ts";

const SUITE = "load";

/**
 * The same file read in the same pieces and put into graphology with no check at all: what
 * loading costs before regkg checks anything, the floor the piecewise loader is measured against.
 */
function uncheckedStreamedLoad(file: string): RegkgGraph {
  const graph: RegkgGraph = new MultiDirectedGraph({ allowSelfLoops: false });
  const scanner = new JsonMemberScanner(new Set(["nodes", "edges"]), {
    member() {},
    element(key, _index, value) {
      const v = value as { key: string; source: string; target: string; attributes: never };
      if (key === "nodes") graph.addNode(v.key, v.attributes);
      else graph.addDirectedEdgeWithKey(v.key, v.source, v.target, v.attributes);
    },
  });
  scanFile(file, scanner);
  return graph;
}

/**
 * Past V8's largest string the graph is written to a file and read back in pieces, as
 * `regkg validate --graph` does for files over 256 MB.
 */
async function streamedLoad(graph: RegkgGraph, size: number): Promise<Measurement> {
  const dir = mkdtempSync(join(tmpdir(), "regkg-bench-load-"));
  const file = join(dir, "graph.json");
  try {
    const out = createWriteStream(file);
    await writeGraphJson(graphParts(graph), (chunk) => {
      if (!out.write(chunk)) return new Promise<void>((resolve) => out.once("drain", resolve));
    });
    await new Promise<void>((resolve) => out.end(resolve));
    const mb = (statSync(file).size / 1e6).toFixed(0);
    (globalThis as { gc?: () => void }).gc?.();
    const heapBefore = process.memoryUsage().heapUsed;
    let peakHeap = heapBefore;
    let loaded: RegkgGraph | undefined;
    const times = timeEach([0], () => {
      const { graph: g, problems } = loadGraphStream(file, "bench.json");
      if (!g || problems.length > 0) throw new Error(`bench: the synthetic graph does not validate: ${problems[0]?.message}`);
      loaded = g;
      peakHeap = Math.max(peakHeap, process.memoryUsage().heapUsed);
    });
    const heapMb = ((peakHeap - heapBefore) / 1e6).toFixed(0);
    const order = loaded!.order;
    loaded = undefined;
    (globalThis as { gc?: () => void }).gc?.();
    const floor = timeEach([0], () => void uncheckedStreamedLoad(file));
    const note = `${mb} MB file, read in pieces (beyond V8's largest string); heap added ${heapMb} MB; ${order} nodes`;
    return withBaseline(measure(SUITE, "JSON.parse + validate + build", size, times, { note }), "same pieces into graphology, unchecked", floor);
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

/** ForceAtlas2 in-process with Barnes-Hut: milliseconds per iteration. */
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
