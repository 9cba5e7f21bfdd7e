/**
 * The extractor's data: the frame lexicon (how texts state actions), the regulator gazetteer,
 * the places list, a list of well-known companies and the US judicial districts by the seats of
 * their US Attorney's offices, shipped as JSON under ./data/ with schemas in src/schema. A user
 * extends them for a new jurisdiction by editing data, or by passing extra data to `extendLexicon`.
 */
import {
  CompaniesFileSchema,
  DistrictsFileSchema,
  FrameLexiconSchema,
  GazetteerFileSchema,
  PlacesFileSchema,
  slugify,
  ValidationError,
  parseWith,
  type ActionType,
  type EntityCategory,
  type Frame,
  type CompaniesFile,
  type DistrictsFile,
  type FrameLexicon,
  type GazetteerBody,
  type GazetteerFile,
  type Place,
  type PlacesFile,
  type Problem,
} from "../schema/index.ts";
import companiesData from "./data/companies.json" with { type: "json" };
import districtsData from "./data/districts.json" with { type: "json" };
import framesData from "./data/frames.json" with { type: "json" };
import placesData from "./data/places.json" with { type: "json" };
import regulatorsData from "./data/regulators.json" with { type: "json" };
import { fold, type GazetteerEntry } from "./gazetteer.ts";
import { compilePattern, PatternError, type CompiledPattern } from "./patterns.ts";
import { MONEY } from "./quantities.ts";

class ContextRegexError extends Error {
  constructor(
    message: string,
    readonly path: string,
  ) {
    super(message);
  }
}

/** The lexicon's named word lists: each list's alternatives ("V:cease", "V:stop", ...). */
type WordLists = ReadonlyMap<string, readonly string[]>;

const unknownList = (name: string, words: WordLists) =>
  `no word list "${name}": expected one of the lexicon's words (${[...words.keys()].map((k) => `"${k}"`).join(", ") || "none defined"})`;

/** A trigger with each `@name` alternative replaced by the alternatives of that word list. */
function withWordLists(trigger: string, words: WordLists): string {
  return trigger
    .split(/\s+/)
    .map((element) => {
      const optional = element.endsWith("?") && element !== "?";
      const body = optional ? element.slice(0, -1) : element;
      const alts = body.split("|").flatMap((alt) => {
        if (!alt.startsWith("@")) return [alt];
        const list = words.get(alt.slice(1));
        if (!list) throw new PatternError(`"${trigger}": ${unknownList(alt.slice(1), words)}`);
        return list;
      });
      return alts.join("|") + (optional ? "?" : "");
    })
    .join(" ");
}

/**
 * A frame's unlessAfter, unlessBefore or onlyAfter, where `{MONEY}` stands for a sum with its currency first, so that
 * a frame written for a new jurisdiction reads the same currencies as the amounts do ("pay {MONEY} ... to settle").
 */
function contextRegex(source: string, path: string, words: WordLists): RegExp {
  const expanded = source.replaceAll("{MONEY}", `(?:${MONEY})`).replace(/\{@([a-z][a-z0-9-]*)\}/g, (_, name: string) => {
    const list = words.get(name);
    if (!list) throw new ContextRegexError(unknownList(name, words), path);
    // The words as written: "V:cease" is "cease", "cease_and_desist" is "cease and desist".
    const forms = [...new Set(list.map((w) => w.replace(/^[VN]:/, "").replace(/_/g, " ")))].sort((a, b) => b.length - a.length);
    return `(?:${forms.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, "\\$&").replace(/ /g, "\\s+")).join("|")})`;
  });
  try {
    return new RegExp(expanded, "iu");
  } catch (e) {
    // (V8 quotes the expanded source; the user wrote the short one.)
    const why = (e as Error).message.replace(/^Invalid regular expression: \/.*\/[a-z]*: /s, "");
    throw new ContextRegexError(`expected a regular expression, got "${source}" (${why})`, path);
  }
}

export interface CompiledFrame extends CompiledPattern {
  id: string;
  type: ActionType;
  roles: NonNullable<Frame["roles"]>;
  target: NonNullable<Frame["target"]>;
  /** Further acts the same words state, with the same actor and target. */
  also: readonly ActionType[];
  unlessAfter?: RegExp;
  unlessBefore?: RegExp;
  onlyAfter?: RegExp;
  /** Position in the lexicon: among hits of one length, the earlier frame wins. */
  rank: number;
}

