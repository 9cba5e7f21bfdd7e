/**
 * What the filters leave visible, and how to follow a filter change at the cost of what it
 * changes. computeVisibility is the definition, from scratch; visibilityTracker keeps the same
 * answer up to date from buckets (actions by type, status, document; entities by category;
 * dated actions by first and last day), so unticking a status touches that status's actions,
 * their parties and folded edges, not all 100,000 actions.
 */
import type { RegkgGraph } from "../graph/index.ts";
import { dateRange, type FoldGraph } from "../query/index.ts";
import type { Filters } from "./state.ts";

export interface Visibility {
  /** Nodes the filters leave visible. From a tracker: live, it changes on the tracker's next apply. */
  nodes: ReadonlySet<string>;
  visibleActions: number;
  totalActions: number;
  /** Actions with no calendar date: a date range never hides them. */
  undatedActions: number;
}

/**
 * What the filters leave: actions of a shown type, status and document (and, with a date
 * range, dated within it) that keep at least one shown actor and one shown target; entities of
 * a shown category that take part in a visible action, or in a relation with an entity of a
 * shown category that does (one step: an entity left with nothing is hidden rather than
 * floating alone); documents with a visible action.
 */
export function computeVisibility(graph: RegkgGraph, filters: Filters): Visibility {
  const nodes = new Set<string>();
  let visibleActions = 0;
  let totalActions = 0;
  let undatedActions = 0;
  const dates = filters.dates;
  graph.forEachNode((node, a) => {
    if (a.kind !== "action") return;
    totalActions++;
    if (!a.time?.date) undatedActions++;
    if (filters.actionTypes.has(a.actionType) || filters.statuses.has(a.status)) return;
    if (dates && a.time?.date) {
      const [first, last] = dateRange(a.time.date);
      if (last < dates[0] || first > dates[1]) return;
    }
    const docs: string[] = [];
    const parties: string[] = [];
    let actors = 0;
    let targets = 0;
    graph.forEachEdge(node, (_e, edge, source, target) => {
      const other = source === node ? target : source;
      const attrs = graph.getNodeAttributes(other);
      if (attrs.kind === "document") docs.push(other);
      else if (attrs.kind === "entity" && !filters.categories.has(attrs.category)) {
        parties.push(other);
        if (edge.kind === "actor") actors++;
        else if (edge.kind === "target") targets++;
      }
    });
    if (docs.some((d) => filters.documents.has(d)) || actors === 0 || targets === 0) return;
    nodes.add(node);
    visibleActions++;
    for (const n of [...parties, ...docs]) nodes.add(n);
  });
  // One step along relations from the entities that act: added after the pass, so the answer
  // does not depend on the order the relations come in.
  const related: string[] = [];
  graph.forEachEdge((_e, a, source, target) => {
    if (a.kind !== "relation") return;
    const s = graph.getNodeAttributes(source);
    const t = graph.getNodeAttributes(target);
    if (s.kind !== "entity" || t.kind !== "entity" || filters.categories.has(s.category) || filters.categories.has(t.category)) return;
    if (nodes.has(source)) related.push(target);
    if (nodes.has(target)) related.push(source);
  });
  for (const n of related) nodes.add(n);
  return { nodes, visibleActions, totalActions, undatedActions };
}

/** Folded edge -> how many of its actions are visible (the reducers ask one edge at a time). */
export interface EdgeWeights {
  get(edge: string): number | undefined;
}

export interface VisibilityTracker {
  /** The visibility under `filters`, reached from the previous call's by what differs. */
  apply(filters: Filters): Visibility;
  /** The nodes (actions, entities, documents) whose visibility the last apply flipped. */
  lastFlipped(): readonly string[];
  /** The filters of the last apply (or those it was built with). */
  filters(): Filters;
  /**
   * Folded edge -> how many of its actions are visible, kept up to date by later applies
   * (built on the first call for a fold, then only changed actions' edges are touched). Live.
   */
  foldWeights(fold: FoldGraph): EdgeWeights;
  /**
   * The folded edges whose count of visible actions the last apply changed (for the page to
   * redraw those only); null when the counts were not kept through it (foldWeights not called
   * before it, or for another fold).
   */
  lastFoldChanged(): readonly string[] | null;
}

