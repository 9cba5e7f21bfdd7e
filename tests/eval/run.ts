/**
 * npm run eval: precision and recall of the extractor's actor-action-target triples on the
 * corpus (per split, per action type, per document) and on the regression set.
 *
 *   npm run eval                   tables for both splits and the regression set
 *   npm run eval -- --misses       also the dev part's missed and spurious triples (never the test part's)
 *   npm run eval -- --json         the same numbers as JSON
 */
import { MISS_KINDS, totals, totalsByType, type Score, type Totals } from "../../src/extract/index.ts";
import { evaluateCorpus, type DocResult } from "./corpus.ts";
import { evaluateAll } from "./gold.ts";

const args = process.argv.slice(2);
const pct = (x: number) => `${(100 * x).toFixed(0)}%`;
const ratio = (x: number) => x.toFixed(2);

function table(header: string[], rows: string[][]): string {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: string[]) => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join("  ");
  return [line(header), widths.map((w) => "-".repeat(w)).join("  "), ...rows.map(line)].join("\n");
}
const totalsRow = (name: string, n: number, t: Totals) => [name, String(n), String(t.gold), String(t.found), String(t.correct), ratio(t.precision), ratio(t.recall), pct(t.statusAgreement)];
const HEAD = ["", "docs", "gold", "found", "correct", "precision", "recall", "status agrees"];

const corpus = evaluateCorpus();
const regression = evaluateAll();
const parts = { dev: corpus.filter((r) => r.split === "dev"), test: corpus.filter((r) => r.split === "test") };
const scores = (rs: readonly { score: Score }[]) => rs.map((r) => r.score);

/** The missed gold triples of some documents, counted by why. */
const missesOf = (rs: readonly DocResult[]) => Object.fromEntries(MISS_KINDS.map((k) => [k, rs.reduce((n, r) => n + r.misses[k], 0)]));

if (args.includes("--json")) {
  const byType = (rs: DocResult[]) => Object.fromEntries(totalsByType(scores(rs)));
  console.log(
    JSON.stringify(
      {
        dev: { documents: parts.dev.length, ...totals(scores(parts.dev)), byType: byType(parts.dev) },
        test: { documents: parts.test.length, ...totals(scores(parts.test)), byType: byType(parts.test) },
        regression: { documents: regression.length, ...totals(scores(regression)) },
        misses: { dev: missesOf(parts.dev), test: missesOf(parts.test) },
        documents: corpus.map((r) => ({ slug: r.slug, split: r.split, gold: r.score.gold, found: r.score.found, correct: r.score.correct, precision: r.score.precision, recall: r.score.recall })),
      },
      null,
      2,
    ),
  );
  process.exit(0);
}

console.log(`Corpus: ${corpus.length} annotated documents (${parts.dev.length} dev, ${parts.test.length} test); triples matched by actor, action type and target.\n`);
console.log(table(HEAD, [totalsRow("dev", parts.dev.length, totals(scores(parts.dev))), totalsRow("test", parts.test.length, totals(scores(parts.test))), totalsRow("regression", regression.length, totals(scores(regression)))]));

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
