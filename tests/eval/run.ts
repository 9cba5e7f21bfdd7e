/**
 * npm run eval: precision and recall of the extractor's actor-action-target triples on the
 * corpus (per split, per action type, per document) and on the regression set.
 *
 *   npm run eval                   tables for both splits and the regression set
 *   npm run eval -- --misses       also the dev part's missed and spurious triples (never the test part's)
 *   npm run eval -- --json         the same numbers as JSON
 *   npm run eval -- --added-since REV
 *                                  also the totals of the documents whose annotation was added
 *                                  after git revision REV: a new batch's first scores
 */
import { execFileSync } from "node:child_process";
import { MISS_KINDS, WRONG_KINDS, bootstrapIntervals, totals, totalsByType, type Score, type Totals } from "../../src/extract/index.ts";
import { evaluateCorpus, readCorpusData, type DocResult } from "./corpus.ts";
import { annotatorAgreement } from "./agreement.ts";
import { evaluateAll } from "./gold.ts";
import { REPO } from "../helpers/paths.ts";

const args = process.argv.slice(2);
// `npm run eval | head` closes the pipe early: stop quietly rather than with a stack trace.
process.stdout.on("error", (e: NodeJS.ErrnoException) => (e.code === "EPIPE" ? process.exit(0) : undefined));
const pct = (x: number) => `${(100 * x).toFixed(0)}%`;
const ratio = (x: number) => x.toFixed(2);

function table(header: string[], rows: string[][]): string {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: string[]) => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join("  ");
  return [line(header), widths.map((w) => "-".repeat(w)).join("  "), ...rows.map(line)].join("\n");
}
// Of the right triples where the gold or the proposal states an amount (a date), the share where both state the same one.
const detail = (d: { either: number; agreeing: number }) => (d.either ? `${pct(d.agreeing / d.either)} of ${d.either}` : "-");
// (The regression set's gold records no amounts or dates: "-" there.)
const totalsRow = (name: string, n: number, t: Totals, details = true) => [name, String(n), String(t.gold), String(t.found), String(t.correct), ratio(t.precision), ratio(t.recall), pct(t.statusAgreement), details ? detail(t.amounts) : "-", details ? detail(t.dates) : "-"];
const HEAD = ["", "docs", "gold", "found", "correct", "precision", "recall", "status agrees", "amount agrees", "date agrees"];

