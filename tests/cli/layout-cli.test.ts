import { MultiDirectedGraph } from "graphology";
import gexf from "graphology-gexf";
import { spawn } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { regkg } from "../helpers/cli.ts";
import { REPO } from "../helpers/paths.ts";

const dir = mkdtempSync(join(tmpdir(), "regkg-layout-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** The real command, asynchronously, so two exports can lay out at once on two cores. */
function regkgAsync(args: string[]): Promise<{ status: number | null; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [join(REPO, "bin/regkg.js"), ...args], { cwd: dir, stdio: ["ignore", "ignore", "pipe"] });
    let stderr = "";
    child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
    child.on("error", reject);
    child.on("close", (status) => resolve({ status, stderr }));
  });
}

type Positions = Map<string, [unknown, unknown]>;
const finite = (p: [unknown, unknown]) => typeof p[0] === "number" && typeof p[1] === "number" && Number.isFinite(p[0]) && Number.isFinite(p[1]);

describe("exports of a graph without positions", () => {
  it(
    "carry x and y for every node of a 20,000-action graph, in GEXF and in graph JSON, the same in both",
    async () => {
      const synth = regkg(["synth", "--actions", "20000", "--out", "synth.json"], dir);
      expect(synth.status, synth.stderr).toBe(0);
      // The synthetic graph has no positions: the exports must make them.
      const input = JSON.parse(readFileSync(join(dir, "synth.json"), "utf8")) as { nodes: { key: string; attributes: Record<string, unknown> }[] };
      expect(input.nodes.some((n) => "x" in n.attributes)).toBe(false);

      const [gx, js] = await Promise.all([
        regkgAsync(["export", "--graph", "synth.json", "--format", "gexf", "--out", "synth.gexf"]),
        regkgAsync(["export", "--graph", "synth.json", "--format", "json", "--out", "synth.out.json"]),
      ]);
      expect(gx.status, gx.stderr).toBe(0);
      expect(js.status, js.stderr).toBe(0);
      expect(gx.stderr + js.stderr).not.toMatch(/positions left out/);

      const fromGexf = gexf.parse(MultiDirectedGraph, readFileSync(join(dir, "synth.gexf"), "utf8"));
      const gexfPositions: Positions = new Map(fromGexf.mapNodes((key, a) => [key, [a.x, a.y]]));
      const json = JSON.parse(readFileSync(join(dir, "synth.out.json"), "utf8")) as typeof input;
      const jsonPositions: Positions = new Map(json.nodes.map((n) => [n.key, [n.attributes.x, n.attributes.y]]));

      expect(jsonPositions.size).toBe(input.nodes.length);
      expect(gexfPositions.size).toBe(input.nodes.length);
      expect([...jsonPositions].filter(([, p]) => !finite(p)).map(([k]) => k)).toEqual([]);
      expect([...gexfPositions].filter(([, p]) => !finite(p)).map(([k]) => k)).toEqual([]);
      // Two processes, one layout: deterministic.
      for (const [key, p] of jsonPositions) expect(gexfPositions.get(key), key).toEqual(p);
    },
    420_000,
  );
});
