/**
 * Review mode: the queue of proposed items, the document with the evidence marked, the proposed
 * actor -> action -> target with pickers, and the decisions (accept, reject, save an edit, undo),
 * each a request to the local server (src/explorer/api.ts). Renders the review part of the one
 * store's state and changes it only through review-state.ts's producers; document text goes in
 * as text nodes, never as markup.
 */
import type { RegkgGraph } from "../../graph/index.ts";
import type { QueryIndex } from "../../query/index.ts";
import { ACTION_TYPES, ENTITY_CATEGORIES, formatProblem, STATUSES, type ActionRecord, type EntityRecord } from "../../schema/index.ts";
import type { UnreadSpan } from "../../graph/review-item.ts";
import * as api from "../api.ts";
import { amountAndDate, typedOf, type TypedAmount } from "../review-form.ts";
import { byId, el } from "../dom.ts";
import { chooseItem, currentItem, openReview, setBusy, setItems, setMessage, setUndo, stepItem } from "../review-state.ts";
import type { ExplorerState } from "../state.ts";
import type { Store } from "../store.ts";
import { searchEntities } from "./search.ts";

export interface ReviewContext {
  store: Store<ExplorerState>;
  graph: () => RegkgGraph;
  index: () => QueryIndex;
  /** Fetch the graph from the server again and show it in place. */
  reloadGraph: () => Promise<void>;
  /** Select a node in the graph (and bring it into view). */
  select: (id: string) => void;
  /** Set by mountReview: merge one entity into another through the server. */
  merge?: (keep: string, drop: string) => Promise<void>;
  /** Set by mountReview: add an entity graph-data lacks; its id, or null when the server refused. */
  createEntity?: (name: string) => Promise<string | null>;
}

type Span = { start: number; end: number };

/** The form's current values for an action: what Save or Accept sends when it differs from the record. */
interface ActionDraft {
  actionType: string;
  status: string;
  summary: string;
  actors: string[];
  targets: string[];
  evidence: Span[];
  /** What the amount and date boxes say, read into a quantity and a time when the form is sent. */
  amount: TypedAmount;
  date: string;
}

