/**
 * Stage 2: who and where a text names. Known entities and the gazetteer's bodies by any name,
 * alias or acronym (an acronym several bodies share goes to the one the document's country
 * points at); names a text introduces ("Long Name (ABBR)", `Binance Holdings Ltd. ("Binance")`,
 * capitalised names); short references to a body named before ("the Commission", "the
 * agency"); places, which are never actors.
 */
import type { EntityCategory } from "../schema/index.ts";
import { bracketedAliases, fold, fromShortForm, Gazetteer, isAcronym, proposedId, spelledPart, withoutLegalForm, type GazetteerEntry, type Mention } from "./gazetteer.ts";
import { AUTHORITY_CATEGORIES, guessCategory, type Lexicon } from "./lexicon.ts";
import { groupDefinitions } from "./groups.ts";
import { discoverNames, writtenAsName } from "./names.ts";
import { HeadIndex } from "./phrases.ts";
import type { Sentence } from "./sentences.ts";

/** A place the text names: a country, its adjective or one of its cities. */
export interface PlaceMention {
  start: number;
  end: number;
  /** The jurisdiction code of places.json ("US", "GB", "EU"). */
  code: string;
}

/** Adds to `countries` the country of each of the lexicon's bodies among `ids` (not "INT" or "EU", which are no country's). */
function addBodyCountries(countries: Set<string>, ids: Iterable<string>, lexicon: Lexicon): void {
  const country = new Map(lexicon.bodies.map((b) => [b.id, b.country]));
  for (const id of ids) {
    const c = country.get(id);
    if (c && c !== "INT" && c !== "EU") countries.add(c);
  }
}

/**
 * The countries a text is of, read without its names: the places it names and the countries of
 * the lexicon's bodies it names (what tells a bare "$" of an ASIC release from a US one).
 */
export function countriesNamed(text: string, lexicon: Lexicon): Set<string> {
  const base = prepare([], lexicon);
  const countries = new Set(base.places.find(text).map((m) => m.entity.slice("place:".length)));
  addBodyCountries(countries, base.gazetteer.find(text).map((m) => m.entity), lexicon);
  return countries;
}

/** The known entities and the lexicon, indexed once and shared by every article read against them. */
export interface Prepared {
  /** Ids of the graph's own entities (the rest of the gazetteer is the lexicon's). */
  knownIds: ReadonlySet<string>;
  gazetteer: Gazetteer;
  heads: HeadIndex;
  regulations: GazetteerEntry[];
  places: Gazetteer;
  /** The lexicon's well-known companies the graph does not already hold. */
  companies: Gazetteer;
  lexicon: Lexicon;
}

const prepared = new WeakMap<object, WeakMap<Lexicon, Prepared>>();
const NO_KEY = {};

/**
 * Index the known entities with the lexicon's bodies and outlets. An array is taken as it is at
 * its first use: pass a new array when the entities change.
 */
export function prepare(known: Iterable<GazetteerEntry>, lexicon: Lexicon): Prepared {
  // (Every empty list means the same: no known entities, one shared index, however many callers pass a new [].)
  const key = Array.isArray(known) ? (known.length === 0 ? NO_KEY : known) : undefined;
  const byLexicon = prepared.get(key ?? NO_KEY) ?? new WeakMap<Lexicon, Prepared>();
  let ready = key ? byLexicon.get(lexicon) : undefined;
  if (!ready) {
    // The graph's own entities first: where the graph and the gazetteer name one body alike, the graph's id wins.
    const knownList = [...known];
    const gazetteer = new Gazetteer(knownList);
    for (const e of [...lexicon.entries, ...lexicon.outlets]) if (!gazetteer.has(e.id) && !gazetteer.lookup(e.name)) gazetteer.add(e);
    const all = [...gazetteer.all()];
    const places = new Gazetteer(
      lexicon.places.map((p) => ({ id: `place:${p.code}`, name: p.name, category: "activity" as EntityCategory, aliases: [...p.aliases, ...p.adjectives, ...p.cities, ...(p.regions ?? [])] })),
    );
    // Well-known companies are looked up apart, after the text's own names (findMentions): the graph's and the text's names come first.
    const companies = new Gazetteer(lexicon.companies.filter((e) => !gazetteer.has(e.id) && !gazetteer.lookup(e.name)));
    ready = { knownIds: new Set(knownList.map((e) => e.id)), gazetteer, heads: new HeadIndex(all), regulations: all.filter((e) => e.category === "regulation"), places, companies, lexicon };
    if (key) {
      byLexicon.set(lexicon, ready);
      prepared.set(key, byLexicon);
    }
  }
  return ready;
}

export interface Mentions {
  /** The article's gazetteer: the known names and the ones this text introduced. */
  gazetteer: Gazetteer;
  heads: HeadIndex;
  /** Entity mentions in text order. */
  mentions: Mention[];
  places: PlaceMention[];
  /** Jurisdictions the text names (places.json codes). */
  countries: Set<string>;
  /** Entities the text introduced, not known before. */
  proposed: GazetteerEntry[];
  /** Ids taken by the known entities and the proposed ones, for minting new ids. */
  taken: { has(id: string): boolean; add(id: string): void };
  /** The issuer's entity, when the caller named a publisher the gazetteer knows. */
  publisher?: string;
  /** State officers named together ("the Attorneys General of North Carolina and Virginia"), whom "the states" stands for after. */
  stateOfficers: string[];
  /** Short names given to several parties together ("... (collectively, Magnum)"), by the entity a later mention of the name has: the parties it stands for. */
  groups: Map<string, string[]>;
}

// "the Attorneys General of North Carolina and Virginia": one officer of each state, named together.
const DISTRIBUTIVE_TITLE = /\b(Attorneys General|Attorneys-General|Secretaries of State) of ((?:\p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}+)?,\s+)*\p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}+)?,?\s+and\s+\p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}+)?)/gu;
const SINGULAR_TITLE: Record<string, string> = { "Attorneys General": "Attorney General", "Attorneys-General": "Attorney General", "Secretaries of State": "Secretary of State" };

// A defined term: `Binance Holdings Ltd. ("Binance")`, `the Company (the “Issuer”)`, a British `(‘EGEL’)` or `(“the Charity”)`, an old FCC text's `(\`\`NBC'')`.
// A name before brackets: capitalised words, a comma only before a legal form ("Optiver US, LLC").
const NAME_BEFORE = "((?:[A-Z][\\p{L}\\d'’.&-]*)(?:[ \\t]+(?:of|the|and|for|on|de|du|des|&|[A-Z][\\p{L}\\d'’.&-]*|\\d+(?=[ \\t]+[A-Z]))|,[ \\t]+(?:Inc|Ltd|LLC|L\\.P|LP|LLP|N\\.A|plc|PLC|S\\.A|AG|Corp|Co)\\.?)*)";
const DEFINED = new RegExp(`${NAME_BEFORE}[ \\t]*\\((?:(?:hereinafter[ \\t]+)?(?:referred[ \\t]+to[ \\t]+as|called)[ \\t]+|hereinafter[ \\t]+)?(?:the[ \\t]+|together[ \\t]+|collectively,?[ \\t]+|each[ \\t]+a[ \\t]+)?(?:[“"‘]|\`\`)(?:the[ \\t]+)?([A-Z][^”"\\n]{1,40}?)(?:[”"’]|'')\\)`, "gu");

// A party defined by its role, unquoted: "Football Pools Limited (the Licensee)", "Bank of X Ltd (the Bank)".
const DEFINED_ROLE = new RegExp(`${NAME_BEFORE}[ \\t]*\\(the[ \\t]+(Licensee|Company|Bank|Firm|Operator|Trustee|Respondent|Applicant|Defendant|Issuer|Charity|Provider|Supplier|Trader)\\)`, "gu");

// First words that do not name a company on their own: "First Republic", "National Bank", "Bank of ...".
const GENERIC_FIRST = /^(?:First|National|General|United|American|International|Global|New|Great|Royal|Central|Federal|State|Bank|Banco|China|Japan|European|Asia|Capital|Financial|Investment|Securities|Trust|Group|Holdings|Digital|Crypto|Credit|Mutual|Standard|Public|Private|Commercial|Savings|Community|Citizens|Southern|Northern|Eastern|Western|North|South|East|West|Pacific|Atlantic|Mr|Ms|Mrs|Dr|The)$/;

