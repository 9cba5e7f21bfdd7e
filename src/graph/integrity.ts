import { showValue, type Evidence, type Problem } from "../schema/index.ts";
import type { Location, Provenance, RegkgGraph } from "./types.ts";

/**
 * The rules a graph must keep beyond its schema: every action has an actor, a target and a
 * source document; every evidence span quotes its document exactly; every time anchor exists.
 * Returns the problems, each located where the offending node was written.
 */
export function checkIntegrity(graph: RegkgGraph, provenance: Provenance): Problem[] {
  const problems: Problem[] = [];
  const where = (key: string): Location =>
    provenance.nodes.get(key) ?? { file: provenance.graph.file, path: `$[${JSON.stringify(key)}]` };

  graph.forEachNode((key, attrs) => {
    if (attrs.kind !== "action") return;
    // Located only when there is a problem to report: finding where a node was written can cost
    // more than checking it (a streamed file works locations out on demand).
    let located: Location | undefined;
    const locate = () => (located ??= where(key));
    const counts = { actor: 0, target: 0, source: 0 };
    graph.forEachInEdge(key, (_e, e) => {
      if (e.kind === "actor") counts.actor++;
    });
    graph.forEachOutEdge(key, (_e, e) => {
      if (e.kind === "target" || e.kind === "source") counts[e.kind]++;
    });
    if (counts.actor === 0) problems.push({ ...locate(), message: `action "${key}" has no actor: expected at least one` });
    if (counts.target === 0) problems.push({ ...locate(), message: `action "${key}" has no target: expected at least one` });
    if (counts.source === 0) problems.push({ ...locate(), message: `action "${key}" has no source document: expected a source edge` });
    attrs.evidence.forEach((ev, i) =>
      checkEvidence(graph, ev, () => {
        const at = locate();
        return { file: at.file, path: `${at.path}.evidence[${i}]` };
      }, problems),
    );
    const anchor = attrs.time?.anchor;
    if (anchor !== undefined && !graph.hasNode(anchor)) {
      const at = locate();
      problems.push({ file: at.file, path: `${at.path}.time.anchor`, message: `unknown anchor "${anchor}": expected the id of a document or an action` });
    }
  });

  graph.forEachEdge((edge, attrs) => {
    if (attrs.kind !== "relation" || !attrs.evidence) return;
    const at = provenance.edges.get(edge) ?? { file: provenance.graph.file, path: `$[${JSON.stringify(edge)}]` };
    attrs.evidence.forEach((ev, i) => checkEvidence(graph, ev, () => ({ file: at.file, path: `${at.path}.evidence[${i}]` }), problems));
  });

  for (const [i, doc] of graph.getAttribute("documents").entries()) {
    if (!graph.hasNode(doc) || graph.getNodeAttribute(doc, "kind") !== "document") {
      problems.push({ file: provenance.graph.file, path: `${provenance.graph.path}.documents[${i}]`, message: `lists "${doc}", which is not a document node of the graph` });
    }
  }
  return problems;
}

function checkEvidence(graph: RegkgGraph, ev: Evidence, locate: () => Location, problems: Problem[]): void {
  if (!graph.hasNode(ev.doc) || graph.getNodeAttribute(ev.doc, "kind") !== "document") {
    problems.push({ file: locate().file, path: `${locate().path}.doc`, message: `unknown document "${ev.doc}"` });
    return;
  }
  const doc = graph.getNodeAttributes(ev.doc);
  if (doc.kind !== "document") return;
  const text = doc.text;
  if (ev.end <= ev.start) {
    problems.push({ file: locate().file, path: `${locate().path}.end`, message: `expected end > start, got start ${ev.start} and end ${ev.end}` });
    return;
  }
  if (ev.end > text.length) {
    problems.push({ file: locate().file, path: `${locate().path}.end`, message: `span ${ev.start}-${ev.end} is out of range: the text of ${ev.doc} has ${text.length} characters${hint(text, ev.quote)}` });
    return;
  }
  const actual = text.slice(ev.start, ev.end);
  if (actual !== ev.quote) {
    problems.push({
      file: locate().file,
      path: `${locate().path}.quote`,
      message: `quote does not match the text at ${ev.start}-${ev.end}: the text there is ${showValue(actual)}, the quote is ${showValue(ev.quote)}${hint(text, ev.quote)}`,
    });
  }
}

/** Where the quote really is, so a hand-annotator can copy the right offsets. */
function hint(text: string, quote: string): string {
  const at = text.indexOf(quote);
  return at < 0 ? "; the quote does not occur in the text" : `; the quote occurs at start ${at}, end ${at + quote.length}`;
}
