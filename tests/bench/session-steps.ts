import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { layoutGraph, serializeGraph } from "../../src/graph/index.ts";
import { foldActions } from "../../src/query/index.ts";
import { synthGraph } from "../../src/synth/synth.ts";

/**
 * The scripted session's interactions, each a function body run in the page with `arg` (the
 * busiest entity's id and name): shared by the interaction profile and trace benches.
 */
export const STEP_BODY = {
  search: `const input = document.getElementById("search"); input.value = arg.name; input.dispatchEvent(new Event("input"));
      input.dispatchEvent(new KeyboardEvent("keydown", { key: "Enter" }));`,
  neighbour: `[...document.querySelectorAll("#details .action-line button[data-node^='entity:']")].find((x) => x.dataset.node !== arg.id).click();`,
  expand: `document.getElementById("explore-expand").click();`,
  collapse: `document.getElementById("explore-collapse").click();`,
  events: `document.querySelector('[data-view="events"]').click();`,
  query: `document.getElementById("query-input").value = '"' + arg.name + '" -> *'; document.getElementById("query-form").requestSubmit();`,
  status: `document.querySelector('#filters input[data-facet="statuses"]').click();`,
} as const;

/** The synthetic graph of `actions` actions written where the site serves it, and its busiest entity (the session's start). */
export function sessionGraph(outDir: string, actions: number): { graph: ReturnType<typeof synthGraph>; fold: ReturnType<typeof foldActions>; busiest: string; name: string } {
  const graph = synthGraph({ actions, seed: 1 });
  layoutGraph(graph, { iterations: 0 });
  const fold = foldActions(graph);
  const busiest = fold.reduceNodes((best, n) => (fold.degree(n) > fold.degree(best) ? n : best), fold.nodes()[0]!);
  const name = (graph.getNodeAttributes(busiest) as { name: string }).name;
  writeFileSync(join(outDir, "bench.graph.json"), JSON.stringify(serializeGraph(graph)));
  return { graph, fold, busiest, name };
}