export interface Lexicon {
  frames: CompiledFrame[];
  bodies: GazetteerBody[];
  places: Place[];
  /** News outlets, as gazetteer entries of category media. */
  outlets: GazetteerEntry[];
  /** Well-known companies, as gazetteer entries whose names match only as written. */
  companies: GazetteerEntry[];
  /** The bodies as gazetteer entries: acronyms and aliases are their names. */
  entries: GazetteerEntry[];
  /** Names (case-folded) and acronyms (as written) several bodies share, with the bodies, the one meant by default first. */
  shared: Map<string, GazetteerBody[]>;
  /** The US judicial districts of the states that have several, by their US Attorney's seats; the states with one. */
  districts: Pick<DistrictsFile, "states" | "single">;
}

export interface LexiconData {
  frames: unknown;
  gazetteer: unknown;
  places: unknown;
  /** Optional so that data written before the companies list still compiles. */
  companies?: unknown;
  /** Optional likewise: without it, no office is known by the city it sits in. */
  districts?: unknown;
}

/** Check and compile extractor data; a problem names the file and the path in it. */
export function compileLexicon(data: LexiconData, files: { frames: string; gazetteer: string; places: string; companies?: string; districts?: string } = DATA_FILES): Lexicon {
  const problems: Problem[] = [];
  const parsed = <T>(r: { ok: true; value: T } | { ok: false; problems: Problem[] }): T | undefined => {
    if (r.ok) return r.value;
    problems.push(...r.problems);
    return undefined;
  };
  const frames: FrameLexicon | undefined = parsed(parseWith(FrameLexiconSchema, data.frames, files.frames));
  const gazetteer: GazetteerFile | undefined = parsed(parseWith(GazetteerFileSchema, data.gazetteer, files.gazetteer));
  const places: PlacesFile | undefined = parsed(parseWith(PlacesFileSchema, data.places, files.places));
  const companyFile = files.companies ?? DATA_FILES.companies;
  const companyList: CompaniesFile | undefined = data.companies === undefined ? { companies: [] } : parsed(parseWith(CompaniesFileSchema, data.companies, companyFile));
  const districts: DistrictsFile | undefined = data.districts === undefined ? { states: {}, single: [] } : parsed(parseWith(DistrictsFileSchema, data.districts, files.districts ?? DATA_FILES.districts));
  const compiled: CompiledFrame[] = [];
  const words: WordLists = new Map(Object.entries(frames?.words ?? {}).map(([name, list]) => [name, list.trim().split("|")]));
  frames?.frames.forEach((f, i) => {
    const path = `$.frames[${i}]`;
    try {
      const p = compilePattern(withWordLists(f.trigger, words));
      compiled.push({
        ...p,
        id: f.id,
        type: f.type,
        roles: f.roles ?? (p.nounFirst ? "nominal" : "active"),
        target: f.target ?? "object",
        also: f.also ?? [],
        ...(f.unlessAfter ? { unlessAfter: contextRegex(f.unlessAfter, `${path}.unlessAfter`, words) } : {}),
        ...(f.unlessBefore ? { unlessBefore: contextRegex(f.unlessBefore, `${path}.unlessBefore`, words) } : {}),
        ...(f.onlyAfter ? { onlyAfter: contextRegex(f.onlyAfter, `${path}.onlyAfter`, words) } : {}),
        rank: i,
      });
    } catch (e) {
      if (e instanceof ContextRegexError) problems.push({ file: files.frames, path: e.path, message: e.message });
      else if (e instanceof PatternError || e instanceof SyntaxError) problems.push({ file: files.frames, path: `${path}.trigger`, message: e.message });
      else throw e;
    }
  });
  const seen = new Map<string, number>();
  gazetteer?.bodies.forEach((b, i) => {
    if (seen.has(b.id)) problems.push({ file: files.gazetteer, path: `$.bodies[${i}].id`, message: `"${b.id}" is also the id of $.bodies[${seen.get(b.id)}]: expected each body once` });
    seen.set(b.id, i);
  });
  companyList?.companies.forEach((c, i) => {
    if (seen.has(c.id)) problems.push({ file: companyFile, path: `$.companies[${i}].id`, message: `"${c.id}" is already the id of a body or another company: expected each id once` });
    seen.set(c.id, i);
  });
  if (problems.length) throw new ValidationError(problems);
  const bodies = gazetteer!.bodies;
  // Names and acronyms several bodies answer to: "SEC", "Competition Commission".
  const byName = new Map<string, GazetteerBody[]>();
  for (const b of bodies) {
    const names = new Set([...b.acronyms, ...[b.name, ...b.aliases].map(fold)]);
    for (const n of names) byName.set(n, [...(byName.get(n) ?? []), b]);
  }
  const shared = new Map<string, GazetteerBody[]>();
  for (const [n, list] of byName) {
    if (list.length < 2) continue;
    // The body whose id is the acronym itself is the one meant when nothing says otherwise.
    const plain = list.find((b) => b.id === `entity:${slugify(n)}`) ?? list[0]!;
    shared.set(n, [plain, ...list.filter((b) => b !== plain)]);
  }
  const entries: GazetteerEntry[] = bodies.map((b) => ({
    id: b.id,
    name: b.name,
    category: b.category,
    aliases: [...b.acronyms, ...b.aliases],
    ...(b.nameZh ? { nameZh: b.nameZh } : {}),
  }));
  const outlets: GazetteerEntry[] = (frames?.outlets ?? []).map((name) => ({ id: `entity:${slugify(name)}`, name, category: "media" as EntityCategory, aliases: [] }));
  // ("Apple" the company, not "apple"; "Sprint", not "sprint": a company's name is read only as written.)
  const companies: GazetteerEntry[] = companyList!.companies.map((c) => ({ id: c.id, name: c.name, category: c.category ?? "company", aliases: c.aliases, asWritten: true }));
  return { frames: compiled, bodies, places: places!.places, outlets, companies, entries, shared, districts: { states: districts!.states, single: districts!.single } };
}

