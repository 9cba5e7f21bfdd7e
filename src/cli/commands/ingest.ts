import type { Command } from "commander";
import { readdirSync, readFileSync, statSync } from "node:fs";
import { basename, join, resolve } from "node:path";
import type { Fragment, GazetteerEntry, MergeReport } from "../../extract/index.ts";
import { buildFromGraphData, type GraphData } from "../../graph/index.ts";
import { displayPath, readGraphData, readText } from "../../graph/node.ts";
import { articleProblem } from "../../extract/article.ts";
import { InterruptedError, PartialDateSchema, slugify, UsageError, ValidationError, type Problem } from "../../schema/index.ts";
import { note, outChunks, printProblems, run } from "../io.ts";
import { progress } from "../progress.ts";
import { DEFAULT_DATA_DIR } from "../sources.ts";

interface IngestOptions {
  data: string;
  dryRun?: boolean;
  format: string;
  title?: string;
  date?: string;
  url?: string;
  publisher?: string;
}

/** Texts longer than this show how many of their megabytes have been read (on a terminal). */
const PROGRESS_ABOVE_BYTES = 1024 * 1024;

/** The article's text, or the problem that keeps it from being read as one. */
function readArticle(file: string): { text: string } | { problem: Problem } {
  const shown = displayPath(file);
  const read = readText(file, shown, "an article as plain UTF-8 text");
  if (!read.ok) return { problem: read.problem };
  const problem = articleProblem(read.value, shown);
  return problem ? { problem } : { text: read.value };
}

/** The articles to read: the file, or the .txt files of a folder in name order. */
function articlesAt(path: string): { files: string[]; folder: boolean } {
  let isDir = false;
  try {
    isDir = statSync(path).isDirectory();
  } catch {
    return { files: [path], folder: false }; // readArticle reports the missing file
  }
  if (!isDir) return { files: [path], folder: false };
  const files = readdirSync(path, { withFileTypes: true })
    .filter((d) => d.isFile() && d.name.endsWith(".txt"))
    .map((d) => join(path, d.name))
    .sort();
  if (files.length === 0) throw new ValidationError([{ file: displayPath(path), path: "$", message: "holds no .txt file: expected articles as plain-text files" }]);
  return { files, folder: true };
}

function describe(r: MergeReport, dir: string): string {
  const slug = r.doc.slice("doc:".length);
  const ann = `${dir}/annotations/${slug}.json`;
  const what = {
    added: `${r.actions} proposed action${r.actions === 1 ? "" : "s"} in ${ann} (review: proposed)`,
    unchanged: `already ingested, nothing changed`,
    "kept-accepted": `${ann} is accepted (reviewed): kept as it is`,
    "kept-differs": `${ann} differs from this proposal (edited by hand, or made by another version): kept as it is; delete it to propose again`,
  }[r.annotation];
  const entities = r.entitiesAdded.length ? `; ${r.entitiesAdded.length} new entit${r.entitiesAdded.length === 1 ? "y" : "ies"} proposed in ${dir}/entities.json` : "";
  return `regkg: ${r.doc}${r.document === "added" ? " added" : ""}: ${what}${entities}`;
}

function tripleLines(fragment: Fragment, withDoc: boolean, triplesOf: typeof import("../../extract/index.ts").triplesOf): string[] {
  const name = (id: string) => fragment.extraction.names[id] ?? id;
  return triplesOf(fragment.extraction).map(({ actor, actionType, target, status, quote, start, end }) => {
    const row = { actor: name(actor), actionType, target: name(target), status, quote, start, end };
    return `${JSON.stringify(withDoc ? { doc: fragment.document.id, ...row } : row)}\n`;
  });
}

