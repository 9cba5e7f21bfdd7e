import type { AbstractGraph as Graph } from "graphology-types";
import { el } from "../dom.ts";
import { labelOf } from "../generic-look.ts";

/** Attributes the formats use for drawing: listed after the file's own. */
const DRAWING = ["x", "y", "z", "size", "color", "shape", "r", "g", "b"];
/** More neighbours than this are counted, not listed. */
const MAX_NEIGHBOURS = 100;

/** An attribute's value as text: lists joined, objects as JSON, the rest as written. */
export function formatValue(v: unknown): string {
  if (Array.isArray(v)) return v.map(formatValue).join(", ");
  if (v !== null && typeof v === "object") return JSON.stringify(v);
  return String(v);
}

function attributeTable(entries: [string, unknown][]): HTMLElement {
  return el(
    "table",
    { className: "attributes" },
    ...entries.map(([k, v]) => el("tr", {}, el("th", { text: k, attrs: { scope: "row" } }), el("td", { text: formatValue(v) }))),
  );
}

/**
 * The detail panel for a node of another tool's graph: its label, id and degree, its
 * attributes as the file typed them (as text: they are data), and its neighbours as links.
 */
export function renderGenericDetails(graph: Graph, id: string, select: (id: string) => void): HTMLElement[] {
  const a = graph.getNodeAttributes(id);
  const neighbours = graph.neighbors(id);
  const own = Object.entries(a).filter(([k, v]) => k !== "label" && v !== undefined && !DRAWING.includes(k));
  const drawn = DRAWING.filter((k) => a[k] !== undefined).map((k): [string, unknown] => [k, a[k]]);
  const out: HTMLElement[] = [
    el("h2", { text: labelOf(id, a) }),
    el("p", { className: "kind", text: `node ${id} · ${neighbours.length} neighbour${neighbours.length === 1 ? "" : "s"} · ${graph.degree(id)} edge${graph.degree(id) === 1 ? "" : "s"}` }),
  ];
  out.push(el("section", {}, el("h3", { text: "Attributes" }), own.length ? attributeTable(own) : el("p", { className: "muted", text: "None in the file." })));
  if (drawn.length) out.push(el("section", {}, el("h3", { text: "Drawing" }), attributeTable(drawn)));
  if (neighbours.length) {
    const items = neighbours
      .map((n) => ({ n, label: labelOf(n, graph.getNodeAttributes(n)) }))
      .sort((x, y) => x.label.localeCompare(y.label))
      .slice(0, MAX_NEIGHBOURS)
      .map(({ n, label }) => {
        const b = el("button", { className: "link", text: label, attrs: { type: "button", "data-node": n } });
        b.addEventListener("click", () => select(n));
        return el("li", {}, b);
      });
    const more = neighbours.length > MAX_NEIGHBOURS ? el("p", { className: "muted", text: `and ${neighbours.length - MAX_NEIGHBOURS} more` }) : null;
    out.push(el("section", {}, el("h3", { text: `Neighbours (${neighbours.length})` }), el("ul", { className: "relations" }, ...items), ...(more ? [more] : [])));
  }
  return out;
}
