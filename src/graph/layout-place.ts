import { fnv1a32 } from "./corpus.ts";
import { actionEnds } from "./layout-fold.ts";
import type { RegkgGraph } from "./types.ts";

type Point = { x: number; y: number };

/** The golden angle: successive points of a sunflower spiral never line up, so a cloud reads as a disc. */
const GOLDEN = Math.PI * (3 - Math.sqrt(5));
/** Spacing between the actions of one cloud, and the largest cloud, as fractions of the unit length. */
const SPACING = 0.12;
const AROUND_DISTANCE = 0.3;
const AROUND_RADIUS = 0.2;
/** A cloud between two entities covers at most this much of the distance between them. */
const BETWEEN_RADIUS = 0.3;
const DOCUMENT_OFFSET = 0.15;

/** An angle from a key alone, so that nothing placed depends on the order nodes were added in. */
const angleOf = (key: string) => (fnv1a32(key) / 0x100000000) * 2 * Math.PI;

function centroid(graph: RegkgGraph, keys: readonly string[]): Point {
  let x = 0;
  let y = 0;
  for (const k of keys) {
    x += graph.getNodeAttribute(k, "x") ?? 0;
    y += graph.getNodeAttribute(k, "y") ?? 0;
  }
  return { x: x / keys.length, y: y / keys.length };
}

/** Actions that share their ends: placed together, as one cloud around `centre`. */
interface Cloud {
  centre: Point;
  radius: number;
  actions: string[];
}

/**
 * Lay a cloud's actions on a sunflower spiral around its centre, in key order: the first one on
 * the centre itself (so a lone action sits exactly between its actor and target), the rest filling
 * a disc whose size grows with the square root of their number, up to the cloud's radius.
 */
function placeCloud(graph: RegkgGraph, key: string, cloud: Cloud, unit: number, placed: Set<string>): void {
  const actions = cloud.actions.sort();
  const n = actions.length;
  const radius = Math.min(cloud.radius, SPACING * unit * Math.sqrt(n));
  const start = angleOf(key);
  actions.forEach((action, i) => {
    const r = radius * Math.sqrt(i / n);
    const a = start + i * GOLDEN;
    graph.mergeNodeAttributes(action, { x: cloud.centre.x + r * Math.cos(a), y: cloud.centre.y + r * Math.sin(a) });
    placed.add(action);
  });
}

/** A cloud beside `at` rather than on it, in a direction of its own. */
function beside(at: Point, key: string, unit: number): Omit<Cloud, "actions"> {
  const a = angleOf(key);
  return { centre: { x: at.x + AROUND_DISTANCE * unit * Math.cos(a), y: at.y + AROUND_DISTANCE * unit * Math.sin(a) }, radius: AROUND_RADIUS * unit };
}

/**
 * Place actions and documents once the entities have positions (`unit` is a typical distance
 * between linked entities):
 * - an action halfway between its actors and its targets (their centroids); actions with the same
 *   ends share a small disc there instead of stacking on one point;
 * - with actors or targets only, between them and its basis or attribution; with those alone, beside them;
 * - a document at the centroid of its actions, a little aside so a one-action document does not
 *   cover its action. Documents are left out of the layout itself: a story's entities are already
 *   drawn together by its actions, and the documents would outnumber the entities tenfold.
 * - what is left (an action with no entity, a document with no placed action) beside its document,
 *   or on a ring just outside the picture.
 */
