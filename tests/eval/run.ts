/** npm run eval: precision and recall of `regkg ingest` per gold document. */
import { evaluateAll } from "./gold.ts";

const pct = (x: number) => `${(100 * x).toFixed(0)}%`;
const results = evaluateAll();
const rows = results.map((r) => [r.name, String(r.score.gold), String(r.score.found), String(r.score.correct), pct(r.score.precision), pct(r.score.recall), pct(r.score.statusAgreement)]);
const header = ["document", "gold", "found", "correct", "precision", "recall", "status agrees"];
const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
const line = (cells: string[]) => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join("  ");
console.log([line(header), widths.map((w) => "-".repeat(w)).join("  "), ...rows.map(line)].join("\n"));
const total = results.reduce((t, r) => ({ gold: t.gold + r.score.gold, found: t.found + r.score.found, correct: t.correct + r.score.correct }), { gold: 0, found: 0, correct: 0 });
console.log(`\nall: precision ${pct(total.correct / total.found)}, recall ${pct(results.reduce((n, r) => n + r.score.recall * r.score.gold, 0) / total.gold)} (${total.correct} of ${total.gold} gold triples found, ${total.found} proposed)`);
if (process.argv.includes("--verbose")) {
  for (const r of results) {
    for (const m of r.score.missed) console.log(`missed   ${r.name}: ${m.actor} -[${m.actionType}]-> ${m.target}`);
    for (const s of r.score.spurious) console.log(`spurious ${r.name}: ${s.actor} -[${s.actionType}]-> ${s.target}`);
  }
}
