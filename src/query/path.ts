import type { EdgeAttributes, NodeAttributes } from "../schema/index.ts";
import type { QueryBackend, Step } from "./backend.ts";
import { resolveEntity } from "./resolve.ts";

export { nodeLabel } from "./backend.ts";

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

/**
 * The shortest chain of actions and relations linking two entities, ignoring edge direction
 * (Pan Gongsheng -holds_position_in-> PBOC is as much a link as its reverse). Breadth-first
 * from both ends at once, expanding the smaller frontier, so the work stays near the two ends.
 */
export function shortestPath(backend: QueryBackend, fromName: string, toName: string): PathResult {
  const from = resolveEntity(backend, fromName);
  const to = resolveEntity(backend, toName);
  if (from === to) return { from, to, path: [{ id: from, kind: "entity", label: backend.node(from)!.label }] };

  // node -> [previous node, the step taken to reach it] on the way from `from` (resp. to `to`).
  const before = new Map<string, [string, Step] | null>([[from, null]]);
  const after = new Map<string, [string, Step] | null>([[to, null]]);
  let front = [from];
  let back = [to];
  let meet: string | undefined;

  while (front.length > 0 && back.length > 0 && meet === undefined) {
    const forwardSide = front.length <= back.length;
    const [frontier, seen, other] = forwardSide ? [front, before, after] : [back, after, before];
    const next: string[] = [];
    for (const node of frontier) {
      for (const step of backend.steps(node, "both")) {
        const n = step.node;
        if (seen.has(n)) continue;
        seen.set(n, [node, step]);
        next.push(n);
        if (other.has(n)) {
          meet = n;
          break;
        }
      }
      if (meet !== undefined) break;
    }
    if (forwardSide) front = next;
    else back = next;
  }
  if (meet === undefined) return { from, to, path: null };

  const ids: string[] = [];
  const hops: (PathHop | undefined)[] = [];
  const hop = (step: Step, forward: boolean): PathHop => ({ edge: step.edge, kind: step.kind, ...(step.relType !== undefined ? { relType: step.relType } : {}), forward });
  for (let n: string | undefined = meet; n !== undefined; ) {
    const link: [string, Step] | null = before.get(n)!;
    ids.unshift(n);
    hops.unshift(link ? hop(link[1], link[1].forward) : undefined);
    n = link?.[0];
  }
  for (let link = after.get(meet); link; link = after.get(link[0])) {
    // Walking back from `to`, the edge was seen from the far side: flip its direction.
    ids.push(link[0]);
    hops.push(hop(link[1], !link[1].forward));
  }
  const path = ids.map((id, i) => {
    const n = backend.node(id)!;
    const via = hops[i];
    return { id, kind: n.kind, label: n.label, ...(via ? { via } : {}) };
  });
  return { from, to, path };
}
