// The review API's item (GET /api/review), shared by the server that makes it and the page that
// shows it. Types only: the browser bundle gets nothing of the server from here.
import type { ActionRecord, ActionType, AnnotationFile, EntityRecord, Quantity } from "../schema/index.ts";

/**
 * One proposed action or entity awaiting review; or a document under review with no action left
 * to decide (the extractor proposed none, or none is still proposed), to read for what was
 * missed and mark done.
 */
export interface ReviewItem {
  id: string;
  kind: "action" | "entity" | "document";
  /** The document the item comes from (for an entity: the first whose actions name it). */
  doc: string | null;
  /** The sentence that holds the first evidence span, with its offsets into the document's text. */
  sentence: { start: number; end: number; text: string } | null;
  /** A hash of the file the item lives in: send it back in If-Match. */
  version: string;
  review: "proposed" | "accepted";
  /** The record as it stands in its file (for a document: its annotation file). */
  record: ActionRecord | EntityRecord | AnnotationFile;
  /** Names of the entities the record refers to, by id. */
  names: Record<string, string>;
  /**
   * The sentences of the item's document likely to state an action that no action of its
   * annotation stands on: where the extractor may have missed something (src/extract/unread.ts).
   * Empty for an entity.
   */
  unread: UnreadSpan[];
}

/** A sentence worth a reviewer's look, and the action's words found in it (maybe none). */
export interface UnreadSpan {
  start: number;
  end: number;
  words: string[];
  /** The action types those words state, first found first: what the sentence may be missing. */
  types: ActionType[];
  /** The first amount of money it states, and the date of its first time phrase: what an action added from it would carry. */
  quantity?: Quantity;
  date?: string;
}

