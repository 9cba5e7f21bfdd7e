/**
 * Review mode's part of the view state: the queue the server proposes, the item under review,
 * and what the page last had to say. Pure producers `(state, ...args) => newState`, as the rest
 * of the explorer's state (src/explorer/state.ts), so the queue's behaviour is tested without a
 * browser; the controller (controllers/review.ts) only renders it and calls the API.
 */
import type { ReviewItem } from "../graph/review-item.ts";
import type { ExplorerState } from "./state.ts";

export interface ReviewMessage {
  tone: "info" | "error";
  text: string;
  /** One line per problem, as `regkg validate` prints them. */
  lines: readonly string[];
}

export interface ReviewState {
  /** A review server is behind the page (false: the static build, read-only). */
  server: boolean;
  open: boolean;
  items: readonly ReviewItem[];
  /** The id of the item under review; null when the queue is empty. */
  current: string | null;
  /** A request is on its way: the buttons wait for it. */
  busy: boolean;
  message: ReviewMessage | null;
  /** What the last decision was, while it can still be undone. */
  undo: string | null;
}

export const initialReview: ReviewState = { server: false, open: false, items: [], current: null, busy: false, message: null, undo: null };

const withReview = (s: ExplorerState, review: ReviewState): ExplorerState => ({ ...s, review });

export const setServer = (s: ExplorerState, server: boolean): ExplorerState => (s.review.server === server ? s : withReview(s, { ...s.review, server }));

export const openReview = (s: ExplorerState, open: boolean): ExplorerState =>
  s.review.open === open || (open && !s.review.server) ? s : withReview(s, { ...s.review, open });

/**
 * A new queue from the server. The item under review stays when it is still proposed; when it
 * is gone (accepted, rejected), the one that took its place in the queue comes next.
 */
export function setItems(s: ExplorerState, items: readonly ReviewItem[], prefer?: string): ExplorerState {
  const old = s.review;
  let current: string | null = null;
  if (prefer && items.some((i) => i.id === prefer)) current = prefer;
  else if (old.current && items.some((i) => i.id === old.current)) current = old.current;
  else if (items.length) {
    const at = old.current ? old.items.findIndex((i) => i.id === old.current) : 0;
    // The first item after the old one that is still queued, else the last.
    const after = old.items.slice(Math.max(at, 0) + 1).find((i) => items.some((x) => x.id === i.id));
    current = after?.id ?? items[Math.min(Math.max(at, 0), items.length - 1)]!.id;
  }
  return withReview(s, { ...old, items, current });
}

export const chooseItem = (s: ExplorerState, id: string): ExplorerState =>
  s.review.current === id || !s.review.items.some((i) => i.id === id) ? s : withReview(s, { ...s.review, current: id });

/** The next (+1) or previous (-1) item of the queue, wrapping round. */
export function stepItem(s: ExplorerState, by: 1 | -1): ExplorerState {
  const { items, current } = s.review;
  if (items.length === 0) return s;
  const at = items.findIndex((i) => i.id === current);
  const next = items[(at + by + items.length) % items.length]!;
  return chooseItem(s, next.id);
}

export const setBusy = (s: ExplorerState, busy: boolean): ExplorerState => (s.review.busy === busy ? s : withReview(s, { ...s.review, busy }));

export const setMessage = (s: ExplorerState, message: ReviewMessage | null): ExplorerState => withReview(s, { ...s.review, message });

export const setUndo = (s: ExplorerState, undo: string | null): ExplorerState => (s.review.undo === undo ? s : withReview(s, { ...s.review, undo }));

export const currentItem = (s: ExplorerState): ReviewItem | undefined => s.review.items.find((i) => i.id === s.review.current);
