// The baseline for the explorer benchmark: fetch a graph, build it, hand it to sigma. Nothing else.
import Graph from "graphology";
import Sigma from "sigma";

performance.mark("bare:start");
const url = new URLSearchParams(location.search).get("graph")!;
const json = await (await fetch(url)).json();
performance.mark("bare:fetched");
const graph = Graph.from(json);
new Sigma(graph, document.getElementById("graph")!);
performance.mark("bare:sigma");
// Sigma draws in its constructor; the frame is shown when this task ends, as in the explorer.
requestAnimationFrame(() => {
  (window as unknown as { __firstFrame: number }).__firstFrame = performance.now();
  document.body.dataset.ready = "true";
});