export const DATA_FILES = {
  frames: "src/extract/data/frames.json",
  gazetteer: "src/extract/data/regulators.json",
  places: "src/extract/data/places.json",
  companies: "src/extract/data/companies.json",
  districts: "src/extract/data/districts.json",
};

/** The shipped data, parsed. */
export function builtInData(): LexiconData {
  return { frames: framesData, gazetteer: regulatorsData, places: placesData, companies: companiesData, districts: districtsData };
}

/**
 * The shipped data with a user's additions: bodies, places and frames appended (a body or place
 * of an id or code the shipped data has replaces it), outlets added, a state's district seats
 * added to the shipped ones (a seat the shipped data has takes the user's district). Each part of
 * `extra` is checked against its schema first, so a problem names the user's file.
 */
export function extendLexicon(extra: Partial<LexiconData>, files: Partial<typeof DATA_FILES>): Lexicon {
  const problems: Problem[] = [];
  const check = <T>(schema: { safeParse: unknown }, value: unknown, file: string): T | undefined => {
    const r = parseWith(schema as never, value, file);
    if (r.ok) return r.value as T;
    problems.push(...r.problems);
    return undefined;
  };
  const f = extra.frames === undefined ? undefined : check<FrameLexicon>(FrameLexiconSchema, extra.frames, files.frames ?? "frames");
  const g = extra.gazetteer === undefined ? undefined : check<GazetteerFile>(GazetteerFileSchema, extra.gazetteer, files.gazetteer ?? "regulators");
  const p = extra.places === undefined ? undefined : check<PlacesFile>(PlacesFileSchema, extra.places, files.places ?? "places");
  const c = extra.companies === undefined ? undefined : check<CompaniesFile>(CompaniesFileSchema, extra.companies, files.companies ?? "companies");
  const d = extra.districts === undefined ? undefined : check<DistrictsFile>(DistrictsFileSchema, extra.districts, files.districts ?? "districts");
  if (problems.length) throw new ValidationError(problems);
  const base = builtInData() as { frames: FrameLexicon; gazetteer: GazetteerFile; places: PlacesFile; companies: CompaniesFile; districts: DistrictsFile };
  const states = { ...base.districts.states };
  for (const [state, seats] of Object.entries(d?.states ?? {})) states[state] = { ...states[state], ...seats };
  const byKey = <T>(list: T[], more: T[] | undefined, key: (x: T) => string) => {
    if (!more) return list;
    const replaced = new Set(more.map(key));
    return [...list.filter((x) => !replaced.has(key(x))), ...more];
  };
  return compileLexicon(
    {
      frames: { words: { ...base.frames.words, ...f?.words }, frames: [...base.frames.frames, ...(f?.frames ?? [])], outlets: [...base.frames.outlets, ...(f?.outlets ?? [])] },
      gazetteer: { bodies: byKey(base.gazetteer.bodies, g?.bodies, (b) => b.id) },
      places: { places: byKey(base.places.places, p?.places, (x) => x.code) },
      companies: { companies: byKey(base.companies.companies, c?.companies, (x) => x.id) },
      districts: { states, single: [...new Set([...base.districts.single, ...(d?.single ?? [])])] },
    },
    { ...DATA_FILES, ...files },
  );
}

let builtIn: Lexicon | undefined;
/** The shipped lexicon, compiled on first use. */
export function defaultLexicon(): Lexicon {
  builtIn ??= compileLexicon(builtInData());
  return builtIn;
}

