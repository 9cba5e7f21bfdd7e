// The "who acted on whom" engine: pure functions over a graph, for the CLI and the explorer.
export { buildQueryIndex, entityNames, queryIndexSteps, type QueryIndex, type DatedAction } from "./query-index.ts";
export { type QueryBackend, type Selector, type ActionView, type EntityInfo, type EntityCount, type Step } from "./backend.ts";
export { parsePattern, type Pattern, type Endpoint } from "./pattern.ts";
export { resolveEntity } from "./resolve.ts";
export { normalizeName } from "./normalize.ts";
export { runQuery, type QueryFilters, type QueryResult, type QueryRow, type EntityRef, type EvidenceRef } from "./run-query.ts";
export { shortestPath, nodeLabel, type PathResult, type PathNode, type PathHop } from "./path.ts";
export { neighborhood, MAX_DEPTH, type Neighborhood, type NeighborNode } from "./neighbors.ts";
export { topEntities, type TopEntry, type TopRole } from "./top.ts";
export { WALK_EDGE_KINDS, type Direction } from "./walk.ts";
export { dateRange } from "./dates.ts";
export { whoActedOnWhom, type WhoGraph, type WhoEdgeAttributes } from "./projection.ts";
export { foldActions, foldKey, visibleWeight, exploredEntities, topNodes, type FoldGraph, type FoldEdgeAttributes } from "./fold.ts";
