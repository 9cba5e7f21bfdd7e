import type { ActionType, EntityCategory, Quantity, Status } from "../schema/index.ts";
import { bracketedAliases, Gazetteer, proposedId, type GazetteerEntry, type Mention } from "./gazetteer.ts";
import { ACTOR_CATEGORIES, guessCategory, TRIGGERS } from "./lexicon.ts";
import { discoverNames } from "./names.ts";
import { splitSentences, type Sentence } from "./sentences.ts";

/** One proposed action: who did what to whom, where the text says so, and by which rule. */
export interface ExtractedAction {
  actionType: ActionType;
  status: Status;
  actors: string[];
  targets: string[];
  quantity?: Quantity;
  /** The sentence that states it. */
  evidence: { start: number; end: number; quote: string };
  /** The trigger words, for review. */
  trigger: { start: number; end: number; text: string };
  /** How the roles were found: rule ids, e.g. "rule:active", "rule:passive-by", "rule:carried-actor". */
  method: string;
}

export interface Extraction {
  sentences: Sentence[];
  mentions: Mention[];
  actions: ExtractedAction[];
  /** Entities the text introduced ("Long Name (ABBR)") that the gazetteer did not know. */
  proposed: GazetteerEntry[];
}

const PLANNED = /\b(?:set to|will|plans? to|planning to|is to|are to|intends? to|expected to|would|to be)\b/i;
const REPORTED = /\b(?:according to|sources?\b[^.]{0,40}\b(?:say|said|says|told)|reportedly|reported(?:ly)? that)\b/i;
const STATED = /\b(?:said|says|stated|declared|told|warned|argued|insisted)\b/i;
const ANNOUNCED = /\bannounc\w*/i;
const LIST_INTRO = /\b(?:including|measures|following|as follows)\s*:?\s*$/i;

function statusOf(sentence: string, triggerAt: number, type: ActionType, inPlannedList: boolean): Status {
  const before = sentence.slice(0, triggerAt);
  if (type === "declare_illegal" || (type === "warn" && STATED.test(before))) return "stated";
  if (REPORTED.test(sentence)) return PLANNED.test(before) || inPlannedList ? "planned" : "reported";
  if (PLANNED.test(before) || inPlannedList) return "planned";
  if (ANNOUNCED.test(before)) return "announced";
  return "enacted";
}

function quantityAfter(text: string): Quantity | undefined {
  const m = /^\s*(?:a total of\s+|some\s+|about\s+|more than\s+|over\s+)?(\d[\d,]*(?:\.\d+)?)\s+([a-z][a-z-]*(?:\s+[a-z][a-z-]*)?)/i.exec(text);
  if (!m) return undefined;
  const value = Number(m[1]!.replace(/,/g, ""));
  return Number.isFinite(value) ? { value, unit: m[2]!.split(/\s+/)[0]! } : undefined;
}

/**
 * Propose actions from text: sentences, entity mentions (gazetteer plus names introduced in
 * brackets), trigger words, roles, status and quantities. Every action keeps the sentence that
 * states it as evidence, with exact offsets into `text`.
 */
