/**
 * Runs the statistics worker for a graph and keeps the answer until the graph changes (a
 * review decision reloads it in place): choosing community colours twice, or opening another
 * node's panel, computes nothing again.
 */
import type { RegkgGraph } from "../graph/index.ts";
import { toGraphStats, type GraphStats } from "./appearance.ts";
import { entityGraphInput, type EntityStats, type StatsPhase } from "./stats.ts";

export type StatsMessage = { type: "progress"; phase: StatsPhase } | { type: "done"; stats: EntityStats } | { type: "error"; message: string };

export interface StatsRunner {
  /** The statistics, computing them if needed; `onPhase` hears each phase of a computation. */
  request: (onPhase?: (phase: StatsPhase) => void) => Promise<GraphStats>;
  /** The statistics if they are computed and still hold for the graph, else null. */
  current: () => GraphStats | null;
  /**
   * Start the worker now, to be used later: a worker's start needs the page's thread, and
   * right after a choice that thread is busy redrawing, so a cold start waited for the redraw.
   */
  warm: () => void;
  dispose: () => void;
}

const CHANGES = ["cleared", "nodeAdded", "edgeAdded", "nodeDropped", "edgeDropped"] as const;

export function statsRunner(graph: RegkgGraph, makeWorker = () => new Worker(new URL("./stats-worker.ts", import.meta.url), { type: "module" })): StatsRunner {
  let pending: Promise<GraphStats> | undefined;
  let done: GraphStats | null = null;
  let worker: Worker | undefined;
  let cancel: ((err: Error) => void) | undefined;
  const phases = new Set<(phase: StatsPhase) => void>();
  const stale = () => {
    cancel?.(new Error("the graph changed while its statistics were computed"));
    cancel = undefined;
    worker?.terminate();
    worker = undefined;
    pending = undefined;
    done = null;
  };
  for (const event of CHANGES) graph.on(event, stale);
  let spare: Worker | undefined;
  return {
    current: () => done,
    warm: () => {
      spare ??= makeWorker();
    },
    request: (onPhase) => {
      if (onPhase) phases.add(onPhase);
      if (pending) return pending;
      const input = entityGraphInput(graph);
      const w = (worker = spare ?? makeWorker());
      spare = undefined;
      const run = new Promise<GraphStats>((resolve, reject) => {
        cancel = reject;
        w.addEventListener("message", (e: MessageEvent<StatsMessage>) => {
          const m = e.data;
          if (m.type === "progress") for (const f of phases) f(m.phase);
          else {
            w.terminate();
            if (worker === w) worker = undefined;
            if (m.type === "error") reject(new Error(m.message));
            else resolve(toGraphStats(input, m.stats));
          }
        });
        w.addEventListener("error", (e) => reject(new Error(e.message || "the statistics worker failed to start")));
      });
      pending = run;
      run.then(
        (stats) => {
          if (pending === run) done = stats;
          phases.clear();
        },
        () => {
          if (pending === run) pending = undefined;
          phases.clear();
        },
      );
      w.postMessage(input, [input.actors.buffer, input.targets.buffer, input.relations.buffer]);
      return run;
    },
    dispose: () => {
      for (const event of CHANGES) graph.off(event, stale);
      stale();
      spare?.terminate();
    },
  };
}
