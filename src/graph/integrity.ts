import { showValue, type EdgeAttributes, type Evidence, type Problem } from "../schema/index.ts";
import type { Location, Provenance, RegkgGraph } from "./types.ts";

/**
 * The rules a graph must keep beyond its schema: every action has an actor, a target and a
 * source document; every evidence span quotes its document exactly; every time anchor exists.
 * Returns the problems, each located where the offending node was written.
 */
export function checkIntegrity(graph: RegkgGraph, provenance: Provenance): Problem[] {
  const problems: Problem[] = [];
  // Located only when there is a problem to report: finding where a node was written can cost
  // more than checking it (a large file works locations out on demand).
  const where = (key: string): Location =>
    provenance.nodes.get(key) ?? { file: provenance.graph.file, path: `$[${JSON.stringify(key)}]` };
  const inside = (at: Location, field: string): Location => ({ file: at.file, path: `${at.path}${field}` });

  // Counted by callbacks made once, not once per action: a million actions are checked here.
  let actors = 0;
  let targets = 0;
  let sources = 0;
  const countIn = (_e: string, e: EdgeAttributes) => {
    if (e.kind === "actor") actors++;
  };
  const countOut = (_e: string, e: EdgeAttributes) => {
    if (e.kind === "target") targets++;
    else if (e.kind === "source") sources++;
  };
  graph.forEachNode((key, attrs) => {
    if (attrs.kind !== "action") return;
    actors = targets = sources = 0;
    graph.forEachInEdge(key, countIn);
    graph.forEachOutEdge(key, countOut);
    if (actors === 0) problems.push({ ...where(key), message: `action "${key}" has no actor: expected at least one` });
    if (targets === 0) problems.push({ ...where(key), message: `action "${key}" has no target: expected at least one` });
    if (sources === 0) problems.push({ ...where(key), message: `action "${key}" has no source document: expected a source edge` });
    for (let i = 0; i < attrs.evidence.length; i++) {
      const wrong = evidenceProblem(graph, attrs.evidence[i]!);
      if (wrong) problems.push({ ...inside(where(key), `.evidence[${i}]${wrong.field}`), message: wrong.message });
    }
    const anchor = attrs.time?.anchor;
    if (anchor !== undefined && !graph.hasNode(anchor)) {
      problems.push({ ...inside(where(key), ".time.anchor"), message: `unknown anchor "${anchor}": expected the id of a document or an action` });
    }
  });

  graph.forEachEdge((edge, attrs) => {
    if (attrs.kind !== "relation" || !attrs.evidence) return;
    attrs.evidence.forEach((ev, i) => {
      const wrong = evidenceProblem(graph, ev);
      if (!wrong) return;
      const at = provenance.edges.get(edge) ?? { file: provenance.graph.file, path: `$[${JSON.stringify(edge)}]` };
      problems.push({ ...inside(at, `.evidence[${i}]${wrong.field}`), message: wrong.message });
    });
  });

  for (const [i, doc] of graph.getAttribute("documents").entries()) {
    if (!graph.hasNode(doc) || graph.getNodeAttribute(doc, "kind") !== "document") {
      problems.push({ file: provenance.graph.file, path: `${provenance.graph.path}.documents[${i}]`, message: `lists "${doc}", which is not a document node of the graph` });
    }
  }
  return problems;
}

/** What is wrong with an evidence span, and in which of its fields; undefined when nothing is. */
function evidenceProblem(graph: RegkgGraph, ev: Evidence): { field: string; message: string } | undefined {
  const doc = graph.hasNode(ev.doc) ? graph.getNodeAttributes(ev.doc) : undefined;
  return spanProblem(doc?.kind === "document" ? doc.text : undefined, ev);
}

/**
 * What is wrong with an evidence span given the text of the document it cites (undefined: no
 * such document), and in which of its fields; undefined when nothing is.
 */
export function spanProblem(text: string | undefined, ev: Evidence): { field: string; message: string } | undefined {
  if (text === undefined) return { field: ".doc", message: `unknown document "${ev.doc}"` };
  if (ev.end <= ev.start) return { field: ".end", message: `expected end > start, got start ${ev.start} and end ${ev.end}` };
  if (ev.end > text.length) {
    return { field: ".end", message: `span ${ev.start}-${ev.end} is out of range: the text of ${ev.doc} has ${text.length} characters${hint(text, ev.quote)}` };
  }
  const actual = text.slice(ev.start, ev.end);
  if (actual !== ev.quote) {
    return {
      field: ".quote",
      message: `quote does not match the text at ${ev.start}-${ev.end}: the text there is ${showValue(actual)}, the quote is ${showValue(ev.quote)}${hint(text, ev.quote)}`,
    };
  }
  return undefined;
}

/** Where the quote really is, so a hand-annotator can copy the right offsets. */
function hint(text: string, quote: string): string {
  const at = text.indexOf(quote);
  return at < 0 ? "; the quote does not occur in the text" : `; the quote occurs at start ${at}, end ${at + quote.length}`;
}
