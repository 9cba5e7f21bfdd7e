import type { Command } from "commander";
import { FILE_SCHEMAS, jsonSchemaFor, UsageError, type FileSchemaName } from "../../schema/index.ts";
import { out, run } from "../io.ts";

const NAMES = Object.keys(FILE_SCHEMAS) as FileSchemaName[];

export function register(program: Command): void {
  program
    .command("schema")
    .description(`print the JSON Schema (draft 2020-12) of a regkg file format: ${NAMES.join(", ")} or all`)
    .argument("[name]", "which format", "graph")
    .action((name: string) =>
      run(() => {
        if (name === "all") return out(JSON.stringify(Object.fromEntries(NAMES.map((n) => [n, jsonSchemaFor(n)])), null, 2));
        if (!NAMES.includes(name as FileSchemaName)) throw new UsageError(`schema: expected one of ${NAMES.join(", ")}, all; got "${name}"`);
        out(JSON.stringify(jsonSchemaFor(name as FileSchemaName), null, 2));
      }),
    );
}
