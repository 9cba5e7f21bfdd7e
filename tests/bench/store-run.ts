/**
 * The store benchmark on its own: node --expose-gc --max-old-space-size=12288 --import tsx
 * tests/bench/store-run.ts [SIZE ...] (default 100000). `npm run bench` runs it with the rest.
 */
import { synthGraph } from "../../src/synth/synth.ts";
import { renderTable, type Measurement } from "./harness.ts";
import { storeBench } from "./store.ts";

const sizes = process.argv.slice(2).map(Number).filter((n) => n > 0);
const results: Measurement[] = [];
for (const size of sizes.length ? sizes : [1e5]) {
  process.stderr.write(`bench: store at ${size.toLocaleString("en")} actions ...\n`);
  results.push(...(await storeBench(synthGraph({ actions: size, seed: 1 }), size)));
}
console.log(renderTable(results));