/** How an action is tied to an entity, for the counts that decide its visibility. */
const ACTOR = 0;
const TARGET = 1;
const OTHER = 2;

const NO_FILTERS: Filters = { categories: new Set(), actionTypes: new Set(), statuses: new Set(), documents: new Set(), dates: null };

/** Values in exactly one of two sets: the checkboxes a change flipped. */
function flipped<T>(a: ReadonlySet<T>, b: ReadonlySet<T>): T[] {
  if (a === b) return [];
  const out: T[] = [];
  for (const v of a) if (!b.has(v)) out.push(v);
  for (const v of b) if (!a.has(v)) out.push(v);
  return out;
}

/** Positions i of `order` (sorted by key(i)) with lo <= key < hi. */
function between(order: Int32Array, key: (i: number) => string, lo: string, hi: string): Int32Array {
  const bound = (x: string) => {
    let l = 0;
    let h = order.length;
    while (l < h) {
      const m = (l + h) >>> 1;
      if (key(order[m]!) < x) l = m + 1;
      else h = m;
    }
    return l;
  };
  return lo < hi ? order.subarray(bound(lo), bound(hi)) : order.subarray(0, 0);
}

/** Numbers per row, laid out flat (one typed array, no array per action): row i is items[start[i]] to items[start[i + 1] - 1]. */
interface Rows {
  start: Int32Array;
  items: Int32Array;
  row(i: number): Int32Array;
}

/** The rows of `n` given as pairs (row[k], value[k]), each row in the pairs' order. */
function rows(n: number, row: readonly number[], value: readonly number[]): Rows {
  const start = new Int32Array(n + 1);
  for (const r of row) start[r + 1]! += 1;
  for (let i = 0; i < n; i++) start[i + 1]! += start[i]!;
  const items = new Int32Array(row.length);
  const fill = start.slice(0, n);
  for (let k = 0; k < row.length; k++) items[fill[row[k]!]!++] = value[k]!;
  return { start, items, row: (i) => items.subarray(start[i]!, start[i + 1]!) };
}

/**
 * Index the graph once (one pass over nodes and one over edges), starting from `filters`;
 * then each apply costs what the change touches. The graph must not change meanwhile (the page
 * makes a new tracker when it reloads the graph).
 */
export function visibilityTracker(graph: RegkgGraph, filters: Filters = NO_FILTERS): VisibilityTracker {
  const steps = visibilityTrackerSteps(graph, filters, Infinity);
  for (;;) {
    const next = steps.next();
    if (next.done) return next.value;
  }
}

/**
 * The same build in steps, for the page to make it in idle time (index-ahead.ts): each step
 * does about `chunk` nodes, edges or actions and yields how far it has got (0..1). With `fold`,
 * its folded edges' counts are built too (foldWeights(fold) then costs nothing).
 */