export function register(program: Command): void {
  program
    .command("ingest")
    .description("read articles and propose actors, actions and targets, each with the sentence that states it; merge them into graph-data for review")
    .argument("<path>", "an article as plain UTF-8 text, or a folder of .txt articles")
    .option("--data <dir>", "the graph-data folder to merge into (its entities name the actors and targets)", DEFAULT_DATA_DIR)
    .option("--dry-run", "print the proposal; write nothing")
    .option("--format <format>", "with --dry-run: fragment (the document, proposed entities and annotation, and the sentences likely to state an action that no action was read from) or triples (one JSON object a line)", "fragment")
    .option("--title <title>", "the article's title (default: its first line)")
    .option("--date <date>", "publication date, YYYY-MM-DD: relative dates (\"yesterday\", \"a year ago\") resolve against it")
    .option("--url <url>", "where the article was published")
    .option("--publisher <name>", "who issued it (\"U.S. Securities and Exchange Commission\"): acts where the text names no actor")
    .action((path: string, opts: IngestOptions) =>
      run(async () => {
        if (opts.format !== "fragment" && opts.format !== "triples") throw new UsageError(`--format: expected fragment or triples, got "${opts.format}"`);
        if (opts.date !== undefined && !PartialDateSchema.safeParse(opts.date).success) throw new UsageError(`--date: expected YYYY, YYYY-MM or YYYY-MM-DD, got "${opts.date}"`);
        if (opts.url !== undefined && !URL.canParse(opts.url)) throw new UsageError(`--url: expected an absolute URL like https://example.com/article, got "${opts.url}"`);
        const { files, folder } = articlesAt(resolve(path));
        if (folder && (opts.title || opts.date || opts.url)) throw new UsageError("--title, --date and --url describe one article: give a file, not a folder");
        if (opts.publisher !== undefined && opts.publisher.trim() === "") throw new UsageError("--publisher: expected the issuer's name, got an empty string");

        const dataDir = resolve(opts.data);
        const shownDir = displayPath(dataDir);
        const read = readGraphData(dataDir);
        if (!read.data) throw new ValidationError(read.problems);
        // Merging into data that does not build would hide the new problems among the old.
        const before = [...read.problems, ...buildFromGraphData(read.data).problems];
        if (before.length) throw new ValidationError(before);
        let data: GraphData = read.data;
        let entitiesText = readFileSync(join(dataDir, "entities.json"), "utf8");

        // Loaded here, not at start-up: the NLP library would slow every other command.
        const { chooseSlug, mergeFragment, proposeFragment, triplesOf } = await import("../../extract/index.ts");
        const { applyWrites, userLexicon } = await import("../../extract/node.ts");
        const lexicon = userLexicon(dataDir);
        const failed: Problem[] = [];
        // A folder counts articles; one file counts its megabytes instead (below).
        const bar = folder ? progress("ingest", files.length, "articles") : undefined;
        const lines: string[] = [];
        // Ctrl-C in a folder stops between articles: each goes in whole or not at all, so
        // graph-data stays valid, and the command says how far it got. (While an article is
        // being read the signal waits; the reading writes nothing.)
        let interrupted = false;
        const onInterrupt = () => void (interrupted = true);
        if (folder) process.on("SIGINT", onInterrupt);
        let handled = 0;
        try {
          for (const [i, file] of files.entries()) {
            if (folder) await new Promise((resolve) => setImmediate(resolve));
            if (interrupted) break;
            handled = i + 1;
            bar?.tick(i);
            const article = readArticle(file);
            if ("problem" in article) {
              failed.push(article.problem);
              continue;
            }
            const { text } = article;
            const wanted = slugify(opts.title ?? basename(file).replace(/\.[^.]+$/, "")) || "article";
            const { slug, existing } = chooseSlug(data, text, wanted);
            const known: GazetteerEntry[] = data.entities.data.entities;
            // A long text shows how far the reading has got; a batch shows articles instead.
            // By megabytes read (the extractor counts characters; the bar scales them to the file's bytes).
            const bytes = Buffer.byteLength(text);
            const mb = (n: number) => Math.round(n / 1e5) / 10;
            const reading = !folder && bytes > PROGRESS_ABOVE_BYTES ? progress(`reading ${displayPath(file)}`, mb(bytes), "MB") : undefined;
            reading?.tick(0);
            const publisher = existing?.meta.publisher ?? opts.publisher;
            const fragment = proposeFragment(
              text,
              known,
              {
                slug,
                title: existing?.meta.title ?? opts.title ?? text.trim().split("\n")[0]!.trim().slice(0, 300),
                ...((existing?.meta.published ?? opts.date) ? { published: existing?.meta.published ?? opts.date } : {}),
                ...((existing?.meta.url ?? opts.url) ? { url: existing?.meta.url ?? opts.url } : {}),
                ...(publisher ? { publisher } : {}),
              },
              { ...(lexicon ? { lexicon } : {}), ...(reading ? { onProgress: (done: number, total: number) => reading.tick(mb((done / total) * bytes)) } : {}) },
            );
            reading?.done();
            if (fragment.extraction.actions.length === 0) note(`regkg: found no action in ${displayPath(file)}`);
            const merged = mergeFragment(data, entitiesText, fragment, shownDir);
            if (merged.problems.length) {
              failed.push(...merged.problems);
              continue;
            }
            if (opts.dryRun) {
              if (opts.format === "triples") lines.push(...tripleLines(fragment, folder, triplesOf));
              else {
                const { text: _t, extraction, ...proposal } = fragment;
                // The sentences review mode would mark: likely to state an action, and nothing read from them.
                const shown = { ...proposal, unread: extraction.unread };
                lines.push(folder ? `${JSON.stringify(shown)}\n` : `${JSON.stringify(shown, null, 2)}\n`);
              }
            } else {
              applyWrites(dataDir, merged.writes);
              note(describe(merged.report, shownDir));
              const unread = fragment.extraction.unread.length;
              if (merged.report.annotation === "added" && unread) note(`regkg: ${merged.report.doc}: ${unread} sentence${unread === 1 ? "" : "s"} may state an action that none was read from; review mode marks ${unread === 1 ? "it" : "them"} (\`--dry-run\` lists ${unread === 1 ? "it" : "them"})`);
            }
            // The next article sees this one's entities, so a batch proposes each new name once.
            data = merged.data;
            entitiesText = merged.entitiesText;
          }
        } finally {
          process.off("SIGINT", onInterrupt);
          bar?.done();
        }
        await outChunks(lines);
        const verb = opts.dryRun ? "read" : "ingested";
        if (folder) note(`regkg: ${handled - new Set(failed.map((p) => p.file)).size} of ${files.length} articles ${verb}`);
        if (interrupted) {
          if (failed.length) {
            note(`regkg: ${failed.length} problem${failed.length === 1 ? "" : "s"} found:`);
            printProblems(failed);
          }
          throw new InterruptedError(
            `interrupted (Ctrl-C) before ${displayPath(files[handled]!)}: ${files.length - handled} of ${files.length} articles not read` +
              (opts.dryRun ? "" : `; ${shownDir} is valid, and the same command ingests the rest (the articles already in are left as they are)`),
          );
        }
        if (failed.length) throw new ValidationError(failed);
      }),
    );
}
