import type Sigma from "sigma";
import type { RegkgGraph } from "../../graph/index.ts";

// The writers load on the first download: the first frame does not wait for their code.

/** The graph as graphology JSON, with the same writer the CLI uses. */
export async function graphJsonBlob(graph: RegkgGraph): Promise<Blob> {
  const { graphParts, writeGraphJson } = await import("../../export/graph-json-stream.ts");
  const chunks: string[] = [];
  // With the look (label, size, color) other graph tools draw with, as the CLI's exports carry it.
  await writeGraphJson(graphParts(graph, { look: true }), (c) => void chunks.push(c));
  return new Blob(chunks, { type: "application/json" });
}

export function download(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement("a");
  a.href = url;
  a.download = fileName;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export async function downloadPng(renderer: Sigma<any, any, any>, fileName: string): Promise<void> {
  const { downloadAsPNG } = await import("@sigma/export-image");
  // The image helper is typed for untyped graphs; it only reads what sigma draws.
  await downloadAsPNG(renderer as Sigma, { fileName, backgroundColor: "#fbfaf7" });
}
