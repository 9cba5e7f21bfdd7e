import type { MultiDirectedGraph } from "graphology";
import type { EdgeAttributes, GraphAttributes, NodeAttributes } from "../schema/index.ts";

/** The built graph: a directed multigraph whose nodes and edges carry regkg's typed attributes. */
export type RegkgGraph = MultiDirectedGraph<NodeAttributes, EdgeAttributes, GraphAttributes>;

/** Where a node, an edge or a reference was written, so problems can name the file and path. */
export interface Location {
  readonly file: string;
  readonly path: string;
}

export interface NodeSpec {
  readonly key: string;
  readonly attributes: NodeAttributes;
  readonly where: Location;
}

export interface EdgeSpec {
  readonly key: string;
  readonly source: string;
  readonly target: string;
  readonly attributes: EdgeAttributes;
  /** Where the edge's record is written. */
  readonly where: Location;
  /** Where the source and the target ids are written (they may be dangling references). */
  readonly sourceAt: Location;
  readonly targetAt: Location;
}

/** Where each node and edge was defined, and the graph's own attributes; read by checkIntegrity. */
export interface Provenance {
  readonly graph: Location;
  readonly nodes: Pick<ReadonlyMap<string, Location>, "get">;
  readonly edges: Pick<ReadonlyMap<string, Location>, "get">;
}
