import type { Command } from "commander";
import { shortestPath, type PathNode } from "../../query/index.ts";
import { note, out, resolveFormat, run } from "../io.ts";
import { querySource, sourceOptions, type SourceOptions } from "../sources.ts";

/** One line per node; each hop shows its edge kind and which way the edge points. */
export function renderPath(path: readonly PathNode[]): string {
  return path
    .map((n) => {
      if (!n.via) return n.label;
      const what = n.via.relType ?? n.via.kind;
      return `  ${n.via.forward ? `-[${what}]->` : `<-[${what}]-`} ${n.label}`;
    })
    .join("\n");
}

export function register(program: Command): void {
  sourceOptions(
    program
      .command("path")
      .description("the shortest chain of actions and relations linking two entities")
      .argument("<from>", "an entity: name, alias, Chinese name or id")
      .argument("<to>", "another entity"),
  )
    .option("--format <format>", "text or json (default: text on a terminal, json otherwise)")
    .action((from: string, to: string, opts: SourceOptions & { format?: string }) =>
      run(() => {
        const format = resolveFormat(opts.format, ["text", "json"]);
        const result = shortestPath(querySource(opts, "`regkg path` has no regkg entities and actions to go through"), from, to);
        if (!result.path) note(`regkg: no chain of actions and relations links ${from} and ${to}`);
        if (format === "json") out(JSON.stringify(result, null, 2));
        else if (result.path) out(`${renderPath(result.path)}\n\n${result.path.length - 1} steps`);
      }),
    );
}
