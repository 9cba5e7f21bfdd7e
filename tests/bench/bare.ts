// The baseline for the explorer benchmark: fetch a graph, build it, hand it to sigma. Nothing else.
import Graph from "graphology";
import Sigma from "sigma";

const url = new URLSearchParams(location.search).get("graph")!;
const graph = Graph.from(await (await fetch(url)).json());
const renderer = new Sigma(graph, document.getElementById("graph")!);
renderer.once("afterRender", () => {
  (window as unknown as { __firstFrame: number }).__firstFrame = performance.now();
  document.body.dataset.ready = "true";
});
renderer.refresh();
