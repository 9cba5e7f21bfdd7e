import type { ActionType, EntityCategory, Quantity, Status, Time } from "../schema/index.ts";
import { timeOf } from "./dates.ts";
import { bracketedAliases, fold, Gazetteer, proposedId, type GazetteerEntry, type Mention } from "./gazetteer.ts";
import { ACTOR_CATEGORIES, guessCategory, TRIGGERS } from "./lexicon.ts";
import { discoverNames } from "./names.ts";
import { bareNoun, categoryOfDescription, HeadIndex, isPronoun, nameable, objectItems, resolveByHead, wordsOf, type DocumentScope, type ObjectItem } from "./phrases.ts";
import { splitSentences, type Sentence } from "./sentences.ts";

/** One proposed action: who did what to whom, where the text says so, and by which rule. */
export interface ExtractedAction {
  actionType: ActionType;
  status: Status;
  actors: string[];
  targets: string[];
  quantity?: Quantity;
  /** When, if the sentence says (only with `options.doc`, which relative phrases count from). */
  time?: Time;
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
  /** The canonical name of every entity an action refers to, by id. */
  names: Record<string, string>;
}

const PLANNED = /\b(?:set to|will|plans? to|planning to|is to|are to|intends? to|expected to|would|to be)\b/i;
const REPORTED = /\b(?:according to|sources?\b[^.]{0,40}\b(?:say|said|says|told)|reportedly|reported(?:ly)? that)\b/i;
const STATED = /\b(?:said|says|stated|declared|told|warned|argued|insisted)\b/i;
const ANNOUNCED = /\bannounc\w*/i;
const MARKET_SIDE: ReadonlySet<ActionType> = new Set(["withdraw", "migrate", "resume", "defraud", "decline"]);
const LIST_INTRO = /\b(?:including|measures|following|as follows)\s*:?\s*$/i;

