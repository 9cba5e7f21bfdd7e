/**
 * Stage 4: who acts and who is acted on, for one hit. Plain positions in, plain spans out: the
 * clause's subject (with its coordinated names: "The PBOC, the CBIRC and the CSRC jointly
 * warned"), the agent of a passive ("by the FCA"), the object phrase or the frame's TARGET, the
 * parties of a merger, the possessor inside a trigger ("revoked X's licence"). Which of them is
 * the actor and which the target is the frame's `roles`; resolving them to entities is stage 5.
 */
import type { ActionType, EntityCategory } from "../schema/index.ts";
import type { Mention } from "./gazetteer.ts";
import { ACTOR_CATEGORIES, AUTHORITY_CATEGORIES } from "./lexicon.ts";
import { objectItems, type ObjectItem } from "./phrases.ts";
import type { Sentence } from "./sentences.ts";
import type { Hit } from "./triggers.ts";

export interface Clause {
  text: string;
  sentence: Sentence;
  /** Entity mentions inside the sentence, in text order. */
  inside: readonly Mention[];
  category: (id: string) => EntityCategory | undefined;
}

/** Who acts, as the text gives it. */
export type ActorSpec =
  | { kind: "mentions"; mentions: Mention[] }
  /** A definite description of the subject ("The company", "The regulator"), to resolve. */
  | { kind: "described"; phrase: string; start: number }
  /** A pronoun subject ("It", "They": the last actor; "We": the issuer). */
  | { kind: "pronoun"; we?: boolean }
  /** Nobody named: the passage's authority acts; `subject` is an unnamed subject phrase before a noun's act ("the United States filed a settlement"); `issuer`: the release's issuer, whoever acted last. */
  | { kind: "authority"; subject?: string; court?: boolean; stateOnly?: boolean; issuer?: boolean }
  | { kind: "none" };

/** Who is acted on: names, or object phrases to resolve. */
export type TargetSpec = { kind: "mentions"; mentions: Mention[] } | { kind: "items"; items: ObjectItem[] } | { kind: "described"; phrase: string; start: number } | { kind: "pronoun" };

export interface Roles {
  actor: ActorSpec;
  target: TargetSpec;
  /** The rule that read them, for review: "rule:<frame id>:<reading>". */
  reading: "active" | "passive" | "passive-by" | "defendant" | "nominal" | "speech" | "coordinated";
}

