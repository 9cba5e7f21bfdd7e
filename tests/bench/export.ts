import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { edgesCsv, nodesCsv } from "../../src/export/csv-tables.ts";
import { graphParts, writeGraphJson } from "../../src/export/graph-json-stream.ts";
import { NEO4J_NODE_FILES, neo4jNodesCsv, neo4jRelationshipsCsv } from "../../src/export/neo4j.ts";
import type { RegkgGraph } from "../../src/graph/index.ts";
import { writeStreamAtomic } from "../../src/graph/node.ts";
import { measure, type Measurement } from "./harness.ts";

const heap = () => process.memoryUsage().heapUsed;

/**
 * Export the graph to files as the CLI does (streaming, through temp files): seconds, and the
 * most heap the export added on top of the graph, as a share of the graph's own heap.
 */
export async function exportBench(graph: RegkgGraph, size: number, graphHeapBytes: number): Promise<Measurement[]> {
  const dir = mkdtempSync(join(tmpdir(), "regkg-bench-"));
  const out: Measurement[] = [];
  const formats: [string, [string, () => Iterable<string> | null][]][] = [
    ["json", [["graph.json", () => null]]],
    ["csv", [["nodes.csv", () => nodesCsv(graph)], ["edges.csv", () => edgesCsv(graph)]]],
    ["neo4j csv", [...(Object.keys(NEO4J_NODE_FILES) as (keyof typeof NEO4J_NODE_FILES)[]).map((k) => [NEO4J_NODE_FILES[k].file, () => neo4jNodesCsv(graph, k)] as [string, () => Iterable<string>]), ["relationships.csv", () => neo4jRelationshipsCsv(graph)]]],
  ];
  try {
    for (const [format, files] of formats) {
      (globalThis as { gc?: () => void }).gc?.();
      const base = heap();
      let peak = base;
      const t = performance.now();
      for (const [name, chunks] of files) {
        await writeStreamAtomic(join(dir, name), async (write) => {
          // The heap is read once per 64 KB written: process.memoryUsage() per CSV line would cost more than the line.
          let sinceSample = 0;
          const sampled = async (c: string) => {
            sinceSample += c.length;
            if (sinceSample >= 1 << 16) {
              sinceSample = 0;
              const h = heap();
              if (h > peak) peak = h;
            }
            await write(c);
          };
          const iter = chunks();
          if (iter === null) await writeGraphJson(graphParts(graph), sampled);
          else for (const c of iter) await sampled(c);
        });
      }
      const ms = performance.now() - t;
      const added = (peak - base) / graphHeapBytes;
      out.push(measure("export", `${format} to files`, size, [ms], { note: `peak heap +${((peak - base) / 1e6).toFixed(0)} MB = ${(100 * added).toFixed(0)}% of the graph's ${(graphHeapBytes / 1e6).toFixed(0)} MB` }));
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  return out;
}