/** Words of an organisation's name that say which category it is; otherwise a company. */
export function guessCategory(name: string): EntityCategory {
  if (/^(?:Act|Law|Ordinance|Regulations?|Rules?|Code|Guidelines?|Principles)\s+(?:for|on|of|concerning|regarding|Governing)\s/.test(name)) return "regulation";
  // "California Department of Pesticide Regulation": a department of something is a body, whatever that something is called.
  if (/^(?:\p{Lu}[\p{L}.]*\s+){0,3}(?:Department|Ministry|Office|Bureau|Board|Commission|Agency|Authority|Directorate)\s+(?:of|for)\s/u.test(name)) return "regulator";
  if (/\b(?:Act|Order|Regulations?|Directive|Code|Rules?|Law|Statute|Decree|Ordinance|Guidelines?|Notice|Judgment|Judgement|Injunction|Framework|Treaty|Convention|Protocol|Decision|Principles|Standards|Handbook|Guidance|Conditions|Codes? of Practice)\b(?:\s+(?:No\.?\s*)?\d[\w.-]*)?$|^(?:Executive|Presidential|Ministerial)\s+Order\b|\bSection\s+\d/.test(name)) return "regulation";
  // "JRW Service Group LLC", "Royal Mail Group Ltd": a legal form makes a company, whatever words come before it.
  // ("Daily Gazette Company": a newspaper's owner is a company, whatever its paper is called.)
  if (/(?:,?\s+(?:Inc|Ltd|LLC|L\.L\.C|LP|L\.P|LLP|PLC|plc|Corp|Corporation|Limited|AG|S\.A|SA|SE|GmbH|B\.V|N\.V|N\.A|Pty\s+Ltd|Co\.,?\s+Ltd))\.?$|\s(?:Company|Holdings)$/.test(name)) return "company";
  // "the District of Minnesota": a US judicial district, named for its court.
  // ("Justice" is a court as a judge's title, "Mr Justice William Davis"; not in "Ministry of Justice" or "G4S Care and Justice Services".)
  if (/\b(?:Court|Tribunal|Judge)\b|^(?:(?:Mr|Mrs|Ms|Lord|Lady|Chief)\.?\s+)?Justice\s+\p{Lu}(?!\p{Ll}*\s+(?:Services|Department|Ministry)\b)|^(?:(?:Northern|Southern|Eastern|Western|Middle|Central)\s+)?District\s+of\s/u.test(name)) return "court";
  // "Cookeville Regional Medical Center Authority", "Allegheny County Sanitary Authority": a public body that runs a service is a party regulated, not a regulator.
  if (/\b(?:Medical\s+Center|Hospital|Health\s+Care|Housing|Port|Transit|Transportation|Sanitary|Sanitation|Sewer|Sewerage|Water|Waste|Parking|Airport|Turnpike|Toll|Power|Utilities|Redevelopment|Bridge|Tunnel|Stadium|Convention\s+Center)\s+Authority$/.test(name)) return "company";
  // "Office Depot", "Office Furniture Group": a body is "the Home Office", "Office of X", "Office for Y"; a name that opens with the
  // word and goes on with another noun is a firm's.
  if (/^Office\s+(?!of\b|for\b|National\b)\p{Lu}/u.test(name)) return "company";
  // "Hong Kong Democratic Council", "Uyghur Human Rights Council": a council, alliance or front for a political cause is a group of
  // campaigners, no body with power.
  if (/\b(?:Democratic|Democracy|Human\s+Rights|Freedom|Liberty|Independence)\s+(?:Council|Alliance|Coalition|Front|Movement|League|Union)$/.test(name)) return "company";
  if (/\b(?:Commission|Authority|Central Bank|Reserve Bank|Agency|Administration|Office|Ministry|Regulator|Bureau|Board|Supervisor|Department|Service|Council|Reserve|Treasury|Directorate|Prosecutor|Attorney General|Attorneys General|Police|Inspectorate|Ombudsman|Commissioner)\b/.test(name)) return "regulator";
  if (/\b(?:Government|State Council|Parliament|Congress|Senate|Cabinet|Presidency|White House)\b/.test(name)) return "government";
  // ("Japan Post Group", "Daily Mail Group", "Japan Post Bank", "Japan Post Insurance": a group of companies, a bank or an insurer is a
  // company, whatever its paper or its post is called.)
  if (/\b(?:News|Times|Journal|Post|Daily|Herald|Reuters|Bloomberg|Press|Wire|Gazette|Tribune)\b/.test(name) && !/\s(?:Group|Bank|Insurance)$/.test(name)) return "media";
  if (/\b(?:team|task force|committee|working group)\b/i.test(name)) return "task_force";
  return "company";
}

/** Categories whose members can perform an action. */
export const ACTOR_CATEGORIES: ReadonlySet<EntityCategory> = new Set(["regulator", "government", "court", "task_force", "person", "company", "platform", "media", "target_group"]);
/** Categories that act with public authority: the passage's authority, the actor of a defendant frame. */
export const AUTHORITY_CATEGORIES: ReadonlySet<EntityCategory> = new Set(["regulator", "government", "court", "task_force"]);
