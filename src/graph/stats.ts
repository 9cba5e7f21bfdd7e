import { ACTION_TYPES, EDGE_KINDS, ENTITY_CATEGORIES, NODE_KINDS, STATUSES } from "../schema/index.ts";
import type { RegkgGraph } from "./types.ts";

export interface GraphStats {
  nodes: number;
  edges: number;
  /** Every key of each vocabulary is present, zero when unused, so consumers can rely on them. */
  nodeKinds: Record<string, number>;
  entityCategories: Record<string, number>;
  actionTypes: Record<string, number>;
  statuses: Record<string, number>;
  edgeKinds: Record<string, number>;
  evidenceSpans: number;
}

const zeros = (keys: Iterable<string>) => Object.fromEntries([...keys].map((k) => [k, 0]));

/** Counts by node kind, entity category, action type, status and edge kind. */
export function graphStats(graph: RegkgGraph): GraphStats {
  const s: GraphStats = {
    nodes: graph.order,
    edges: graph.size,
    nodeKinds: zeros(NODE_KINDS),
    entityCategories: zeros(Object.keys(ENTITY_CATEGORIES)),
    actionTypes: zeros(Object.keys(ACTION_TYPES)),
    statuses: zeros(Object.keys(STATUSES)),
    edgeKinds: zeros(Object.keys(EDGE_KINDS)),
    evidenceSpans: 0,
  };
  graph.forEachNode((_key, a) => {
    s.nodeKinds[a.kind]!++;
    if (a.kind === "entity") s.entityCategories[a.category]!++;
    else if (a.kind === "action") {
      s.actionTypes[a.actionType]!++;
      s.statuses[a.status]!++;
      s.evidenceSpans += a.evidence.length;
    }
  });
  graph.forEachEdge((_key, a) => {
    s.edgeKinds[a.kind]!++;
  });
  return s;
}
