/**
 * PageRank and Louvain communities off the page's thread: at 100,000 actions they take seconds,
 * which would freeze the page. Receives an EntityGraphInput, posts each phase as it starts,
 * then the result (its arrays transferred, not copied).
 */
import { computeStats } from "./stats-compute.ts";
import type { EntityGraphInput } from "./stats.ts";
import type { StatsMessage } from "./stats-client.ts";

const post = (message: StatsMessage, transfer: Transferable[] = []) => postMessage(message, { transfer });

addEventListener("message", (event: MessageEvent<EntityGraphInput>) => {
  try {
    const stats = computeStats(event.data, (phase) => post({ type: "progress", phase }));
    post({ type: "done", stats }, [stats.pagerank.buffer, stats.community.buffer]);
  } catch (err) {
    post({ type: "error", message: err instanceof Error ? err.message : String(err) });
  }
});