/** The slugs whose annotation file git shows as added since `rev` (committed or staged; an untracked file is not counted). */
function addedSince(rev: string): Set<string> {
  let out: string;
  try {
    out = execFileSync("git", ["diff", "--name-only", "--diff-filter=A", rev, "--", "graph-data/annotations/"], { cwd: REPO, encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] });
  } catch (e) {
    console.error(`--added-since ${rev}: git could not compare with that revision (${((e as { stderr?: string }).stderr ?? String(e)).trim()})`);
    process.exit(2);
  }
  return new Set(out.split("\n").filter((f) => f.endsWith(".json")).map((f) => f.replace(/^.*\//, "").replace(/\.json$/, "")));
}
// (Checked before the corpus is read, which takes a while.)
const sinceAt = args.indexOf("--added-since");
const since = sinceAt >= 0 ? args[sinceAt + 1] : undefined;
if (sinceAt >= 0 && (!since || since.startsWith("--"))) {
  console.error("--added-since expects a git revision, e.g. npm run eval -- --added-since main~3");
  process.exit(2);
}
const addedSlugs = since ? addedSince(since) : new Set<string>();

const data = readCorpusData();
const corpus = evaluateCorpus(data);
const added = corpus.filter((r) => addedSlugs.has(r.slug));
const addedParts = { dev: added.filter((r) => r.split === "dev"), test: added.filter((r) => r.split === "test") };
const regression = evaluateAll();
const parts = { dev: corpus.filter((r) => r.split === "dev"), test: corpus.filter((r) => r.split === "test") };
const scores = (rs: readonly { score: Score }[]) => rs.map((r) => r.score);
// The scale to read the scores against: how far a second annotator, blind, agrees with the first (tests/eval/agreement.ts).
const agreement = (() => {
  try {
    return annotatorAgreement(data);
  } catch (e) {
    // (A second annotation that is not one names its file; the eval's own scores stand without the scale.)
    console.error(`eval: the second annotators' scale is left out: ${(e as Error).message}`);
    return undefined;
  }
})();

/** The missed gold triples of some documents, counted by why. */
const missesOf = (rs: readonly DocResult[]) => Object.fromEntries(MISS_KINDS.map((k) => [k, rs.reduce((n, r) => n + r.misses[k], 0)]));
/** The wrong found triples of some documents, counted by why. */
const wrongOf = (rs: readonly DocResult[]) => Object.fromEntries(WRONG_KINDS.map((k) => [k, rs.reduce((n, r) => n + r.wrong[k], 0)]));
/** Gold parties named in their evidence, and how many of them the name-finding stage marked, by role. */
const namedOf = (rs: readonly DocResult[]) =>
  Object.fromEntries(
    (["actor", "target"] as const).map((role) => {
      const all = rs.flatMap((r) => r.named.filter((p) => p.role === role));
      return [role, { named: all.length, found: all.filter((p) => p.found).length }];
    }),
  ) as Record<"actor" | "target", { named: number; found: number }>;

/** The sentences review mode marks, summed over some documents. */
const unreadOf = (rs: readonly DocResult[]) => ({
  documents: rs.length,
  sentences: rs.reduce((n, r) => n + r.unread.sentences, 0),
  holdingGold: rs.reduce((n, r) => n + r.unread.holdingGold, 0),
  missed: rs.reduce((n, r) => n + r.unread.missed, 0),
  missedInside: rs.reduce((n, r) => n + r.unread.missedInside, 0),
  missedSeen: rs.reduce((n, r) => n + r.unread.missedSeen, 0),
  gold: rs.reduce((n, r) => n + r.score.gold, 0),
  found: rs.reduce((n, r) => n + r.score.goldFound.length, 0),
});

if (args.includes("--json")) {
  const byType = (rs: DocResult[]) => Object.fromEntries(totalsByType(scores(rs)));
  console.log(
    JSON.stringify(
      {
        dev: { documents: parts.dev.length, ...totals(scores(parts.dev)), interval95: bootstrapIntervals(scores(parts.dev)), byType: byType(parts.dev) },
        test: { documents: parts.test.length, ...totals(scores(parts.test)), interval95: bootstrapIntervals(scores(parts.test)), byType: byType(parts.test) },
        regression: { documents: regression.length, ...totals(scores(regression)) },
        ...(agreement ? { secondAnnotator: agreement } : {}),
        ...(since ? { addedSince: { revision: since, dev: { documents: addedParts.dev.length, ...totals(scores(addedParts.dev)) }, test: { documents: addedParts.test.length, ...totals(scores(addedParts.test)) } } } : {}),
        misses: { dev: missesOf(parts.dev), test: missesOf(parts.test) },
        wrong: { dev: wrongOf(parts.dev), test: wrongOf(parts.test) },
        namedParties: { dev: namedOf(parts.dev), test: namedOf(parts.test) },
        unread: { dev: unreadOf(parts.dev), test: unreadOf(parts.test) },
        documents: corpus.map((r) => ({ slug: r.slug, split: r.split, gold: r.score.gold, found: r.score.found, correct: r.score.correct, precision: r.score.precision, recall: r.score.recall })),
      },
      null,
      2,
    ),
  );
  // (No process.exit here: a pipe, as in `npm run eval -- --json | jq`, would lose what is not yet flushed.)
} else {
  console.log(`Corpus: ${corpus.length} annotated documents (${parts.dev.length} dev, ${parts.test.length} test); triples matched by actor, action type and target.\n`);
  console.log(table(HEAD, [totalsRow("dev", parts.dev.length, totals(scores(parts.dev))), totalsRow("test", parts.test.length, totals(scores(parts.test))), totalsRow("regression", regression.length, totals(scores(regression)), false)]));
  {
    const band = ([lo, hi]: [number, number]) => `${ratio(lo)}-${ratio(hi)}`;
    const [dev, test] = [bootstrapIntervals(scores(parts.dev)), bootstrapIntervals(scores(parts.test))];
    console.log(`\n95% intervals (1,000 resamples of the documents): dev precision ${band(dev.precision)}, recall ${band(dev.recall)}; test precision ${band(test.precision)}, recall ${band(test.recall)}.`);
  }
  if (agreement) {
    const { all, test } = agreement;
    console.log(`\nFor scale: a second annotator, blind to the first, on ${agreement.documents} of these documents reaches precision ${ratio(all.precision)} and recall ${ratio(all.recall)} against the first${test.gold ? ` (test texts: ${ratio(test.precision)} and ${ratio(test.recall)})` : ""}; npm run eval:agreement compares the extractor with both.`);
  }

  if (since) {
    console.log(`\nDocuments annotated since ${since} (their first scores, as long as no rule has been read off them)`);
    console.log(table(HEAD, [totalsRow("dev", addedParts.dev.length, totals(scores(addedParts.dev))), totalsRow("test", addedParts.test.length, totals(scores(addedParts.test)))]));
  }

  for (const split of ["test", "dev"] as const) {
    const byType = [...totalsByType(scores(parts[split]))].sort((a, b) => b[1].gold - a[1].gold || a[0].localeCompare(b[0]));
    console.log(`\nBy action type, ${split} part`);
    console.log(
      table(
        ["type", "gold", "found", "correct", "precision", "recall"],
        byType.map(([t, r]) => [t, String(r.gold), String(r.found), String(r.correct), r.found ? ratio(r.correct / r.found) : "-", r.gold ? ratio(r.goldFound / r.gold) : "-"]),
      ),
    );
  }

  console.log("\nMissed gold triples by why (counted by comparing rows; the test part's are never listed)");
  const why = { dev: missesOf(parts.dev), test: missesOf(parts.test) };
  console.log(table(["why", "dev", "test"], MISS_KINDS.map((k) => [k, String(why.dev[k]), String(why.test[k])])));

  console.log("\nWrong proposals by why (found triples that match no gold one, counted the same way)");
  const wrong = { dev: wrongOf(parts.dev), test: wrongOf(parts.test) };
  console.log(table(["why", "dev", "test"], WRONG_KINDS.map((k) => [k, String(wrong.dev[k]), String(wrong.test[k])])));

  console.log("\nThe name-finding stage alone: gold parties whose name is written in the evidence of an action on them, and how many the extractor marks as a name (counted by spans)");
  const named = { dev: namedOf(parts.dev), test: namedOf(parts.test) };
  const share = (x: { named: number; found: number }) => `${x.found} of ${x.named} (${x.named ? pct(x.found / x.named) : "-"})`;
  console.log(table(["party", "dev", "test"], (["actor", "target"] as const).map((role) => [`${role}s`, share(named.dev[role]), share(named.test[role])])));

  console.log("\nFor review: sentences likely to state an action that no action was read from (review mode marks them; the marker learned from the dev part, so its dev column is in-sample), and the missed gold triples stated there");
  const unread = { dev: unreadOf(parts.dev), test: unreadOf(parts.test) };
  const perDoc = (u: ReturnType<typeof unreadOf>) => (u.documents ? (u.sentences / u.documents).toFixed(1) : "-");
  console.log(
    table(
      ["", "dev", "test"],
      [
        ["sentences marked", String(unread.dev.sentences), String(unread.test.sentences)],
        ["per document", perDoc(unread.dev), perDoc(unread.test)],
        ["holding a gold action's evidence", share({ named: unread.dev.sentences, found: unread.dev.holdingGold }), share({ named: unread.test.sentences, found: unread.test.holdingGold })],
        ["missed gold triples stated in one", share({ named: unread.dev.missed, found: unread.dev.missedInside }), share({ named: unread.test.missed, found: unread.test.missedInside })],
        ["... or in a proposal's sentence", share({ named: unread.dev.missed, found: unread.dev.missedSeen }), share({ named: unread.test.missed, found: unread.test.missedSeen })],
        ["gold found, or stated there", share({ named: unread.dev.gold, found: unread.dev.found + unread.dev.missedSeen }), share({ named: unread.test.gold, found: unread.test.found + unread.test.missedSeen })],
      ],
    ),
  );

  for (const split of ["test", "dev"] as const) {
    console.log(`\nPer document, ${split} part`);
    console.log(table(["document", "gold", "found", "correct", "precision", "recall"], parts[split].map((r) => [r.slug, String(r.score.gold), String(r.score.found), String(r.score.correct), ratio(r.score.precision), ratio(r.score.recall)])));
  }

  console.log("\nRegression set (texts written alongside the rules)");
  console.log(table(["document", "gold", "found", "correct", "precision", "recall"], regression.map((r) => [r.name, String(r.score.gold), String(r.score.found), String(r.score.correct), ratio(r.score.precision), ratio(r.score.recall)])));

  if (args.includes("--misses")) {
    console.log("\nMisses and spurious triples, dev part only (the test part's are not shown, so its score stays an honest estimate)");
    for (const r of [...parts.dev, ...regression.map((g) => ({ slug: g.name, score: g.score }))]) {
      for (const m of r.score.missed) console.log(`missed   ${r.slug}: ${m.actor} -[${m.actionType}]-> ${m.target} (${m.status})`);
      for (const s of r.score.spurious) console.log(`spurious ${r.slug}: ${s.actor} -[${s.actionType}]-> ${s.target} (${s.status})`);
    }
  }
}
