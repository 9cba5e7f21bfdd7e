import { slugify, type EntityCategory } from "../schema/index.ts";

/** A known or proposed entity the extractor can name. */
export interface GazetteerEntry {
  id: string;
  name: string;
  category: EntityCategory;
  aliases: string[];
  nameZh?: string;
  /** Made by the extractor (from "Long Name (ABBR)"), not in graph-data yet. */
  proposed?: boolean;
}

export interface Mention {
  start: number;
  end: number;
  text: string;
  entity: string;
}

/** Case-folded, quotes straightened, same length as the input so offsets carry over. */
export function fold(s: string): string {
  return s.toLowerCase().replace(/[’‘`´]/g, "'").replace(/[“”]/g, '"');
}

const WORDISH = /[\p{L}\p{N}]/u;
const HAN = /\p{Script=Han}/u;

/**
 * Finds mentions of known entities in text: every name, alias and Chinese name, longest
 * first, case-insensitive, on word boundaries (Chinese names need none).
 */
export class Gazetteer {
  readonly entries = new Map<string, GazetteerEntry>();
  private patterns: { folded: string; entity: string }[] = [];
  private byName = new Map<string, string>();
  private seen = new Set<string>();
  private sorted = true;

  constructor(entries: Iterable<GazetteerEntry>) {
    for (const e of entries) this.add(e);
  }

  add(entry: GazetteerEntry): void {
    const existing = this.entries.get(entry.id);
    const merged = existing ? { ...existing, aliases: [...new Set([...existing.aliases, ...entry.aliases])] } : entry;
    this.entries.set(entry.id, merged);
    for (const n of [merged.name, ...merged.aliases, ...(merged.nameZh ? [merged.nameZh] : [])]) {
      const folded = fold(n.trim());
      const key = `${merged.id}\u0000${folded}`;
      if (folded.length < 2 || this.seen.has(key)) continue;
      this.seen.add(key);
      this.patterns.push({ folded, entity: merged.id });
      if (!this.byName.has(folded)) this.byName.set(folded, merged.id);
      this.sorted = false;
    }
  }

  /** Longest names first, so "People's Bank of China" is taken before "China"; sorted once per batch of adds. */
  private ordered(): { folded: string; entity: string }[] {
    if (!this.sorted) {
      this.patterns.sort((a, b) => b.folded.length - a.folded.length);
      this.sorted = true;
    }
    return this.patterns;
  }

  /** The entity a name stands for, if the gazetteer knows it. */
  lookup(name: string): string | undefined {
    return this.byName.get(fold(name.trim()));
  }

  find(text: string): Mention[] {
    const folded = fold(text);
    const taken = new Uint8Array(text.length);
    const out: Mention[] = [];
    for (const { folded: pattern, entity } of this.ordered()) {
      const han = HAN.test(pattern);
      for (let at = folded.indexOf(pattern); at >= 0; at = folded.indexOf(pattern, at + 1)) {
        const end = at + pattern.length;
        if (!han && ((at > 0 && WORDISH.test(text[at - 1]!)) || (end < text.length && WORDISH.test(text[end]!) && !/^[’']s?$/.test(text.slice(end, end + 2))))) continue;
        if (taken.subarray(at, end).some((x) => x === 1)) continue;
        taken.fill(1, at, end);
        out.push({ start: at, end, text: text.slice(at, end), entity });
      }
    }
    return out.sort((a, b) => a.start - b.start);
  }
}

/**
 * "Securities and Exchange Commission (SEC)", "Pan Gongsheng (潘功胜)": a name followed by an
 * abbreviation or a Chinese name in brackets. Returns the long name, the bracketed form and where
 * the long name starts.
 */
export function bracketedAliases(text: string): { name: string; alias: string; start: number }[] {
  // Words of one name are separated by spaces, never by a line break (a headline is not part of it).
  const re = /((?:[A-Z][\p{L}'’.&-]*)(?:[ \t]+(?:of|the|and|for|on|de|du|des|[A-Z][\p{L}'’.&-]*))*)[ \t]*\([ \t]*((?:\p{Lu}[\p{Lu}\d&.]{1,9})|\p{Script=Han}{2,30})[ \t]*\)/gu;
  const out: { name: string; alias: string; start: number }[] = [];
  for (const m of text.matchAll(re)) {
    let name = m[1]!.replace(/^(The|the)\s+/, "");
    // "the People's Bank of China" keeps its article out; a trailing "of"/"and" is not a name.
    name = name.replace(/\s+(of|the|and|for|on)$/i, "");
    if (name.split(/\s+/).length === 1 && name.length < 3) continue;
    out.push({ name, alias: m[2]!, start: m.index! + m[1]!.indexOf(name) });
  }
  return out;
}

/** A proposed entity's id: the slug of its name, made unique against the ids taken. */
export function proposedId(name: string, taken: ReadonlySet<string>): string {
  const base = `entity:${slugify(name) || "entity"}`;
  let id = base;
  for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
  return id;
}
