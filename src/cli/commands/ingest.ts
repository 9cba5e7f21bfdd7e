import type { Command } from "commander";
import { basename, resolve } from "node:path";
import type { GazetteerEntry } from "../../extract/index.ts";
import { readGraphData, readText } from "../../graph/node.ts";
import { actionId, AnnotationFileSchema, parseWith, slugify, UsageError, ValidationError, type AnnotationFile } from "../../schema/index.ts";
import { note, outChunks, run } from "../io.ts";
import { DEFAULT_DATA_DIR } from "../sources.ts";

const MAX_BYTES = 10 * 1024 * 1024;

interface IngestOptions {
  data: string;
  dryRun?: boolean;
  format: string;
  title?: string;
  date?: string;
  url?: string;
}

/** The article's text, or a ValidationError saying why it cannot be read as one. */
function readArticle(file: string): string {
  const read = readText(file, file, "an article as plain UTF-8 text");
  if (!read.ok) throw new ValidationError([read.problem]);
  const text = read.value;
  const problem = (message: string) => new ValidationError([{ file, path: "$", message }]);
  if (Buffer.byteLength(text) > MAX_BYTES) throw problem(`is ${(Buffer.byteLength(text) / 1e6).toFixed(1)} MB: expected an article of at most 10 MB`);
  if (text.includes("\u0000")) throw problem("holds NUL bytes: expected plain text, not a binary file");
  if (text.trim() === "") throw problem("is empty: expected the article's text");
  // Offsets must point into the text as stored, so markup is refused rather than stripped.
  if (/<(?:html|body|div|p|span|article)\b[^>]*>/i.test(text)) {
    throw problem("looks like HTML: save the article as plain text (a browser's reader view or 'Save as text') and ingest that");
  }
  return text;
}

export function register(program: Command): void {
  program
    .command("ingest")
    .description("propose actors, actions and targets for an article, each with the sentence that states it")
    .argument("<file>", "the article as plain UTF-8 text")
    .option("--data <dir>", "graph-data folder whose entities name the actors and targets", DEFAULT_DATA_DIR)
    .option("--dry-run", "print the proposal; write nothing")
    .option("--format <format>", "fragment (an annotation file and proposed entities) or triples (one JSON object a line)", "fragment")
    .option("--title <title>", "the article's title (default: its first line)")
    .option("--date <date>", "publication date, YYYY-MM-DD")
    .option("--url <url>", "where the article was published")
    .action((file: string, opts: IngestOptions) =>
      run(async () => {
        if (opts.format !== "fragment" && opts.format !== "triples") throw new UsageError(`--format: expected fragment or triples, got "${opts.format}"`);
        if (!opts.dryRun) throw new UsageError("writing into graph-data is not available yet: use --dry-run and add the reviewed annotation by hand (see README)");
        const text = readArticle(resolve(file));
        const { data, problems } = readGraphData(resolve(opts.data));
        if (!data) throw new ValidationError(problems);
        const known: GazetteerEntry[] = data.entities.data.entities;
        // Loaded here, not at start-up: the NLP library would slow every other command.
        const { extractActions, triplesOf } = await import("../../extract/index.ts");
        const x = extractActions(text, known);
        if (x.actions.length === 0) note(`regkg: found no action in ${file}`);
        const all = new Map<string, GazetteerEntry>([...known, ...x.proposed].map((e) => [e.id, e]));
        if (opts.format === "triples") {
          const lines = triplesOf(x, all).map(({ actor, actionType, target, status, quote, start, end }) => `${JSON.stringify({ actor, actionType, target, status, quote, start, end })}\n`);
          return outChunks(lines);
        }
        const title = opts.title ?? text.trim().split("\n")[0]!.trim();
        const slug = slugify(opts.title ?? basename(file).replace(/\.[^.]+$/, "")) || "article";
        const annotation: AnnotationFile = {
          doc: `doc:${slug}`,
          review: "proposed",
          actions: x.actions.map((a, i) => ({
            id: actionId(slug, i + 1),
            actionType: a.actionType,
            status: a.status,
            summary: `${a.actors.map((id) => all.get(id)?.name ?? id).join(", ")} ${a.trigger.text} ${a.targets.map((id) => all.get(id)?.name ?? id).join(", ")}`,
            actors: a.actors,
            targets: a.targets,
            ...(a.quantity ? { quantity: a.quantity } : {}),
            evidence: [a.evidence],
            method: a.method,
          })),
        };
        // The proposal obeys the schema it will be merged under.
        const checked = parseWith(AnnotationFileSchema, annotation, `${slug} (proposed annotation)`);
        if (!checked.ok) throw new ValidationError(checked.problems);
        const fragment = {
          document: { id: `doc:${slug}`, title, language: "en", ...(opts.date ? { published: opts.date } : {}), ...(opts.url ? { url: opts.url } : {}) },
          entities: x.proposed.map(({ proposed: _p, ...e }) => ({ ...e, review: "proposed" })),
          annotation,
        };
        await outChunks(`${JSON.stringify(fragment, null, 2)}\n`);
      }),
    );
}
