import type { EdgeAttributes, NodeAttributes } from "../schema/index.ts";
import type { QueryIndex } from "./query-index.ts";
import { resolveEntity } from "./resolve.ts";
import { forEachStep } from "./walk.ts";

export interface PathHop {
  /** The edge from the previous node to this one, and whether it points that way. */
  edge: string;
  kind: EdgeAttributes["kind"];
  relType?: string;
  forward: boolean;
}

export interface PathNode {
  id: string;
  kind: NodeAttributes["kind"];
  label: string;
  /** Absent on the first node. */
  via?: PathHop;
}

export interface PathResult {
  from: string;
  to: string;
  /** Nodes from `from` to `to`, or null when they are not connected. */
  path: PathNode[] | null;
}

export function nodeLabel(attrs: NodeAttributes): string {
  if (attrs.kind === "entity") return attrs.name;
  if (attrs.kind === "action") return `${attrs.actionType} (${attrs.status}): ${attrs.summary}`;
  return attrs.title;
}

/**
 * The shortest chain of actions and relations linking two entities, ignoring edge direction
 * (Pan Gongsheng -holds_position_in-> PBOC is as much a link as its reverse). Breadth-first
 * from both ends at once, expanding the smaller frontier, so the work stays near the two ends.
 */
export function shortestPath(index: QueryIndex, fromName: string, toName: string): PathResult {
  const { graph } = index;
  const from = resolveEntity(index, fromName);
  const to = resolveEntity(index, toName);
  if (from === to) return { from, to, path: [{ id: from, kind: "entity", label: nodeLabel(graph.getNodeAttributes(from)) }] };

  // node -> [previous node, edge, forward] on the way from `from` (resp. to `to`).
  const before = new Map<string, [string, string, boolean] | null>([[from, null]]);
  const after = new Map<string, [string, string, boolean] | null>([[to, null]]);
  let front = [from];
  let back = [to];
  let meet: string | undefined;

  while (front.length > 0 && back.length > 0 && meet === undefined) {
    const forwardSide = front.length <= back.length;
    const [frontier, seen, other] = forwardSide ? [front, before, after] : [back, after, before];
    const next: string[] = [];
    for (const node of frontier) {
      forEachStep(graph, node, "both", ({ node: n, edge, forward }) => {
        if (meet !== undefined || seen.has(n)) return;
        seen.set(n, [node, edge, forward]);
        next.push(n);
        if (other.has(n)) meet = n;
      });
      if (meet !== undefined) break;
    }
    if (forwardSide) front = next;
    else back = next;
  }
  if (meet === undefined) return { from, to, path: null };

  const ids: string[] = [];
  const hops: (PathHop | undefined)[] = [];
  const hop = (edge: string, forward: boolean): PathHop => {
    const a = graph.getEdgeAttributes(edge);
    return { edge, kind: a.kind, ...(a.kind === "relation" ? { relType: a.relType } : {}), forward };
  };
  for (let n: string | undefined = meet; n !== undefined; ) {
    const link: [string, string, boolean] | null = before.get(n)!;
    ids.unshift(n);
    hops.unshift(link ? hop(link[1], link[2]) : undefined);
    n = link?.[0];
  }
  for (let link = after.get(meet); link; link = after.get(link[0])) {
    // Walking back from `to`, the edge was seen from the far side: flip its direction.
    ids.push(link[0]);
    hops.push(hop(link[1], !link[2]));
  }
  const path = ids.map((id, i) => {
    const attrs = graph.getNodeAttributes(id);
    const via = hops[i];
    return { id, kind: attrs.kind, label: nodeLabel(attrs), ...(via ? { via } : {}) };
  });
  return { from, to, path };
}