/** The amount (number, unit, how exact) and the date, as boxes bound to the draft; `show` puts the draft's values back in them. */
function amountAndDateFields(d: ActionDraft, phrase?: string): { fields: HTMLElement; show: () => void } {
  const value = el("input", { attrs: { id: "review-amount", type: "text", inputmode: "decimal", placeholder: "e.g. 2,500,000", "aria-label": "Amount" } });
  value.value = d.amount.value;
  value.addEventListener("input", () => (d.amount.value = value.value));
  const unit = el("input", { attrs: { id: "review-unit", type: "text", list: "review-units", placeholder: "unit", title: "What is counted: a currency (USD, GBP…) or a thing (servers)", "aria-label": "Unit of the amount" } });
  unit.value = d.amount.unit;
  unit.addEventListener("input", () => (d.amount.unit = unit.value));
  const units = el("datalist", { attrs: { id: "review-units" } }, ...["USD", "EUR", "GBP", "CNY", "AUD", "JPY", "INR", "TWD", "CAD", "CHF", "HKD"].map((u) => el("option", { attrs: { value: u } })));
  const comparator = el("select", { attrs: { id: "review-comparator", "aria-label": "How exact the amount is" } }, ...[["", "exactly"], ["~", "about"], [">", "more than"], [">=", "at least"], ["<", "less than"], ["<=", "at most"]].map(([v, label]) => el("option", { text: label!, attrs: { value: v! } })));
  comparator.value = d.amount.comparator;
  comparator.addEventListener("change", () => (d.amount.comparator = comparator.value));
  const date = el("input", { attrs: { id: "review-date", type: "text", placeholder: "YYYY-MM-DD", "aria-label": "Date of the action" } });
  date.value = d.date;
  date.addEventListener("input", () => (d.date = date.value));
  const show = () => {
    value.value = d.amount.value;
    unit.value = d.amount.unit;
    comparator.value = d.amount.comparator;
    date.value = d.date;
  };
  const fields = el(
    "div",
    { className: "amount-date" },
    el("div", { className: "field" }, el("span", { className: "field-label", text: "Amount" }), el("span", { className: "amount" }, comparator, value, unit, units)),
    el("div", { className: "field" }, el("span", { className: "field-label", text: "Date" }), date, ...(phrase ? [el("span", { className: "muted", attrs: { id: "review-time-phrase" }, text: `the text says “${phrase}”` })] : [])),
  );
  return { fields, show };
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

function nameOf(graph: RegkgGraph, id: string, names: Record<string, string> = {}): string {
  if (graph.hasNode(id)) {
    const a = graph.getNodeAttributes(id);
    if (a.kind === "entity") return a.name;
  }
  return names[id] ?? id;
}

/** Offsets of the selection inside `container`'s text, trimmed of surrounding white space; null when it is elsewhere or empty. */
export function selectionSpan(container: HTMLElement, text: string): Span | null {
  const sel = window.getSelection();
  if (!sel || sel.rangeCount === 0 || sel.isCollapsed) return null;
  const range = sel.getRangeAt(0);
  if (!container.contains(range.startContainer) || !container.contains(range.endContainer)) return null;
  const offset = (node: Node, at: number) => {
    const r = document.createRange();
    r.setStart(container, 0);
    r.setEnd(node, at);
    return r.toString().length;
  };
  let start = offset(range.startContainer, range.startOffset);
  let end = offset(range.endContainer, range.endOffset);
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  return end > start ? { start, end } : null;
}

/** A list of chosen entities with a type-ahead box to add more. */
function entityPicker(ctx: ReviewContext, id: string, label: string, chosen: string[], names: Record<string, string>, onChange: (ids: string[]) => void, offerNew = false): HTMLElement {
  const chips = el("span", { className: "chips" });
  const input = el("input", {
    attrs: { id, type: "text", placeholder: "add: type a name", autocomplete: "off", role: "combobox", "aria-autocomplete": "list", "aria-expanded": "false", "aria-label": `Add ${label.toLowerCase()}` },
  });
  const list = el("ul", { className: "picker-hits", attrs: { role: "listbox", id: `${id}-hits` } });
  list.hidden = true;
  let ids = [...chosen];
  const known: Record<string, string> = { ...names };
  // (A hit with no id offers to add the typed name as a new entity.)
  let hits: { id: string; name: string; category: string }[] = [];
  let active = 0;
  const renderChips = () =>
    chips.replaceChildren(
      ...ids.map((x) => {
        const remove = el("button", { className: "chip-remove", text: "×", attrs: { type: "button", "aria-label": `Remove ${nameOf(ctx.graph(), x, known)}` } });
        remove.addEventListener("click", () => {
          ids = ids.filter((y) => y !== x);
          renderChips();
          onChange(ids);
        });
        return el("span", { className: "chip", attrs: { "data-id": x } }, el("span", { text: nameOf(ctx.graph(), x, known) }), remove);
      }),
    );
  const renderHits = () => {
    list.replaceChildren(
      ...hits.map((h, i) => {
        const li = h.id
          ? el("li", { attrs: { role: "option", "aria-selected": String(i === active), "data-id": h.id } }, el("span", { text: h.name }), el("span", { className: "hit-category", text: h.category.replace(/_/g, " ") }))
          : el("li", { className: "picker-new", attrs: { role: "option", "aria-selected": String(i === active), "data-new": "true" } }, el("span", { text: `New entity: “${h.name}”` }), el("span", { className: "hit-category", text: "add to graph-data" }));
        li.addEventListener("mousedown", (e) => {
          e.preventDefault();
          void pick(i);
        });
        return li;
      }),
    );
    list.hidden = hits.length === 0;
    input.setAttribute("aria-expanded", String(hits.length > 0));
  };
  const pick = async (i: number) => {
    let h = hits[i];
    if (!h) return;
    if (!h.id) {
      const id = await ctx.createEntity?.(h.name);
      if (!id) return;
      known[id] = h.name;
      h = { ...h, id };
    }
    if (!ids.includes(h.id)) ids = [...ids, h.id];
    input.value = "";
    hits = [];
    renderHits();
    renderChips();
    onChange(ids);
  };
  input.addEventListener("input", () => {
    hits = searchEntities(ctx.index(), input.value, 8);
    const typed = input.value.trim();
    // A party graph-data does not have yet (an action the extractor missed often names one): offered last, when no entity has that name.
    if (typed && offerNew && ctx.createEntity && !hits.some((h) => h.name.toLowerCase() === typed.toLowerCase())) hits = [...hits, { id: "", name: typed, category: "" }];
    active = 0;
    renderHits();
  });
  input.addEventListener("keydown", (e) => {
    if (e.key === "ArrowDown" || e.key === "ArrowUp") {
      if (!hits.length) return;
      e.preventDefault();
      active = (active + (e.key === "ArrowDown" ? 1 : hits.length - 1)) % hits.length;
      renderHits();
    } else if (e.key === "Enter") {
      e.preventDefault();
      void pick(active);
    } else if (e.key === "Escape") {
      hits = [];
      renderHits();
    }
  });
  input.addEventListener("blur", () => {
    hits = [];
    renderHits();
  });
  renderChips();
  return el("div", { className: "picker", attrs: { "data-picker": label.toLowerCase() } }, el("span", { className: "field-label", text: label }), chips, el("span", { className: "picker-box" }, input, list));
}

function vocabSelect<K extends string>(id: string, label: string, vocab: Record<K, { meaning: string }>, value: string, placeholder?: string): HTMLSelectElement {
  const select = el("select", { attrs: { id, "aria-label": label } });
  // (A form with nothing chosen yet says so rather than showing the list's first word as if it were chosen.)
  if (placeholder !== undefined) select.append(el("option", { text: placeholder, attrs: { value: "", disabled: "", ...(value === "" ? { selected: "" } : {}) } }));
  for (const key of Object.keys(vocab) as K[]) {
    const option = el("option", { text: key.replace(/_/g, " "), attrs: { value: key, title: vocab[key].meaning } });
    if (key === value) option.selected = true;
    select.append(option);
  }
  return select;
}

/**
 * The document's text with the evidence spans as <mark>s and the sentences worth a look
 * (`unread`: likely to state an action, none read from them) underlined, all as text nodes.
 */
function documentText(text: string, spans: readonly Span[], unread: readonly UnreadSpan[] = []): HTMLElement {
  const box = el("div", { className: "doc-text", attrs: { id: "review-doc", tabindex: "0", "aria-label": "The document's text; select a passage to use it as evidence" } });
  const marked = [
    ...spans.map((s) => ({ ...s, evidence: true, words: [] as string[] })),
    // (An evidence span set on one, in the form, takes its place.)
    ...unread.filter((u) => !spans.some((s) => s.start < u.end && u.start < s.end)).map((u) => ({ ...u, evidence: false })),
  ].sort((a, b) => a.start - b.start);
  let at = 0;
  for (const s of marked) {
    if (s.start < at || s.end > text.length) continue;
    const attrs = { "data-start": String(s.start), "data-end": String(s.end) };
    box.append(
      document.createTextNode(text.slice(at, s.start)),
      s.evidence
        ? el("mark", { text: text.slice(s.start, s.end), attrs })
        : el("span", { className: "unread", text: text.slice(s.start, s.end), attrs: { ...attrs, title: `No action was read from this sentence, though it ${s.words.length ? `says “${s.words.join("”, “")}”` : "reads like one that states an action"}: check it, and select it to add what was missed` } }),
    );
    at = s.end;
  }
  box.append(document.createTextNode(text.slice(at)));
  return box;
}

/** Select a passage of the document (so that the evidence and new-action buttons take it) and bring it into view. */
function selectPassage(box: HTMLElement, node: HTMLElement): void {
  const range = document.createRange();
  range.selectNodeContents(node);
  const sel = window.getSelection();
  sel?.removeAllRanges();
  sel?.addRange(range);
  node.scrollIntoView({ block: "center" });
  box.focus({ preventScroll: true });
}

/**
 * The line under the document that counts its underlined sentences (where the extractor may have
 * missed an action), with a button that selects each in turn, ready for "New action from selection".
 */
function unreadLine(currentDoc: () => HTMLElement, onSelect?: (start: number) => void): { line: HTMLElement; update: () => void } {
  const count = el("span", { attrs: { id: "review-unread-count" } });
  const next = el("button", { text: "Show the next", attrs: { type: "button", id: "review-next-unread", title: "Select the next underlined sentence, to add the action it states with New action from selection" } });
  let at = -1;
  next.addEventListener("click", () => {
    const all = [...currentDoc().querySelectorAll<HTMLElement>(".unread")];
    if (!all.length) return;
    at = (at + 1) % all.length;
    selectPassage(currentDoc(), all[at]!);
    onSelect?.(Number(all[at]!.dataset.start));
  });
  next.addEventListener("mousedown", (e) => e.preventDefault());
  const line = el("p", { className: "unread-note", attrs: { id: "review-unread" } }, count, " ", next);
  const update = () => {
    const left = currentDoc().querySelectorAll(".unread").length;
    line.hidden = left === 0;
    count.textContent = `${left} sentence${left === 1 ? "" : "s"} underlined in the text may state an action, but none was read from ${left === 1 ? "it" : "them"}: the extractor may have missed something there.`;
  };
  return { line, update };
}

function button(text: string, id: string, key: string, title: string): HTMLButtonElement {
  return el("button", { text, attrs: { type: "button", id, "aria-keyshortcuts": key, title: `${title} (${key})` } });
}

/**
 * The detail panel's merge tool for an entity: pick a duplicate by name, and it is merged into
 * this one (its references move here, its names become aliases).
 */
export function mergeTool(ctx: ReviewContext, keep: string): HTMLElement {
  let drop: string | null = null;
  const go = el("button", { text: "Merge", attrs: { type: "button", id: "merge-go" } });
  go.disabled = true;
  const picker = entityPicker(ctx, "merge-drop", "Merge a duplicate into this", [], {}, (ids) => {
    drop = ids.filter((x) => x !== keep).at(-1) ?? null;
    go.disabled = drop === null;
    go.textContent = drop ? `Merge ${nameOf(ctx.graph(), drop)} into ${nameOf(ctx.graph(), keep)}` : "Merge";
  });
  go.addEventListener("click", () => {
    if (drop && ctx.merge) void ctx.merge(keep, drop);
  });
  return el("div", { className: "tools merge" }, picker, go);
}

export function mountReview(ctx: ReviewContext, signal: AbortSignal): void {
  const { store } = ctx;
  const toggle = byId<HTMLButtonElement>("review-toggle");
  const panel = byId("review");
  const sidebar = byId("sidebar");
  let draft: ActionDraft | null = null;
  /** The last form of a document item: after an action is added from it, the form keeps who acted on whom for the next one. */
  let documentForm: { id: string; draft: ActionDraft } | null = null;
  let entityDraft: { name: string; category: string; aliases: string[] } | null = null;
  let shownKey = "";

  const problemLines = (err: unknown) => (err instanceof api.ApiError ? err.problems.map(formatProblem) : []);
  const fail = (err: unknown) =>
    store.update(setMessage, { tone: "error", text: err instanceof Error ? err.message : String(err), lines: problemLines(err) });

  /** Items and graph afresh from the server; `prefer` is the item to show next when it is queued. */
  async function refresh(prefer?: string): Promise<void> {
    // (The server says what undo would take back: decisions made in another tab or before a reload count too.)
    const [{ items, undo }] = await Promise.all([api.listItems(), ctx.reloadGraph()]);
    store.update(setItems, items, prefer);
    store.update(setUndo, undo);
  }

  /** Run one request with the buttons waiting; a 409 reloads the queue so the next try uses the new version. */
  async function act(work: () => Promise<string | void>): Promise<void> {
    if (store.get().review.busy) return;
    store.update(setBusy, true);
    try {
      const note = await work();
      if (note) store.update(setMessage, { tone: "info", text: note, lines: [] });
    } catch (err) {
      if (err instanceof api.ApiError && err.status === 409) {
        // The file changed under the page (an editor, another tab): show it as it is now.
        await refresh().catch(() => {});
        store.update(setMessage, { tone: "error", text: `The file changed since the page loaded it (edited elsewhere), so nothing was written; the page now shows it as it is: look again and decide.`, lines: [err.message] });
      } else fail(err);
    } finally {
      store.update(setBusy, false);
    }
  }

  function changes(item: api.ReviewItem): Record<string, unknown> | null {
    if (item.kind === "action" && draft) {
      const r = item.record as ActionRecord;
      const out: Record<string, unknown> = {};
      for (const k of ["actionType", "status", "summary", "actors", "targets"] as const) if (!same(draft[k], r[k])) out[k] = draft[k];
      const spans = r.evidence.map((e) => ({ start: e.start, end: e.end }));
      if (!same(draft.evidence, spans)) out.evidence = draft.evidence;
      const typed = amountAndDate(draft, r);
      if ("problem" in typed) throw new Error(typed.problem);
      for (const k of ["quantity", "time"] as const) if (!same(typed[k], r[k])) out[k] = typed[k] ?? null;
      return Object.keys(out).length ? out : null;
    }
    if (item.kind === "entity" && entityDraft) {
      const r = item.record as EntityRecord;
      const out: Record<string, unknown> = {};
      if (entityDraft.name !== r.name) out.name = entityDraft.name;
      if (entityDraft.category !== r.category) out.category = entityDraft.category;
      if (!same(entityDraft.aliases, r.aliases)) out.aliases = entityDraft.aliases;
      return Object.keys(out).length ? out : null;
    }
    return null;
  }

  /** Save the form's changes (when any), then accept if asked. */
  const decide = (what: "accept" | "reject" | "edit") =>
    act(async () => {
      let item = currentItem(store.get());
      if (!item) return;
      const id = item.id;
      if (item.kind === "document" && what !== "accept") return "A document is only marked done; its actions are decided one by one.";
      if (what === "reject") {
        await api.decide(item, { decision: "reject" });
        await refresh();
        return `Rejected ${id}.`;
      }
      const edit = changes(item);
      if (edit) {
        const edited = await api.decide(item, { decision: "edit", changes: edit });
        if (!("version" in edited)) return;
        item = edited;
      }
      if (what === "accept") {
        await api.decide(item, { decision: "accept" });
        await refresh();
        return item.kind === "document" ? `Marked ${id} done: its annotation is accepted.` : `Accepted ${id}${edit ? " with your changes" : ""}.`;
      }
      shownKey = ""; // show the saved record
      await refresh(id);
      return edit ? `Saved your changes to ${id}; it is still proposed.` : "Nothing to save: the form is as the file is.";
    });

  const undo = () =>
    act(async () => {
      const r = await api.undo();
      shownKey = "";
      await refresh();
      return `Undone: ${r.undone}.`;
    });

  async function ingestText(text: string, info: { title?: string; date?: string; url?: string }): Promise<void> {
    await act(async () => {
      const r = await api.ingest(text, info);
      const first = r.items[0]?.id;
      await refresh(first);
      const added = r.report.document === "added" ? "added" : "already there";
      return `${r.report.doc} ${added}: ${r.items.length} item${r.items.length === 1 ? "" : "s"} to review${r.items.length ? "" : ` (${r.report.annotation})`}.`;
    });
  }

  const addFromSelection = () =>
    act(async () => {
      const item = currentItem(store.get());
      if (!item?.doc || !draft) return;
      const text = docText(item.doc);
      const span = selectionSpan(byId("review-doc"), text);
      if (!span) return "Select the passage that states the missed action in the document first.";
      if (!draft.actionType) throw new Error("Choose the action's type first (Show the next proposes one where the sentence's frame words state it).");
      const typed = amountAndDate(draft);
      if ("problem" in typed) throw new Error(typed.problem);
      const { actionType, status, actors, targets } = draft;
      const created = await api.addAction({ actionType, status, actors, targets, ...typed, summary: text.slice(span.start, span.end).slice(0, 200), doc: item.doc, evidence: [span] });
      await refresh();
      return `Added ${created.id} (accepted) from the selected passage, with the form's actor, type, status, target, amount and date.`;
    });

  function newActionButton(): HTMLButtonElement {
    const b = el("button", { text: "New action from selection", attrs: { type: "button", id: "review-new-action", title: "The extractor missed an action: add one, stated by the selected passage, with this form's actor, type, status, target, amount and date" } });
    b.addEventListener("click", () => void addFromSelection());
    // Keep the document's selection when the button is pressed.
    b.addEventListener("mousedown", (e) => e.preventDefault());
    return b;
  }

  const docTitle = (doc: string): string => {
    const g = ctx.graph();
    return g.hasNode(doc) ? ((g.getNodeAttributes(doc) as { title?: string }).title ?? doc) : doc;
  };

  const docText = (doc: string): string => {
    const g = ctx.graph();
    if (!g.hasNode(doc)) return "";
    const a = g.getNodeAttributes(doc);
    return a.kind === "document" ? a.text : "";
  };

  function renderItem(item: api.ReviewItem | undefined): HTMLElement[] {
    draft = null;
    entityDraft = null;
    if (!item) return [el("p", { className: "muted", attrs: { id: "review-empty" }, text: "Nothing awaits review. Paste an article above to ingest it." })];
    const title = item.doc ? docTitle(item.doc) : null;
    const head = el("p", { className: "review-where" }, el("strong", { text: item.kind === "action" ? "Proposed action" : item.kind === "document" ? "Document with no action proposed" : "Proposed entity" }), ` ${item.id}`, title ? ` · ${title}` : "");
    const out: HTMLElement[] = [head];
    const buttons = el(
      "div",
      { className: "review-buttons" },
      button("Accept", "review-accept", "a", "Accept, with the form's changes"),
      button("Reject", "review-reject", "r", "Reject: remove it from graph-data"),
      button("Save edit", "review-save", "e", "Save the form's changes, still proposed"),
    );
    buttons.querySelector("#review-accept")!.addEventListener("click", () => void decide("accept"));
    buttons.querySelector("#review-reject")!.addEventListener("click", () => void decide("reject"));
    buttons.querySelector("#review-save")!.addEventListener("click", () => void decide("edit"));

    if (item.kind === "action") {
      const r = item.record as ActionRecord;
      const d: ActionDraft = { actionType: r.actionType, status: r.status, summary: r.summary, actors: [...r.actors], targets: [...r.targets], evidence: r.evidence.map((e) => ({ start: e.start, end: e.end })), ...typedOf(r) };
      draft = d;
      const text = item.doc ? docText(item.doc) : "";
      let doc = documentText(text, d.evidence, item.unread);
      const type = vocabSelect("review-type", "Action type", ACTION_TYPES, r.actionType);
      type.addEventListener("change", () => (d.actionType = type.value));
      const status = vocabSelect("review-status", "Status", STATUSES, r.status);
      status.addEventListener("change", () => (d.status = status.value));
      const summary = el("input", { attrs: { id: "review-summary", type: "text", "aria-label": "Summary" } });
      summary.value = r.summary;
      summary.addEventListener("input", () => (d.summary = summary.value));
      const spans = el("ul", { className: "spans", attrs: { id: "review-spans" } });
      const renderSpans = () => {
        spans.replaceChildren(...d.evidence.map((s) => el("li", { text: `${s.start}-${s.end}: “${text.slice(s.start, s.end)}”` })));
        const fresh = documentText(text, d.evidence, item.unread);
        doc.replaceWith(fresh);
        doc = fresh;
        unread.update();
      };
      const unread = unreadLine(() => doc);
      renderSpans();
      const useSelection = (add: boolean) => {
        const span = selectionSpan(doc, text);
        if (!span) {
          store.update(setMessage, { tone: "error", text: "Select a passage of the document first (drag over the text).", lines: [] });
          return;
        }
        d.evidence = add ? [...d.evidence, span] : [span];
        renderSpans();
        store.update(setMessage, { tone: "info", text: `Evidence ${add ? "added" : "set"}: characters ${span.start}-${span.end}. Accept or save to keep it.`, lines: [] });
      };
      const setEv = el("button", { text: "Set evidence to selection", attrs: { type: "button", id: "review-set-evidence" } });
      setEv.addEventListener("click", () => useSelection(false));
      const addEv = el("button", { text: "Add selection as evidence", attrs: { type: "button", id: "review-add-evidence" } });
      addEv.addEventListener("click", () => useSelection(true));
      const newAction = newActionButton();
      // Keep the document's selection when a button is pressed.
      for (const b of [setEv, addEv]) b.addEventListener("mousedown", (e) => e.preventDefault());

      out.push(
        doc,
        unread.line,
        el(
          "div",
          { className: "triple" },
          entityPicker(ctx, "review-actors", "Actors", d.actors, item.names, (ids) => (d.actors = ids), true),
          el("div", { className: "field" }, el("span", { className: "field-label", text: "Action" }), type, status),
          entityPicker(ctx, "review-targets", "Targets", d.targets, item.names, (ids) => (d.targets = ids), true),
        ),
        amountAndDateFields(d, r.time?.phrase).fields,
        el("label", { className: "field" }, el("span", { className: "field-label", text: "Summary" }), summary),
        el("div", { className: "field" }, el("span", { className: "field-label", text: "Evidence" }), spans),
        el("div", { className: "tools" }, setEv, addEv, newAction),
        buttons,
      );
      queueMicrotask(() => doc.querySelector("mark")?.scrollIntoView({ block: "center" }));
    } else if (item.kind === "document") {
      // Nothing proposed here: the reviewer reads the text, adds what it states, and marks it done.
      // (A release's actions mostly share their parties: the SEC charged X, fined X, settled with X.)
      const kept = documentForm?.id === item.id ? documentForm.draft : null;
      const d: ActionDraft = { actionType: "", status: kept?.status ?? "enacted", summary: "", actors: [...(kept?.actors ?? [])], targets: [...(kept?.targets ?? [])], evidence: [], ...typedOf() };
      draft = d;
      documentForm = { id: item.id, draft: d };
      const doc = documentText(docText(item.doc!), [], item.unread);
      const type = vocabSelect("review-type", "Action type", ACTION_TYPES, d.actionType, "choose the type…");
      type.addEventListener("change", () => (d.actionType = type.value));
      const boxes = amountAndDateFields(d);
      // A sentence selected from the underlined ones proposes the type its words state ("pay the penalty": fine; none
      // when no frame's words are there), and the amount and date it states (none when it states none: what the form
      // shows is that sentence's).
      const unread = unreadLine(() => doc, (start) => {
        const span = item.unread.find((u) => u.start === start);
        if (!span) return;
        const first = span.types.find((t) => t in ACTION_TYPES);
        d.actionType = type.value = first ?? "";
        Object.assign(d, typedOf({ ...(span.quantity ? { quantity: span.quantity } : {}), ...(span.date ? { time: { date: span.date } } : {}) }));
        boxes.show();
      });
      unread.update();
      const status = vocabSelect("review-status", "Status", STATUSES, d.status);
      status.addEventListener("change", () => (d.status = status.value));
      const done = button("Done: nothing more to add", "review-accept", "a", "Mark the document done: its annotation is accepted");
      done.addEventListener("click", () => void decide("accept"));
      out.push(
        doc,
        unread.line,
        el("p", { className: "muted", text: "The extractor proposed no action in this document. Select a passage that states one, say who did what to whom below, and add it; mark the document done when nothing is missing." }),
        el(
          "div",
          { className: "triple" },
          entityPicker(ctx, "review-actors", "Actors", d.actors, {}, (ids) => (d.actors = ids), true),
          el("div", { className: "field" }, el("span", { className: "field-label", text: "Action" }), type, status),
          entityPicker(ctx, "review-targets", "Targets", d.targets, {}, (ids) => (d.targets = ids), true),
        ),
        boxes.fields,
        el("div", { className: "tools" }, newActionButton()),
        el("div", { className: "review-buttons" }, done),
      );
    } else {
      const r = item.record as EntityRecord;
      const d = { name: r.name, category: r.category as string, aliases: [...r.aliases] };
      entityDraft = d;
      const name = el("input", { attrs: { id: "review-entity-name", type: "text", "aria-label": "Name" } });
      name.value = r.name;
      name.addEventListener("input", () => (d.name = name.value));
      const category = vocabSelect("review-entity-category", "Category", ENTITY_CATEGORIES, r.category);
      category.addEventListener("change", () => (d.category = category.value));
      const aliases = el("input", { attrs: { id: "review-entity-aliases", type: "text", "aria-label": "Aliases, separated by ;" } });
      aliases.value = r.aliases.join("; ");
      aliases.addEventListener("input", () => (d.aliases = aliases.value.split(";").map((x) => x.trim()).filter(Boolean)));
      if (item.sentence) out.push(el("blockquote", { className: "review-sentence", text: item.sentence.text }));
      out.push(
        el("label", { className: "field" }, el("span", { className: "field-label", text: "Name" }), name),
        el("label", { className: "field" }, el("span", { className: "field-label", text: "Category" }), category),
        el("label", { className: "field" }, el("span", { className: "field-label", text: "Aliases (;)" }), aliases),
        buttons,
      );
    }
    return out;
  }

  const render = (state: ExplorerState, previous?: ExplorerState) => {
    const r = state.review;
    if (previous && previous.review === r) return;
    toggle.hidden = !r.server;
    toggle.textContent = `Review (${r.items.length})`;
    toggle.setAttribute("aria-pressed", String(r.open));
    toggle.dataset.count = String(r.items.length);
    panel.hidden = !r.open;
    sidebar.hidden = r.open;
    byId("review-count").textContent = r.items.length ? `${Math.max(1, r.items.findIndex((i) => i.id === r.current) + 1)} of ${r.items.length}` : "queue empty";
    const message = byId("review-message");
    message.hidden = r.message === null;
    message.className = r.message?.tone === "error" ? "error" : "info";
    message.replaceChildren(...(r.message ? [el("span", { text: r.message.text }), ...(r.message.lines.length ? [el("ul", {}, ...r.message.lines.map((l) => el("li", { text: l })))] : [])] : []));
    const undoButton = byId<HTMLButtonElement>("review-undo");
    undoButton.disabled = r.undo === null || r.busy;
    undoButton.title = r.undo ? `Undo: ${r.undo} (u)` : "Nothing to undo";
    panel.setAttribute("aria-busy", String(r.busy));
    for (const b of panel.querySelectorAll<HTMLButtonElement>(".review-buttons button, #ingest-form button")) b.disabled = r.busy;
    byId("review-queue").replaceChildren(
      ...r.items.map((i) => {
        const label = i.kind === "action" ? (i.record as ActionRecord).summary : i.kind === "document" ? `${docTitle(i.doc!)} (no action proposed: read it)` : `${(i.record as EntityRecord).name} (new entity)`;
        const b = el("button", { className: "link", text: label, attrs: { type: "button", "data-item": i.id } });
        b.addEventListener("click", () => store.update(chooseItem, i.id));
        return el("li", { attrs: { "aria-current": String(i.id === r.current) } }, b);
      }),
    );
    const item = currentItem(state);
    const key = item ? `${item.id}@${item.version}` : "";
    if (key !== shownKey || !previous || previous.review.open !== r.open) {
      shownKey = key;
      byId("review-item").replaceChildren(...renderItem(item));
      if (item && ctx.graph().hasNode(item.id) && r.open) ctx.select(item.id);
    }
  };

  toggle.addEventListener("click", () => store.update(openReview, !store.get().review.open), { signal });
  byId("review-close").addEventListener("click", () => store.update(openReview, false), { signal });
  byId("review-undo").addEventListener("click", () => void undo(), { signal });
  byId("ingest-form").addEventListener("submit", (e) => {
    e.preventDefault();
    const text = byId<HTMLTextAreaElement>("ingest-text").value;
    if (!text.trim()) {
      store.update(setMessage, { tone: "error", text: "Paste the article's text first (or drop a .txt file on the page).", lines: [] });
      return;
    }
    void ingestText(text, { title: byId<HTMLInputElement>("ingest-title").value, date: byId<HTMLInputElement>("ingest-date").value, url: byId<HTMLInputElement>("ingest-url").value }).then(() => {
      if (store.get().review.message?.tone === "info") byId<HTMLTextAreaElement>("ingest-text").value = "";
    });
  }, { signal });
  document.addEventListener("keydown", (e) => {
    const s = store.get();
    if (!s.review.open || e.ctrlKey || e.metaKey || e.altKey) return;
    const t = e.target as HTMLElement | null;
    if (t && (t.closest("input, textarea, select, [contenteditable]") !== null)) return;
    const run: Record<string, () => void> = {
      a: () => void decide("accept"),
      r: () => void decide("reject"),
      e: () => void decide("edit"),
      u: () => void undo(),
      j: () => store.update(stepItem, 1),
      k: () => store.update(stepItem, -1),
    };
    const f = run[e.key.toLowerCase()];
    if (!f) return;
    e.preventDefault();
    f();
  }, { signal });

  ctx.merge = (keep, drop) =>
    act(async () => {
      const r = await api.mergeEntities(keep, drop);
      await refresh();
      ctx.select(keep);
      return `Merged ${drop} into ${keep} (${r.annotations.length} annotation file${r.annotations.length === 1 ? "" : "s"} changed); its names are now aliases.`;
    });

  ctx.createEntity = async (name) => {
    // (null when the page is busy with another request or the server refused: the picker adds nothing.)
    let id: string | null = null;
    await act(async () => {
      const item = await api.createEntity(name);
      await refresh();
      id = item.id;
      return `Added ${item.id} (${(item.record as EntityRecord).category.replace(/_/g, " ")}), proposed: it joins the queue for a look at its name and category.`;
    });
    return id;
  };

  const unsubscribe = store.subscribe(render);
  signal.addEventListener("abort", unsubscribe);
  render(store.get());
  void refresh().catch(fail);

  /** A .txt dropped on the page is ingested (the drop handler in main.ts hands it here). */
  window.__regkgIngest = (text: string, title?: string) => {
    store.update(openReview, true);
    return ingestText(text, title ? { title } : {});
  };
}

declare global {
  interface Window {
    /** Set while a review server is behind the page: ingest a dropped article. */
    __regkgIngest?: (text: string, title?: string) => Promise<void>;
  }
}
