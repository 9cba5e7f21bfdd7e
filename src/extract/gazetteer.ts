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
  /** Every name matches only as written, as acronyms always do (a company's "Apple" is not "apple"). */
  asWritten?: boolean;
}

export interface Mention {
  start: number;
  end: number;
  text: string;
  entity: string;
}

/** Case-folded, quotes straightened, same length as the input so offsets carry over. */
export function fold(s: string): string {
  return s.toLowerCase().replace(/[’‘`´]/g, "'").replace(/[“”]/g, '"').replace(/[\u2010\u2011]/g, "-");
}

const WORDISH = /[\p{L}\p{N}]/u;
const HAN = /\p{Script=Han}/u;

/**
 * Finds mentions of known entities in text: every name, alias and Chinese name, longest
 * first, case-insensitive, on word boundaries (Chinese names need none).
 *
 * A gazetteer of tens of thousands of names is built once and forked per article: the fork
 * shares the base's names and their index and keeps its own additions (names an article
 * introduces), so reading an article costs in proportion to the article, not to the names known.
 * A base must not change once forked.
 */
export class Gazetteer {
  /** Entries added here; the base's are read through it. */
  private own = new Map<string, GazetteerEntry>();
  /** Ids added or changed since this gazetteer was forked (all of them, for a base). */
  readonly changed = new Set<string>();
  private patterns: Pattern[] = [];
  private byName = new Map<string, string>();
  private seen = new Set<string>();
  private seq: number;
  private index: { byWord: Map<string, Pattern[]>; byChar: Map<string, Pattern[]>; other: Pattern[] } | undefined;

  constructor(
    entries: Iterable<GazetteerEntry> = [],
    private readonly base?: Gazetteer,
  ) {
    this.seq = base ? base.seq : 0;
    for (const e of entries) this.add(e);
  }

  /** A gazetteer that starts with these names and adds its own without touching them. */
  fork(): Gazetteer {
    return new Gazetteer([], this);
  }

  /** The entry of an id, here or in the base. */
  entry(id: string): GazetteerEntry | undefined {
    return this.own.get(id) ?? this.base?.entry(id);
  }

  has(id: string): boolean {
    return this.own.has(id) || (this.base?.has(id) ?? false);
  }

  /** Every entry, this gazetteer's version where it has one. */
  *all(): Iterable<GazetteerEntry> {
    yield* this.own.values();
    if (this.base) for (const e of this.base.all()) if (!this.own.has(e.id)) yield e;
  }

  /** Record an entity without making its names findable (a description proposed from the text). */
  put(entry: GazetteerEntry): void {
    this.own.set(entry.id, entry);
    this.changed.add(entry.id);
  }

  add(entry: GazetteerEntry): void {
    const existing = this.entry(entry.id);
    const merged = existing ? { ...existing, aliases: [...new Set([...existing.aliases, ...entry.aliases])] } : entry;
    this.put(merged);
    for (const n of [merged.name, ...merged.aliases, ...(merged.nameZh ? [merged.nameZh] : [])]) {
      const folded = fold(n.trim());
      const key = `${merged.id}\u0000${folded}`;
      if (folded.length < 2 || this.seen.has(key) || this.base?.seen.has(key)) continue;
      this.seen.add(key);
      this.patterns.push({ folded, entity: merged.id, seq: this.seq++, ...(isAcronym(n.trim()) || merged.asWritten ? { exact: straight(n.trim()) } : {}) });
      if (!this.byName.has(folded) && !this.base?.byName.has(folded)) this.byName.set(folded, merged.id);
      this.index = undefined;
    }
  }

  /** The entity a name stands for, if the gazetteer knows it. */
  lookup(name: string): string | undefined {
    const folded = fold(name.trim());
    return this.base?.byName.get(folded) ?? this.byName.get(folded);
  }

  /** This gazetteer's own patterns by the word they start with (names begin at a word boundary), Chinese names by their first character. */
  private indexed() {
    if (!this.index) {
      const index = { byWord: new Map<string, Pattern[]>(), byChar: new Map<string, Pattern[]>(), other: [] as Pattern[] };
      for (const p of this.patterns) {
        if (HAN.test(p.folded)) push(index.byChar, p.folded[0]!, p);
        else {
          const word = /^[\p{L}\p{N}]+/u.exec(p.folded)?.[0];
          if (word) push(index.byWord, word, p);
          else index.other.push(p);
        }
      }
      this.index = index;
    }
    return this.index;
  }

  find(text: string): Mention[] {
    const folded = fold(text);
    const own = this.indexed();
    const indexes = this.base ? [this.base.indexed(), own] : [own];
    // Every place a known name occurs; then taken longest name first (earlier names first among
    // equals), as if each name were searched in turn from the longest down.
    const found: { at: number; p: Pattern }[] = [];
    for (const m of folded.matchAll(/[\p{L}\p{N}]+/gu)) {
      const han = HAN.test(m[0]);
      for (const { byWord, byChar } of indexes) {
        for (const p of byWord.get(m[0]) ?? []) if (folded.startsWith(p.folded, m.index)) found.push({ at: m.index, p });
        // Chinese names need no word boundary: try them at every character of a run.
        if (han && byChar.size) {
          for (let i = m.index; i < m.index + m[0].length; i++) {
            for (const p of byChar.get(folded[i]!) ?? []) if (folded.startsWith(p.folded, i)) found.push({ at: i, p });
          }
        }
      }
    }
    for (const { other } of indexes) for (const p of other) for (let at = folded.indexOf(p.folded); at >= 0; at = folded.indexOf(p.folded, at + 1)) found.push({ at, p });
    // Among names of one length, the text's own (a fork's) first: "NBC Telemundo License Co. ("NBC")" makes "NBC" the licensee's
    // in that text, whatever body the lexicon knows by it.
    const mine = new Set(this.base ? this.patterns : []);
    found.sort((a, b) => b.p.folded.length - a.p.folded.length || Number(mine.has(b.p)) - Number(mine.has(a.p)) || a.p.seq - b.p.seq || a.at - b.at);

    const taken = new Uint8Array(text.length);
    const out: Mention[] = [];
    for (const { at, p } of found) {
      const end = at + p.folded.length;
      if (!HAN.test(p.folded) && ((at > 0 && WORDISH.test(text[at - 1]!)) || (end < text.length && WORDISH.test(text[end]!) && !/^[’']s?$/.test(text.slice(end, end + 2))))) continue;
      if (p.exact && straight(text.slice(at, end)) !== p.exact) continue;
      if (taken.subarray(at, end).some((x) => x === 1)) continue;
      taken.fill(1, at, end);
      out.push({ start: at, end, text: text.slice(at, end), entity: p.entity });
    }
    return out.sort((a, b) => a.start - b.start);
  }
}

interface Pattern {
  folded: string;
  entity: string;
  /** Order of addition: among names of one length, the earlier one wins. */
  seq: number;
  /** An acronym ("SEC", "U.S.", "BaFin") matches only as written: "us" is not "US". */
  exact?: string;
}

/** Quotes straightened, the one difference "as written" allows ("McDonald’s" is "McDonald's"). */
const straight = (s: string) => s.replace(/[’‘`´]/g, "'").replace(/[“”]/g, '"');

/** One word with two or more capitals: an acronym or a brand written as such. */
export const isAcronym = (name: string) => !/\s/.test(name) && (name.match(/\p{Lu}/gu)?.length ?? 0) >= 2;

// A company's legal form is not part of who it is: "Binance Holdings Ltd." is "Binance Holdings".
const LEGAL_FORM = /(?:,?\s+(?:Inc|Incorporated|Ltd|Limited|LLC|L\.L\.C|PLC|plc|Corp|Corporation|Co|AG|SA|S\.A|N\.A|LP|L\.P|LLP|GmbH|BV|B\.V|NV|N\.V|VOF|V\.O\.F|CV|C\.V|SE|SpA|S\.p\.A|S\.r\.l|Srl|SAS|S\.A\.S|Pte|Pty|SARL|AB|ASA|Oyj|Oy|A\/S|K\.K|KK|JSC|PJSC|Ltda|Sdn Bhd|Bhd|Limited Liability Company|National Association)\.?)+$/;

/** A company name without its legal form, or undefined when it has none (or is nothing else). */
export function withoutLegalForm(name: string): string | undefined {
  // "G4S Care and Justice Services (UK) Ltd" goes by "G4S Care and Justice Services".
  const base = name.replace(LEGAL_FORM, "").replace(/,\s*$/, "").replace(/\s*\([^()]{1,12}\)$/, "").trim();
  return base !== name.trim() && base.length >= 2 && /\p{L}/u.test(base) ? base : undefined;
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/**
 * "Securities and Exchange Commission (SEC)", "Pan Gongsheng (潘功胜)": a name followed by an
 * abbreviation or a Chinese name in brackets. Returns the long name, the bracketed form and where
 * the long name starts.
 */
export function bracketedAliases(text: string): { name: string; alias: string; start: number }[] {
  // Words of one name are separated by spaces, never by a line break (a headline is not part of it).
  // "Goldman Sachs Execution & Clearing, L.P. (GSEC)": "&" and a legal form after a comma belong to the name.
  const re = /((?:[A-Z][\p{L}\d'’.&-]*)(?:[ \t]+(?:of|the|and|for|on|de|du|des|&|[A-Z][\p{L}\d'’.&-]*|\d+(?=[ \t]+[A-Z]))|,[ \t]+(?:Inc|Ltd|LLC|L\.P|LP|LLP|N\.A|plc|PLC|S\.A|AG|Corp|Co)\.?)*)[ \t]*\([ \t]*((?:\p{Lu}[\p{Lu}\d&.]{1,9})|\p{Script=Han}{2,30})[ \t]*\)/gu;
  const out: { name: string; alias: string; start: number }[] = [];
  for (const m of text.matchAll(re)) {
    // "Sofrana Unilines (NZ) Ltd": a bracket before a legal form is part of the name, not its short form.
    if (/^[ \t]+(?:Inc|Ltd|LLC|Limited|Corp|Corporation|PLC|plc|Pty|Pte|AG|SA|GmbH|BV|NV|SE)\b/.test(text.slice(m.index! + m[0].length, m.index! + m[0].length + 16))) continue;
    let name = m[1]!.replace(/^(?:The|the|An?)\s+/, "");
    // "the People's Bank of China" keeps its article out; a trailing "of"/"and" is not a name.
    name = name.replace(/\s+(of|the|and|for|on)$/i, "");
    let start = m.index! + m[1]!.indexOf(name);
    // "MRH (GB) Limited (MRH)": a legal form alone reaches back over the bracketed part of the name before it.
    if (/^(?:Limited|Ltd|Inc|LLC|Corp|Corporation|PLC|plc|AG|SA|GmbH|BV|NV|SE)\.?$/.test(name)) {
      const back = /(?<![\p{L}\d])((?:\p{Lu}[\p{L}\d'’.&-]*[ \t]+){1,4}\([\p{L}\d]{1,12}\)[ \t]+)$/u.exec(text.slice(Math.max(0, start - 80), start));
      if (!back) continue;
      name = back[1]! + name;
      start -= back[1]!.length;
    }
    // "the Construction, Forestry, Maritime, Mining and Energy Union (CFMMEU)": a name with commas in it, whose
    // initials the short form spells, reaches back over them.
    const alias = m[2]!;
    const rest = spelledPart(name, alias);
    start += name.length - rest.length;
    name = rest;
    if (/^\p{Lu}{3,}$/u.test(alias) && initials(name) !== alias) {
      const before = text.slice(Math.max(0, start - 160), start);
      for (let k = 1; k <= 6; k++) {
        const back = new RegExp(`(?<![\\p{L}\\d])((?:\\p{Lu}[\\p{L}'’-]*,[ \\t]+){${k}})$`, "u").exec(before);
        if (!back) break;
        if (initials(back[1]! + name) === alias) {
          name = back[1]! + name;
          start -= back[1]!.length;
          break;
        }
      }
    }
    if (name.split(/\s+/).length === 1 && name.length < 3) continue;
    const named = fromShortForm(name, alias);
    start += name.length - named.length;
    name = named;
    // "LATEST ACTION PART OF NATIONWIDE CRACKDOWN ON FOREIGN CURRENCY (FOREX) SCAMS": in a line of capitals, a bracket
    // names what its initials spell, else it glosses a word ("FOREX" is foreign exchange), not the capitals before it.
    const owned = name.split(/['’]s\s+(?=\p{Lu})/u).at(-1)!;
    if (!/\p{Ll}/u.test(owned) && owned.includes(" ") && initials(owned) !== alias) continue;
    out.push({ name, alias, start });
  }
  return out;
}

/**
 * The name a short form is of, where the capitalised words before it run from a phrase into the
 * name: in "the following Special Conditions on ISM Education Limited (ISM)", the short form is a
 * word of the name after "on", and starts it.
 */
export function fromShortForm(name: string, alias: string): string {
  const words = name.split(" ");
  const at = words.indexOf(alias);
  return at > 1 && /^(?:on|upon|against|for)$/.test(words[at - 1]!) ? words.slice(at).join(" ") : name;
}

/**
 * The words at the end of a name whose initials a short form spells, or the whole name: "the Act
 * for the Establishment of the Financial Services Agency (FSA)" defines the agency.
 */
export function spelledPart(name: string, alias: string): string {
  if (!/^\p{Lu}{2,}$/u.test(alias) || initials(name) === alias || !initials(name).endsWith(alias)) return name;
  const words = name.split(" ");
  for (let i = 1; i < words.length; i++) {
    const rest = words.slice(i).join(" ");
    if (/^\p{Lu}/u.test(rest) && initials(rest) === alias) return rest;
  }
  return name;
}

/** The first letters of a name's capitalised words: "Mining and Energy Union" is "MEU" ("U.S. Equal Employment Opportunity Commission" "EEOC": a dotted abbreviation is left out). */
const initials = (name: string) => name.split(/[\s,]+/).filter((w) => /^\p{Lu}/u.test(w) && !/\./.test(w)).map((w) => w[0]).join("");

/** A proposed entity's id: the slug of its name, made unique against the ids taken. */
export function proposedId(name: string, taken: { has(id: string): boolean }): string {
  const base = `entity:${slugify(name) || "entity"}`;
  let id = base;
  for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
  return id;
}
