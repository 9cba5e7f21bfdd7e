import { MultiDirectedGraph } from "graphology";
import type { RegkgGraph } from "../graph/index.ts";
import type { ActionType, GraphAttributes, NodeAttributes, Status } from "../schema/index.ts";

/** An edge of the who-acted-on-whom view: actor -> target through one action. */
export interface WhoEdgeAttributes {
  kind: "who";
  action: string;
  actionType: ActionType;
  status: Status;
}

export type WhoGraph = MultiDirectedGraph<NodeAttributes, WhoEdgeAttributes, GraphAttributes>;

/**
 * The who-acted-on-whom projection: the entities, with one edge actor -> target per action
 * (an action with two actors and three targets gives six edges), labelled with the action's
 * type and status. Entity attributes (and positions) are shared with the event graph.
 */
export function whoActedOnWhom(graph: RegkgGraph): WhoGraph {
  const who: WhoGraph = new MultiDirectedGraph({ allowSelfLoops: true });
  who.replaceAttributes(graph.getAttributes());
  graph.forEachNode((n, a) => {
    if (a.kind === "entity") who.addNode(n, a);
  });
  graph.forEachNode((action, a) => {
    if (a.kind !== "action") return;
    const actors: string[] = [];
    const targets: string[] = [];
    graph.forEachEdge(action, (_e, e, source, target) => {
      if (e.kind === "actor") actors.push(source);
      else if (e.kind === "target") targets.push(target);
    });
    for (const s of actors) {
      for (const t of targets) who.addDirectedEdgeWithKey(`${action}|${s}|${t}`, s, t, { kind: "who", action, actionType: a.actionType, status: a.status });
    }
  });
  return who;
}