export function extractActions(text: string, known: Iterable<GazetteerEntry>): Extraction {
  const gazetteer = new Gazetteer(known);
  const proposed: GazetteerEntry[] = [];
  const taken = new Set(gazetteer.entries.keys());
  for (const { name, alias } of bracketedAliases(text)) {
    const existing = gazetteer.lookup(name) ?? gazetteer.lookup(alias);
    if (existing) {
      const e = gazetteer.entries.get(existing)!;
      if (/\p{Script=Han}/u.test(alias)) gazetteer.add({ ...e, aliases: [...e.aliases, ...(e.nameZh ? [alias] : [])], nameZh: e.nameZh ?? alias });
      else gazetteer.add({ ...e, aliases: [...e.aliases, alias, name] });
      continue;
    }
    // "Pan Gongsheng (潘功胜)": a short name with a Chinese name in brackets and no organisation word is a person.
    const guessed = guessCategory(name);
    const category: EntityCategory = /\p{Script=Han}/u.test(alias) && guessed === "company" && name.split(/\s+/).length <= 3 ? "person" : guessed;
    const entry: GazetteerEntry = /\p{Script=Han}/u.test(alias)
      ? { id: proposedId(name, taken), name, category, aliases: [], nameZh: alias, proposed: true }
      : { id: proposedId(name, taken), name, category, aliases: [alias], proposed: true };
    taken.add(entry.id);
    proposed.push(entry);
    gazetteer.add(entry);
  }

  const sentences = splitSentences(text);
  // Names nobody has listed yet: organisations and people found in the text.
  const knownMentions = gazetteer.find(text);
  for (const f of discoverNames(sentences)) {
    if (gazetteer.lookup(f.name)) continue;
    const at: number[] = [];
    for (let i = text.indexOf(f.name); i >= 0; i = text.indexOf(f.name, i + 1)) at.push(i);
    // Part of a name already known ("Exchange Commission" in "Securities and Exchange Commission").
    if (at.every((i) => knownMentions.some((m) => i >= m.start && i + f.name.length <= m.end))) continue;
    const entry: GazetteerEntry = { id: proposedId(f.name, taken), name: f.name, category: f.category, aliases: [], proposed: true };
    taken.add(entry.id);
    proposed.push(entry);
    gazetteer.add(entry);
  }
  const mentions = gazetteer.find(text);
  const actions: ExtractedAction[] = [];
  const category = (id: string) => gazetteer.entries.get(id)?.category;
  let carriedActor: string | null = null;
  let plannedList = false;

  for (const s of sentences) {
    const inside = mentions.filter((m) => m.start >= s.start && m.end <= s.end);
    const local = s.text;
    const hits: { type: ActionType; start: number; end: number }[] = [];
    for (const { type, pattern } of TRIGGERS) {
      const re = new RegExp(pattern.source, pattern.flags.includes("g") ? pattern.flags : `${pattern.flags}g`);
      for (const m of local.matchAll(re)) {
        const start = s.start + m.index!;
        const end = start + m[0].length;
        // A trigger inside a name ("Rectification team", "ICO platforms") is not an action.
        if (inside.some((x) => start < x.end && end > x.start)) continue;
        if (hits.some((h) => start < h.end && end > h.start)) continue;
        hits.push({ type, start, end });
      }
    }
    hits.sort((a, b) => a.start - b.start);

    // The authority a passage is about ("regulators are set to adopt measures: i) ... ii) ...")
    // acts in the sentences that follow and name no actor of their own.
    const authority = inside.find((m) => ["regulator", "government", "task_force"].includes(category(m.entity)!));
    if (authority && (hits.length === 0 || authority.end <= hits[0]!.start)) carriedActor = authority.entity;

    for (const [i, h] of hits.entries()) {
      const next = hits[i + 1]?.start ?? s.end;
      const before = inside.filter((m) => m.end <= h.start);
      const after = inside.filter((m) => m.start >= h.end && m.start < next);
      const tail = text.slice(h.end, next);
      const head = text.slice(s.start, h.start);
      let actors: string[] = [];
      let targets: string[] = [];
      let method = "rule:active";
      const by = /\bby\s+/i.exec(tail);
      const passive = /\b(?:was|were|been|being|be|is|are)\s+(?:\w+ly\s+)?$/i.test(head);
      const speech = [...head.matchAll(/\b(?:said|says|stated|declared|told|warned)\b(?:\s+that)?/gi)].pop();
      // "the closure", "a campaign" with nothing acted on after it and no one before: a mention, not an action.
      if (after.length === 0 && !by && !speech && /\b(?:the|a|an)\s+$/i.test(head) && before.length === 0) continue;
      if (speech && (h.type === "declare_illegal" || h.type === "warn" || after.length === 0)) {
        // "X said that Y are illegal", "X said ... that they will be struck"
        const speechAt = s.start + speech.index!;
        // The speaker is the sentence's subject: a person if one is named, else the first actor-like name
        // ("Pan Gongsheng (...), vice-governor of X and head of Y, said ...").
        const candidates = before.filter((m) => m.end <= speechAt && ACTOR_CATEGORIES.has(category(m.entity)!));
        const speaker = candidates.find((m) => category(m.entity) === "person") ?? candidates[0];
        const spoken = before.filter((m) => m.start >= speechAt + speech[0].length);
        actors = speaker ? [speaker.entity] : [];
        targets = (spoken.length ? spoken : after).map((m) => m.entity);
        if (targets.length === 0 && actions.length > 0) targets = actions[actions.length - 1]!.targets;
        method = "rule:speech";
      } else if (by && after.some((m) => m.start >= h.end + by.index)) {
        // "closure of X by Y", "X was banned by Y"
        const byAt = h.end + by.index;
        actors = after.filter((m) => m.start >= byAt).slice(0, 1).map((m) => m.entity);
        targets = (after.filter((m) => m.start < byAt).length ? after.filter((m) => m.start < byAt) : before.slice(-1)).map((m) => m.entity);
        method = "rule:passive-by";
      } else if (passive) {
        targets = before.slice(-1).map((m) => m.entity);
        actors = carriedActor ? [carriedActor] : [];
        method = "rule:passive";
      } else {
        const subject = [...before].reverse().find((m) => ACTOR_CATEGORIES.has(category(m.entity)!)) ?? before[before.length - 1];
        if (subject) {
          // Coordinated subjects: "88 trading platforms and 185 ICO platforms withdrawing".
          const group = [subject];
          for (let k = before.indexOf(subject) - 1; k >= 0; k--) {
            const gap = text.slice(before[k]!.end, group[0]!.start);
            if (!/^[\s\d,]*(?:and|or|,)[\s\d,]*$/i.test(gap)) break;
            group.unshift(before[k]!);
          }
          actors = group.map((m) => m.entity);
        } else if (carriedActor) {
          actors = [carriedActor];
          method = "rule:carried-actor";
        }
        targets = after.map((m) => m.entity);
      }
      actors = [...new Set(actors)];
      targets = [...new Set(targets)].filter((t) => !actors.includes(t));
      if (actors.length === 0 || targets.length === 0) continue;
      if (method === "rule:active" && ["regulator", "government", "task_force", "company"].includes(category(actors[0]!)!)) carriedActor = actors[0]!;
      const quantity = quantityAfter(tail);
      actions.push({
        actionType: h.type,
        status: statusOf(local, h.start - s.start, h.type, plannedList),
        actors,
        targets,
        ...(quantity ? { quantity } : {}),
        evidence: { start: s.start, end: s.end, quote: s.text },
        trigger: { start: h.start, end: h.end, text: text.slice(h.start, h.end) },
        method,
      });
    }
    // "... set to adopt several more measures ..., including:" makes the list items below planned.
    if (LIST_INTRO.test(local) && PLANNED.test(local)) plannedList = true;
    else if (plannedList && !/^\s*(?:[ivx]+\)|\d+[.)]|[-•*])/i.test(local) && hits.length === 0) plannedList = false;
  }
  return { sentences, mentions, actions, proposed };
}
