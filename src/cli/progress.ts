/**
 * Progress for long work, on stderr and only when stderr is a terminal (a log file gets the
 * final line alone). At most one update per 200 ms.
 */
export function progress(label: string, total: number, unit: string): { tick: (done: number, newTotal?: number) => void; done: () => void } {
  const live = process.stderr.isTTY === true;
  let last = 0;
  const line = (n: number) => `${label}: ${Math.floor((100 * n) / total)}% (${n.toLocaleString("en")} of ${total.toLocaleString("en")} ${unit})`;
  return {
    // A total known only once the work starts (the sentences of a text) comes with the ticks.
    tick(n, newTotal) {
      if (newTotal !== undefined) total = Math.max(1, newTotal);
      const now = Date.now();
      if (!live || now - last < 200) return;
      last = now;
      process.stderr.write(`\r\x1b[2K${line(n)}`);
    },
    done() {
      if (live) process.stderr.write("\r\x1b[2K");
    },
  };
}

/** A line saying what is going on, for long work that cannot count its steps; cleared by done(). Terminal only. */
export function busy(text: string): { done: () => void } {
  const live = process.stderr.isTTY === true;
  if (live) process.stderr.write(`${text}\u2026`);
  return {
    done() {
      if (live) process.stderr.write("\r\x1b[2K");
    },
  };
}