export function* visibilityTrackerSteps(graph: RegkgGraph, filters: Filters = NO_FILTERS, chunk = 2_000, fold?: FoldGraph): Generator<number, VisibilityTracker, void> {
  const total = 2 * graph.order + graph.size + (fold?.size ?? 0) || 1;
  let done = 0;
  const actionIds: string[] = [];
  const entityIds: string[] = [];
  const docIds: string[] = [];
  const index = new Map<string, number>();
  const byType = new Map<string, number[]>();
  const byStatus = new Map<string, number[]>();
  const byCategory = new Map<string, number[]>();
  const first: string[] = [];
  const last: string[] = [];
  const push = (m: Map<string, number[]>, k: string, v: number) => {
    const l = m.get(k);
    if (l) l.push(v);
    else m.set(k, [v]);
  };
  let undatedActions = 0;
  const ranges = new Map<string, readonly [string, string]>();
  for (const { node: n, attributes: a } of graph.nodeEntries()) {
    if (++done % chunk === 0) yield done / total;
    if (a.kind === "action") {
      const i = actionIds.push(n) - 1;
      index.set(n, i);
      push(byType, a.actionType, i);
      push(byStatus, a.status, i);
      const date = a.time?.date;
      if (date) {
        let r = ranges.get(date);
        if (!r) ranges.set(date, (r = dateRange(date)));
        first.push(r[0]);
        last.push(r[1]);
      } else {
        undatedActions++;
        first.push("");
        last.push("");
      }
    } else if (a.kind === "entity") {
      const i = entityIds.push(n) - 1;
      index.set(n, i);
      push(byCategory, a.category, i);
    } else {
      index.set(n, docIds.push(n) - 1);
    }
  }
  const A = actionIds.length;
  const E = entityIds.length;
  // action -> its entities (entity * 4 + how), and its documents; entity -> its actions
  // (action * 4 + how) and its relations; document -> its actions. One entry per edge, as
  // computeVisibility counts them. Gathered as pairs, then laid out flat (rows()).
  const ae: [number[], number[]] = [[], []];
  const ad: [number[], number[]] = [[], []];
  const rel: [number[], number[]] = [[], []];
  const pair = (p: [number[], number[]], from: number, to: number) => {
    p[0].push(from);
    p[1].push(to);
  };
  for (const { attributes: attrs, source, target, sourceAttributes, targetAttributes } of graph.edgeEntries()) {
    if (++done % chunk === 0) yield done / total;
    const ks = sourceAttributes.kind;
    const kt = targetAttributes.kind;
    if (attrs.kind === "relation" && ks === "entity" && kt === "entity") {
      pair(rel, index.get(source)!, index.get(target)!);
      pair(rel, index.get(target)!, index.get(source)!);
    }
    // Only an edge between an action and another node bears on the action (whatever its kind, as in computeVisibility).
    if ((ks === "action") === (kt === "action")) continue;
    const actionIsSource = ks === "action";
    const a = index.get(actionIsSource ? source : target)!;
    const o = index.get(actionIsSource ? target : source)!;
    const ko = actionIsSource ? kt : ks;
    if (ko === "document") pair(ad, a, o);
    else if (ko === "entity") pair(ae, a, o * 4 + (attrs.kind === "actor" ? ACTOR : attrs.kind === "target" ? TARGET : OTHER));
  }
  const actionEntities = rows(A, ae[0], ae[1]);
  const entityActions = rows(E, ae[1].map((x) => x >> 2), ae[0].map((a, k) => a * 4 + (ae[1][k]! % 4)));
  const actionDocs = rows(A, ad[0], ad[1]);
  const docActions = rows(docIds.length, ad[1], ad[0]);
  const related = rows(E, rel[0], rel[1]);
  const datedIds: number[] = [];
  for (let i = 0; i < A; i++) if (first[i]) datedIds.push(i);
  const byFirst = Int32Array.from(datedIds).sort((x, y) => (first[x]! < first[y]! ? -1 : first[x]! > first[y]! ? 1 : 0));
  const byLast = Int32Array.from(datedIds).sort((x, y) => (last[x]! < last[y]! ? -1 : last[x]! > last[y]! ? 1 : 0));

  // Per action: which filters hide it (bits), how many hidden documents, shown actors and
  // targets. Per entity: hidden category, edges to visible actions, related active entities.
  const TYPE = 1;
  const STATUS = 2;
  const DATE = 4;
  const hiddenBy = new Uint8Array(A);
  const hiddenDocs = new Int32Array(A);
  const shownActors = new Int32Array(A);
  const shownTargets = new Int32Array(A);
  const visible = new Uint8Array(A);
  const entityHidden = new Uint8Array(E);
  const entityRefs = new Int32Array(E);
  const entityActive = new Uint8Array(E);
  const relatedActive = new Int32Array(E);
  const docRefs = new Int32Array(docIds.length);
  for (let a = 0; a < A; a++) {
    for (let k = actionEntities.start[a]!; k < actionEntities.start[a + 1]!; k++) {
      const x = actionEntities.items[k]!;
      if (x % 4 === ACTOR) shownActors[a]! += 1;
      else if (x % 4 === TARGET) shownTargets[a]! += 1;
    }
  }
  const nodes = new Set<string>();
  let visibleActions = 0;
  let current: Filters = NO_FILTERS;
  /** Per folded edge (by its position in the fold) its visible actions; per action its folded edges. */
  let weights: { fold: FoldGraph; ordinal: Map<string, number>; keys: string[]; counts: Int32Array; edgesOf: Rows; view: EdgeWeights; mark: Uint8Array } | null = null;
  /** The folded edges whose count the last apply changed; null when it kept no counts (made after it, or never). */
  let foldChanged: string[] | null = null;

  // What one apply touched: actions to re-test, entities whose standing may have changed.
  const dirtyActions: number[] = [];
  const actionMark = new Uint8Array(A);
  const dirtyEntities: number[] = [];
  const entityMark = new Uint8Array(E);
  const touchAction = (a: number) => {
    if (!actionMark[a]) {
      actionMark[a] = 1;
      dirtyActions.push(a);
    }
  };
  const touchEntity = (e: number) => {
    if (!entityMark[e]) {
      entityMark[e] = 1;
      dirtyEntities.push(e);
    }
  };
  const setBit = (list: readonly number[] | undefined, bit: number, on: boolean) => {
    if (!list) return;
    for (const a of list) {
      if (on) hiddenBy[a]! |= bit;
      else hiddenBy[a]! &= ~bit;
      touchAction(a);
    }
  };
  /** Nodes whose visibility the last apply flipped. */
  let flippedNodes: string[] = [];
  const outOf = (a: number, dates: Filters["dates"]) => dates !== null && first[a] !== "" && (last[a]! < dates[0] || first[a]! > dates[1]);
  const apply = (next: Filters): Visibility => {
    for (const v of flipped(current.actionTypes, next.actionTypes)) setBit(byType.get(v), TYPE, next.actionTypes.has(v));
    for (const v of flipped(current.statuses, next.statuses)) setBit(byStatus.get(v), STATUS, next.statuses.has(v));
    for (const d of flipped(current.documents, next.documents)) {
      const i = index.get(d);
      if (i === undefined || docIds[i] !== d) continue;
      const step = next.documents.has(d) ? 1 : -1;
      for (const a of docActions.row(i)) {
        hiddenDocs[a]! += step;
        touchAction(a);
      }
    }
    for (const c of flipped(current.categories, next.categories)) {
      const hide = next.categories.has(c);
      const step = hide ? -1 : 1;
      for (const e of byCategory.get(c) ?? []) {
        entityHidden[e] = hide ? 1 : 0;
        touchEntity(e);
        for (const x of entityActions.row(e)) {
          const a = x >> 2;
          if (x % 4 === ACTOR) shownActors[a]! += step;
          else if (x % 4 === TARGET) shownTargets[a]! += step;
          touchAction(a);
        }
      }
    }
    const [d0, d1] = [current.dates, next.dates];
    if (d0 !== d1 && (d0?.[0] !== d1?.[0] || d0?.[1] !== d1?.[1])) {
      // An action's standing changes only if its last day passed a `from` edge, or its first day a `to` edge.
      const from = [d0?.[0] ?? "", d1?.[0] ?? ""].sort();
      const to = [d0?.[1] ?? "\uffff", d1?.[1] ?? "\uffff"].sort();
      const candidates = [...between(byLast, (i) => last[i]!, from[0]!, from[1]!), ...between(byFirst, (i) => first[i]!, `${to[0]}\u0000`, `${to[1]}\u0000`)];
      for (const a of candidates) {
        if (outOf(a, d1)) hiddenBy[a]! |= DATE;
        else hiddenBy[a]! &= ~DATE;
        touchAction(a);
      }
    }
    current = next;

    const changed: number[] = [];
    flippedNodes = [];
    for (const a of dirtyActions) {
      actionMark[a] = 0;
      const now = hiddenBy[a] === 0 && hiddenDocs[a] === 0 && shownActors[a]! > 0 && shownTargets[a]! > 0 ? 1 : 0;
      if (now === visible[a]) continue;
      visible[a] = now;
      changed.push(a);
      const step = now ? 1 : -1;
      visibleActions += step;
      if (now) nodes.add(actionIds[a]!);
      else nodes.delete(actionIds[a]!);
      flippedNodes.push(actionIds[a]!);
      for (let k = actionEntities.start[a]!; k < actionEntities.start[a + 1]!; k++) {
        const e = actionEntities.items[k]! >> 2;
        entityRefs[e]! += step;
        touchEntity(e);
      }
      for (let k = actionDocs.start[a]!; k < actionDocs.start[a + 1]!; k++) {
        const d = actionDocs.items[k]!;
        docRefs[d]! += step;
        if (docRefs[d] === (now ? 1 : 0)) {
          if (now) nodes.add(docIds[d]!);
          else nodes.delete(docIds[d]!);
          flippedNodes.push(docIds[d]!);
        }
      }
    }
    dirtyActions.length = 0;
    // Entities: first whether each acts (shown, with a visible action), which moves its
    // relations' counts; then whether each is shown (it acts, or a related entity does).
    const settle: number[] = [];
    for (const e of dirtyEntities) {
      const active = entityHidden[e] === 0 && entityRefs[e]! > 0 ? 1 : 0;
      settle.push(e);
      if (active === entityActive[e]) continue;
      entityActive[e] = active;
      for (const f of related.row(e)) {
        relatedActive[f]! += active ? 1 : -1;
        settle.push(f);
      }
    }
    for (const e of dirtyEntities) entityMark[e] = 0;
    dirtyEntities.length = 0;
    for (const e of settle) {
      const id = entityIds[e]!;
      const shown = entityHidden[e] === 0 && (entityRefs[e]! > 0 || relatedActive[e]! > 0);
      if (shown === nodes.has(id)) continue;
      if (shown) nodes.add(id);
      else nodes.delete(id);
      flippedNodes.push(id);
    }
    foldChanged = null;
    if (weights) {
      const { counts, edgesOf, keys, mark } = weights;
      const touched: number[] = [];
      for (const a of changed) {
        const step = visible[a] ? 1 : -1;
        for (let k = edgesOf.start[a]!; k < edgesOf.start[a + 1]!; k++) {
          const o = edgesOf.items[k]!;
          counts[o]! += step;
          if (mark[o] === 0) (mark[o] = 1), touched.push(o);
        }
      }
      foldChanged = touched.map((o) => ((mark[o] = 0), keys[o]!));
    }
    return { nodes, visibleActions, totalActions: A, undatedActions };
  };

  /** Each folded edge's count of visible actions, and the actions' edges, a chunk of edges a step. */
  function* weightSteps(fold: FoldGraph): Generator<void, void, void> {
    const ordinal = new Map<string, number>();
    const counts = new Int32Array(fold.size);
    const pairs: [number[], number[]] = [[], []];
    const keys: string[] = [];
    for (const { edge: e, attributes: attrs } of fold.edgeEntries()) {
      const o = ordinal.size;
      ordinal.set(e, o);
      keys.push(e);
      for (const action of attrs.actions) {
        const a = index.get(action);
        if (a === undefined || actionIds[a] !== action) continue;
        pair(pairs, a, o);
        if (visible[a]) counts[o]! += 1;
      }
      if ((o + 1) % chunk === 0) yield;
    }
    const edgesOf = rows(A, pairs[0], pairs[1]);
    const view: EdgeWeights = {
      get: (edge) => {
        const o = ordinal.get(edge);
        return o === undefined ? undefined : counts[o];
      },
    };
    weights = { fold, ordinal, keys, counts, edgesOf, view, mark: new Uint8Array(fold.size) };
    // Counted now, after the last apply: what it changed is not known.
    foldChanged = null;
  }

  // Start from nothing hidden: every action is tested once, a chunk at a time.
  for (let from = 0; from < A; from += Math.min(chunk, A)) {
    for (let a = from; a < Math.min(A, from + chunk); a++) touchAction(a);
    apply(NO_FILTERS);
    done += Math.min(chunk, A - from);
    if (done < total) yield done / total;
  }
  if (filters !== NO_FILTERS) apply(filters);
  // The overview's counts too, so that its first filter change already redraws only what it changes.
  if (fold) {
    for (const _ of weightSteps(fold)) {
      done += chunk;
      yield Math.min(done / total, 0.99);
    }
  }

  return {
    apply,
    lastFlipped: () => flippedNodes,
    lastFoldChanged: () => foldChanged,
    filters: () => current,
    foldWeights(fold) {
      if (weights?.fold !== fold) for (const _ of weightSteps(fold));
      return weights!.view;
    },
  };
}