// Where a clause starts: a semicolon, a colon, a dash that ends a dateline, or a subordinate clause.
// ("the states filed": a noun after a determiner, not "the SEC states that".)
// (A colon inside brackets ends nothing: "the proposed acquisition of Mantra Group Limited (ASX: MTR) (Mantra) by AAPC Limited".)
// ("GTR faces a £5m fine after the Office of Rail and Road (ORR) found that it failed": a conjunction before a named subject
// opens a clause of its own, whose subject is the body named after it, not the party the main clause began with.)
const CLAUSE_COLON = String.raw`(?<!\([^()]*):(?!\d)`;
// "..., so we will closely monitor Japan Post Bank’s ...": ", so" opens a clause of its own, with its own subject ("so that", "so far as" do not).
const SO_CLAUSE = String.raw`,\s+so\s+(?!(?:that|as|far|too|much|long)\b)`;
const BOUNDARY = new RegExp(String.raw`;|${CLAUSE_COLON}|\s[—–]\s|\s--\s|,\s+(?:and|but|while|whereas)\s|${SO_CLAUSE}|(,\s+)?\b(?:which|who)\s|\bthat\s|\b(?:after|because|once|although)\s+(?=(?:the\s+)?\p{Lu})|\b(?:said|says|stated|(?<!\b(?:the|these|those|both|all|other|[Mm]ember|United|two|three|four|five|several|many|\d+)\s)states|declared|noted|added|stressed|argued|explained|announced|confirmed|alleged|alleges|found|finds|concluded)\s+(?:that\s+)?`, "gu");
// A clause that opens with an adverbial phrase: "In a parallel action, ...", "According to the complaint, ...".
const LEADING_ADVERBIAL = /^(?:(?:In|On|At|According|Acting|Following|After|Before|Under|As|Through|With|Without|Separately|Additionally|Also|Today|Earlier|Meanwhile|Previously|Subsequently|Last|This|Since|During|From|By|For|Upon|Pursuant|Among|Instead|However|Further|Furthermore|Moreover|Specifically|Finally|First|Second|Third|Yesterday|Once|When|While|If|Although|Based|Between|Beginning|Starting|except\s+as\s+to)\b[^,]{0,160},(?:\s*\d{4},)?\s*)+/;
// "WASHINGTON, Dec. 5, 2023 – ", "Washington D.C., Sept. 30, 2019 —", "BEIJING (Reuters) -": a dateline is no subject.
const DATELINE = /^(?:[\p{Lu}][\p{L}.'’ -]{1,40}(?:,\s*[\p{L}.]+)?(?:,?\s+[\p{L}.]+\s+\d{1,2},?\s+\d{4})?(?:\s*\([^)]*\))?\s*[—–-]{1,2}\s+)/u;
const PREPOSITION_BEFORE = /\b(?:of|for|from|by|with|against|on|to|at|in|into|under|between|among|than|including|like|via|over|about|upon|toward|towards|behind|beside|besides|across|through|within|without|after|before|during|involving|concerning|regarding|and\s+of)\s+(?:the\s+|a\s+|an\s+|our\s+|its\s+|their\s+|his\s+|her\s+)?$/i;
const GERUND_BEFORE = /\b(?:for|of|by|after|before|without|from)\s+\p{Ll}+ing\s+(?:[\p{Ll}-]+\s+){0,2}$/u;
const INQUIRY_SUBJECT = /^\s*(?:(?:the|its|an?|separate|further|subsequent|preliminary|initial|these|those|both)\s+)*(?:investigations?|inquir(?:y|ies)|enquir(?:y|ies)|reviews?|inspections?|examinations?|audits?|probes?)\s+(?:into|of|at)\s/i;
// What describes a listed person without parting the list: ", 46, of Wilder, Idaho", "and his son,".
const AGE_AND_HOME = /^,\s+\d{1,3}(?:,\s+(?:of|from)\s+\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,3}(?:,\s+\p{Lu}[\p{L}.]*(?:\s+\p{Lu}[\p{L}.]*)?)?)?(?=,)/u;
// ("Oakmore Pty Ltd (trading as EGR) and its director Mr Rodney Horwill to pay penalties", "Med-Voc and plan trustee Evavold had been
// sued", "James Paul Johnson and his company, Interstate Helicopters, Inc. ..., pleaded guilty": a kin, a role or a firm's kind said of
// the next name, after "and", keeps the list going; both are parties.)
const KIN = /(?<=\band\s+)(?:(?:his|her|its|their)\s+(?:[\p{L}-]+\s+){0,3}?|(?:[\p{Ll}-]+\s+){0,2}?)(?:son|daughter|wife|husband|brother|sister|father|mother|partner|business\s+partner|director|owner|co-owner|founder|co-founder|president|chairman|chairwoman|principal|manager|officer|executive|trustee|employee|accountant|auditor|company|firm|business|subsidiary|affiliate|CEO|CFO)(?:\s*,)?\s*(?:(?:Mr|Mrs|Ms|Miss|Dr)\.?\s+)?$/u;
// (A legal form's full stop may come first: "Freedom Stores, Inc., Freedom Acceptance Corporation".)
const JOINER = /^(?:\.?\s*,\s*(?:and\s+|as well as\s+)?|\s+(?:and|as well as|together with|along with)\s+)(?:the\s+|\d[\d,.]*\s+|(?:Mr|Mrs|Ms|Miss|Dr|Prof|Sir|Dame)\.?\s+)?$/i;
// "the Commissioner of the FSA", "the Director of the SFO": a title with no name before a body stands for the body.
const TITLE_OF = /\b(?:the\s+)?(?:Commissioner|Chair|Chairman|Chairwoman|Chairperson|Director|Director-General|Director General|Head|Governor|Secretary|Administrator|Comptroller)\s+of\s+(?:the\s+)?$/;
// What stands between a body and a participle that tells its act: "Commission decision imposing", "OCC's order requiring".
// A company's legal form closing its name, which a comma follows in a list: "ACE Cash Express, Inc., and Goleta National Bank".
const LEGAL_FORM_BEFORE = /\p{Lu}[\p{L}.&'’-]*,?\s+(?:Inc|Corp|Co|Ltd|LLC|L\.L\.C|N\.A|PLC|plc|LLP|L\.P|LP|S\.A|AG|GmbH|B\.V|N\.V)\.?$/u;
const OWNED_ACT = /^(?:['’]s?)?\s+(?:[\p{L}-]+\s+){0,2}?(?:decision|order|judgment|judgement|ruling|notice|determination|resolution)\s+$/iu;
// A subject, then a verb in the past with its object, then "and" before the trigger's verb.
const SHARED_SUBJECT = /^((?:[Tt]he|[Tt]his|[Tt]hese|[Tt]hose|[Bb]oth|[Aa]ll)\s+[\p{L}'’-]+(?:\s+[\p{L}'’-]+){0,3}?)\s+(?:(?:has|have|had|also|each|both)\s+)*\p{Ll}+ed\b[^;:,]*?\s+and\s+(?:(?:also|then|later|subsequently|further)\s+)*$/u;
const JURY_SUBJECT = /^((?:[Aa]n?|[Tt]he)\s+(?:federal\s+|state\s+)?(?:grand\s+)?jury(?:\s+in\s+\p{Lu}[\p{L}.]*(?:,?\s+\p{Lu}[\p{L}.]*){0,2})?),?\s+(?:(?:has|have|had|also|today|then)\s+)*$/u;
// A capitalised subject of one to three words, its auxiliaries and a decision to act: "China has decided to", "the United Kingdom will".
const NAMED_SUBJECT = /^\s*((?:the\s+)?\p{Lu}[\p{L}.]*(?:\s+\p{Lu}[\p{L}.]*){0,2})\s+(?:(?:has|have|had|is|are|was|were|will|would|shall|also|today|now|then|jointly|formally|further|firmly)\s+)*(?:(?:decided|agreed|resolved|determined)\s+to\s+)?$/u;
const JURY_AGENT = /^\s+by\s+((?:an?|the)\s+(?:federal\s+|state\s+|county\s+)?grand\s+jury\s+in\s+(?!(?:January|February|March|April|May|June|July|August|September|October|November|December)\b)\p{Lu}[\p{L}.]*(?:,?\s+(?!(?:January|February|March|April|May|June|July|August|September|October|November|December)\b)\p{Lu}[\p{L}.]*){0,2})/u;
const PRONOUN_SUBJECT = /^(?:It|They|He|She|We|it|they|he|she|we)\b/;
const DESCRIBED_SUBJECT = /^((?:[Tt]he|[Tt]his|[Tt]hese|[Tt]hose|[Bb]oth|[Aa]ll)\s+[\p{L}'’-]+(?:\s+[\p{L}'’-]+){0,3}?)\s+(?:(?:has|have|had|will|would|is|are|was|were|also|then|now|today|recently|previously|already|jointly|formally|each|both|later|further|subsequently)\s+)*$/u;

/**
 * Where the clause around `at` starts, after any leading adverbial phrase or dateline; and,
 * when a relative pronoun starts it ("X, who was charged"), where that pronoun stands.
 */
export function clauseStart(text: string, s: Sentence, at: number): number {
  return clauseAt(text, s, at).start;
}

function clauseAt(text: string, s: Sentence, at: number): { start: number; relative?: number } {
  let start = s.start;
  let relative: number | undefined;
  const before = text.slice(s.start, at);
  for (const m of before.matchAll(BOUNDARY)) {
    // ("Terry Kevin Burton, 46, of Wilder, Idaho, and his son, Brent L. Burton, 22, ... pleaded guilty": ", and" after a person's age and town goes on with a list of people.)
    if (/^,\s+and\s$/.test(m[0]) && /\p{Lu}[\p{L}.'’-]*,\s+\d{1,3},\s+(?:of|from)\s+[^,;]{1,40}(?:,\s+[^,;]{1,25})?$/u.test(before.slice(0, m.index))) continue;
    // ("ACE Cash Express, Inc., and Goleta National Bank, Goleta, California, signed ...": so does ", and" after a company's legal form.)
    if (/^,\s+and\s$/.test(m[0]) && LEGAL_FORM_BEFORE.test(before.slice(0, m.index))) continue;
    // ("Vanderfield Pty Ltd, which sells Hino trucks in Toowoomba, and Sci-Fleet Motors Pty Ltd, which sells Hino trucks in Brisbane,
    // will pay penalties": a relative clause closed by a comma describes the subject, which the verb goes on with; so does ", and" after one.)
    const rest = before.slice(m.index);
    if (/^,?\s*(?:which|who)\s$/.test(m[0]) && CLOSED_RELATIVE_THEN_VERB.test(rest.replace(/^,?\s*/, ", "))) continue;
    if (/^,\s+and\s$/.test(m[0]) && /,\s+(?:which|who)\s[^,;()]{1,120}$/.test(before.slice(0, m.index)) && LISTED_SUBJECT_THEN_VERB.test(rest)) continue;
    start = s.start + m.index! + m[0].length;
    relative = /\b(?:which|who)\s$/.test(m[0]) ? s.start + m.index! : undefined;
  }
  let rest = text.slice(start, at);
  const skip = (re: RegExp) => {
    const m = re.exec(rest);
    if (m && m[0].length < rest.length) {
      start += m[0].length;
      rest = rest.slice(m[0].length);
    }
  };
  skip(DATELINE);
  skip(LEADING_ADVERBIAL);
  return { start, ...(relative !== undefined ? { relative } : {}) };
}

// Global, so that clauseEnd can pass over a boundary that goes on with a list.
const CLAUSE_END = new RegExp(String.raw`;|${CLAUSE_COLON}|,\s+(?:and|but|while|whereas|which)\s|${SO_CLAUSE}`, "g");

/** Where the clause around `at` ends: the next boundary after it, or the sentence's end. */
function clauseEnd(text: string, s: Sentence, at: number): number {
  const rest = text.slice(at, s.end);
  const re = CLAUSE_END;
  re.lastIndex = 0;
  for (let m = re.exec(rest); m; m = re.exec(rest)) {
    // ("... acquisition of Mobile Technologies International Pty Ltd, and Thales S.A.'s proposed acquisition of Gemalto N.V.": ", and"
    // after a company's legal form goes on with a list, as where a clause starts.)
    if (/^,\s+and\s$/.test(m[0]) && LEGAL_FORM_BEFORE.test(text.slice(Math.max(s.start, at + m.index - 80), at + m.index))) continue;
    return at + m.index;
  }
  return s.end;
}

// "in proceedings brought by", "the lawsuit filed by": a case and the one who brought it, right before "by".
const CASE_BROUGHT_BY = /\b(?:proceedings?|action|case|lawsuit|suit|complaint|prosecution|application)\s+(?:(?:first|originally|previously|earlier|jointly)\s+)?(?:brought|filed|instituted|commenced|initiated|launched|taken|lodged)\s+$/i;
// ", which sells Hino trucks in Brisbane,": a relative clause closed by a comma, which describes the name before it;
// then the verb may follow it, or ", and" another name of the subject.
const RELATIVE_CLOSED = String.raw`,\s+(?:which|who)\s[^,;()]{1,120},`;
const CLOSED_RELATIVE = new RegExp(`^${RELATIVE_CLOSED}`);
const SUBJECT_AUX = String.raw`(?:(?:will|would|shall|must|may|has|have|had|is|are|was|were|also|then|each|both|jointly|today|now)\s+)*`;
const CLOSED_RELATIVE_THEN_VERB = new RegExp(String.raw`^${RELATIVE_CLOSED}(?:\s+and\s+\p{Lu}[^,;()]{0,60}?(?:${RELATIVE_CLOSED})?)?\s+${SUBJECT_AUX}$`, "u");
const LISTED_SUBJECT_THEN_VERB = new RegExp(String.raw`^,\s+and\s+\p{Lu}[^,;()]{0,60}?(?:${RELATIVE_CLOSED})?\s+${SUBJECT_AUX}$`, "u");
// A court's order whose clause follows: "has made orders that", "ordered that", "entered an order requiring".
const COURT_ORDERED_THAT = /^\s*(?:\([^)]*\)\s*)?(?:(?:has|have|had|today|also|then|subsequently)\s+)*(?:(?:made|issued|entered|handed\s+down|granted)\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,3}?orders?|ordered)\s+(?:that|requiring|for)\s+[^;]*$/i;

/** The clause's subject: its first name not inside a prepositional phrase, with the names coordinated with it. */
export function subjectOf(c: Clause, from: number, to: number): Mention[] {
  const { text } = c;
  // A name joined to one inside a prepositional phrase is in it too: "investigations into X and Y found".
  const inPhrase = new Set<Mention>();
  let last: Mention | undefined;
  for (const m of c.inside) {
    if (m.start < from || m.end > to) continue;
    const before = text.slice(from, m.start);
    const titled = TITLE_OF.test(before) && AUTHORITY_CATEGORIES.has(c.category(m.entity)!);
    // ("following admissions by Reckitt Benckiser, the Court found": a name after a comma alone, right before its verb, is
    // the subject the opening phrase led up to, not the phrase's next item.)
    const opens = last !== undefined && /^\s*,\s*(?:the\s+)?$/.test(text.slice(last.end, m.start)) && /^\s*(?:(?:has|have|had|also|then|later|subsequently|further|today|\p{Ll}+ly)\s+)*$/u.test(text.slice(m.end, to));
    // ("credit unions subject to civil monetary penalties for filing late Call Reports have consented": so is a name a gerund after a preposition takes.)
    if (((PREPOSITION_BEFORE.test(before) || GERUND_BEFORE.test(before)) && !titled) || (last && inPhrase.has(last) && !opens && JOINER.test(text.slice(last.end, m.start)))) inPhrase.add(m);
    last = m;
  }
  const candidates = c.inside.filter((m) => m.start >= from && m.end <= to && !inPhrase.has(m) && !inBrackets(text, from, m.start));
  // "the U.S. Department of the Treasury’s Financial Crimes Enforcement Network (FinCEN)": of a possessor and what it owns, the owned.
  while (candidates.length > 1 && /^['’]s?\s+$/.test(text.slice(candidates[0]!.end, candidates[1]!.start))) candidates.shift();
  const first = candidates[0];
  if (!first) return [];
  const group = [first];
  let joined = false;
  for (const m of c.inside) {
    if (m.start <= group.at(-1)!.start || m.end > to) continue;
    // ("Vanderfield Pty Ltd, which sells Hino trucks in Toowoomba, and Sci-Fleet Motors Pty Ltd": nor does a relative clause closed by a comma, nor the names in it.)
    const relative = CLOSED_RELATIVE.exec(text.slice(group.at(-1)!.end, to));
    if (relative && m.start < group.at(-1)!.end + relative[0].length) continue;
    // ("Terry Kevin Burton, 46, of Wilder, Idaho, and his son, Brent L. Burton": an age, a home town and a kinship describe, they do not part the list.)
    const gap = text.slice(group.at(-1)!.end, m.start).replace(/^['’]s?\b/, "").replace(CLOSED_RELATIVE, ",").replace(/\s*\([^)]*\)/g, "").replace(AUTHORITY_CATEGORIES.has(c.category(m.entity)!) ? TITLE_OF : /$^/, "").replace(AGE_AND_HOME, "").replace(KIN, "");
    // "the PBOC, the CBIRC, the Ministry of Public Security (MPS) and ..."
    if (!JOINER.test(gap)) break;
    group.push(m);
    if (/\b(?:and|as well as|together with|along with)\b/i.test(gap)) joined = true;
  }
  // Names joined by commas alone are an apposition ("X, the Y, ..."), not a list; unless "and" goes on after the last of them
  // to someone unnamed: "Palram Australia, Ampelite Australia and a director to pay penalties totalling $5.5 million".
  if (!joined && group.length > 1 && /^\s*,?\s+(?:and|as well as)\s+(?:an?|its|their|his|her|one|two|three|other|others)\b/i.test(text.slice(group.at(-1)!.end, to))) joined = true;
  return joined ? group : [first];
}

// A time phrase that opens a clause: "between January 29, 2010, and March 24, 2010,", "from at least 2015 to 2019,", "in 2019,", "on 3 May 2021,".
// (Or a clause of time: "beginning in 2001 and continuing through at least 2005,", "found that, after the 2015 Consent Order went into effect, RMK disseminated ...".)
const TIME_LEAD = /^\s*(?:(?:between|from)\s+(?:at\s+least\s+|about\s+|around\s+)?[^;]{0,25}?\d{4},?\s+(?:and|to|through|until)\s+(?:at\s+least\s+|about\s+|around\s+)?[^;]{0,25}?\d{4}|(?:in|on|since|during|by)\s+[^;]{0,25}?\d{4}|(?:beginning|starting)\s+(?:in|on|at|from)\s+[^,;]{0,25}?\d{4}(?:,?\s+and\s+(?:continuing|lasting|running)\s+[^,;]{0,40}?\d{4})?|(?:after|before|once|until|when|while)\s+[^,;]{0,80}?\b(?:went|came|took|was|were|had|became)\b[^,;]{0,40}),\s+/i;

// A second licence after the first, then whose: "(AFSL) and Australian credit licence (ACL) of".
const MORE_LICENCES = /^\s*(?:\([^)]*\)\s*)?(?:,\s*|\s+and\s+)(?:the\s+|its\s+)?[^,;.()]{0,60}?\b(?:licen[cs]es?|registrations?|authori[sz]ations?|permits?)\s*(?:\([^)]*\)\s*)?(?=of\s)/i;

// What a court does, so that "was fined ... at Staines Magistrates’ Court" is the court's (not "was charged in the Magistrates Court").
const COURT_ACTS = new Set<ActionType>(["fine", "convict", "require", "revoke", "receivership", "declare_illegal"]);

/** The court a sentence opens with before `end` ("At the Central Criminal Court (the Old Bailey) in London, TfL and TOL have today been fined"), if any. */
export function openingCourt(text: string, start: number, end: number, mentions: readonly Mention[], category: (id: string) => EntityCategory | undefined): Mention | undefined {
  return mentions.find((m) => m.start >= start && m.end <= end && category(m.entity) === "court" && /(?:^|[\s,(])(?:At|In|Before)\s+(?:the\s+)?$/.test(text.slice(Math.max(start, m.start - 12), m.start)));
}

/** Whether `at` lies inside a bracket opened after `from` ("X (now Y)": Y is). */
export const inBrackets = (text: string, from: number, at: number) => {
  if (at <= from) return false;
  const open = text.lastIndexOf("(", at - 1);
  return open >= from && open > text.lastIndexOf(")", at - 1);
};

// An object phrase that names no party: a date, an amount, a count, a verb's errand.
const NOT_A_PARTY = /^(?:(?:on|in)\s+)?(?:(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?\s+\d|\d{1,2}\s+(?:January|February|March|April|May|June|July|August|September|October|November|December)\b|\d{4}\b|[$€£¥]|(?:US|A|C|NZ|HK|S)\$|(?:Rs|INR|USD|EUR|GBP)\.?\s*\d|\d[\d,.]*\s*(?:million|billion|m|bn|crore|lakh)?\b|(?:submit|provide|pay|take|make|file|cease|stop|improve|report|comply|ensure|implement|establish)\b)/i;

/**
 * Where the party of an object that starts with no party begins: after the first "against",
 * "on", "upon" or "to" in the span that a name follows within a few words, else undefined.
 */
function laterParty(text: string, span: { start: number; end: number }, inside: readonly Mention[]): number | undefined {
  const re = /\b(?:against|on|upon|to)\s+/gi;
  re.lastIndex = span.start;
  for (let m = re.exec(text); m && m.index < span.end; m = re.exec(text)) {
    const at = m.index;
    const after = at + m[0].length;
    if (inside.some((x) => x.start >= after && x.end <= span.end && x.start - after <= 12 && !/[,;:()]/.test(text.slice(after, x.start)))) return at;
  }
  return undefined;
}

const MERGER_TYPES = new Set(["approve", "block_merger", "scrutinize"]);
// Acts only an authority performs: the agent of their noun ("by ...") must be one.
const AUTHORITY_ACTS = new Set(["charge", "scrutinize", "fine", "sanction", "revoke", "approve", "block_merger", "receivership", "require"]);
const MERGER_WORDS = /\b(?:merger|merge|acquisition|acquire|takeover|joint venture|combination)\b/i;

/** What the hit before this one in the sentence was read as, for verbs that share a subject. */
export interface Previous {
  hit: Hit;
  actor: ActorSpec;
  target: TargetSpec;
  passive: boolean;
}

/** Read the roles of one hit. `sameAsBefore` is the hit before it in the sentence when the two verbs are joined by "and". */
export function readRoles(c: Clause, h: Hit, previous: Previous | undefined, next?: Hit): Roles {
  const { text, sentence: s } = c;
  const clause = clauseAt(text, s, h.start);
  let from = clause.start;
  const end = clauseEnd(text, s, h.end);
  // After an earlier verb of the sentence: "X was charged and Y pleaded guilty" starts a new subject
  // after "and"; "The SEC charged X and barred Y" shares the first verb's subject.
  let coordinated = false;
  if (previous && previous.hit.end <= h.start && previous.hit.start >= from) {
    const seg = text.slice(previous.hit.end, h.start);
    const last = [...seg.matchAll(/\b(?:and|but|while|whereas|or)\s+/g)].at(-1);
    if (last) {
      const at = previous.hit.end + last.index! + last[0].length;
      // (After a noun's act, "investigations into X and Y found ...", "and" joins its objects: no new subject.)
      if (c.inside.some((m) => m.start >= at && m.end <= h.start)) {
        if (previous.hit.frame.roles !== "nominal") from = at;
      }
      else if (/^\s*(?:(?:also|then|later|subsequently|further|to|will|would|\w+ly)\s+)*$/i.test(text.slice(at, h.start))) coordinated = true;
    }
  }
  // "China has decided to take reciprocal countermeasures, and impose sanctions on ...": a verb right after ", and" with no subject
  // of its own goes on with the clause before it, whose subject it shares.
  if (!coordinated && previous && previous.hit.end <= h.start && previous.hit.start >= s.start && /^,\s+and\s+(?:(?:also|then|later|further|to)\s+)*$/.test(text.slice(previous.hit.end, h.start))) coordinated = true;
  let subject = subjectOf(c, from, h.start);
  // "X, who was charged ...": the relative pronoun stands for the name before it.
  if (subject.length === 0 && clause.relative !== undefined && from === clause.start) {
    const antecedent = c.inside.filter((m) => m.end <= clause.relative! && clause.relative! - m.end <= 3).at(-1);
    if (antecedent) subject = [antecedent];
  }
  const region = text.slice(from, h.start);
  const authority = (ms: readonly Mention[]) => ms.length > 0 && ms.every((m) => AUTHORITY_CATEGORIES.has(c.category(m.entity)!));
  const actorCapable = (ms: readonly Mention[]) => ms.filter((m) => ACTOR_CATEGORIES.has(c.category(m.entity)!) || (h.type === "decline" && c.category(m.entity) === "activity"));

  const objectTargets = (): TargetSpec => {
    // The object ends where the next verb of the sentence starts: "discussions with X and require that ...".
    const span = { ...(h.slot ?? { start: h.end, end: next ? next.start : s.end }) };
    // "determined that between January 29, 2010, and March 24, 2010, Deutsche Bank violated": a time phrase first is no party.
    const time = h.slot ? TIME_LEAD.exec(text.slice(span.start, span.end)) : null;
    if (time) span.start += time[0].length;
    // "cancelled the Australian financial services licence (AFSL) and Australian credit licence (ACL) of X": both licences are X's.
    const both = h.slot ? null : MORE_LICENCES.exec(text.slice(span.start, span.end));
    if (both) span.start += both[0].length;
    let items = objectItems(text, span.start, span.end, c.inside);
    // "filing its complaint on December 12, 2001, against Johnson", "issued orders to submit
    // reports ... to SMBC": what follows the verb first is a date, an amount or an errand; the
    // party comes after "against", "on" or "to", further on in the clause.
    if (items.length && items.every((i) => i.mentions.length === 0 && NOT_A_PARTY.test(i.text))) {
      const later = laterParty(text, span, c.inside.filter((m) => !AUTHORITY_CATEGORIES.has(c.category(m.entity)!)));
      if (later !== undefined) items = objectItems(text, later, span.end, c.inside);
    }
    // "ordered Dodo Services Pty Ltd (Dodo) to pay $1.5 million and Primus Telecommunications Services Pty Ltd (iPrimus) to pay $1 million":
    // a second party told to do the same, inside the words after the slot.
    if (h.slot && items.length) {
      const after = Math.max(...items.map((i) => i.end));
      const more = c.inside.filter((m) => m.start >= after && m.end <= h.end && /\band\s+(?:the\s+)?$/.test(text.slice(Math.max(after, m.start - 10), m.start)) && /^(?:\s*\([^)]{1,40}\))?\s+to\s+\p{Ll}/u.test(text.slice(m.end, m.end + 50)));
      if (more.length) items = [...items, ...more.map((m) => ({ start: m.start, end: m.end, text: text.slice(m.start, m.end), mentions: [m] }))];
    }
    // "designated the Vice President of the Nicaraguan Supreme Court of Justice, Marvin Ramiro Aguilar Garcia; a Deputy of the
    // National Assembly, Walmaro Antonio Gutierrez Mercado; and a Chief of ..., Fidel De Jesus Dominguez Alvarez": a list of
    // titles, each with its holder's name, goes on past the semicolons.
    for (let last = items.at(-1); !h.slot && last?.mentions.length; ) {
      const at = last.end;
      const m = c.inside.find((x) => x.start > at && x.end <= span.end && ["person", "company"].includes(c.category(x.entity)!) && /^\s*;\s+(?:and\s+)?(?:an?|the)\s[^;.()“”"]{1,120},\s*$/.test(text.slice(at, x.start)));
      last = m && { start: m.start, end: m.end, text: text.slice(m.start, m.end), mentions: [m] };
      if (last) items = [...items, last];
    }
    // "revoked X's licence": the possessor inside the trigger is acted on.
    const possessors = c.inside.filter((m) => m.start >= h.start && m.end <= h.end && /^['’]s?\b/.test(text.slice(m.end, m.end + 2)) && !(h.slot && m.start >= h.slot.start));
    if (possessors.length && items.every((i) => i.mentions.length === 0)) return { kind: "mentions", mentions: possessors };
    return { kind: "items", items };
  };
  const parties = (actorIds: readonly string[]): TargetSpec => {
    // ("will not oppose the acquisition of Shomega Ltd by Pacific Magazines ..., ACCC Chairman, Professor Allan Fels, announced today": the one who speaks is no party.)
    const speaks = (m: Mention) => c.category(m.entity) === "person" && /^\s*,?\s*(?:(?:has|had|also|today|then)\s+)*(?:said|says|announced|announces|stated|states|added|adds|commented|explained|noted)\b/i.test(text.slice(m.end, s.end));
    const ms = c.inside.filter((m) => m.start >= from && m.end <= end && !actorIds.includes(m.entity) && ["company", "person", "platform"].includes(c.category(m.entity)!) && !inBrackets(text, from, m.start) && !speaks(m));
    return { kind: "mentions", mentions: ms };
  };
  const described = (): ActorSpec => {
    // "The twelve-count felony indictment handed down today in U.S. District Court in Portland, charged X": a charging paper
    // speaks for the office that brought it.
    if (h.type === "charge" && /^\s*(?:the|an?)\s+(?:[\w-]+\s+){0,3}(?:indictment|criminal\s+information)\b/i.test(region)) return { kind: "authority" };
    // "Enforcement staff determined", "the Commission's staff found": an agency's staff is the agency (CORPUS.md), the one the text is about.
    if (/^\s*(?:the\s+)?(?:(?:Enforcement|Commission|Division|Bureau|Office|agency|Commission['’]s|agency['’]s|its)\s+)?staff\s+(?:(?:has|have|also|then|later|subsequently)\s+)*$/i.test(region)) return { kind: "authority" };
    // "A jury in Montgomery, Ala. convicted ...", "A federal grand jury indicted ...": a jury decides, as a court.
    const jury = JURY_SUBJECT.exec(region.trimStart());
    if (jury) return { kind: "described", phrase: jury[1]!, start: from + (region.length - region.trimStart().length) };
    // "All companies admitted their involvement in the cartel and agreed to settle": the subject of the verb before "and".
    const sharing = SHARED_SUBJECT.exec(region.trimStart());
    // ("The parties settled and agreed to penalties": the shared subject first, else the described one would take in the verb before "and".)
    const d = (sharing ? DESCRIBED_SUBJECT.exec(`${sharing[1]!} `) : null) ?? DESCRIBED_SUBJECT.exec(region.trimStart());
    if (d) return { kind: "described", phrase: d[1]!, start: from + (region.length - region.trimStart().length) };
    // ("How we investigated the Microsoft and Activision Blizzard merger", "When we announced the launch of ...": a wh-word before the pronoun opens the same clause.)
    const opening = region.trimStart().replace(/^(?:How|Why|When|Where|What)\s+(?=(?:we|they|it|he|she)\b)/i, "");
    if (PRONOUN_SUBJECT.test(opening)) return /^we\b/i.test(opening) ? { kind: "pronoun", we: true } : { kind: "pronoun" };
    // "In this Notice of Apparent Liability for Forfeiture (``NAL''),1 we find": a footnote's number after the comma hides no other subject.
    if (/(?:^|[,)])\s*\d{1,2}\s+we\s+(?:(?:also|further|hereby|now|therefore|thus)\s+)*$/i.test(region)) return { kind: "pronoun", we: true };
    // "In July last year we served ...": a time phrase with no comma before the pronoun subject.
    const late = /\b(?:last|this|next|in|on|earlier|later|today|yesterday|year|month|week|\d{4})\s+(it|they|he|she|we)\s+(?:(?:has|have|had|will|would|also|then|now|subsequently|later)\s+)*$/i.exec(region);
    if (late) return late[1]!.toLowerCase() === "we" ? { kind: "pronoun", we: true } : { kind: "pronoun" };
    // Only adverbs, modals or list markers before the verb, or an imperative of a list ("i) Strengthen
    // monitoring and block 124 servers"): the passage's authority acts.
    if (/^\s*(?:(?:[ivx]+\)|\d+[.)]|[-•*])\s*)?(?:(?:to|will|would|shall|must|should|may|also|then|further|jointly|and|to|today|[\w]+ly)\s+)*$/i.test(region)) return { kind: "authority" };
    // "Decision to grant Npower Group PLC a temporary derogation": a heading's bare "decision to" is the publishing authority's.
    if (/^\s*(?:Decision|Proposal|Notice\s+of\s+(?:intention|intent))\s+to\s+$/.test(region)) return { kind: "authority" };
    // ("... including the decision to not oppose the proposed acquisition of Goodman Fielder Ltd": so is a decision told with no one's name, in the authority's own report.)
    if (/\b(?:the|its|our)\s+decision\s+to\s+$/i.test(region)) return { kind: "authority" };
    if (from === s.start && /^\s*(?:[ivx]+\)|\d+[.)]|[-•*])/i.test(region)) return { kind: "authority" };
    // "Separate investigations into X and Y found ...": an inquiry finds for the authority that made it.
    if (INQUIRY_SUBJECT.test(region)) return { kind: "authority" };
    // "Commission fines X", "Air quality: Commission calls on X": a bare body name heads a clause.
    // (The word is kept: "China imposed sanctions on X" is the act of the state a country's name stands for; extract.ts decides.)
    if (from === clause.start && /^\s*\p{Lu}\p{Ll}+\s+$/u.test(region)) return { kind: "authority", subject: region.trim() };
    // "China has decided to take reciprocal countermeasures", "Japan has implemented sanctions": a name no stage knew, before its
    // verb, acts only where it is a country's, as its state.
    const named = NAMED_SUBJECT.exec(region);
    if (named) return { kind: "authority", subject: named[1]!, stateOnly: true };
    // "(The FTC said) today it will seek a federal district court order to prevent X": an infinitive's actor is the clause's subject.
    const purpose = /^\s*(?:(?:today|now|also|then)\s+)?(it|they|we)\s+(?!(?:is|are|was|were|be|been)\b)[^;:]*\bto\s+$/i.exec(region);
    if (purpose) return purpose[1]!.toLowerCase() === "we" ? { kind: "pronoun", we: true } : { kind: "pronoun" };
    return { kind: "none" };
  };
  const agent = (): Mention[] => {
    // "by" may close the trigger itself ("regulations launched by X") or follow it ("fined £5m by X").
    const after = text.slice(h.start, next ? Math.min(next.start, end) : end);
    const by = /\bby\s+/i.exec(after);
    if (!by) return [];
    // "ordered penalties against X in proceedings brought by the ACCC": who brought the case is not who ordered what the case came to.
    if (by.index >= h.end - h.start && CASE_BROUGHT_BY.test(after.slice(0, by.index))) return [];
    const at = h.start + by.index + by[0].length;
    // "by internet giant Tencent", "by the U.S. Attorney's Office": a few words may describe the agent first.
    // ("indicted by a federal grand jury in Boise": a name after a described agent and "in" is where the agent sits.)
    const m = c.inside.find((x) => x.start >= at && x.start <= at + 30 && ACTOR_CATEGORIES.has(c.category(x.entity)!) && !/[,;]/.test(text.slice(at, x.start)) && !/^(?:an?|the)\s+[\p{Ll}\s-]+\s(?:in|at)\s+$/u.test(text.slice(at, x.start)));
    if (!m) return [];
    const agents = subjectOf(c, m.start, end);
    // "the investigation was conducted by the Antitrust Division with assistance from the FBI and the USDA": those who assist an inquiry investigate too.
    if (h.type !== "scrutinize" || !agents.length) return agents;
    const help = /^[^,;.]{0,60}?,?\s+(?:with|and)\s+(?:the\s+)?(?:assistance|help|support|cooperation)\s+(?:of|from)\s+(?:the\s+)?/i.exec(text.slice(agents.at(-1)!.end, end));
    if (!help) return agents;
    const at2 = agents.at(-1)!.end + help[0].length;
    // ("from the U.S. Attorney's Office in Springfield, Illinois, the FBI's office in St. Louis, Missouri, the Great Plains Regional Office of the
    // U.S. Department of Agriculture and the Illinois Attorney General's Office": each body named in the list helps, where it sits aside, and of a unit and the body it is part of, the body.)
    const stop = text.slice(at2, end).search(/[;:]|\b(?:which|who|that|and\s+(?:is|was|are|were|will|has|have))\b/);
    const listEnd = stop < 0 ? end : at2 + stop;
    const named = c.inside.filter((x) => x.start >= at2 && x.end <= listEnd && AUTHORITY_CATEGORIES.has(c.category(x.entity)!));
    const helpers = named.filter((x, k) => (k === 0 ? x.start <= at2 + 30 : /(?:,|\band|\bof)\s+(?:the\s+)?$/i.test(text.slice(Math.max(at2, x.start - 12), x.start))) && !(named[k + 1] && /^\s+of\s+(?:the\s+)?$/i.test(text.slice(x.end, named[k + 1]!.start))));
    return [...agents, ...helpers];
  };
  const authorityInClause = (): Mention[] => {
    const others = c.inside.filter((m) => !subject.includes(m) && AUTHORITY_CATEGORIES.has(c.category(m.entity)!));
    // "The Federal Court has made orders that Colgate ... pay total penalties of $18 million, following ... proceedings brought by the ACCC": the court ordering.
    const ordering = others.find((m) => m.end <= h.start && c.category(m.entity) === "court" && COURT_ORDERED_THAT.test(text.slice(m.end, h.start)));
    if (ordering) return [ordering];
    // After the verb, the body it comes from ("a penalty from Ofcom", "fined by the FCA"), not one in a phrase of the misconduct ("calls to subscribers on the Telephone Preference Service").
    const after = others.filter((m) => m.start >= h.start && m.end <= s.end && /\b(?:by|from|of|with|under|before|in|at)\s+(?:the\s+)?(?:[\p{L}.]+\s+){0,4}$/iu.test(text.slice(Math.max(h.start, m.start - 50), m.start)));
    return after.length ? after.slice(0, 1) : others.filter((m) => m.start >= from && m.end <= h.start).slice(0, 1);
  };
  const withParties = (r: Roles): Roles => {
    const merger = MERGER_TYPES.has(h.type) && MERGER_WORDS.test(text.slice(h.start, end));
    if (h.frame.target !== "parties" && !merger) return r;
    const ids = r.actor.kind === "mentions" ? r.actor.mentions.map((m) => m.entity) : [];
    return { ...r, target: parties(ids) };
  };
  const subjectTarget = (): TargetSpec => {
    if (subject.length) return { kind: "mentions", mentions: subject };
    const d = described();
    if (d.kind === "described") return { kind: "described", phrase: d.phrase, start: d.start };
    if (d.kind === "pronoun") return { kind: "pronoun" };
    // An unnamed subject phrase ("Three exchanges were closed"): read it as a description.
    // ("Defendants were ordered to pay": the subject ends before its auxiliary.)
    const aux = /\s+(?:(?:has|have|had|will|would|shall|may|must|can|could)\s+)?(?:(?:been|be|being|is|are|was|were|get|got)\s+)?(?:(?:also|then|now|later|already|again|jointly|previously|subsequently|each|both|all|formally|today|newly|not|\p{Ll}+ly)\s+)*$/u.exec(text.slice(from, h.start));
    const items = objectItems(text, from, aux ? from + aux.index : h.start, c.inside);
    return { kind: "items", items };
  };

  // The second verb shares the first one's subject (the subject found is that shared one).
  if (coordinated && h.frame.roles !== "defendant") {
    // "X has been ordered to pay ... and disqualified from ...": a bare participle after a passive is passive too.
    if (previous!.passive && h.frame.participles.has(/^[\p{L}'’-]+/u.exec(text.slice(h.start))![0].toLowerCase())) {
      return withParties({ actor: previous!.actor, target: previous!.target, reading: "coordinated" });
    }
    if (!h.passive) return withParties({ actor: previous!.actor, target: objectTargets(), reading: "coordinated" });
  }

  // "X, deputy governor of Y, said that ICOs are illegal": a statement is the speaker's.
  if (h.type === "declare_illegal" || h.type === "warn") {
    const speech = [...text.slice(s.start, h.start).matchAll(/\b(?:said|says|stated|states|declared|told\s+[\p{L}\s]{1,40}?|noted|added|stressed|warned)\b(?:\s+that)?/gu)].at(-1);
    if (speech) {
      const at = s.start + speech.index!;
      const speakers = subjectOf(c, clauseStart(text, s, at), at);
      // "ASIC Deputy Chair Sarah Court said": the person named right before the verb speaks, not the body her title names first.
      const named = c.inside.filter((m) => m.end <= at && c.category(m.entity) === "person" && /^[\s,]*$/.test(text.slice(m.end, at))).at(-1);
      const speaker = named ?? speakers.find((m) => c.category(m.entity) === "person") ?? actorCapable(speakers)[0];
      if (speaker && !subject.includes(speaker)) {
        const target = h.frame.roles === "defendant" || h.passive || (h.frame.slot !== undefined && !h.slot) ? subjectTarget() : objectTargets();
        return { actor: { kind: "mentions", mentions: [speaker] }, target, reading: "speech" };
      }
    }
  }

  // "made a recommendation to the Prime Minister and the FSA that a penalty order be issued ... by X": the bodies asked act on the clause's parties.
  if (h.frame.roles === "recipients" && h.slot) {
    const asked = c.inside.filter((m) => m.start >= h.slot!.start && m.end <= h.slot!.end && AUTHORITY_CATEGORIES.has(c.category(m.entity)!));
    if (asked.length) return { actor: { kind: "mentions", mentions: asked }, target: parties(asked.map((m) => m.entity)), reading: "active" };
  }
  if (h.frame.roles === "defendant") {
    // "it has received approval to enter into a DPA with G4S": no name for the subject, a party in
    // the object: the subject is the authority acting, read as active.
    const unnamed = subject.length === 0 ? described() : undefined;
    if (unnamed && (unnamed.kind === "pronoun" || unnamed.kind === "described")) {
      const object = objectTargets();
      const names = object.kind === "mentions" ? object.mentions.length > 0 : object.kind === "items" && object.items.some((i) => i.mentions.length > 0);
      if (names) return withParties({ actor: unnamed, target: object, reading: "active" });
    }
    // "United States Reaches Settlement with Western Slope Pharmacy": the government as a litigant
    // is no defendant; it settles, through the office the release is from.
    if (subject.length === 0 && /^\s*(?:the\s+)?United\s+States\s+$/i.test(region)) return withParties({ actor: { kind: "authority" }, target: objectTargets(), reading: "active" });
    // "The Rhode Island Board of Elections has today agreed to a Settlement Agreement with the United States": a public body
    // that settles with the state's own government is the defendant, the government (through the release's office) acts.
    const withState = authority(subject) && /^\s*(?:the\s+)?(?:United\s+States|U\.\s?S\.\s+Government|federal\s+government)\b/i.test(text.slice(h.end, end));
    if (withState) return withParties({ actor: { kind: "authority", issuer: true }, target: subjectTarget(), reading: "defendant" });
    if (!authority(subject)) {
      // ("At the Central Criminal Court ..., TfL and TOL have today been fined ... after pleading guilty ..., which followed a prosecution by ORR": the court takes the plea.)
      const court = h.type === "convict" ? openingCourt(text, s.start, h.start, c.inside, c.category) : undefined;
      const auth = court ? [court] : authorityInClause();
      // "X pleaded guilty ... at Staines Magistrates’ Court": a plea is taken, and the party convicted, by a court.
      return withParties({ actor: auth.length ? { kind: "mentions", mentions: auth } : { kind: "authority", ...(h.type === "convict" ? { court: true } : {}) }, target: subjectTarget(), reading: "defendant" });
    }
    return withParties({ actor: { kind: "mentions", mentions: subject }, target: objectTargets(), reading: "active" });
  }
  if (h.passive) {
    // "was fined £6,000 ... at Staines Magistrates’ Court": a court where it was done did it.
    const court = COURT_ACTS.has(h.type) && c.inside.find((m) => m.start >= h.end && m.end <= s.end && c.category(m.entity) === "court" && /\b(?:at|in|before)\s+(?:the\s+)?$/i.test(text.slice(Math.max(h.end, m.start - 12), m.start)));
    const by = agent().length ? agent() : court ? [court] : [];
    // "The Burtons were indicted by a federal grand jury in Boise": a grand jury the text places charges, as the one of the
    // active "A federal grand jury in Dallas has charged" does (one it does not place is the prosecutor's, who brings the case).
    const jury = by.length === 0 && h.type === "charge" ? JURY_AGENT.exec(text.slice(h.end, end)) : null;
    if (jury) return withParties({ actor: { kind: "described", phrase: jury[1]!, start: h.end + jury.index + jury[0].length - jury[1]!.length }, target: subjectTarget(), reading: "passive-by" });
    // "Timothy Norman and Salvatore Algeri ... were appointed liquidators of ASKK": those appointed are not who is wound up; what follows "of" is.
    if (h.type === "receivership" && /\b(?:of|for|over|to)$/i.test(text.slice(h.start, h.end))) {
      const object = objectTargets();
      if (object.kind === "items" ? object.items.some((i) => i.mentions.length > 0) : object.kind === "mentions" && object.mentions.length > 0) return withParties({ actor: by.length ? { kind: "mentions", mentions: by } : { kind: "authority", court: true }, target: object, reading: by.length ? "passive-by" : "passive" });
    }
    // ("has been ordered to pay", "was found liable": what courts do, done by the court the text names, if it names one; extract.ts decides.)
    return withParties({ actor: by.length ? { kind: "mentions", mentions: by } : { kind: "authority", ...(COURT_ACTS.has(h.type) ? { court: true } : {}) }, target: subjectTarget(), reading: by.length ? "passive-by" : "passive" });
  }
  if (h.frame.roles === "nominal") {
    // "a fine of $5m by the FCA on X": an agent after the noun acts; of an act only an authority
    // does, only an authority ("an investigation into a submission by DK Crown": DK Crown submitted).
    const by = agent().filter((m) => !AUTHORITY_ACTS.has(h.type) || AUTHORITY_CATEGORIES.has(c.category(m.entity)!));
    const capable = actorCapable(subject);
    // "the United States filed a ... settlement with X": a capitalised subject no stage named, before its verb.
    const unnamed = capable.length === 0 ? /^\s*((?:the\s+)?\p{Lu}[\p{L}.]*(?:\s+\p{Lu}[\p{L}.]*){0,3})\s+(?:(?:has|have|had|also|today)\s+)*\p{Ll}+(?:ed|s)\b/u.exec(region)?.[1] : undefined;
    // "Deputy Chairman Peter Kell said, 'ASIC's crackdown on misleading advertising ...'", "began as part of DEA’s crackdown on
    // pill mills": the body whose act the noun is, by its possessive right before it, not the speaker or the clause's subject.
    const owner = c.inside.filter((m) => m.end <= h.start && AUTHORITY_CATEGORIES.has(c.category(m.entity)!) && /^['’]s?\s+(?:[\p{Ll}-]+\s+){0,2}$/u.test(text.slice(m.end, h.start))).slice(-1);
    const actor: ActorSpec = by.length ? { kind: "mentions", mentions: by } : owner.length ? { kind: "mentions", mentions: owner } : capable.length ? { kind: "mentions", mentions: capable } : { kind: "authority", ...(unnamed ? { subject: unnamed } : {}) };
    return withParties({ actor, target: objectTargets(), reading: "nominal" });
  }
  // "a 2019 Commission decision imposing a fine on Qualcomm", "the OCC's order requiring ...": the body whose act it is acts.
  if (/^[\p{L}-]+ing\b/u.test(text.slice(h.start, h.end))) {
    const owner = c.inside.filter((m) => m.end <= h.start && h.start - m.end <= 40 && AUTHORITY_CATEGORIES.has(c.category(m.entity)!) && OWNED_ACT.test(text.slice(m.end, h.start))).at(-1);
    if (owner) return withParties({ actor: { kind: "mentions", mentions: [owner] }, target: objectTargets(), reading: "active" });
  }
  const capable = actorCapable(subject);
  // "A task force led by the Drug Enforcement Administration conducted the investigation": the body that leads an unnamed group acts.
  const leader = subject.length ? undefined : c.inside.find((m) => m.start >= from && m.end <= h.start && AUTHORITY_CATEGORIES.has(c.category(m.entity)!) && /\b(?:led|headed|run|coordinated|directed)\s+by\s+(?:the\s+)?$/i.test(text.slice(Math.max(from, m.start - 30), m.start)));
  if (leader) return withParties({ actor: { kind: "mentions", mentions: [leader] }, target: objectTargets(), reading: "active" });
  return withParties({ actor: capable.length ? { kind: "mentions", mentions: capable } : subject.length ? { kind: "none" } : described(), target: objectTargets(), reading: "active" });
}