// "Ashland Inc. (NYSE: ASH)": a listed company's ticker is another name of it.
const TICKER = new RegExp(`${NAME_BEFORE},?[ \\t]*\\((?:NYSE|NASDAQ|Nasdaq|AMEX|NYSE American|NYSE MKT|OTC|OTCBB|OTC Markets|TSX|LSE|ASX|HKEX|SGX|TSE)[ \\t]*:[ \\t]*([A-Z][A-Z.]{0,5})\\)`, "gu");
const SHORT_FORM = new RegExp(`${NAME_BEFORE},?[ \\t]*\\(([A-Z][\\p{L}\\d&.'’-]+(?:[ \\t](?:&[ \\t])?[A-Z][\\p{L}\\d&.'’-]+){0,2})\\)`, "gu");

// Words in lower case, then the acronym they spell in brackets, quoted or not: "per capita consumption ('PCC')".
const COMMON_WORDS_ACRONYM = /(?<![\p{L}\d-])(\p{Ll}[\p{Ll}-]*(?:\s+\p{Ll}[\p{Ll}-]*){1,5})\s*\(\s*[‘'“"]?([A-Z]{2,6})[’'”"]?\s*\)/gu;

// "Commodity Trading Advisor", "a registered Futures Commission Merchant": kinds of registrant as the rules capitalise them.
const REGISTRANT_KIND = /^(?:(?:Registered|Unregistered)\s+)?(?:Commodity\s+Trading\s+Advisors?|Commodity\s+Pool\s+Operators?|Futures\s+Commission\s+Merchants?|Introducing\s+Brokers?|Associated\s+Persons?|Swap\s+Dealers?|Retail\s+Foreign\s+Exchange\s+Dealers?|Investment\s+Advis[eo]rs?|Broker-Dealers?)$/;

const LOCAL_PLACE = /^(?:\p{Lu}[\p{L}'’.-]*\s+){1,3}(?:County|Township|Parish|Borough|Prefecture|Province|Municipality)$/u;

// "impose a Monetary Penalty on Qualifications for Industry (“QFI”)": the act's words before the name are not part of it.
const ACT_ON = /^(?:\p{Lu}\p{Ll}+\s+){0,3}(?:Penalty|Penalties|Fine|Fines|Sanctions?|Notice|Order|Ban|Restrictions?|Measures?|Charges?)\s+(?:on|against|upon)\s+/u;
// What follows a company's first word when the rest only says what kind of company it is.
const CORPORATE_TAIL = /^(?:(?:[A-Z][\p{L}&'’.-]*|&|and|of)\s+)*?(?:Holdings?|Group|Inc|Incorporated|Ltd|Limited|LLC|L\.L\.C|LP|L\.P|LLP|PLC|plc|Corp|Corporation|Company|Co|AG|SA|S\.A|SE|GmbH|BV|B\.V|NV|N\.V|SpA|Pty|Partners|Capital|Securities|Bank|Financial|Services|International|Global|Enterprises|Industries|Technologies|Trading|Investments?)\.?(?:,?\s+(?:Inc|Ltd|LLC|LP|L\.P|PLC|plc|Corp|Co|AG|SA|SE|BV|NV|N\.A|Limited)\.?)*$/u;
// How US federal offices are written: "United States", "U.S.", "U. S.", "US".
const US = String.raw`(?:United\s+States|U\.\s?S\.|US)`;
// "United States District Judge for the Southern District of Florida", "U.S. District Judge Kenneth Marra for the Southern District of Florida".
const DISTRICT_JUDGE = new RegExp(String.raw`\b((?:(?:Chief|Senior)\s+)?${US}\s+(?:District|Magistrate)\s+Judge(?:\s+(?:\p{Lu}[\p{L}.'’-]*|\p{Lu}\.)){0,4}\s+for\s+the\s+((?:(?:Northern|Southern|Eastern|Western|Middle|Central)\s+)?District\s+of\s+(?:\p{Lu}[\p{L}.]*)(?:\s+\p{Lu}[\p{L}.]*)?))`, "gu");
// "Avista Energy, Inc. Ordered to Pay $2.1 Million", "– Mayfair Pharmacy, Inc to pay $75,000": a headline that opens with a firm by its legal form names it, body or not.
export const HEADING_FIRM = /^[\s–—-]*(?:\p{Lu}[\p{L}&'’.-]*,?\s+){1,5}(?:Inc|LLC|Ltd|Limited|Corp|Corporation|PLC|plc|LLP|Co)\b\.?(?=\s)/u;
// "the United States Attorney for the Southern District of New York", "U.S. Attorney’s Office for the District of Minnesota":
// a district's US Attorney, and the office by any of its spellings, is the office of that district. (Not "Assistant U.S.
// Attorney ... for the ...": a prosecutor, whom the prosecutors' rule reads.)
const DISTRICT_ATTORNEY = new RegExp(String.raw`(?<!Assistant\s)\b(${US}\s+Attorney(?:['’]s\s+Office)?(?:\s+(?:\p{Lu}[\p{L}.'’-]*|\p{Lu}\.)){0,4}?\s+for\s+the\s+((?:(?:Northern|Southern|Eastern|Western|Middle|Central)\s+)?District\s+of\s+(?:(?:New|North|South|West|Rhode)\s+\p{Lu}\p{Ll}+|Puerto\s+Rico|\p{Lu}\p{Ll}+)))`, "gu");
// "the U. S. Attorney's Office in Springfield, Illinois": the office named by the city it sits in, whose district the lexicon's districts tell.
const CITY_ATTORNEY = new RegExp(String.raw`\b${US}\s+Attorney['’]s\s+Office\s+in\s+(\p{Lu}[\p{L}.]*(?:\s+\p{Lu}[\p{L}.]*){0,2}),\s+(\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}+)?)\b`, "gu");
function districtOf(city: string, state: string, districts: Lexicon["districts"]): string | undefined {
  const seats = districts.states[state];
  if (seats) return seats[city] ? `${seats[city]} District of ${state}` : undefined;
  return districts.single.includes(state) ? `District of ${state}` : undefined;
}
// "the U.S. Attorney’s Office", "the United States Attorney": the office named without its district.
const BARE_US_ATTORNEY = new RegExp(String.raw`^(?:[Tt]he\s+)?${US}\s+Attorney(?:['’]s\s+Office)?$`, "u");
const USAO_NAME = /^United States Attorney's Office for the /;
// "Arizona Federal District Court Judge Roslyn Silver": a judge of a state's federal district court.
const STATE_COURT_JUDGE = /\b(\p{Lu}\p{Ll}+(?:\s+(?!Federal\b)\p{Lu}\p{Ll}+)?)\s+(?:Federal\s+)?District\s+Court\s+Judge\s+/gu;
// "Judge Howard Matz of the Central District of California": a judge named with the district, or with its court
// ("Judge José A. Fusté of the U.S. District Court for the District of Puerto Rico").
const JUDGE_OF_DISTRICT = /\bJudge\s+((?:\p{Lu}[\p{L}.'’-]*\s+){1,3}\p{Lu}[\p{L}'’-]+)\s+of\s+the\s+(?:(?:U\.\s?S\.|United\s+States)\s+District\s+Court\s+for\s+the\s+)?((?:(?:Northern|Southern|Eastern|Western|Middle|Central)\s+)?District\s+of\s+\p{Lu}[\p{L}.]*(?:\s+\p{Lu}[\p{L}.]*)?)/gu;
// What makes a body's name part of a law's: "Federal Trade Commission Act", "Federal Reserve (FRB) Act".
const LAW_AFTER = /^\s*\)?\s*(?:\([^)]{1,12}\)\s*)?Act\b/;

// The US states as the press abbreviates them ("Fridley, Minn.", "Sarasota County, Fla.").
const AP_STATE = /^(?:Ala|Ariz|Ark|Calif|Colo|Conn|Del|Fla|Ga|Ill|Ind|Kan|Kans|Ky|La|Md|Mass|Mich|Minn|Miss|Mo|Mont|Neb|Nev|N\.H|N\.J|N\.M|N\.Y|N\.C|N\.D|Okla|Ore|Pa|R\.I|S\.C|S\.D|Tenn|Tex|Vt|Va|Wash|W\.Va|Wis|Wyo)\.$/;
// ... and as the post abbreviates them ("Gulf Coast, MS", "Staten Island, NY").
const POSTAL_STATE = /^(?:AL|AK|AZ|AR|CA|CO|CT|DE|FL|GA|HI|ID|IL|IN|IA|KS|KY|LA|ME|MD|MA|MI|MN|MS|MO|MT|NE|NV|NH|NJ|NM|NY|NC|ND|OH|OK|OR|PA|RI|SC|SD|TN|TX|UT|VT|VA|WA|WV|WI|WY|DC)$/;

// The units every agency has, named without the agency: "Enforcement Bureau", "Division of Enforcement", "Antitrust Division";
// and the panels that decide for it: "Determinations Panel", "Enforcement Committee".
// ("Commerce’s Office of Export Enforcement New York Field Office investigated the case": the issuer's field office is the issuer.)
const UNIT_OF_ISSUER = /^(?:(?:Enforcement|Compliance|Investigations?|Litigation|Competition|Antitrust|Criminal|Civil|Consumer\s+Protection|Market\s+Abuse|Supervision)\s+(?:Bureau|Division|Office|Section|Unit|Directorate|Department|Staff)|(?:Division|Office|Bureau|Directorate)\s+of\s+(?:Export\s+)?(?:Enforcement|Investigations?|Compliance|Competition)(?:\s+(?:\p{Lu}\p{L}+\s+){0,2}Field(?:\s+Office)?|\s+\p{Lu}\p{Ll}+)?|(?:Determinations|Enforcement|Regulatory\s+Decisions|Case|Disciplinary)\s+(?:Panel|Committee))$/u;
// "the Commission", "the agency": a body named before, by the kind of body it is. (Not "the supervisor": in a safety text that is a worker.)
const SHORT_REFERENCE = /(?:\b(?:[Tt]he|[Tt]his|[Ii]ts)\s+|\b[Aa]n?\s+(?:\d{4}\s+)?(?=[A-Z])|^)(Commission|Authority|Agency|Bureau|Board|Department|Office|Court|Ministry|Council|Service|Administration|Regulator|Tribunal|Directorate|Government|Treasury|Fed|Commissioner|Division|agency|regulator|watchdog|commission|authority|bureau|department|ministry|court|tribunal|central bank)\b(?!\s+(?:of|for|on|in)\b)(?!['’]s\s+(?:Division|Office))/g;

// A list of three or more names ("A, B, C and D"), each of capitalised words or numbers ("Models 1").
const NAME_ITEM = String.raw`\p{Lu}[\p{L}\d&'’.-]*(?:\s+(?:\p{Lu}[\p{L}\d&'’.-]*|\d+)){0,3}`;
const LIST_OF_NAMES = new RegExp(String.raw`(?:${NAME_ITEM},\s+)+${NAME_ITEM},?\s+and\s+${NAME_ITEM}`, "gu");

/** The names of lists in which two or more of the names are companies, that are not companies yet. */
function listedWithCompanies(sentences: readonly Sentence[], isCompany: (name: string) => boolean, isPlace: (name: string) => boolean): string[] {
  const out: string[] = [];
  for (const s of sentences) {
    for (const m of s.text.matchAll(LIST_OF_NAMES)) {
      // (The list's last name may end the sentence: "... and Garuda Indonesia.", its full stop no part of it unless a legal form's.)
      const items = m[0].split(/,\s+(?:and\s+)?|\s+and\s+/).map((x) => x.trim().replace(/(?<!\b(?:Inc|Ltd|Corp|Co|Jr|Sr|L\.P|N\.A|S\.A|P\.C))\.$/, ""));
      const known = items.filter(isCompany).length;
      if (known < 2) continue;
      for (const item of items) if (!isCompany(item) && writtenAsName(item) && !isPlace(item)) out.push(item);
    }
  }
  return out;
}

const CAPTION = /(?:^|\n)[ \t]*(?:\[[\d,.]+\][ \t]*)?In the Matter of[ \t]+(\p{Lu}[\p{L}\d&'’.-]*(?:[ \t]+(?:of|and|&|the|\p{Lu}[\p{L}\d&'’.-]*))*?)(?=,|[ \t]*\(|[ \t]*\n)/u;

/** The party an order's caption names ("In the Matter of X, Town, State, Docket No."), with where it stands, if the text opens a line with one. */
export function captionOf(text: string): { name: string; start: number; end: number } | undefined {
  const m = CAPTION.exec(text);
  if (!m) return undefined;
  const start = m.index + m[0].length - m[1]!.length;
  return { name: m[1]!, start, end: start + m[1]!.length };
}

export function findMentions(text: string, sentences: readonly Sentence[], base: Prepared, withTriggers: (i: number) => boolean, headings: ReadonlySet<number> = new Set(), publisherName?: string): Mentions {
  const gazetteer = base.gazetteer.fork();
  // The issuer, when the caller knows it: "U.S. Securities and Exchange Commission", "Serious Fraud Office".
  // "U.S. Department of Health and Human Services, Office of Inspector General" is the office of
  // the department before it is the department.
  const [head, ...tail] = publisherName?.split(/\s*[,;]\s*/) ?? [];
  const officeOf = head && tail.length ? [`${tail.join(", ")} of ${head}`, `${tail.join(", ")} of the ${head}`, `${head} ${tail.join(" ")}`] : [];
  // "Financial Supervisory Commission (Taiwan)": the body of that name of the country in brackets.
  const ofCountry = (name: string) => {
    const m = /^(.*?)\s*\(([^)]+)\)\s*$/.exec(name);
    return m ? (gazetteer.lookup(`${m[2]} ${m[1]}`) ?? gazetteer.lookup(`${m[1]} of ${m[2]}`) ?? gazetteer.lookup(`${m[1]} of the ${m[2]}`)) : undefined;
  };
  let publisher = publisherName
    ? (gazetteer.lookup(publisherName) ??
      gazetteer.lookup(publisherName.replace(/^(?:the\s+)?(?:U\.S\.|US|United States)\s+/i, "")) ??
      gazetteer.lookup(publisherName.replace(/\s*\([^)]*\)\s*$/, "")) ??
      officeOf.map((n) => gazetteer.lookup(n) ?? gazetteer.lookup(n.replace(/\b(?:the\s+)?(?:U\.S\.|US|United States)\s+/i, ""))).find((id) => id !== undefined) ??
      gazetteer.lookup(publisherName.split(/[,;]/)[0]!.trim()) ??
      ofCountry(head!))
    : undefined;
  // "OIG issued a letter": the issuer's own initials, where the gazetteer gives them to nobody, are the issuer.
  if (publisher && publisherName) {
    for (const part of publisherName.split(/\s*[,;()]\s*/)) {
      const initials = part.split(/\s+/).filter((w) => /^\p{Lu}/u.test(w) && !/^(?:U\.S\.|US)$/.test(w)).map((w) => w[0]).join("");
      if (initials.length >= 3 && !gazetteer.lookup(initials) && new RegExp(`\\b${initials}\\b`).test(text)) {
        const e = gazetteer.entry(publisher)!;
        gazetteer.add({ ...e, aliases: [...e.aliases, initials] });
      }
    }
  }
  const proposed: GazetteerEntry[] = [];
  const mine = new Set<string>();
  const taken = { has: (id: string) => mine.has(id) || gazetteer.has(id), add: (id: string) => void mine.add(id) };
  const propose = (entry: Omit<GazetteerEntry, "id" | "proposed">): GazetteerEntry => {
    const e: GazetteerEntry = { id: proposedId(entry.name, taken), ...entry, proposed: true };
    taken.add(e.id);
    proposed.push(e);
    gazetteer.add(e);
    return e;
  };
  // An issuer the gazetteer does not know ("Groceries Code Adjudicator", "Water Services Regulation
  // Authority (Ofwat)") is still the issuer: a proposed body, with its bracketed short name and the
  // initials the text uses for it ("GCA").
  if (!publisher && publisherName && /\p{Lu}/u.test(publisherName)) {
    const name = head!.replace(/\s*\([^)]*\)\s*$/, "").replace(/^the\s+/i, "").trim();
    const bracketed = /\(([^)]{2,40})\)\s*$/.exec(head!)?.[1]?.trim();
    const initials = name.split(/\s+/).filter((w) => /^\p{Lu}/u.test(w)).map((w) => w[0]).join("");
    const aliases = [...(bracketed ? [bracketed] : []), ...(initials.length >= 2 && !gazetteer.lookup(initials) && new RegExp(`\\b${initials}\\b`).test(text) ? [initials] : [])];
    if (name.length >= 3) publisher = propose({ name, category: "regulator", aliases }).id;
  }
  /** The entity a name stands for: itself, or itself without a legal form ("CoinBridge Ltd" is "CoinBridge"). */
  // A name is known by its short form too ("CoinBridge Ltd" is "CoinBridge"), unless that short
  // form belongs to a company of another full name: "Optiver US, LLC (Optiver) ... and Optiver VOF".
  // ("Pacific Forum Line (Group) Limited and Pacific Forum Line (NZ) Limited", "Amaranth Advisors LLC, Amaranth Advisors (Calgary)
  // ULC": a bracketed place or part before the legal form tells a sister company, not the same one written again.)
  const qualifier = (n: string) => /\(([^()]{1,12})\)\s*[\p{L}.]*$/u.exec(n)?.[1];
  const otherFullName = (id: string, bare: string, full?: string) => {
    const name = gazetteer.entry(id)?.name ?? "";
    const holder = withoutLegalForm(name);
    return (holder !== undefined && holder !== bare) || (full !== undefined && holder !== undefined && qualifier(name) !== qualifier(full));
  };
  const lookup = (name: string): string | undefined => {
    const known = gazetteer.lookup(name);
    const bare = known ? undefined : withoutLegalForm(name);
    const id = bare ? gazetteer.lookup(bare) : undefined;
    return known ?? (id && otherFullName(id, bare!, name) ? undefined : id);
  };
  const addAlias = (id: string, alias: string) => {
    const e = gazetteer.entry(id)!;
    if (/\p{Script=Han}/u.test(alias)) gazetteer.add({ ...e, aliases: e.aliases, ...(e.nameZh ? {} : { nameZh: alias }) });
    else gazetteer.add({ ...e, aliases: [...e.aliases, alias] });
    // A proposed entity carries the names it was found by into the graph.
    const at = proposed.findIndex((p) => p.id === id);
    if (at >= 0) proposed[at] = gazetteer.entry(id)!;
  };

  const placeMentions = base.places.find(text);
  const places: PlaceMention[] = placeMentions.map((m) => ({ start: m.start, end: m.end, code: m.entity.slice("place:".length) }));
  const countries = new Set(places.map((p) => p.code));
  // "Westmoreland County", "Lancaster Township": a local place is a place whether or not places.json lists it.
  const isPlace = (name: string) => base.places.lookup(name) !== undefined || LOCAL_PLACE.test(name);
  /** The body named "<name> of <country>" for a country the text is of, if the gazetteer has one. */
  const countryBody = (name: string): string | undefined => {
    for (const code of countries) {
      const place = base.lexicon.places.find((p) => p.code === code);
      if (!place) continue;
      for (const n of [place.name, ...place.aliases]) {
        const id = gazetteer.lookup(`${name} of ${n}`) ?? gazetteer.lookup(`${name} of the ${n}`);
        if (id) return id;
      }
    }
    return undefined;
  };

  // Names a text introduces with their short form.
  // ("the remote Operating Licence of Football Pools Limited (the Licensee)": the licence's holder is defined, not the licence.)
  const defined = (re: RegExp) => [...text.matchAll(re)].map((m) => ({ name: m[1]!.replace(/^(?:The|the|An?)\s+/, "").replace(/^(?:\p{Lu}[\p{L}-]*\s+){0,2}(?:Licen[cs]e|Permit|Registration|Authori[sz]ation)\s+of\s+(?:the\s+)?/u, "").replace(ACT_ON, "").replace(/^\p{Lu}[\p{L}.]*-based\s+/u, "").replace(/,$/, ""), alias: m[2]!.trim(), start: m.index! }));
  // "Optiver US, LLC (Optiver)": an unquoted short form counts when it is a word of the name.
  const shortForms = defined(SHORT_FORM).map((d) => { const name = fromShortForm(d.name, d.alias); return { ...d, name, start: d.start + d.name.length - name.length }; }).filter((d) => d.name.split(/[\s,]+/).includes(d.alias.split(/\s+/)[0]!) && d.alias.length < d.name.length && !/\sand\s/.test(d.name));
  // ("the Prime Minister and the Commissioner of the Financial Services Agency (“FSA”)": a quoted short form is of the words its initials spell.)
  const spelled = (d: { name: string; alias: string; start: number }) => {
    const name = spelledPart(d.name, d.alias);
    return { ...d, name, start: d.start + d.name.length - name.length };
  };
  /** One-word short forms of the issuer's units ("the Determinations Panel (the Panel)"): the issuer where the text writes them as a name. */
  const unitWords = new Set<string>();
  const introduced = [...bracketedAliases(text), ...defined(DEFINED).map(spelled), ...defined(DEFINED_ROLE), ...shortForms, ...defined(TICKER)];
  for (const introducedName of introduced) {
    const { alias } = introducedName;
    // "the U.S. Department of the Treasury’s Financial Crimes Enforcement Network (FinCEN)": the short form is of what follows the possessive.
    let name = introducedName.name.split(/['’]s\s+(?=\p{Lu})/u).at(-1)!;
    // "The ACCC and NIB Health Funds Limited (NIB)": a body already known, then "and", then the name the short form is of.
    const pair = /^(.+?)\s+and\s+(\p{Lu}.*)$/u.exec(name);
    if (pair && lookup(pair[1]!)) name = pair[2]!;
    // "the Enforcement Bureau (Bureau)", "the Office of Enforcement (Enforcement)": a unit of the issuing body is the body, by both names (CORPUS.md).
    const unit = introducedName.name.replace(/^(?:The|the)\s+/, "");
    if (publisher && UNIT_OF_ISSUER.test(unit)) {
      if (!gazetteer.lookup(unit)) addAlias(publisher, unit);
      // (A one-word short form, "Enforcement", "Bureau", would match the common word everywhere: short references find "the Bureau".)
      if (!gazetteer.lookup(alias) && (/\s/.test(alias) || isAcronym(alias))) addAlias(publisher, alias);
      else unitWords.add(alias.replace(/^(?:The|the)\s+/, ""));
      continue;
    }
    // "... a Cease-and-Desist Order (Order) against X. The Order finds that ...": a document the text defines is the authority's act, read as "the order", not a name.
    if (/^(?:the\s+)?(?:Order|Orders|Complaint|Decision|Notice|Judgment|Judgement|Indictment|Settlement|Agreement)$/i.test(alias)) continue;
    // "NGS Digital Pty Ltd and NGS Group Ltd (NGS Companies)": a legal form inside the name ends a list of names, not one name.
    // ("G4S Care and Justice Services (UK) Ltd": a place in brackets is where the company is, not its short form.)
    if (isPlace(name) || isPlace(alias) || /\b(?:Inc|Ltd|LLC|PLC|plc|Corp|Limited|AG|SA|GmbH)\b\.?,?\s+(?:and\s+)?\p{Lu}/u.test(name)) continue;
    // ("Credit Suisse Securities(Japan)Limited (“the Company”)": a legal form alone is the end of a name written without spaces, not a name.)
    if (/^(?:Inc|Incorporated|Ltd|Limited|LLC|PLC|plc|Corp|Corporation|Company|Co|AG|SA|GmbH)\.?$/.test(name)) continue;
    // "the U.S. Equal Employment Opportunity Commission (EEOC)": a country's prefix before a body's name the gazetteer knows without it.
    const existing = lookup(name) ?? lookup(name.replace(/^(?:U\.S\.|US|United States|U\.K\.|UK)\s+/, "")) ?? (isAcronym(alias) ? undefined : lookup(alias));
    if (existing) {
      addAlias(existing, alias);
      if (!gazetteer.lookup(name)) addAlias(existing, name);
      continue;
    }
    const guessed = guessCategory(name);
    // "Pan Gongsheng (潘功胜)": a short name with a Chinese name in brackets and no organisation word is a person.
    const han = /\p{Script=Han}/u.test(alias);
    const category: EntityCategory = han && guessed === "company" && name.split(/\s+/).length <= 3 ? "person" : guessed;
    const bare = withoutLegalForm(name);
    propose(han ? { name, category, aliases: [], nameZh: alias } : { name, category, aliases: [alias, ...(bare && bare !== alias ? [bare] : [])] });
  }

  // Names nobody told the gazetteer: looked for only where an action may be stated, and where a
  // capitalised word is not part of a known name (the NLP library is most of the cost).
  // "per capita consumption ('PCC')": an acronym the text defines for words of its own is those words wherever it is used, not
  // the body the gazetteer knows by the same letters (the Philippine Competition Commission).
  const ownAcronyms = new Set<string>();
  for (const m of text.matchAll(COMMON_WORDS_ACRONYM)) {
    const words = m[1]!.split(/[\s-]+/);
    if (words.length >= m[2]!.length && words.slice(-m[2]!.length).map((w) => w[0]!.toUpperCase()).join("") === m[2]!) ownAcronyms.add(m[2]!);
  }
  // (Asked again below, once the names this text introduces are in the gazetteer; both times without those acronyms.)
  const findKnown = () => gazetteer.find(text).filter((m) => !ownAcronyms.has(text.slice(m.start, m.end)));
  const knownMentions = findKnown();
  // A text is also of the countries of the bodies it names and of its publisher: an ASIC release is Australian.
  addBodyCountries(countries, [...knownMentions.map((m) => m.entity), ...(publisher ? [publisher] : [])], base.lexicon);
  const covered = new Uint8Array(text.length);
  for (const m of [...knownMentions, ...placeMentions]) covered.fill(1, m.start, m.end);
  const isKnown = (start: number, end: number) => covered.subarray(start, end).every((c) => c === 1);
  // (Names in a heading are read with the body's names only; but a heading or a field's line that names a court ("Court" then
  // "Kidderminster Magistrates Court", "Following a sentencing hearing at Chelmsford Magistrates’ Court ..., DJ Williams issued
  // their written judgment:") names the court that fined or convicted, when the body tells it in the passive: "X were fined £40,000".)
  const body = sentences.filter((s, i) => !headings.has(i) || /^[^.;]{0,80}\b(?:Magistrates['’]?|Crown|District|County|Federal|Supreme|High)\s+Court\b/.test(s.text) || HEADING_FIRM.test(s.text));
  const headingSpans = sentences.filter((_, i) => headings.has(i));
  const triggered = new Set(sentences.filter((_, i) => withTriggers(i)));
  const knownIds = [...new Set(knownMentions.map((m) => m.entity))];
  const discovered = discoverNames(body, isKnown, isPlace, (x) => triggered.has(x)).sort((a, b) => b.name.length - a.name.length);
  // "[11,790] In the Matter of State Bank of Eldred, Eldred, Illinois, Docket No. ...": an order's caption names its respondent, heading or not.
  const caption = captionOf(text);
  if (caption && !isKnown(caption.start, caption.end) && !discovered.some((d) => d.name === caption.name)) discovered.push({ name: caption.name, category: /^(?:\p{Lu}[\p{Ll}'’-]+\s+)(?:\p{Lu}\.\s+)?\p{Lu}[\p{Ll}'’-]+$/u.test(caption.name) ? "person" : guessCategory(caption.name) });
  // "the groups Eni, Bayer, Shell, Dow, Unipetrol and Trade-Stomil": in a list of names of which two or more are companies the
  // lexicon or the text knows, the others (not named otherwise) are companies too, named once or not.
  const isCompany = (name: string) =>
    gazetteer.entry(lookup(name) ?? "")?.category === "company" || base.companies.lookup(name) !== undefined || withoutLegalForm(name) !== undefined || discovered.some((d) => d.name === name && d.category === "company");
  for (const name of listedWithCompanies(body, isCompany, isPlace)) if (!discovered.some((d) => d.name === name)) discovered.push({ name, category: "company" });
  const accepted: { start: number; end: number }[] = [];
  /** The text's capitalised words by their lower case, read once on first need. */
  let written: Map<string, Set<string>> | undefined;
  const writings = () => {
    if (!written) {
      written = new Map();
      for (const m of text.matchAll(/\p{Lu}[\p{L}’'-]*/gu)) {
        const key = m[0].toLowerCase();
        const set = written.get(key);
        if (set) set.add(m[0]);
        else written.set(key, new Set([m[0]]));
      }
    }
    return written;
  };
  for (const found of discovered) {
    // "The ACCC and NIB Health Funds Limited": a known body, "and", then a name of its own.
    // ("Tunney & Associates, P.C." where "Tunney" is also the owner's short form: a firm's word after "&" makes one firm's name.)
    const pair = /^(.+?)\s+(?:and|&)\s+(?!(?:Associates|Partners|Sons?|Daughters?|Brothers|Company|Co)\b)(\p{Lu}.*)$/u.exec(found.name);
    // "WASHINGTON -- The Commodity Futures Trading Commission": a dateline is no part of the name after it.
    const dateline = /^\p{Lu}{2,}[\p{Lu}\s,.]*\s(?:--|—|–|-)\s+(?:The\s+|the\s+)?(?=\p{Lu})/u.exec(found.name);
    // ("A Fridley, Minn.-based company": an article that opens a sentence is no part of the name after it.)
    const opensSentence = (name: string) => {
      for (let i = text.indexOf(name); i >= 0; i = text.indexOf(name, i + 1)) if (!/(?:^|[.!?]["”’]?\s+|\n\s*)$/.test(text.slice(Math.max(0, i - 4), i))) return false;
      return true;
    };
    const article = /^(?:A|An)\s+(?=\p{Lu})/u.exec(found.name) && opensSentence(found.name) ? /^(?:A|An)\s+/.exec(found.name) : null;
    const f = dateline ? { ...found, name: found.name.slice(dateline[0].length) } : article ? { ...found, name: found.name.slice(article[0].length) } : pair && lookup(pair[1]!) ? { ...found, name: pair[2]! } : found;
    if (lookup(f.name)) continue;
    // ("Bottomline Technologies (de), Inc": a legal form alone, cut from its name by the bracket, is no name.)
    if (/^(?:Inc|Incorporated|Ltd|Limited|LLC|PLC|plc|Corp|Corporation|Co|AG|SA|GmbH)\.?$/.test(f.name)) continue;
    // "Title VII", "Part IV": a roman numeral is a number of a law's part, never a name.
    if (/^[IVXL]+$/.test(f.name)) continue;
    const at: number[] = [];
    for (let i = text.indexOf(f.name); i >= 0; i = text.indexOf(f.name, i + 1)) at.push(i);
    // Part of a name already known ("Exchange Commission" in "Securities and Exchange Commission",
    // "Digital Pty Ltd" in "NGS Digital Pty Ltd").
    const inside = (i: number, spans: readonly { start: number; end: number }[]) => spans.some((m) => i >= m.start && i + f.name.length <= m.end);
    if (at.every((i) => inside(i, knownMentions) || inside(i, accepted))) continue;
    // ("Virginia Towing Company" in the headline, after the body's "Steve’s Towing, Inc.": a word the body writes only inside a
    // longer name is no name a heading can use on its own.)
    const bodyAt = at.filter((i) => !headingSpans.some((h) => h.start <= i && i < h.end));
    if (bodyAt.length && bodyAt.length < at.length && bodyAt.every((i) => inside(i, knownMentions) || inside(i, accepted))) continue;
    // "the Treasury Department's Office of Foreign Assets Control": a name running into a known one is no name of its own.
    const crosses = (i: number) => knownMentions.some((m) => (i < m.start && m.start < i + f.name.length && i + f.name.length < m.end) || (m.start < i && i < m.end && m.end < i + f.name.length));
    if (at.every(crosses)) continue;
    // "an Order of Assessment of a Civil Money Penalty": what an authority imposes, capitalised as a document's title, is no party.
    if (/\b(?:Penalty|Penalties|Assessment)$/.test(f.name)) continue;
    // "CFTC Orders Texas Commodity Trading Advisor to Pay $200,000", "a registered Futures Commission Merchant (FCM)": a kind of
    // registrant, capitalised as the rules write it, is no party's name.
    if (REGISTRANT_KIND.test(f.name)) continue;
    // "located at 30200 Rancho Viejo Road": an address is no party.
    if (/\s(?:Road|Street|Avenue|Boulevard|Drive|Lane|Highway)$/.test(f.name)) continue;
    // "Judge Michael W. Fitzgerald in the Central District of California": a court's district is no party.
    if (/^(?:Northern|Southern|Eastern|Western|Central|Middle)\s+District$/.test(f.name)) continue;
    // "New Kensington, Pennsylvania", "Owensboro, Kentucky": a name always followed by a state or country is a town.
    const inBody = at.filter((i) => !headingSpans.some((h) => h.start <= i && i < h.end));
    // (Not a company by its legal form: "Riggs International Banking Corporation, Miami, Florida" is where the company is.)
    if (inBody.length && withoutLegalForm(f.name) === undefined && !/\s(?:Bank|Company)$/.test(f.name) && inBody.every((i) => {
      // ("operated a facility at 13960 Palm Rd., Neosho, entered a plea": the town of a street address.)
      if (/\d[^,;.]{0,40}\b(?:Rd|St|Ave|Road|Street|Avenue|Blvd|Boulevard|Dr|Drive|Ln|Lane|Hwy|Highway)\.?,\s+$/.test(text.slice(Math.max(0, i - 60), i))) return true;
      const next = /^,\s+((?:\p{Lu}[\p{L}.]*\s?){1,3})/u.exec(text.slice(i + f.name.length, i + f.name.length + 40));
      // ("Boca Raton, Florida. The CFTC": the state ends at the full stop; "Fridley, Minn.-based": a state as the press abbreviates it.)
      const state = next?.[1]!.trim().split(/\.\s+/)[0]!;
      return state !== undefined && (isPlace(state) || isPlace(state.replace(/\.$/, "")) || AP_STATE.test(state) || POSTAL_STATE.test(state.replace(/[.,]$/, "")));
    })) continue;
    // ("Gulf Coast, MS": nor is the state's postal code after a town.)
    if (POSTAL_STATE.test(f.name) && at.every((i) => /\p{Lu}[\p{L}.]*,\s+$/u.test(text.slice(Math.max(0, i - 30), i)))) continue;
    for (const i of at) accepted.push({ start: i, end: i + f.name.length });
    // "the Federal Court" in an Australian text is the gazetteer's "Federal Court of Australia".
    // ("The Brisbane Federal Court": so is the court named with the city it sits in.)
    const seat = /^(\p{Lu}[\p{L}-]+)\s+((?:Federal|Supreme|High|District|County)\s+Court)$/u.exec(f.name);
    const ofCountry = countryBody(f.name) ?? (seat && base.places.lookup(seat[1]!) ? countryBody(seat[2]!) : undefined);
    if (ofCountry) {
      addAlias(ofCountry, f.name);
      continue;
    }
    // "The District Court’s order" after "the U.S. District Court for the Southern District of Florida": a short form of the one body named in full.
    const longer = f.name.includes(" ") ? knownIds.filter((id) => {
      const e = gazetteer.entry(id);
      return e && AUTHORITY_CATEGORIES.has(e.category) && [e.name, ...e.aliases].some((n) => n !== f.name && new RegExp(`(?:^|\\s)${f.name.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}(?:\\s|$)`).test(n));
    }) : [];
    if (longer.length === 1) {
      addAlias(longer[0]!, f.name);
      continue;
    }
    // "pled guilty in U.S. District Court in Anchorage", "sentenced in U.S. District Court, Oklahoma City": a federal court named
    // by no district is no body of its own (there are ninety-four); what it did is told by its judge or by the office that prosecuted.
    if (/^(?:(?:U\.\s?S\.|United\s+States?|US|Federal)\s+)?(?:District|Circuit|Bankruptcy)\s+Court$/.test(f.name)) continue;
    // "EPA's Pacific Southwest Region", "its Communities and Ecosystems Division": a region or a division of the issuer is the issuer;
    // so is an office it keeps in a city ("the EEOC's Phoenix District Office", "the Division's New York Field Office").
    if (publisher && /\s(?:Region|Division|(?:District|Field|Regional|Area)\s+Office)$/.test(f.name) && !lookup(f.name)) {
      addAlias(publisher, f.name);
      continue;
    }
    // "the NCUA Board", "SEC staff": the board or the staff of a body the gazetteer knows acts as that body (CORPUS.md).
    const organ = /^(.+?)\s+(?:Board|Staff|Commissioners)$/.exec(f.name);
    const body = organ ? lookup(organ[1]!) : undefined;
    if (body && AUTHORITY_CATEGORIES.has(gazetteer.entry(body)!.category)) {
      addAlias(body, f.name);
      continue;
    }
    // "The Enforcement Bureau's actions", "the Division of Enforcement": a unit of the issuing body is the body (CORPUS.md),
    // and so is its short form in brackets after it ("The Determinations Panel (the Panel)"), where the text writes it as a name.
    if (publisher && (UNIT_OF_ISSUER.test(f.name) || unitWords.has(f.name))) {
      addAlias(publisher, f.name);
      for (const i of at) {
        const short = /^\s*\((?:the\s+)?(\p{Lu}\p{Ll}+)\)/u.exec(text.slice(i + f.name.length, i + f.name.length + 30));
        if (short) unitWords.add(short[1]!);
      }
      continue;
    }
    const bareName = withoutLegalForm(f.name);
    // A one-word short form is an alias only if the text never uses it as a common word ("Digital Pty Ltd" is not "digital").
    const bare = bareName && (/\s/.test(bareName) || (!GENERIC_FIRST.test(bareName) && !new RegExp(`\\b${bareName.toLowerCase().replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}\\b`).test(text))) ? bareName : undefined;
    const byBare = bare ? lookup(bare) : undefined;
    if (byBare && !otherFullName(byBare, bare!, f.name)) {
      addAlias(byBare, f.name);
      continue;
    }
    // "CVS Health has agreed to pay ... CVS acknowledged": a one-word name that opens the name of
    // exactly one company this text has named, and is no common word here, is that company, when
    // the body names the company in full first. ("Gumtree’s proposed acquisition ..., allowing
    // Gumtree Cars to be combined": a name used before the longer one is a name of its own.)
    if (!/\s/.test(f.name) && !GENERIC_FIRST.test(f.name) && !isPlace(f.name) && !new RegExp(`\\b${f.name.toLowerCase().replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}\\b`).test(text)) {
      // ("Amazon.com, Inc. ... Amazon and Anthropic": a company named by its web address goes by the name before it.)
      const opened = proposed.filter((e) => e.name.startsWith(`${f.name} `) || e.name.startsWith(`${f.name}.com`));
      const full = opened.length === 1 ? inBody.filter((i) => text.startsWith(opened[0]!.name, i)) : [];
      const alone = inBody.filter((i) => !full.includes(i));
      if (opened.length === 1 && opened[0]!.category === "company" && !/\s(?:and|&)\s/.test(opened[0]!.name) && full.length > 0 && alone.every((i) => i > full[0]!)) {
        addAlias(opened[0]!.id, f.name);
        continue;
      }
    }
    const aliases: string[] = bare && !byBare ? [bare] : [];
    // A person named in full is named by surname after: "John Smith ... Smith said".
    if (f.category === "person") {
      const surname = f.name.split(/\s+/).at(-1)!;
      if (surname.length > 2 && /^\p{Lu}\p{Ll}/u.test(surname) && !gazetteer.lookup(surname) && !isPlace(surname)) {
        aliases.push(surname);
        // "Frank S. Laforgia, CPA ... The Order finds that LaForgia departed": the same surname written with other capitals.
        for (const v of writings().get(surname.toLowerCase()) ?? []) if (v !== surname && !aliases.includes(v)) aliases.push(v);
      }
      // A surname of two words: "Mark Ten Caten ... Mr Ten Caten".
      const words = f.name.split(/\s+/);
      const last2 = words.slice(-2).join(" ");
      if (words.length >= 3 && /^\p{Lu}\p{Ll}+ \p{Lu}\p{Ll}+$/u.test(last2) && !gazetteer.lookup(last2)) aliases.push(last2);
    }
    propose({ name: f.name, category: f.category, aliases });
  }

  // "Emmanuel and Julie Cassimatis": a first name alone before "and" and a person's full name shares that person's surname.
  for (const m of text.matchAll(/(?<![\p{L}\d.&'’-]\s?)(\p{Lu}\p{Ll}+)\s+(?:and|&)\s+(\p{Lu}\p{Ll}+\s+(\p{Lu}\p{Ll}[\p{L}'’-]*))\b/gu)) {
    const [, first, partner, surname] = m as unknown as [string, string, string, string];
    if (lookup(first) || isPlace(first) || GENERIC_FIRST.test(first) || gazetteer.entry(lookup(partner) ?? "")?.category !== "person") continue;
    if (!lookup(`${first} ${surname}`)) propose({ name: `${first} ${surname}`, category: "person", aliases: [first] });
  }

  // "Booking Holdings ... Booking", "Optiver Holding BV ... Optiver": a company named in full goes by its first word after.
  for (const e of proposed) {
    if (e.category !== "company" && e.category !== "platform") continue;
    const first = e.name.split(/\s+/)[0]!;
    if (first === e.name || first.length < 4 || !/^\p{Lu}[\p{L}\d&'’-]+$/u.test(first) || GENERIC_FIRST.test(first) || isPlace(first) || gazetteer.lookup(first)) continue;
    const rest = e.name.slice(first.length).trimStart().split(/\s+/)[0]!;
    // (Only where the rest says what kind of company it is, not a product or a part: "Google Shopping" is not Google.)
    if (!CORPORATE_TAIL.test(e.name.slice(first.length).trim())) continue;
    const alone = new RegExp(`(?<![\\p{L}\\d])${first.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}(?![\\p{L}\\d])(?!\\s+${rest.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")})`, "u");
    if (alone.test(text)) addAlias(e.id, first);
  }

  // A well-known company the text names ("Natixis", "Alphabet", "LOT"), where no name of the text's own
  // stands for it: "Tesco plc ... Tesco" keeps its own entity, and so does "Deutsche Bank Energy Trading LLC ... Deutsche Bank".
  // ("TD Bank, N.A." is the text's "TD Bank, N.A", its full stop aside; "Bank of America" its "Bank of America, N.A.")
  const ownNames = proposed.map((e) => e.name);
  const core = (name: string) => fold(withoutLegalForm(name.replace(/\.$/, "")) ?? name.replace(/\.$/, ""));
  for (const m of base.companies.find(text)) {
    const written = m.text.replace(/\.$/, "");
    if (gazetteer.has(m.entity) || gazetteer.lookup(m.text) || gazetteer.lookup(written)) continue;
    if (ownNames.some((n) => n.startsWith(`${written} `) || n.startsWith(`${written},`) || core(n) === core(m.text))) continue;
    gazetteer.add(base.companies.entry(m.entity)!);
  }

  let mentions = findKnown();
  mentions = pickAmongShared(mentions, text, base.lexicon, countries);
  mentions = mentions.filter((m) => !placeMentions.some((p) => p.start <= m.start && m.end <= p.end) || !isPlace(m.text) || !gazetteer.entry(m.entity)?.proposed);
  // "the Federal Trade Commission (FTC) Act": a body's name inside a law's names the law, not the body acting.
  mentions = mentions.filter((m) => !(AUTHORITY_CATEGORIES.has(gazetteer.entry(m.entity)?.category ?? "activity") && LAW_AFTER.test(text.slice(m.end, m.end + 40))));
  // "Daniel T.K. Hurley, United States District Judge for the Southern District of Florida": a federal judge is the court of the district.
  for (const m of text.matchAll(DISTRICT_JUDGE)) {
    const court = gazetteer.lookup(`United States District Court for the ${m[2]}`);
    if (!court) continue;
    const start = m.index! + m[0].length - m[1]!.length;
    const end = m.index! + m[0].length;
    const judge = mentions.filter((x) => x.end <= start && /^,\s*$/.test(text.slice(x.end, start))).at(-1);
    mentions = mentions.filter((x) => x !== judge && !(x.start < end && start < x.end));
    mentions.push({ start, end, text: m[1]!, entity: court });
    if (judge) mentions.push({ ...judge, entity: court });
    mentions.sort((a, b) => a.start - b.start);
  }
  // A judge's name stands for the judge's court, by every mention of it.
  const judgeLike = (x: Mention) => ["person", "court"].includes(gazetteer.entry(x.entity)?.category ?? "");
  const asCourt = (ids: ReadonlySet<string>, court: string) => {
    mentions = mentions.map((x) => (ids.has(x.entity) ? { ...x, entity: court } : x));
  };
  // "Judge Howard Matz of the Central District of California found that ...": a federal judge of a district is its court.
  for (const m of text.matchAll(JUDGE_OF_DISTRICT)) {
    const court = gazetteer.lookup(`United States District Court for the ${m[2]}`);
    const at = m.index! + m[0].indexOf(m[1]!);
    const judge = court ? mentions.find((x) => x.start < at + m[1]!.length && at < x.end && judgeLike(x) && x.entity !== court) : undefined;
    if (judge) asCourt(new Set([judge.entity]), court!);
  }
  // "Arizona Federal District Court Judge Roslyn Silver ruled": a judge of a state's federal district court is that court.
  const usStates = new Set(base.lexicon.places.find((p) => p.code === "US")?.regions ?? []);
  for (const m of text.matchAll(STATE_COURT_JUDGE)) {
    if (!usStates.has(m[1]!)) continue;
    const name = `United States District Court for the District of ${m[1]}`;
    const court = gazetteer.lookup(name) ?? propose({ name, category: "court", aliases: [] }).id;
    const end = m.index! + m[0].length;
    const judge = mentions.find((x) => x.start >= end && x.start <= end + 1 && judgeLike(x));
    const title = mentions.filter((x) => x.start < end && m.index! < x.end && x.entity !== court).map((x) => x.entity);
    asCourt(new Set([...title, ...(judge ? [judge.entity] : [])]), court);
  }
  mentions = districtAttorneys(text, mentions, gazetteer, publisher, base.lexicon.districts, (name) => propose({ name, category: "regulator", aliases: [] }).id);
  // (Read after the judges above are their courts: "the court" refers back to the court, not to a judge's name inside it.)
  mentions = [...mentions, ...shortReferences(text, mentions, gazetteer, publisher)].sort((a, b) => a.start - b.start);
  // "the administrative law judge", "the law judge", "the ALJ": an agency's judge, who decides as a court. The one the
  // text names in full ("a CFTC Administrative Law Judge (ALJ)"), else one proposed for the text.
  const judgeWords = [...text.matchAll(/\b(?:[Aa]n?|[Tt]he)\s+((?:[Aa]dministrative\s+)?[Ll]aw\s+[Jj]udge|ALJ)\b(?!\s+\p{Lu})/gu)].filter(
    (m) => !mentions.some((x) => x.start <= m.index! + m[0].length - m[1]!.length && m.index! + m[0].length <= x.end),
  );
  if (judgeWords.length) {
    const named = mentions.find((x) => /\bAdministrative Law Judges?\b/i.test(gazetteer.entry(x.entity)?.name ?? ""))?.entity;
    const judge = named ?? propose({ name: "Administrative Law Judge", category: "court", aliases: ["administrative law judge", "law judge", "ALJ"] }).id;
    const refs = judgeWords.map((m) => ({ start: m.index! + m[0].length - m[1]!.length, end: m.index! + m[0].length, text: m[1]!, entity: judge }));
    mentions = [...mentions, ...refs].sort((a, b) => a.start - b.start);
  }
  const stateOfficers: string[] = [];
  for (const m of text.matchAll(DISTRIBUTIVE_TITLE)) {
    const listAt = m.index! + m[0].length - m[2]!.length;
    const states = [...m[2]!.matchAll(/\p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}+)?/gu)];
    if (states.length < 2 || !states.every((x) => isPlace(x[0]))) continue;
    const title = SINGULAR_TITLE[m[1]!]!;
    for (const [i, st] of states.entries()) {
      const name = `${title} of ${st[0]}`;
      const id = gazetteer.lookup(name) ?? propose({ name, category: "regulator", aliases: [] }).id;
      // The first state's officer is named by the title too; the others by their state's name alone.
      const start = i === 0 ? m.index! : listAt + st.index!;
      const end = listAt + st.index! + st[0].length;
      mentions = mentions.filter((x) => !(x.start < end && start < x.end));
      mentions.push({ start, end, text: text.slice(start, end), entity: id });
      stateOfficers.push(id);
    }
    mentions.sort((a, b) => a.start - b.start);
  }
  // "Magnum Investments, Ltd. and Magnum Capital Investments, Ltd. (collectively, Magnum)": after it, "Magnum" is both companies.
  const groups = new Map<string, string[]>();
  for (const g of groupDefinitions(text, mentions)) {
    const members = [...new Set(g.members.map((x) => x.entity))].filter((id) => !AUTHORITY_CATEGORIES.has(gazetteer.entry(id)?.category ?? "activity"));
    if (members.length < 2) continue;
    // (A short name already one party's, "Citigroup Inc. (together ‘Citi’)", stays that party's: the bracket was read as its alias.)
    const known = gazetteer.lookup(g.alias);
    if (known && (members.includes(known) || groups.has(known))) continue;
    const id = known ?? propose({ name: g.alias, category: gazetteer.entry(members[0]!)!.category, aliases: [] }).id;
    groups.set(id, members);
    const esc = g.alias.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
    for (const u of text.slice(g.end).matchAll(new RegExp(`(?<![\\p{L}\\d])${esc}(?![\\p{L}\\d])`, "gu"))) {
      const start = g.end + u.index!;
      const end = start + u[0].length;
      // (A longer name that begins with the short one is that name: "Magnum Capital Investments, Ltd.".)
      if (mentions.some((x) => x.start <= start && end <= x.end && x.end - x.start > end - start)) continue;
      mentions = mentions.filter((x) => !(x.start < end && start < x.end));
      mentions.push({ start, end, text: u[0], entity: id });
    }
    mentions.sort((a, b) => a.start - b.start);
  }
  const heads = base.heads.fork();
  for (const id of gazetteer.changed) heads.add(gazetteer.entry(id)!);
  return { gazetteer, heads, mentions, places, countries, proposed, taken, stateOfficers: [...new Set(stateOfficers)], groups, ...(publisher ? { publisher } : {}) };
}

/**
 * A name or acronym several bodies share stands for the one the document names by a name of
 * its own, else the one of a country the document names, else the default one. An acronym the
 * text also uses as a common noun ("ICOs", "an ICO") is a body only where the document names it
 * by another name too.
 */
function pickAmongShared(mentions: Mention[], text: string, lexicon: Lexicon, countries: ReadonlySet<string>): Mention[] {
  const sharedOf = (m: Mention) => lexicon.shared.get(isAcronym(m.text) ? m.text : fold(m.text));
  const inFull = new Set(mentions.filter((m) => !isAcronym(m.text) && !sharedOf(m)).map((m) => m.entity));
  const commonNoun = new Map<string, boolean>();
  const isCommonNoun = (acronym: string) => {
    let v = commonNoun.get(acronym);
    if (v === undefined) {
      const esc = acronym.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
      // ("an ICO", "ICOs" are offerings; "an ACCC investigation", "a CFTC order" are the body's acts.)
      v = new RegExp(`(?<![\\p{L}\\d])(?:${esc}s|an?\\s+${esc}(?!\\s+(?:investigation|inquiry|enquiry|probe|review|decision|order|action|case|complaint|lawsuit|statement|spokes\\w+|official|officer|report|notice|ruling|audit|inspection|examination|settlement|proceeding|proceedings|press|release)\\b))(?![\\p{L}\\d])`, "u").test(text);
      commonNoun.set(acronym, v);
    }
    return v;
  };
  const bodyIds = new Set(lexicon.bodies.map((b) => b.id));
  // "consumer credit insurance (CCI)": an acronym the text spells out in lower case is a thing of the text, not the body of that acronym (India's competition commission).
  const definedAsThing = new Set<string>();
  for (const d of text.matchAll(/((?:\p{Ll}[\p{Ll}-]*\s+){1,5}\p{Ll}[\p{Ll}-]*)\s+\((\p{Lu}{2,6})\)/gu)) {
    const words = d[1]!.split(/\s+/).filter((w) => !/^(?:of|and|for|the|in|on|to|a|an)$/.test(w));
    const acronym = d[2]!;
    if (words.slice(-acronym.length).map((w) => w[0]!.toUpperCase()).join("") === acronym) definedAsThing.add(acronym);
  }
  const out: Mention[] = [];
  for (const m of mentions) {
    const shared = sharedOf(m);
    let entity = m.entity;
    if (shared && shared.some((b) => b.id === m.entity)) {
      entity = (shared.find((b) => inFull.has(b.id)) ?? shared.find((b) => countries.has(b.country)) ?? shared[0]!).id;
    }
    if (isAcronym(m.text) && bodyIds.has(entity) && !inFull.has(entity) && (isCommonNoun(m.text) || definedAsThing.has(m.text))) continue;
    out.push(entity === m.entity ? m : { ...m, entity });
  }
  return out;
}

/** "the Commission", "the agency": the nearest body named before whose name says it is one (any authority, for a lowercase word). */
function shortReferences(text: string, mentions: readonly Mention[], gazetteer: Gazetteer, publisher?: string): Mention[] {
  const out: Mention[] = [];
  // The authorities named, in text order, walked once alongside the references (a long text has thousands of each).
  // (Not one named inside another's name: "Kenneth Marra" in "U.S. District Judge Kenneth Marra for the Southern District of Florida" is that court.)
  // (Sorted by start, longest first, so a name inside another comes right after it: one pass, however long the text.)
  const named = mentions.filter((x) => AUTHORITY_CATEGORIES.has(gazetteer.entry(x.entity)?.category ?? "activity")).sort((a, b) => a.start - b.start || b.end - a.end);
  const authorities: Mention[] = [];
  for (const x of named) {
    const outer = authorities.at(-1);
    if (outer && outer.start <= x.start && x.end <= outer.end && outer.end - outer.start > x.end - x.start) continue;
    authorities.push(x);
  }
  const fitsWord = new Map<string, boolean>();
  let seen = 0;
  for (const m of text.matchAll(SHORT_REFERENCE)) {
    const word = m[1]!;
    const start = m.index! + m[0].length - word.length;
    const end = start + word.length;
    while (seen < authorities.length && authorities[seen]!.end <= start) seen++;
    if (authorities.some((x, i) => i >= seen - 1 && i <= seen && x.start < end && start < x.end)) continue;
    const capital = /^\p{Lu}/u.test(word);
    const fits = (id: string) => {
      // ("The court also ordered ...": a court or tribunal is one, not the regulator named last.)
      if (/^(?:court|tribunal)$/.test(word)) return gazetteer.entry(id)?.category === "court";
      if (!capital || word === "Fed") return AUTHORITY_CATEGORIES.has(gazetteer.entry(id)?.category ?? "activity");
      const key = `${id}\u0000${word}`;
      let v = fitsWord.get(key);
      if (v === undefined) {
        const e = gazetteer.entry(id);
        v = !!e && AUTHORITY_CATEGORIES.has(e.category) && [e.name, ...e.aliases].some((n) => new RegExp(`\\b${word}\\b`).test(n));
        fitsWord.set(key, v);
      }
      return v;
    };
    let antecedent: string | undefined;
    for (let i = seen - 1; i >= 0 && !antecedent; i--) if (fits(authorities[i]!.entity)) antecedent = authorities[i]!.entity;
    // (Before any body that fits is named, the issuer writing of itself comes first: an Ofgem letter's "the Authority's decision" is
    // Ofgem's, though the CMA is named further on.)
    antecedent ??= (publisher && fits(publisher) ? publisher : undefined) ?? authorities.find((x) => fits(x.entity))?.entity;
    if (antecedent) out.push({ start, end, text: text.slice(start, end), entity: antecedent });
  }
  return out;
}

/**
 * "the United States Attorney for the Southern District of New York has obtained an indictment": the office of the district.
 * After it, the office named without its district ("the U.S. Attorney’s Office", "the United States Attorney") is the one
 * district office the text names, else the issuer where a district office issues the release.
 */
function districtAttorneys(text: string, mentions: Mention[], gazetteer: Gazetteer, publisher: string | undefined, districts: Lexicon["districts"], propose: (name: string) => string): Mention[] {
  let out = mentions;
  for (const m of text.matchAll(DISTRICT_ATTORNEY)) {
    const name = `United States Attorney's Office for the ${m[2]!.replace(/\s+/g, " ")}`;
    const office = gazetteer.lookup(name) ?? propose(name);
    const start = m.index! + m[0].length - m[1]!.length;
    const end = m.index! + m[0].length;
    out = out.filter((x) => !(x.start < end && start < x.end));
    out.push({ start, end, text: m[1]!, entity: office });
  }
  for (const m of text.matchAll(CITY_ATTORNEY)) {
    const district = districtOf(m[1]!, m[2]!, districts);
    if (!district) continue;
    const name = `United States Attorney's Office for the ${district}`;
    const office = gazetteer.lookup(name) ?? propose(name);
    const start = m.index!;
    const end = start + m[0].length;
    out = out.filter((x) => !(x.start < end && start < x.end));
    out.push({ start, end, text: m[0], entity: office });
  }
  const offices = new Set(out.filter((x) => USAO_NAME.test(gazetteer.entry(x.entity)?.name ?? "")).map((x) => x.entity));
  const office = offices.size === 1 ? [...offices][0]! : offices.size === 0 && publisher && USAO_NAME.test(gazetteer.entry(publisher)?.name ?? "") ? publisher : undefined;
  if (office) out = out.map((x) => (BARE_US_ATTORNEY.test(x.text) && gazetteer.entry(x.entity)?.proposed ? { ...x, entity: office } : x));
  return out === mentions ? out : out.sort((a, b) => a.start - b.start);
}
