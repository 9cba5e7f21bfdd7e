import { defineConfig } from "vite";

export default defineConfig({
  resolve: {
    // graphology-gexf's main entry is for Node (it parses with @xmldom); the browser one uses
    // the page's own DOMParser. The writer is the same code in both.
    alias: [{ find: /^graphology-gexf$/, replacement: "graphology-gexf/browser" }],
  },
  server: { port: 5173, strictPort: false },
  build: { outDir: "dist", sourcemap: true },
});
