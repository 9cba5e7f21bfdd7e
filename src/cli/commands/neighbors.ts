import type { Command } from "commander";
import { MAX_DEPTH, neighborhood, type Direction, type Neighborhood } from "../../query/index.ts";
import { out, resolveFormat, run, wholeNumber } from "../io.ts";
import { truncate } from "../render.ts";
import { querySource, sourceOptions, type SourceOptions } from "../sources.ts";

function renderText(n: Neighborhood): string {
  const lines: string[] = [];
  for (let d = 0; d <= n.depth; d++) {
    const ring = n.nodes.filter((x) => x.depth === d);
    if (ring.length === 0) continue;
    lines.push(d === 0 ? ring[0]!.label : `\ndepth ${d} (${ring.length}):`);
    if (d > 0) for (const x of ring) lines.push(`  ${x.kind === "action" ? "action" : "entity"}  ${truncate(x.label, 100)}`);
  }
  return lines.join("\n");
}

export function register(program: Command): void {
  sourceOptions(
    program
      .command("neighbors")
      .description("an entity's neighbourhood: the actions and entities within K steps (an entity's actions are 1 step away, their other parties 2)")
      .argument("<entity>", "name, alias, Chinese name or id"),
  )
    .option("--depth <k>", `steps to go out, 1 to ${MAX_DEPTH}`, "2")
    .option("--direction <dir>", "out (what it did, to whom), in (who acted on it) or both", "both")
    .option("--format <format>", "text or json (default: text on a terminal, json otherwise)")
    .action((entity: string, opts: SourceOptions & { depth: string; direction: string; format?: string }) =>
      run(() => {
        const format = resolveFormat(opts.format, ["text", "json"]);
        const depth = wholeNumber("--depth", opts.depth, `a whole number from 1 to ${MAX_DEPTH}`);
        const result = neighborhood(querySource(opts, "`regkg neighbors` has no regkg entities and actions to walk"), entity, depth, opts.direction as Direction);
        out(format === "json" ? JSON.stringify(result, null, 2) : renderText(result));
      }),
    );
}
