import {
  docId,
  docSlugOfAction,
  edgeKey,
  type ActionAttributes,
  type AnnotationFile,
  type DocumentMeta,
  type EdgeAttributes,
  type EntitiesFile,
  type Problem,
} from "../schema/index.ts";
import { assembleGraph } from "./assemble.ts";
import { compact } from "./compact.ts";
import { splitOf } from "./corpus.ts";
import { checkIntegrity } from "./integrity.ts";
import type { EdgeSpec, Location, NodeSpec, RegkgGraph } from "./types.ts";

/** One source document as read from graph-data/documents/<slug>/. */
export interface SourceDocument {
  readonly slug: string;
  readonly meta: DocumentMeta;
  readonly text: string;
  /** Display paths of the two files, for error messages. */
  readonly metaFile: string;
  readonly textFile: string;
}

/** The parsed content of a graph-data folder: plain data, already checked against the schema. */
export interface GraphData {
  readonly documents: readonly SourceDocument[];
  readonly entities: { readonly file: string; readonly data: EntitiesFile };
  readonly annotations: readonly { readonly file: string; readonly data: AnnotationFile }[];
}

export interface Built {
  graph: RegkgGraph;
  problems: Problem[];
}

/**
 * Build the graph from graph-data. Node order is documents, entities, then actions, each in
 * file order, so the same data always serializes to the same bytes.
 */
export function buildFromGraphData(data: GraphData): Built {
  const nodes: NodeSpec[] = [];
  const edges: EdgeSpec[] = [];
  const problems: Problem[] = [];
  const at = (file: string, path: string): Location => ({ file, path });

  for (const d of data.documents) {
    if (d.meta.id !== docId(d.slug)) {
      problems.push({ file: d.metaFile, path: "$.id", message: `expected "${docId(d.slug)}" (the folder's name), got "${d.meta.id}"` });
    }
    if (d.meta.split !== undefined && d.meta.split !== splitOf(d.slug)) {
      problems.push({ file: d.metaFile, path: "$.split", message: `expected "${splitOf(d.slug)}": the split follows from the slug by the rule in graph-data/CORPUS.md, got "${d.meta.split}"` });
    }
    const { id: _id, notes: _notes, ...meta } = d.meta;
    nodes.push({ key: docId(d.slug), attributes: compact({ kind: "document", ...meta, text: d.text }), where: at(d.metaFile, "$") });
  }

  const ent = data.entities;
  ent.data.entities.forEach((e, i) => {
    const { id, ...attrs } = e;
    nodes.push({ key: id, attributes: compact({ kind: "entity", ...attrs }), where: at(ent.file, `$.entities[${i}]`) });
  });
  ent.data.relations.forEach((r, i) => {
    const p = `$.relations[${i}]`;
    edges.push({
      key: edgeKey("relation", r.source, r.target, r.relType),
      source: r.source,
      target: r.target,
      attributes: compact({ kind: "relation", relType: r.relType, title: r.title, evidence: r.evidence }),
      where: at(ent.file, p),
      sourceAt: at(ent.file, `${p}.source`),
      targetAt: at(ent.file, `${p}.target`),
    });
  });

  const documentSlugs = new Set(data.documents.map((d) => d.slug));
  const annotated = new Map<string, string>();
  for (const { file, data: ann } of data.annotations) {
    const slug = ann.doc.slice("doc:".length);
    if (!documentSlugs.has(slug)) {
      problems.push({ file, path: "$.doc", message: `unknown document "${ann.doc}": expected a folder documents/${slug}/ with text.txt and meta.json` });
      continue;
    }
    const expectedName = `${slug}.json`;
    if (!file.endsWith(`/${expectedName}`) && file !== expectedName) {
      problems.push({ file, path: "$.doc", message: `annotates "${ann.doc}", so the file must be named annotations/${expectedName}` });
    }
    const other = annotated.get(slug);
    if (other) {
      problems.push({ file, path: "$.doc", message: `"${ann.doc}" is already annotated in ${other}` });
      continue;
    }
    annotated.set(slug, file);

    ann.actions.forEach((a, i) => {
      const p = `$.actions[${i}]`;
      if (docSlugOfAction(a.id) !== slug) {
        problems.push({ file, path: `${p}.id`, message: `expected an id starting "action:${slug}:" (the annotated document), got "${a.id}"` });
        return;
      }
      const attributes: ActionAttributes = compact({
        kind: "action",
        actionType: a.actionType,
        status: a.status,
        summary: a.summary,
        time: a.time,
        quantity: a.quantity,
        attribution: a.attribution?.phrase,
        evidence: a.evidence.map((ev) => ({ doc: ev.doc ?? ann.doc, start: ev.start, end: ev.end, quote: ev.quote })),
        method: a.method,
        review: a.review ?? ann.review,
      });
      nodes.push({ key: a.id, attributes, where: at(file, p) });

      const self = at(file, `${p}.id`);
      const link = (kind: EdgeAttributes["kind"], ids: readonly string[] | undefined, field: string, outgoing: boolean) =>
        ids?.forEach((id, j) => {
          const ref = at(file, `${p}.${field}[${j}]`);
          edges.push(
            outgoing
              ? { key: edgeKey(kind, a.id, id), source: a.id, target: id, attributes: { kind } as EdgeAttributes, where: ref, sourceAt: self, targetAt: ref }
              : { key: edgeKey(kind, id, a.id), source: id, target: a.id, attributes: { kind } as EdgeAttributes, where: ref, sourceAt: ref, targetAt: self },
          );
        });
      link("actor", a.actors, "actors", false);
      link("target", a.targets, "targets", true);
      link("basis", a.basis, "basis", true);
      link("attribution", a.attribution?.by, "attribution.by", true);
      edges.push({
        key: edgeKey("source", a.id, ann.doc),
        source: a.id,
        target: ann.doc,
        attributes: { kind: "source" },
        where: self,
        sourceAt: self,
        targetAt: at(file, "$.doc"),
      });
    });
  }

  const documents = data.documents.map((d) => docId(d.slug));
  const assembled = assembleGraph(nodes, edges, { documents }, at(ent.file, "$"));
  problems.push(...assembled.problems, ...checkIntegrity(assembled.graph, assembled.provenance));
  return { graph: assembled.graph, problems };
}
