import { defineConfig } from "vite";

export default defineConfig({
  resolve: {
    // graphology-gexf's main entry is for Node (it parses with @xmldom); the browser one uses
    // the page's own DOMParser. The writer is the same code in both.
    alias: [{ find: /^graphology-gexf$/, replacement: "graphology-gexf/browser" }],
  },
  server: { port: 5173, strictPort: false },
  // The statistics worker's libraries are found only when the worker starts; listed here, the dev
  // server bundles them at start-up instead of reloading the page when they first show up.
  optimizeDeps: { include: ["graphology-communities-louvain", "graphology-metrics/centrality/pagerank"] },
  build: { outDir: "dist", sourcemap: true },
});
