import { UndirectedGraph } from "graphology";
import type { RegkgGraph } from "./types.ts";

/** An edge of the folded graph: how strongly two entities are tied, summed over actions and relations. */
export interface FoldedEdge {
  weight: number;
}

export type FoldedGraph = UndirectedGraph<{ x: number; y: number }, FoldedEdge>;

/** An action's entities by role: who acted, on whom, and the rest (the basis it rests on, who reported it). */
export interface ActionEnds {
  actors: string[];
  targets: string[];
  others: string[];
  /** The documents that report the action. */
  documents: string[];
}

/**
 * A link to a basis or an attribution counts a quarter of an action: a law or a newspaper should
 * sit near what it is cited for, without pulling every action it is cited for into one knot.
 */
const OTHER_WEIGHT = 0.25;

export function actionEnds(graph: RegkgGraph, action: string): ActionEnds {
  const ends: ActionEnds = { actors: [], targets: [], others: [], documents: [] };
  graph.forEachEdge(action, (_e, attrs, source, target) => {
    switch (attrs.kind) {
      case "actor":
        ends.actors.push(source);
        break;
      case "target":
        ends.targets.push(target);
        break;
      case "basis":
      case "attribution":
        ends.others.push(target);
        break;
      case "source":
        ends.documents.push(target);
        break;
    }
  });
  return ends;
}

/**
 * The entities alone, with the actions folded into weighted entity-entity edges: an action links
 * each actor to each target (with one side only, its entities to one another in a chain), its
 * basis and attribution to its participants (to one another when it has none) at OTHER_WEIGHT, and a relation links its two ends.
 * Undirected and simple, because ForceAtlas2 only asks how strongly two nodes attract. It is
 * much smaller than the event graph (thousands of entities for a million actions), which is what
 * makes laying it out affordable at any size.
 */
export function foldForLayout(graph: RegkgGraph): FoldedGraph {
  const folded: FoldedGraph = new UndirectedGraph();
  graph.forEachNode((key, attrs) => {
    if (attrs.kind === "entity") folded.addNode(key, { x: 0, y: 0 });
  });
  // Summed in a map first: graphology's updateEdge looks the pair up through both nodes' adjacency, several times slower.
  const weights = new Map<string, number>();
  const link = (a: string, b: string, weight: number) => {
    if (a === b) return;
    const pair = a < b ? `${a}\u0000${b}` : `${b}\u0000${a}`;
    weights.set(pair, (weights.get(pair) ?? 0) + weight);
  };
  graph.forEachNode((key, attrs) => {
    if (attrs.kind !== "action") return;
    const { actors, targets, others } = actionEnds(graph, key);
    if (actors.length > 0 && targets.length > 0) {
      for (const a of actors) for (const t of targets) link(a, t, 1);
    } else {
      const side = actors.length > 0 ? actors : targets;
      for (let i = 1; i < side.length; i++) link(side[i - 1]!, side[i]!, 1);
    }
    const participants = [...actors, ...targets];
    if (participants.length > 0) for (const o of others) for (const p of participants) link(o, p, OTHER_WEIGHT);
    else for (let i = 1; i < others.length; i++) link(others[i - 1]!, others[i]!, OTHER_WEIGHT);
  });
  graph.forEachEdge((_e, attrs, source, target) => {
    if (attrs.kind === "relation") link(source, target, 1);
  });
  for (const [pair, weight] of weights) {
    const cut = pair.indexOf("\u0000");
    folded.addUndirectedEdge(pair.slice(0, cut), pair.slice(cut + 1), { weight });
  }
  return folded;
}

/**
 * The weight ForceAtlas2 sees: a pair with a hundred actions between them is tied more closely
 * than a pair with one, but not a hundred times: with raw counts the busiest pairs would collapse
 * onto each other and their mass would push everything else to the rim.
 */
export function layoutWeight(weight: number): number {
  return weight <= 1 ? weight : 1 + Math.log(weight);
}
