import { describe, expect, it } from "vitest";
import type { ReviewItem } from "../../src/graph/review-item.ts";
import { chooseItem, currentItem, openReview, setItems, setServer, stepItem } from "../../src/explorer/review-state.ts";
import { initialState } from "../../src/explorer/state.ts";

const item = (id: string, version = "v1"): ReviewItem => ({
  id,
  kind: "action",
  doc: "doc:a",
  sentence: null,
  version,
  review: "proposed",
  record: { id, actionType: "ban", status: "enacted", summary: id, actors: ["entity:x"], targets: ["entity:y"], evidence: [{ start: 0, end: 1, quote: "a" }], method: "manual" },
  names: {},
  unread: [],
});
const [a, b, c, d] = ["action:a:1", "action:a:2", "action:a:3", "action:a:4"].map((id) => item(id));

describe("review state", () => {
  it("opens only with a server behind the page", () => {
    expect(openReview(initialState, true)).toBe(initialState);
    const open = openReview(setServer(initialState, true), true);
    expect(open.review.open).toBe(true);
    expect(openReview(open, true)).toBe(open);
  });

  it("after a decision the next queued item comes up, not the first", () => {
    let s = setItems(initialState, [a!, b!, c!, d!]);
    expect(s.review.current).toBe(a!.id);
    s = chooseItem(s, b!.id);
    // b was accepted: the server's queue no longer has it; c took its place.
    s = setItems(s, [a!, c!, d!]);
    expect(s.review.current).toBe(c!.id);
    // The last one decided: the one before it comes up.
    s = chooseItem(s, d!.id);
    s = setItems(s, [a!, c!]);
    expect(s.review.current).toBe(c!.id);
    s = setItems(s, []);
    expect(s.review.current).toBe(null);
    expect(currentItem(s)).toBeUndefined();
  });

  it("keeps the item under review when it is still queued (with a new version after an edit), or the one asked for", () => {
    let s = setItems(initialState, [a!, b!]);
    s = chooseItem(s, b!.id);
    s = setItems(s, [a!, item(b!.id, "v2")]);
    expect(currentItem(s)?.version).toBe("v2");
    s = setItems(s, [a!, b!, c!], c!.id);
    expect(s.review.current).toBe(c!.id);
  });

  it("steps through the queue, wrapping round; choosing an unknown id changes nothing", () => {
    let s = setItems(initialState, [a!, b!, c!]);
    s = stepItem(s, -1);
    expect(s.review.current).toBe(c!.id);
    s = stepItem(s, 1);
    expect(s.review.current).toBe(a!.id);
    expect(chooseItem(s, "action:zz:1")).toBe(s);
  });
});
