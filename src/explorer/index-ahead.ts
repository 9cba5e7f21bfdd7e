/**
 * What the page builds ahead of need in slices of its idle time, from a generator of steps: the
 * query index (search, queries, ego networks, paths), so the first search does not stop the page
 * for the whole build (seconds at 100,000 actions), and the filters' tracker. Whatever needs one
 * first finishes what is left at once: the same steps, so the same result either way.
 */
import type { RegkgGraph } from "../graph/index.ts";
import { queryIndexSteps, type QueryIndex } from "../query/index.ts";

/** Runs `slice` when the page has time; `slice` works while `more()` says there is time left. */
export type Scheduler = (slice: (more: () => boolean) => void) => void;

/** A slice's longest run: an input that comes meanwhile waits at most this long. */
const SLICE_MS = 10;

/** Chromium's idle callbacks (at most 500 ms late, so a busy page still gets there), each at most SLICE_MS; else a timer. */
export const idleScheduler: Scheduler = (slice) => {
  const run = (left: () => number) => {
    const end = performance.now() + SLICE_MS;
    slice(() => left() > 2 && performance.now() < end);
  };
  if (typeof requestIdleCallback === "function") requestIdleCallback((deadline) => run(() => deadline.timeRemaining()), { timeout: 500 });
  else setTimeout(() => run(() => Infinity), 0);
};

export interface Ahead<T> {
  /** The result now: built already, or the rest of it built at once. */
  get(): T;
  /** The result if it is built, else undefined (nothing is built by asking). */
  ready(): T | undefined;
  /** Start building in idle slices; `onProgress` hears 0..1 after each slice, and 1 when done. */
  start(onProgress?: (done: number) => void): void;
  /** Stop building (the graph is being replaced); get() still works. */
  cancel(): void;
}

/** The query index, ahead of need. */
export const indexAhead = (graph: RegkgGraph, schedule: Scheduler = idleScheduler): Ahead<QueryIndex> => buildAhead(queryIndexSteps(graph, 1_000), schedule);

export function buildAhead<T>(steps: Generator<number, T, void>, schedule: Scheduler = idleScheduler): Ahead<T> {
  let result: T | undefined;
  let running = false;
  let report: ((done: number) => void) | undefined;
  let last = 0;
  /** One step of the build. */
  const advance = () => {
    const next = steps.next();
    if (!next.done) {
      last = next.value;
      return;
    }
    result = next.value;
    running = false;
    report?.(1);
  };
  const slice = (more: () => boolean) => {
    if (!running) return;
    do advance();
    while (result === undefined && more());
    if (result !== undefined) return;
    report?.(last);
    schedule(slice);
  };
  return {
    get() {
      while (result === undefined) advance();
      return result;
    },
    ready: () => result,
    start(onProgress) {
      report = onProgress;
      if (result !== undefined) {
        report?.(1);
        return;
      }
      if (running) return;
      running = true;
      schedule(slice);
    },
    cancel() {
      running = false;
    },
  };
}