function statusOf(sentence: string, triggerAt: number, trigger: string, type: ActionType, inPlannedList: boolean): Status {
  const before = sentence.slice(0, triggerAt);
  // Calling something illegal is a statement; charging or suing someone is an act.
  if ((type === "declare_illegal" && /illegal|accus/i.test(trigger)) || (type === "warn" && STATED.test(before))) return "stated";
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
 * The known entities made ready for reading: their names indexed once per array, so a batch of
 * articles read against tens of thousands of entities does not index them for every article.
 * (An array is taken as it is at its first use: pass a new array when the entities change.)
 */
interface Prepared {
  gazetteer: Gazetteer;
  heads: HeadIndex;
  regulations: GazetteerEntry[];
}
const prepared = new WeakMap<object, Prepared>();
function prepare(known: Iterable<GazetteerEntry>): Prepared {
  const key = Array.isArray(known) ? known : undefined;
  let ready = key && prepared.get(key);
  if (!ready) {
    const gazetteer = new Gazetteer(known);
    const all = [...gazetteer.all()];
    ready = { gazetteer, heads: new HeadIndex(all), regulations: all.filter((e) => e.category === "regulation") };
    if (key) prepared.set(key, ready);
  }
  return ready;
}

export interface ExtractOptions {
  /** The document's id: relative time phrases are anchored to it. Without it, no times are read. */
  doc?: string;
  /** The document's publication date (YYYY-MM-DD): "yesterday", "a year ago" resolve against it. */
  docDate?: string;
}

/**
 * Propose actions from text: sentences, entity mentions (gazetteer plus names introduced in
 * brackets), trigger words, roles, status and quantities. Every action keeps the sentence that
 * states it as evidence, with exact offsets into `text`.
 */
export function extractActions(text: string, known: Iterable<GazetteerEntry>, options: ExtractOptions = {}): Extraction {
  const base = prepare(known);
  const gazetteer = base.gazetteer.fork();
  const proposed: GazetteerEntry[] = [];
  // Ids of the entities this article proposes, kept apart from the known ones.
  const mine = new Set<string>();
  const taken = { has: (id: string) => mine.has(id) || gazetteer.has(id), add: (id: string) => void mine.add(id) };
  for (const { name, alias } of bracketedAliases(text)) {
    const existing = gazetteer.lookup(name) ?? gazetteer.lookup(alias);
    if (existing) {
      const e = gazetteer.entry(existing)!;
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
  // Trigger words per sentence, found once: names are looked for only where an action may be
  // stated (the NLP library is most of the cost), and the roles below reuse the hits.
  const rawHits = sentences.map((s) => triggerHits(s));
  const knownMentions = gazetteer.find(text);
  const covered = new Uint8Array(text.length);
  for (const m of knownMentions) covered.fill(1, m.start, m.end);
  const isKnown = (start: number, end: number) => covered.subarray(start, end).every((c) => c === 1);
  // The headline stays first in the list: discoverNames skips it (names there are unreliable).
  for (const f of discoverNames(sentences.filter((_, i) => rawHits[i]!.length > 0 || i === 0), isKnown)) {
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
  const heads = base.heads.fork();
  for (const id of gazetteer.changed) heads.add(gazetteer.entry(id)!);
  const scope: DocumentScope = { words: wordsOf(text), mentioned: new Set(mentions.map((m) => m.entity)) };
  const actions: ExtractedAction[] = [];
  const category = (id: string) => gazetteer.entry(id)?.category;
  const name = (id: string) => gazetteer.entry(id)?.name ?? id;
  const described = new Map<string, string>();
  let carriedActor: string | null = null;
  let plannedList = false;

  /** A description the gazetteer does not name: a known entity by its head word, or a new proposed one. */
  const describe = (item: ObjectItem, clauseEnd: number): string | undefined => {
    const noun = bareNoun(item.text);
    if (!nameable(noun)) return undefined;
    const context = text.slice(item.start, clauseEnd);
    const known = resolveByHead(noun, context, /^the\s/i.test(item.text), heads, scope);
    if (known) return known;
    const key = fold(noun);
    let id = described.get(key) ?? gazetteer.lookup(noun);
    if (!id) {
      const entry: GazetteerEntry = { id: proposedId(noun, taken), name: noun, category: categoryOfDescription(noun), aliases: [], proposed: true };
      id = entry.id;
      taken.add(id);
      proposed.push(entry);
      heads.add(entry);
      gazetteer.put(entry);
    }
    described.set(key, id);
    return id;
  };

  // A headline (a first line without a full stop, above the body) repeats what the body says, in
  // words too clipped to read roles from.
  const headline = sentences.length > 1 && !/[.!?。]["”’]?$/.test(sentences[0]!.text) && !text.slice(0, sentences[0]!.end).includes("\n") ? 0 : -1;
  for (const [si, s] of sentences.entries()) {
    if (si === headline) continue;
    const inside = mentions.filter((m) => m.start >= s.start && m.end <= s.end);
    const local = s.text;
    // A trigger inside a name ("Rectification team", "ICO platforms") is not an action.
    const hits = rawHits[si]!.filter((h) => !inside.some((x) => h.start < x.end && h.end > x.start));
    const time = options.doc ? timeOf(local, options.doc, options.docDate) : undefined;
    const clauseEnd = (from: number) => {
      const m = /[,;:.](?=\s|$)/.exec(text.slice(from, s.end));
      return m ? from + m.index : s.end;
    };
    /** Who "they", "them" or "it" stands for: the nearest earlier name that is not the actor, else the last action's targets. */
    const antecedent = (before: number, actors: readonly string[]): string[] => {
      const last = actions[actions.length - 1];
      if (last && last.evidence.start === s.start) return last.targets;
      const prior = inside.filter((m) => m.end <= before && !actors.includes(m.entity) && !["person", "regulator", "government", "task_force"].includes(category(m.entity)!));
      if (prior.length) return [prior[prior.length - 1]!.entity];
      return actions.length ? actions[actions.length - 1]!.targets : [];
    };
    const targetsIn = (from: number, to: number, actors: readonly string[]): string[] =>
      objectItems(text, from, to, inside).flatMap((item) => {
        if (item.mentions.length) return item.mentions.map((m) => m.entity);
        if (isPronoun(item)) return antecedent(item.start, actors);
        const id = describe(item, clauseEnd(item.start));
        return id ? [id] : [];
      });

    // The authority a passage is about ("regulators are set to adopt measures: i) ... ii) ...")
    // acts in the sentences that follow and name no actor of their own.
    const authority = inside.find((m) => ["regulator", "government", "task_force"].includes(category(m.entity)!));
    if (authority && (hits.length === 0 || authority.end <= hits[0]!.start)) carriedActor = authority.entity;

    // Triggers joined by "and" share what follows: "strengthen monitoring and block 124 servers".
    let sharing: { hit: Hit; actors: string[]; method: string }[] = [];
    for (const [i, h] of hits.entries()) {
      const next = hits[i + 1]?.start ?? s.end;
      const prev = hits[i - 1];
      const before = inside.filter((m) => m.end <= h.start);
      const tail = text.slice(h.end, next);
      const head = text.slice(s.start, h.start);
      // What an order asks for is not an action of its own: "require that they impose bans".
      if (prev?.type === "require" && !/[,;:]|\b(?:and|but|while|whereas)\s+(?!require)/i.test(text.slice(prev.end, h.start).replace(/^\s*that\s+/i, ""))) continue;
      // "do not require", "will no longer ban": a negated verb states no action.
      if (/\b(?:not|never|no longer|n[’']t)\s+(?:\w+\s+)?$/i.test(head)) continue;
      // "an advisory on investment scams": the scam is talked about; it is an action only when run.
      if (h.type === "defraud" && h.noun && !/\b(?:run|ran|running|runs|engag\w* in|operat\w*|carr\w* out|perpetrat\w*)\s+(?:[\w-]+\s+){0,2}$/i.test(head)) continue;
      // "the closure", "the campaign has ...": a reference to an action told elsewhere.
      if (/\b(?:the|this|that|its|their)\s+(?:[\w’'-]+\s+){0,3}$/i.test(head) && h.noun && !/^\s*(?:of|on|against|by|with|to)\b/i.test(tail)) continue;
      let actors: string[] = [];
      let targets: string[] = [];
      let method = "rule:active";
      const by = /\bby\s+/i.exec(tail);
      const passive = /\b(?:was|were|been|being|be|is|are)\s+(?:(?:\w+ly|also|then|now|later|already|again|not)\s+)*$/i.test(head);
      const speech = [...head.matchAll(/\b(?:said|says|stated|declared|told|warned)\b(?:\s+that)?/gi)].pop();
      const after = inside.filter((m) => m.start >= h.end && m.start < next);
      if (speech && (h.type === "declare_illegal" || h.type === "warn" || after.length === 0)) {
        // "X said that Y are illegal", "X said ... that they will be struck"
        const speechAt = s.start + speech.index!;
        // The speaker is the sentence's subject: a person if one is named, else the first actor-like name
        // ("Pan Gongsheng (...), vice-governor of X and head of Y, said ...").
        const candidates = before.filter((m) => m.end <= speechAt && ACTOR_CATEGORIES.has(category(m.entity)!));
        const speaker = candidates.find((m) => category(m.entity) === "person") ?? candidates[0];
        const spoken = before.filter((m) => m.start >= speechAt + speech[0].length);
        actors = speaker ? [speaker.entity] : [];
        const speechEnd = s.start + speech.index! + speech[0].length;
        targets = spoken.length ? spoken.map((m) => m.entity) : speechEnd < h.start ? targetsIn(speechEnd, h.start, actors) : [];
        if (targets.length === 0) targets = targetsIn(h.end, next, actors);
        if (targets.length === 0 && actions.length > 0) targets = actions[actions.length - 1]!.targets;
        method = "rule:speech";
      } else if (by && after.some((m) => m.start >= h.end + by.index) && (passive || h.noun || by.index === 0 || h.type === "regulate")) {
        // "closure of X by Y", "X was banned by Y", "new regulations launched by Y"
        const byAt = h.end + by.index;
        actors = after.filter((m) => m.start >= byAt).slice(0, 1).map((m) => m.entity);
        targets = h.type === "regulate" ? regulationOf(actors[0]!) : targetsIn(h.end, byAt, actors);
        if (targets.length === 0 && passive) targets = before.slice(-1).map((m) => m.entity);
        method = "rule:passive-by";
      } else if (passive) {
        targets = before.slice(-1).map((m) => m.entity);
        actors = carriedActor ? [carriedActor] : [];
        method = "rule:passive";
      } else {
        // An activity acts only in a change of its own ("transactions falling from 90% to 5%").
        const subject = [...before].reverse().find((m) => ACTOR_CATEGORIES.has(category(m.entity)!)) ?? (h.type === "decline" ? before[before.length - 1] : undefined);
        // "held talks with X and required that they ...": the second verb has the first one's subject.
        const lastHere = actions[actions.length - 1];
        const coordinated =
          lastHere && lastHere.evidence.start === s.start && /\band\s+$/i.test(head) &&
          before.filter((m) => m.start >= lastHere.trigger.end).every((m) => lastHere.targets.includes(m.entity));
        if (coordinated) {
          actors = lastHere.actors;
          method = "rule:coordinated";
        } else if (subject) {
          // Coordinated subjects: "88 trading platforms and 185 ICO platforms withdrawing".
          const group = [subject];
          for (let k = before.indexOf(subject) - 1; k >= 0; k--) {
            const gap = text.slice(before[k]!.end, group[0]!.start);
            if (!/^[\s\d,]*(?:and|or|,)[\s\d,]*$/i.test(gap)) break;
            group.unshift(before[k]!);
          }
          actors = group.map((m) => m.entity);
        } else if (describedSubject(head)) {
          // "The central bank banned ...": a definite description of a known actor the document names or implies.
          actors = [describedSubject(head)!];
          method = "rule:described-actor";
        } else if (carriedActor && !MARKET_SIDE.has(h.type)) {
          // The authority of the passage acts on; it does not withdraw, migrate or resume.
          actors = [carriedActor];
          method = "rule:carried-actor";
        }
        targets = h.type === "regulate" && actors.length ? regulationOf(actors[0]!) : targetsIn(h.end, next, actors);
      }
      actors = [...new Set(actors)];
      targets = [...new Set(targets)].filter((t) => !actors.includes(t));
      if (actors.length > 0 && targets.length === 0 && /^\s*(?:and|or|,)\s*$/i.test(tail)) {
        sharing.push({ hit: h, actors, method });
        continue;
      }
      if (actors.length === 0 || targets.length === 0) {
        sharing = [];
        continue;
      }
      if (method === "rule:active" && ["regulator", "government", "task_force", "company"].includes(category(actors[0]!)!)) carriedActor = actors[0]!;
      const quantity = quantityAfter(tail);
      for (const shared of [...sharing, { hit: h, actors, method }]) {
        actions.push({
          actionType: shared.hit.type,
          status: statusOf(local, shared.hit.start - s.start, text.slice(shared.hit.start, shared.hit.end), shared.hit.type, plannedList),
          actors: shared.actors,
          targets,
          ...(quantity && shared.hit === h ? { quantity } : {}),
          ...(time ? { time } : {}),
          evidence: { start: s.start, end: s.end, quote: s.text },
          trigger: { start: shared.hit.start, end: shared.hit.end, text: text.slice(shared.hit.start, shared.hit.end) },
          method: shared.method,
        });
      }
      sharing = [];
    }
    // "... set to adopt several more measures ..., including:" makes the list items below planned.
    if (LIST_INTRO.test(local) && PLANNED.test(local)) plannedList = true;
    else if (plannedList && !/^\s*(?:[ivx]+\)|\d+[.)]|[-•*])/i.test(local) && hits.length === 0) plannedList = false;
  }
  const names: Record<string, string> = {};
  for (const a of actions) for (const id of [...a.actors, ...a.targets]) names[id] = name(id);
  return { sentences, mentions, actions, proposed, names };

  /** The known actor a sentence's subject describes ("The central bank has banned"), if any. */
  function describedSubject(head: string): string | undefined {
    const m = /(?:^|[,;:]\s+)((?:the|The)\s+[\p{L}\s'’-]{2,60}?)\s+(?:(?:has|have|had|will|would|is|are|was|were|also|then|now|recently|previously|already|on\s+\w+day)\s+)*$/u.exec(head);
    if (!m) return undefined;
    const noun = bareNoun(m[1]!);
    if (!nameable(noun)) return undefined;
    const id = resolveByHead(noun, "", true, heads, scope);
    return id && ACTOR_CATEGORIES.has(category(id)!) ? id : undefined;
  }

  /** The rules an actor made: a known regulation whose name mentions the actor, else a proposed one. */
  function regulationOf(actor: string): string[] {
    const e = gazetteer.entry(actor);
    if (!e) return [];
    const names = [e.name, ...e.aliases].map(fold);
    const mineToo = [...gazetteer.changed].map((id) => gazetteer.entry(id)!).filter((r) => r.category === "regulation");
    for (const r of [...mineToo, ...base.regulations]) {
      if ([r.name, ...r.aliases].some((n) => names.some((a) => fold(n).includes(a)))) return [r.id];
    }
    const noun = `regulations of ${name(actor)}`;
    const id = described.get(fold(noun)) ?? proposedId(noun, taken);
    if (!described.has(fold(noun))) {
      const entry: GazetteerEntry = { id, name: noun, category: "regulation", aliases: [], proposed: true };
      taken.add(id);
      proposed.push(entry);
      gazetteer.put(entry);
      described.set(fold(noun), id);
    }
    return [id];
  }
}

interface Hit {
  type: ActionType;
  start: number;
  end: number;
  /** The trigger is a noun ("closure", "crackdown"), not a verb. */
  noun: boolean;
}

const TRIGGER_RES = TRIGGERS.map((t) => ({ ...t, re: new RegExp(t.pattern.source, t.pattern.flags.includes("g") ? t.pattern.flags : `${t.pattern.flags}g`) }));
const NOUN_FORMS = /^(?:scams?|fraud|frauds|closure|crackdown|campaign|ban|bans|scrutiny|monitoring|discussions?|talks|guidance|investigation|probe|warning|fine|penalty|comeback|withdrawal|migration|suspension|halt)$/i;

/** Trigger words of one sentence, in text order, overlapping matches dropped (earlier types win). */
function triggerHits(s: Sentence): Hit[] {
  const hits: Hit[] = [];
  for (const { type, re } of TRIGGER_RES) {
    re.lastIndex = 0;
    for (const m of s.text.matchAll(re)) {
      const start = s.start + m.index!;
      const end = start + m[0].length;
      if (hits.some((h) => start < h.end && end > h.start)) continue;
      hits.push({ type, start, end, noun: NOUN_FORMS.test(m[0].trim()) });
    }
  }
  return hits.sort((a, b) => a.start - b.start);
}
