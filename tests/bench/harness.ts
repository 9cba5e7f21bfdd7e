/** A small benchmark harness: timings as medians and p99, memory as peak RSS, one table. */

export interface Measurement {
  suite: string;
  operation: string;
  /** Actions in the graph. */
  size: number;
  samples: number;
  medianMs: number;
  p99Ms: number | null;
  /** Peak resident memory of the process so far (MB). */
  peakRssMb: number;
  /** Median of the baseline measured in the same run, and baseline / this. */
  baseline?: { name: string; medianMs: number; ratio: number };
  note?: string;
}

export function quantile(sorted: readonly number[], q: number): number {
  if (sorted.length === 0) return NaN;
  const i = Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1));
  return sorted[i]!;
}

/** Time `fn` once per input; returns the sorted durations in ms. */
export function timeEach<T>(inputs: readonly T[], fn: (input: T) => unknown): number[] {
  const out: number[] = [];
  for (const input of inputs) {
    const t = performance.now();
    fn(input);
    out.push(performance.now() - t);
  }
  return out.sort((a, b) => a - b);
}

export function peakRssMb(): number {
  return Math.round(process.resourceUsage().maxRSS / 1024);
}

export function measure(suite: string, operation: string, size: number, times: readonly number[], extra: Partial<Measurement> = {}): Measurement {
  return {
    suite,
    operation,
    size,
    samples: times.length,
    medianMs: quantile(times, 0.5),
    p99Ms: times.length >= 20 ? quantile(times, 0.99) : null,
    peakRssMb: peakRssMb(),
    ...extra,
  };
}

export function withBaseline(m: Measurement, name: string, baselineTimes: readonly number[]): Measurement {
  const medianMs = quantile(baselineTimes, 0.5);
  return { ...m, baseline: { name, medianMs, ratio: medianMs / m.medianMs } };
}

const fmtMs = (ms: number | null) => (ms === null ? "-" : ms >= 100 ? `${ms.toFixed(0)} ms` : ms >= 1 ? `${ms.toFixed(2)} ms` : `${(ms * 1000).toFixed(0)} µs`);
const fmtSize = (n: number) => (n >= 1e6 ? `${n / 1e6}M` : n >= 1e3 ? `${n / 1e3}k` : String(n));

/** How an operation's median grew between two sizes (the sizes differ tenfold). */
export interface Growth {
  operation: string;
  from: number;
  to: number;
  /** Median at `to` / median at `from`. */
  timeRatio: number;
  flagged: boolean;
}

/**
 * The growth of each operation per tenfold size step. A linear operation takes about x10;
 * it is flagged past x13 (noise allowance). Operations listed as `sublinear` (index lookups,
 * which should not notice the graph's size) are flagged past x5.
 */
export function growth(results: readonly Measurement[], sublinear: ReadonlySet<string>): Growth[] {
  const out: Growth[] = [];
  const name = (r: Measurement) => `${r.suite}: ${r.operation}`;
  for (const op of new Set(results.map(name))) {
    const rows = results.filter((r) => name(r) === op && Number.isFinite(r.medianMs)).sort((a, b) => a.size - b.size);
    for (let i = 1; i < rows.length; i++) {
      const timeRatio = rows[i]!.medianMs / rows[i - 1]!.medianMs;
      out.push({ operation: op, from: rows[i - 1]!.size, to: rows[i]!.size, timeRatio, flagged: timeRatio > (sublinear.has(op) ? 5 : 13) });
    }
  }
  return out;
}

export function renderTable(results: readonly Measurement[]): string {
  const header = ["operation", "size", "median", "p99", "peak RSS", "baseline (same run); notes", "speed-up"];
  const rows = results.map((r) => [
    `${r.suite}: ${r.operation}`,
    fmtSize(r.size),
    fmtMs(r.medianMs),
    fmtMs(r.p99Ms),
    `${r.peakRssMb} MB`,
    [r.baseline ? `${r.baseline.name} ${fmtMs(r.baseline.medianMs)}` : "", r.note ?? ""].filter(Boolean).join("; "),
    r.baseline ? `${r.baseline.ratio >= 100 ? r.baseline.ratio.toFixed(0) : r.baseline.ratio.toFixed(1)}x` : "",
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: string[]) => `| ${cells.map((c, i) => (i >= 1 && i <= 4 ? c.padStart(widths[i]!) : c.padEnd(widths[i]!))).join(" | ")} |`;
  return [line(header), `|${widths.map((w, i) => (i >= 1 && i <= 4 ? `${"-".repeat(w + 1)}:` : "-".repeat(w + 2))).join("|")}|`, ...rows.map(line)].join("\n");
}

export function renderGrowth(g: readonly Growth[]): string {
  return g
    .map((x) => `${x.flagged ? "FLAG " : "     "}${x.operation}: ${fmtSize(x.from)} -> ${fmtSize(x.to)} actions: time x${x.timeRatio.toFixed(1)}${x.flagged ? "  (worse than expected for its kind)" : ""}`)
    .join("\n");
}
