import { Command, CommanderError } from "commander";
import { EXIT } from "./exit.ts";
import { VERSION } from "./version.ts";

/**
 * Each command's module, loaded only when it is the one asked for: a call then parses the code
 * of one command and its dependencies, not of all of them (`regkg --version` none at all).
 * Listed in the order --help shows them.
 */
const COMMANDS: Record<string, () => Promise<{ register(program: Command): void }>> = {
  validate: () => import("./commands/validate.ts"),
  build: () => import("./commands/build.ts"),
  stats: () => import("./commands/stats.ts"),
  schema: () => import("./commands/schema.ts"),
  query: () => import("./commands/query.ts"),
  path: () => import("./commands/path.ts"),
  neighbors: () => import("./commands/neighbors.ts"),
  top: () => import("./commands/top.ts"),
  export: () => import("./commands/export.ts"),
  ingest: () => import("./commands/ingest.ts"),
  synth: () => import("./commands/synth.ts"),
};

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

// regkg has no options of its own but --version and --help, so the first argument names the
// command. --help, `regkg help`, no command and an unknown one (for "did you mean") need them all.
const first = process.argv[2];
const wanted = first !== undefined && Object.hasOwn(COMMANDS, first) ? [first] : first === "--version" || first === "-V" ? [] : Object.keys(COMMANDS);
for (const module of await Promise.all(wanted.map((name) => COMMANDS[name]!()))) module.register(program);

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
