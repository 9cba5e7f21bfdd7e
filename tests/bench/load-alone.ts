/**
 * One load of a graph file in a process of its own, as `regkg validate --graph FILE` runs:
 * `node --expose-gc --import tsx tests/bench/load-alone.ts FILE checked|unchecked` prints
 * { ms, retainedMb, peakRssMb, order } as JSON. "unchecked" is the floor: the same pieces put
 * into graphology with nothing checked.
 */
import { MultiDirectedGraph } from "graphology";
import { JsonMemberScanner } from "../../src/graph/json-members.ts";
import { loadGraphStream, scanFile } from "../../src/graph/load-graph-stream.ts";
import type { RegkgGraph } from "../../src/graph/index.ts";

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

const [file, mode] = process.argv.slice(2);
if (!file || (mode !== "checked" && mode !== "unchecked")) {
  process.stderr.write("usage: load-alone.ts FILE checked|unchecked\n");
  process.exit(2);
}
const gc = (globalThis as { gc?: () => void }).gc ?? (() => {});
gc();
const before = process.memoryUsage().heapUsed;
const t = performance.now();
let graph: RegkgGraph;
if (mode === "checked") {
  const loaded = loadGraphStream(file, "bench.json");
  if (!loaded.graph || loaded.problems.length > 0) {
    process.stderr.write(`bench: the graph does not validate: ${loaded.problems[0]?.message}\n`);
    process.exit(1);
  }
  graph = loaded.graph;
} else graph = uncheckedStreamedLoad(file);
const ms = performance.now() - t;
gc();
const retainedMb = Math.round((process.memoryUsage().heapUsed - before) / 1e6);
process.stdout.write(JSON.stringify({ ms, retainedMb, peakRssMb: Math.round(process.resourceUsage().maxRSS / 1024), order: graph.order }) + "\n");
