import { Command, CommanderError } from "commander";
import { register as registerBuild } from "./commands/build.ts";
import { register as registerExport } from "./commands/export.ts";
import { register as registerIngest } from "./commands/ingest.ts";
import { register as registerNeighbors } from "./commands/neighbors.ts";
import { register as registerPath } from "./commands/path.ts";
import { register as registerQuery } from "./commands/query.ts";
import { register as registerTop } from "./commands/top.ts";
import { register as registerSchema } from "./commands/schema.ts";
import { register as registerStats } from "./commands/stats.ts";
import { register as registerSynth } from "./commands/synth.ts";
import { register as registerValidate } from "./commands/validate.ts";
import { EXIT } from "./io.ts";
import { VERSION } from "./version.ts";

const program = new Command("regkg")
  .description("regkg: a regulatory-action knowledge graph (who acted on whom, with the sentence that says so)")
  .version(VERSION)
  .showHelpAfterError("(run regkg --help for usage)")
  .addHelpText(
    "after",
    `
Exit codes: 0 success (also an empty result), 1 bad data or environment (a file that cannot be
read or written), 2 bad usage (also an output path of the wrong kind), 3 a bug in regkg.
Results go to stdout (JSON when stdout is not a terminal); messages go to stderr.

Examples:
  regkg validate                      check ./graph-data
  regkg stats                         counts by kind, category, action type and status
  regkg build --out graph.json        write the graph as graphology JSON
  regkg validate --graph graph.json   check a built graph file
  regkg schema annotation             JSON Schema of an annotation file
  regkg query "* -> WeChat accounts"  who acted on WeChat accounts
  regkg query ":regulator -[*]{planned}-> *" --format csv
  regkg path "Pan Gongsheng" China    how two entities are linked
  regkg neighbors PBOC --depth 2      an entity's neighbourhood
  regkg top targets                   the most targeted entities
  regkg export --format gexf --out seed.gexf
  regkg export --format json --query "Tencent -> *"
  regkg ingest article.txt --dry-run --format triples`,
  );

for (const register of [registerValidate, registerBuild, registerStats, registerSchema, registerQuery, registerPath, registerNeighbors, registerTop, registerExport, registerIngest, registerSynth]) {
  register(program);
}

// `regkg build | head` closes the pipe early; that is the reader's choice, not an error.
process.stdout.on("error", (err: NodeJS.ErrnoException) => {
  if (err.code === "EPIPE") process.exit(EXIT.ok);
  throw err;
});

// Commander exits 1 on bad usage; regkg's contract says 2 (1 means bad data).
program.exitOverride();
for (const command of program.commands) command.exitOverride();
try {
  await program.parseAsync(process.argv);
} catch (err) {
  if (err instanceof CommanderError) {
    process.exitCode = err.code === "commander.helpDisplayed" || err.code === "commander.version" || err.exitCode === 0 ? EXIT.ok : EXIT.usage;
  } else throw err;
}