export function placeEvents(graph: RegkgGraph, unit: number): void {
  const clouds = new Map<string, Cloud>();
  const deferred: string[] = [];
  const join = (keys: readonly string[]) => (keys.length === 1 ? keys[0]! : [...keys].sort().join("\u0001"));
  graph.forEachNode((action, attrs) => {
    if (attrs.kind !== "action") return;
    const { actors, targets, others } = actionEnds(graph, action);
    const side = actors.length > 0 ? actors : targets;
    const other = actors.length > 0 && targets.length > 0 ? targets : others;
    let key: string;
    let make: () => Omit<Cloud, "actions">;
    if (side.length > 0 && other.length > 0) {
      key = `${join(side)}\u0000${join(other)}`;
      make = () => {
        const a = centroid(graph, side);
        const b = centroid(graph, other);
        const length = Math.hypot(b.x - a.x, b.y - a.y);
        // Actor and target in one place (an entity acting on itself): beside it, not on it.
        if (length < 0.1 * unit) return beside(a, key, unit);
        return { centre: { x: (a.x + b.x) / 2, y: (a.y + b.y) / 2 }, radius: BETWEEN_RADIUS * length };
      };
    } else if (side.length > 0 || other.length > 0) {
      const alone = side.length > 0 ? side : other;
      key = `${join(alone)}\u0000`;
      make = () => beside(centroid(graph, alone), key, unit);
    } else {
      deferred.push(action);
      return;
    }
    let cloud = clouds.get(key);
    if (!cloud) clouds.set(key, (cloud = { ...make(), actions: [] }));
    cloud.actions.push(action);
  });
  // Any x and y an action or document had before are stale: only what is placed here counts.
  const placed = new Set<string>();
  for (const [key, cloud] of clouds) placeCloud(graph, key, cloud, unit, placed);

  const unplaced: string[] = [];
  graph.forEachNode((doc, attrs) => {
    if (attrs.kind !== "document") return;
    const actions: string[] = [];
    graph.forEachInEdge(doc, (_e, e, source) => {
      if (e.kind === "source" && placed.has(source)) actions.push(source);
    });
    if (actions.length === 0) {
      unplaced.push(doc);
      return;
    }
    const c = centroid(graph, actions);
    const a = angleOf(doc);
    graph.mergeNodeAttributes(doc, { x: c.x + DOCUMENT_OFFSET * unit * Math.cos(a), y: c.y + DOCUMENT_OFFSET * unit * Math.sin(a) });
    placed.add(doc);
  });
  // Found only when something needs it: two passes over every node.
  let ringAt: ((key: string) => Point) | undefined;
  const ring = (key: string) => (ringAt ??= ringFor(graph, unit, (k, kind) => kind === "entity" || placed.has(k)))(key);
  for (const doc of unplaced) graph.mergeNodeAttributes(doc, ring(doc));

  const byDocument = new Map<string, Cloud>();
  for (const action of deferred) {
    const doc = actionEnds(graph, action).documents.sort()[0];
    if (doc === undefined) {
      graph.mergeNodeAttributes(action, ring(action));
      continue;
    }
    let cloud = byDocument.get(doc);
    if (!cloud) byDocument.set(doc, (cloud = { ...beside(centroid(graph, [doc]), doc, unit), actions: [] }));
    cloud.actions.push(action);
  }
  for (const [doc, cloud] of byDocument) placeCloud(graph, doc, cloud, unit, placed);
}

/** Positions on a circle just outside everything placed so far, each at an angle from its key. */
function ringFor(graph: RegkgGraph, unit: number, isPlaced: (key: string, kind: string) => boolean): (key: string) => Point {
  let cx = 0;
  let cy = 0;
  let n = 0;
  graph.forEachNode((k, a) => {
    if (!isPlaced(k, a.kind) || a.x === undefined || a.y === undefined) return;
    cx += a.x;
    cy += a.y;
    n++;
  });
  if (n > 0) {
    cx /= n;
    cy /= n;
  }
  let reach = 0;
  graph.forEachNode((k, a) => {
    if (isPlaced(k, a.kind) && a.x !== undefined && a.y !== undefined) reach = Math.max(reach, Math.hypot(a.x - cx, a.y - cy));
  });
  const radius = reach + unit;
  return (key) => {
    const a = angleOf(key);
    return { x: cx + radius * Math.cos(a), y: cy + radius * Math.sin(a) };
  };
}
