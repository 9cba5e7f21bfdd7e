/**
 * Text in, proposed actions out, in stages with one job each:
 *   1. sentences (sentences.ts): exact offsets; a first line read as a headline only when it looks like one;
 *   2. mentions (mentions.ts): known entities, the gazetteer's bodies, names the text introduces, places;
 *   3. triggers (triggers.ts): the frame lexicon's hits;
 *   4. roles (roles.ts): subject, agent, object, as the frame reads them;
 *   5. resolution (here): names to entities, descriptions and pronouns to what they stand for,
 *      the passage's authority where nobody is named;
 *   6. status, time and quantity (status.ts, dates.ts, quantities.ts).
 * Every action keeps the sentence that states it as evidence, with exact offsets into the text.
 */
import type { ActionType, EntityCategory, Quantity, Status, Time } from "../schema/index.ts";
import { timeOf } from "./dates.ts";
import { fold, proposedId, withoutLegalForm, type GazetteerEntry, type Mention } from "./gazetteer.ts";
import { ACTOR_CATEGORIES, AUTHORITY_CATEGORIES, defaultLexicon, guessCategory, type Lexicon } from "./lexicon.ts";
import { captionOf, findMentions, HEADING_FIRM, prepare } from "./mentions.ts";
import { writtenAsName } from "./names.ts";
import { bareNoun, categoryOfDescription, EXCLUDED_ASIDE, isPronoun, nameable, namesAClass, resolveByHead, wordsOf, type DocumentScope, type ObjectItem } from "./phrases.ts";
import { countAfter, findAmounts, MONEY } from "./quantities.ts";
import { readRoles, subjectOf, clauseStart, inBrackets, openingCourt, type ActorSpec, type Clause, type Previous, type TargetSpec } from "./roles.ts";
import { headlineOf, isHeading, splitSentences, type Sentence } from "./sentences.ts";
import { statusOf } from "./status.ts";
import { findHits, titleCase, type Hit } from "./triggers.ts";
import { unreadSentences, type UnreadSentence } from "./unread.ts";
import type { MarkerModel } from "./marker.ts";

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
  /** How the roles were found: "rule:<frame id>:<reading>", e.g. "rule:fine.verb:passive-by". */
  method: string;
}

export interface Extraction {
  sentences: Sentence[];
  mentions: Mention[];
  actions: ExtractedAction[];
  /** Entities the text introduced, or gazetteer bodies it names, that the known entities lack. */
  proposed: GazetteerEntry[];
  /** The canonical name of every entity an action refers to, by id. */
  names: Record<string, string>;
  /** Sentences likely to state an action that no action was read from: where a reviewer should look for what was missed. */
  unread: UnreadSentence[];
}

export interface ExtractOptions {
  /** The document's id: relative time phrases are anchored to it. Without it, no times are read. */
  doc?: string;
  /** The document's publication date (YYYY-MM-DD): "yesterday", "a year ago" resolve against it. */
  docDate?: string;
  /** The frame lexicon, gazetteer and places to read with (default: the shipped ones). */
  lexicon?: Lexicon;
  /** Who issued the text ("U.S. Securities and Exchange Commission"): the authority that acts where the text names none. */
  publisher?: string;
  /** Told how far into the text (in characters, of its length) the reading has got, every few hundred sentences, for a progress line on long texts. */
  onProgress?: (done: number, total: number) => void;
  /** What scores the sentences no action was read from, for review (default: the shipped model). */
  marker?: MarkerModel;
}

const MARKET_SIDE: ReadonlySet<ActionType> = new Set(["withdraw", "migrate", "resume", "defraud", "decline"]);
// Acts on a party (who is charged, pays, is ordered, licensed, sanctioned), never on an activity:
// "fined ... for market manipulation" fines no "market manipulation".
const PARTY_ACTS: ReadonlySet<ActionType> = new Set(["charge", "settle", "fine", "convict", "require", "revoke", "sanction", "approve", "receivership", "scrutinize", "shutdown", "block_merger"]);
// What a state does as a litigant, in its courts: sue, settle, prosecute.
const LITIGATION: ReadonlySet<ActionType> = new Set(["charge", "settle", "fine", "convict"]);
// What a state does as a state, by its name ("China has decided to ... impose sanctions on", "Japan implemented sanctions"):
// the country named as the subject is its state, as when it sues.
const STATE_ACTS: ReadonlySet<ActionType> = new Set([...LITIGATION, "sanction"]);
// The words before a recommended actor: "... issued today a recommendation that the Prime Minister ...".
const RECOMMENDED = /\brecommend(?:ation|ations|s|ed)?\s+(?:to\s+[^,.;]{1,60}?\s+)?that\s+(?:the\s+)?$/i;
const UNNAMED_COUNT = /^(?:the\s+)?(?:a\s+total\s+of\s+|some\s+|more\s+than\s+|over\s+|nearly\s+|almost\s+|about\s+|approximately\s+|at\s+least\s+|up\s+to\s+)?(?:another|other|a\s+further|further)?\s*(?:\d[\d,]*|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|dozens\s+of|hundreds\s+of|thousands\s+of|several|numerous)\s+(?:[\p{L}-]+\s+){0,3}?(?:companies|firms|individuals|people|persons|businesses|banks|entities|defendants|respondents|men|women|others|traders|employees|executives|directors|officers|officials|promoters|operators|lenders|dealers|brokers|agents|managers|owners|suppliers|retailers|contractors|organi[sz]ations)\b/iu;
// "convicted on all charges", "pleaded guilty to charges of", "sentenced on charges that": the charges the conviction answers.
const CHARGES_AFTER = /^[^.;]{0,60}?\b(?:on|to)\s+(?:all\s+|the\s+|both\s+|\w+\s+)?(?:criminal\s+|federal\s+)?charges?\b/i;
// Acts whose parties a release may call only by their side of the case (SIDES_BY_ROLE).
const SIDE_ACTS: ReadonlySet<ActionType> = new Set(["charge", "declare_illegal", "fine", "require", "convict"]);
// Acts of enforcement whose targets are the parties of a case.
const CASE_ACTS: ReadonlySet<ActionType> = new Set(["charge", "settle", "fine", "convict", "require", "revoke", "sanction", "receivership", "declare_illegal"]);
// "€200 million German State aid for ...", "a Dutch scheme": aid is granted by the state its adjective names.
const STATE_AID = new RegExp(`^(?:(?:an?|the)\\s+)?(?:(?:alleged|possible|potential|illegal|unlawful|incompatible)\\s+)?(?:${MONEY}\\s+)?(\\p{Lu}[\\p{L}-]+)\\s+(?:State\\s+aid|aid|schemes?|measures?|support\\s+schemes?)\\b`, "u");
// "seven new companies being monitored": an unnamed count right before a passive verb.
const COUNT_BEFORE = /\b(?:\d[\d,]*|two|three|four|five|six|seven|eight|nine|ten|several|many|numerous)\s+(?:[\p{L}-]+\s+){0,2}(?:companies|firms|individuals|people|persons|businesses|banks|entities|traders|operators)\s+(?:(?:are|were|is|was|have|has|had|be|been|being|currently|now)\s+)*$/iu;
// Sectors whose bodies supervise firms: what they call sanctions are penalties. (Not a government's, a treasury's, a sanctions or AML body's.)
const SUPERVISORS: ReadonlySet<string> = new Set(["financial", "securities", "banking", "insurance", "gambling", "communications", "data_protection", "competition", "health", "transport", "energy", "environment", "consumer", "consumer_finance", "audit", "derivatives", "central_bank"]);
// "the three companies": parties counted, not named, that the text has named before.
const NUMBER_WORDS = ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"];
/** The number a count is written as: a word up to "ten" or digits. */
const countOf = (word: string): number => NUMBER_WORDS.indexOf(word.toLowerCase()) + 1 || Number(word);
// "eight international representatives of", "seven deputy directors of", "several officials of": a counted group of a body's or a group's people.
const COUNTED_GROUP_OF = /^(?:the\s+)?(two|three|four|five|six|seven|eight|nine|ten|\d{1,2}|several|some|certain|many)\s+(?:[\p{L}-]+\s+){0,3}?(?:representatives|members|leaders|officials|officers|directors|managers|employees|executives|associates|operatives|financiers|affiliates|subsidiaries|companies|entities|individuals|persons|people|agents|fronts?)\s+(?:of|from|for|in|linked\s+to|associated\s+with|tied\s+to)\s/iu;
// What stands between two names of one list: a comma, "and", a bracketed other name or description (after a legal form's full stop: "Co., Ltd., SinoPac").
// (Or a line break to the next bullet: "The companies involved were :\n\n• Brasserie de Luxembourg Mousel-Diekirch SA\n\n• SA Brasserie ...".)
// ", which sells Hino trucks in Brisbane, and ": a relative clause between two parties of a list, up to the comma and "and" that go on with it.
// ("Delta Gas and Power (“Delta”), which is non-domestic and Logicor Energy Limited": after the name's short form, and up to a bare "and".)
const RELATIVE_IN_LIST = /^(?:\s*\([^()]{1,40}\))?,\s+(?:which|who)\s(?:[^,;.()]{1,120},\s*(?:and\s+)?|[^,;.()]{1,60}?\s+and\s+)(?=\p{Lu})/u;
const LIST_GAP = /^\.?\s*(?:\([^()]{0,80}\)\s*)?(?:,\s*(?:and\s+)?|\s+and\s+|;\s*(?:and\s+)?|[ \t]*\n\s*[•▪*-][ \t]*)$/u;
// A supervisor's sanctions by the kinds a text names around them: "sanctions such as warning, correction and fine".
const SANCTION_KINDS: [RegExp, ActionType][] = [
  [/\b(?:warnings?|reprimands?|censures?)\b/i, "warn"],
  [/\b(?:fines?|penalt(?:y|ies)|monetary)\b/i, "fine"],
  [/\b(?:corrections?|rectifications?|improvements?|orders? to (?:improve|correct|rectify))\b/i, "require"],
  [/\b(?:revocations?|dismissals?|removals?|disqualifications?)\b/i, "revoke"],
  [/\b(?:suspensions?|suspend)\b/i, "shutdown"],
];
function sanctionKinds(sentence: string, start: number, end: number): ActionType[] {
  // The words that list them: in the trigger's own words ("Warnings, Fines and Other ... Sanctions on", "sanctions such as warning, correction and fine on") or after it.
  const inside = sentence.slice(start, end);
  const after = /^[^.;]{0,20}?\b(?:such as|including|namely|in the form of)\s+([^.;]{1,120}?)\s+(?:on|against|to)\b/i.exec(sentence.slice(end - 4));
  const words = `${inside} ${after?.[1] ?? ""}`;
  const kinds = SANCTION_KINDS.filter(([re]) => re.test(words)).map(([, type]) => type);
  // "Sanction on BankTaiwan Securities Co., Ltd. for Violation of Securities Management Related Laws and Regulations": the
  // supervisor's title states that the party broke the rules, whatever the sanction's kind. (The noun only: not "a designated
  // contract market ..., for violations of", where "designated" is no sanction.)
  if (/\bsanctions?\s+(?:on|against)$/i.test(inside) && SANCTIONED_FOR_VIOLATION.test(sentence.slice(end))) kinds.push("declare_illegal");
  return kinds;
}
// Words that tell of a case brought against a party: a complaint, a suit, charges, an indictment, proceedings, a notice of charges.
// ("The FAA alleges that Lyon Aviation failed to ...", "OIG alleged that Trinity failed to ...": without them, a body's
// allegation is the claim its proposed penalty or settlement rests on, not a charge.)
const CASE_BROUGHT = /\b(?:complaints?|lawsuits?|su(?:ed|es|it|its|ing)|charg(?:e|es|ed|ing)|indict(?:ed|ment|ments)|prosecut\w*|proceedings?|litigation|statements?\s+of\s+objections|notices?\s+of\s+(?:charges?|violations?|apparent\s+liability)|(?:case|action)\s+(?:\w+\s+){0,4}?against)\b/i;
// An appeal, or a cross-appeal, before what it is against.
const APPEAL = /\b(?:cross-?)?appeal(?:ed|s|ing)?\b/i;
// A bare allegation, not "charges that" nor "alleges in the complaint that".
const BARE_ALLEGATION = /^(?:alleg|contend)\w*\s+that$/i;
// "Enforcement’s investigation", "Staff's inquiry": a division of the issuer named by one word, as a possessive.
const DIVISION_OWNER = /\b(?:Enforcement|Staff)['’]s?\s+$/;
const SANCTIONED_FOR_VIOLATION = /^[^;:]{1,120}?\bfor\s+(?:the\s+)?(?:violations?|breach(?:es)?|contraventions?)\s+of\b/i;

const AGREED_TERMS = /^\s*(?:Under|Pursuant to|As part of|In)\s+(?:the\s+)?(?:terms\s+of\s+(?:the\s+)?)?(?:proposed\s+)?(?:consent\s+(?:decree|order|judgment|agreement)|settlement(?:\s+agreement)?|plea\s+agreement|agreement)\b/i;
const LEGAL_FORM_END = /\b(?:Ltd|Limited|plc|PLC|LLP|LLC|Inc|Corp|Corporation|Pty|GmbH|AG|SA|NV|BV)\.?$/;
// "three Luxembourg brewers", "two executives": an indefinite count of a kind of party (with "the", COUNTED_PARTIES, they were named before).
const COUNTED_KIND = /^(two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\s+(?:[\p{L}-]+\s+){0,3}?(companies|firms|businesses|banks|entities|suppliers|retailers|brewers|producers|manufacturers|dealers|distributors|wholesalers|operators|lenders|carriers|insurers|brokers|institutions|contractors|individuals|people|persons|executives|men|women)$/iu;
// The same count anywhere in a clause, before a pronoun that takes it up.
const COUNTED_IN_CLAUSE = new RegExp(`\\b${COUNTED_KIND.source.slice(1, -1)}\\b`, "iu");
const PERSON_PLURALS = /^(?:individuals|people|persons|executives|men|women)$/i;
const BARE_LEGAL_FORM = /^(?:Inc|Incorporated|Ltd|Limited|LLC|PLC|Corp|Corporation|Co|Company|AG|SA|GmbH)\.?$/i;
const COUNTED_PARTIES = /^the\s+(two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\s+(?:[\p{L}-]+\s+){0,2}?(companies|firms|banks|entities|defendants|individuals|persons|people|respondents|institutions|insurers|brokers)\b/iu;
// A prosecutor's title right before the names: "Assistant U.S. Attorney", "Trial Attorneys", "AUSA".
const PROSECUTOR_TITLE = /\b(?:(?:Special\s+)?Assistant\s+(?:United\s+States|U\.\s?S\.)\s+Attorneys?|Trial\s+Attorneys?|AUSAs?|Crown\s+Prosecutors?)\s+$/;
// Acts only a body with public power performs (CORPUS.md: a person is the actor only of what they state): not "LaForgia conducted improper audits of Certified", "Schmidt ... ordering Evergreen to".
const OFFICIAL_ACTS: ReadonlySet<ActionType> = new Set(["charge", "scrutinize", "fine", "sanction", "revoke", "require", "receivership", "block_merger", "convict", "approve"]);
const PAYMENT_TYPES: ReadonlySet<ActionType> = new Set(["fine", "settle"]);
// Capitalised words that name no party: a heading's or a sentence's words, kinds of body or act.
const NOT_A_NAME = /^(?:The|A|An|This|That|These|Those|It|They|He|She|We|Its|Their|His|Her|All|Both|Each|Other|Others|Defendants?|Respondents?|Parties|Companies|Banks|Firms|Individuals|Commission|Court|Board|Authority|Agency|Government|State|States|Department|Office|Ministry)$/;
const LIST_INTRO = /\b(?:including|measures|following|as follows)\s*:?\s*$/i;
const LIST_ITEM = /^\s*(?:[ivx]+\)|\d+[.)]|[-•*])/i;
// A court filing's caption: the plaintiffs' block, "Plaintiff(s)," on a line, "v." on a line, the defendants' block, "Defendant(s)."
// ("UNITED STATES OF AMERICA,\nPlaintiff,\nv.\nDAILY GAZETTE COMPANY,\nand\nMEDIANEWS GROUP, INC.\nDefendants.")
const COURT_CAPTION = /^[ \t]*Plaintiffs?[,.]?[ \t]*\n[ \t]*vs?\.?[ \t]*\n([\s\S]{2,1500}?)\n[ \t]*Defendants?[,.]?[ \t]*$/m;
// A caption's line that names a party: its words in capitals ("1st FINANCIAL SOLUTIONS, INC."), not an address ("235 Cane Creek
// Road", "FIN-00101"), a division of the plaintiff ("Antitrust Division") nor the court's heading ("EASTERN DIVISION").
const CAPTION_NAME = /^(?=(?:[^\n]*\s)?\p{Lu}{2,}[\p{Lu}&'’.,-]*(?:\s|$))(?:(?:\p{Lu}[\p{Lu}\d&'’.,-]*|\d[\p{L}\d-]*|and|of|the|&)\s*)+$/u;
const CAPTION_HEADING = /\b(?:COURT|DISTRICT|DIVISION|CIRCUIT)\b/;
// An item of a penalty round-up that states only the sum and whom it is against: "• $15 million against Air New Zealand
// for its role in a global air cargo cartel.", "• $1 million against Triton 2001 Pty Ltd and $100,000 against its Ballarat
// Area Manager, Mr Anthony Rosenow".
const AMOUNT_ITEM = new RegExp(`^\\s*(?:[-•*▪]\\s*)?${MONEY}\\s+against\\s`, "u");
// Where the party of "against" ends: at the next sum or the reason ("... against X and $100,000 against ...", "... against Telstra for making ...").
const AGAINST_ENDS = new RegExp(`\\s+(?:and\\s+${MONEY}|for\\s|in\\s+relation\\s|,\\s*(?:which|who)\\b)`, "u");
// A lead that names the penalties its list sums up: "Nine ACCC court proceeding were concluded, with a total of $65.25
// million in penalties ordered, including:", "ordered the contesting respondents pay pecuniary penalties in the sum of:".
const PENALTY_LEAD = /\b(?:penalt(?:y|ies)|fines)\b[^.]*:\s*$/i;
// An item that opens with its party and gives the sum after a dash: "United Utilities Water Limited - £232,000 benefitting
// Mersey Rivers Trust (£90,000) and Community Forest Trust (£142,000) for discharging sewage into a brook".
const DASH_ITEM = new RegExp(`^\\s*(?:[-•*▪]\\s*)?\\p{Lu}[^-–—:;.]{1,100}?\\s[-–—]\\s+${MONEY}`, "u");
// A lead that names enforcement undertakings and their payments: "There are another 14 Enforcement Undertakings with
// payments ranging from £5,000 - £232,000, including:": each item settles, and its payment is the sanction.
const UNDERTAKING_LEAD = /\b(?:enforcement|enforceable)\s+undertakings?\b[^.]*\bpayments?\b[^.]*:\s*$/i;
// "April 2018 | Investigation opened |", "November 2015 Investigation opened": a row of a case page's timetable, set out as a
// heading, tells a step of the case the page is about.
const DATED_ROW = /^(?:\d{1,2}\s+)?(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+\d{4}\s*(?:\|\s*)?\p{Lu}/u;
const PLANNED_INTRO = /\b(?:set to|will|plans? to|planning to|intends? to|expected to|is to|are to)\b/i;
// Descriptions that refer back to a named party of a kind: "the company", "the regulator".
const AUTHORITY_HEADS = /^(?:regulators?|agency|agencies|commission|authority|authorities|watchdog|bureau|department|ministry|court|government|central bank|supervisor|office|board|prosecutors?|tribunal|administration|fed)$/i;
const COMPANY_HEADS = /^(?:company|companies|firm|firms|bank|banks|licensee|licensees|registrant|applicant|institution|dealer|merchant|provider|lender|exchange|platform|lender|broker|broker-dealer|insurer|group|business|operator|respondents?|defendants?|entity|entities|fund|adviser|advisor|subsidiary|parent|issuer|carrier|retailer|manufacturer|charity|charities|organisation|organization|foundation|cooperative|co-operative|utility|contractor|partnership)$/i;
// "’s proposed purchase of", "’s $5 billion acquisition of": what follows a buyer's name in a deal.
const DEAL_AFTER_OWNER = /^['’]s?\s+(?:(?:proposed|planned|intended|completed|anticipated|contemplated|hostile|\$?[\d.,]+\s*(?:million|billion|bn|m)?)\s+)*(?:acquisition|merger|takeover|purchase|buyout)\s+of\s/i;
// An order or a settlement right before the participle that says what it does: "Settlement Agreement Requiring", "Injunction Prohibiting".
const INSTRUMENT_BEFORE = /\b(?:settlements?|agreements?|orders?|injunctions?|decrees?|judgments?)\s+$/i;
/** What an order does to its respondent: the acts an order's caption party undergoes when the text names no one. */
const CAPTION_ACTS: ReadonlySet<ActionType> = new Set(["require", "revoke", "fine", "settle", "receivership", "shutdown"]);
/** Words of a payment that punishes or repays, as against the other side's costs. */
const PENALTY_WORDS = /\b(?:fines?|penalt(?:y|ies)|disgorgement|restitution|forfeiture|compensation|damages|surcharge|redress|refunds?|assessment)\b/i;
// "Sarasota County", "the City of Boston": a local government, named as a whole party phrase.
const LOCAL_GOVERNMENT = /^(?:the\s+)?((?:\p{Lu}[\p{L}'’.-]*\s+){1,3}(?:County|Township|Borough|Parish)|(?:City|Town|County|Village|Borough)\s+of\s+\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,2})$/u;
// A name the speech verb follows: the speaker (", Mr Graeme Samuel said", "Smith added").
const SPEECH_AFTER = /^\s*,?\s*(?:(?:has|had|also|today|then)\s+)*(?:said|says|added|adds|stated|states|explained|noted|commented|remarked)\b/i;
const DOCUMENT_HEADS = /^(?:order|orders|complaint|indictment|information|judgment|judgement|decree|notice|decision|settlement|agreement|filing|action|proceedings?|release|statement|ruling|opinion|determination|finding|findings|letter|undertaking)$/i;
// The words of a deal a merger authority reviews.
const DEAL_WORDS = /\b(?:acquisition|merger|takeover|purchase|joint\s+venture)\b/i;
// Who a report comes from: "a report submitted by the bank", "reports from the company".
const REPORT_FROM = /\breports?\s+(?:submitted\s+)?(?:by|from)\s+((?:the|this)\s+[\p{L}-]+)/u;
// Bodies told of in the plural by their kind: "the financial authorities", "the regulators".
const PLURAL_AUTHORITIES = /^the\s+(?:[\p{Ll}-]+\s+)?(?:authorities|regulators|agencies|supervisors)$/iu;
// The words for the sides of a case, which may be people as well as firms.
const CASE_SIDES = /^(?:(?:the|these|those|both|all(?:\s+the)?)\s+)?(?:defendants|respondents|parties)$/i;
// "instituted proceedings against 16 respondents", "found the contesting respondents engaged in", "makes the consent orders binding
// on the respondents" (where no act before had them together, theParties): the sides of a case by a count, a word that sorts
// them or their role alone, not by name (what follows is what they did, not more of the phrase); they are the parties the release's acts of the case name (placeUnplaced).
const SIDES_BY_ROLE = /^(?:the\s+)?(?:(?:\d{1,3}|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|(?!the\b)[\p{Ll}-]+)\s+)?(?:defendants|respondents)\b(?!\s*(?:,|\(|of\b|and\b|or\b))/iu;
// A person's place in a business, said after the name: "was listed as the officer, director and major stockholder", "is the owner".
const PRINCIPAL_AFTER = /^,?\s+(?:was|were|is|are|has\s+been)\s+(?:(?:listed|named|identified)\s+as\s+)?(?:the\s+|a\s+|an\s+)?(?:sole\s+|major\s+|principal\s+)?(?:officer|director|owner|principal|member|partner|manager|president|stockholder|shareholder)s?\b/i;
// The title of one who judges or speaks for an authority, before the name: "Justice Merkel", "Judge Leon", "ACCC Chairman, Mr Graeme Samuel".
const TITLE_BEFORE = /\b(?:Judge|Justice|Honou?rable|Magistrate|Chair(?:man|woman|person)?|Commissioner|Attorney(?:\s+General)?|Director|Secretary|Administrator|Minister|Prosecutor|Spokes(?:man|woman|person))\s*,?\s*(?:(?:Mr|Ms|Mrs|Dr)\.?\s+)?$/;
// A defined term for several parties: "the NGS Companies", "the Binance Entities".
const NAMED_GROUP = /^(?:[\s\S]*\s)?(?:the|of the)\s+(\p{Lu}[\p{L}\d&-]*)\s+(?:Companies|Defendants|Entities|Respondents|Parties|Banks|Firms|Group Companies)$/u;
// In a headline, a name that only qualifies the party described after it ("Kodiak Fish Processor Pleads Guilty", "Glastonbury
// Business Owner Admits ...", "Mobile, Alabama Man Sentenced"): the place or the firm is where the party is from or works, not the party.
const DESCRIBED_AFTER = /^(?:,\s+\p{Lu}[\p{L}.]*(?:\s+\p{Lu}[\p{L}.]*)?)?(?:\s+(?!(?:and|or)\b)[\p{L}'’-]+){0,2}?\s+(?:[Mm]an|[Ww]oman|[Mm]en|[Ww]omen|[Cc]ouple|[Rr]esidents?|[Pp]rocessors?|[Oo]wners?|[Oo]perators?|[Ee]xecutives?|[Cc]ontractors?|[Dd]octors?|[Pp]hysicians?|[Pp]harmacists?|[Dd]entists?|[Ll]andlords?|[Ff]armers?|[Ff]isherm[ae]n|[Dd]rivers?|[Dd]evelopers?|[Bb]uilders?|[Dd]ealers?|[Bb]rokers?|[Tt]raders?|[Aa]ccountants?|[Oo]fficials?|[Mm]anagers?|[Ee]mployees?|[Ww]orkers?|[Bb]usinessm[ae]n|[Bb]usinesswom[ae]n)\b(?!\s+(?:of|for|at|and|&)\b)/u;
const PERSON_HEADS = /^(?:man|woman|individual|executive|director|founder|owner|co-owner|president|partner|principal|manager|trader|chief|officer|ceo|cfo|employee|broker|advisor|adviser|person|defendant|resident)$/i;

// Acts a firm answers for by what its people did: findings of a breach, inquiries into it.
const FIRM_ANSWERS: ReadonlySet<ActionType> = new Set(["declare_illegal", "scrutinize"]);
// A person's office in a body: "director", "managing director", "Chairman", "officials", "Vice President".
const OFFICE = String.raw`(?:officials?|officers?|representatives?|members?|leaders?|heads?|chiefs?|presidents?|chairman|chairwoman|chair|directors?|deputy|deputies|ministers?|governors?|commanders?|secretary|spokes(?:man|woman|person)|employees?|owners?|founders?|partners?|managers?|trustees?|executives?|CEO|CFO|COO|advis[eo]rs?|traders?|brokers?|agents?|operators?|proprietors?)`;
// After a body's name, in its item, the office that makes it a person's description: "Hanlong Mining managing director",
// "Astarra Asset Management Pty Ltd (AAM) director", "Shinkong Life‘s Chairman", "Burmese Government officials" (not "and its director").
const OFFICE_AFTER = new RegExp(String.raw`^\s*(?:\([^()]{1,30}\)\s*)?(?:['’‘]s?\s+)?(?:(?:former|then|acting|senior|managing|executive|general|vice|assistant|deputy|chief|non-executive|company|board)\s+)*${OFFICE}\b`, "iu");
// Before a body's name: "senior officials of the", "the Vice President of the", "a director of".
const OFFICE_OF_BEFORE = new RegExp(String.raw`\b${OFFICE}\s+(?:of|at)\s+(?:the\s+)?$`, "i");
// A name that is itself an office ("Vice President"), before "of" and its body.
const OFFICE_WORD_END = new RegExp(String.raw`\b${OFFICE}$`, "i");

/** A sanctions list or the class it designates ("added to its list of Specially Designated Narcotics Traffickers (SDNTs) the names of ...", "designated as SDNTs"): where parties go, never a party. */
const SANCTIONS_LIST = /^(?:the\s+|its\s+|previous\s+)*(?:SDNTs?|SDNs?|SDGTs?|Specially\s+Designated\s+(?:Narcotics\s+Traffickers?|Nationals?|Global\s+Terrorists?)|Entity\s+List|Unverified\s+List|(?:[\w-]+\s+){0,3}(?:sanctions|SDNT?|designation|consolidated)\s+list\b.*)$/i;
/** Acts a court never performs: told with no actor after a court acted, they are the issuer's. */
const NOT_COURT_ACTS = new Set<ActionType>(["charge", "scrutinize", "settle", "warn"]);

// Acts done to parties a case names: fined, charged, settled with, sanctioned, convicted, their licence revoked.
const NAMED_PARTY_ACTS: ReadonlySet<ActionType> = new Set(["fine", "charge", "settle", "revoke", "sanction", "convict"]);
/**
 * A kind of party in common words, with no name in it ("significant penalties against various traders", "civil penalties
 * imposed against large financial institutions including:", "Two top promoters also settled charges"): a round-up's or a
 * programme's class, or people the text names elsewhere; such acts are done to parties by name (or to one the words refer back to).
 */
function classOfParties(type: ActionType, phrase: string): boolean {
  return NAMED_PARTY_ACTS.has(type) && !/\p{Lu}/u.test(phrase);
}

// A headline's clipped passive ("Norfolk man fined for running illegal waste site", "Ginsters owner fined £1.28m after ..."):
// a participle of an act on a party, right after its subject with no auxiliary, and no party after it as its object.
const CLIPPED_ACTS: ReadonlySet<ActionType> = new Set(["fine", "charge", "convict", "sanction", "revoke"]);
const CLIPPED_AFTER = /^\s*(?:$|[,;:.]|[$€£¥]|\d|(?:for|after|following|as|over|and|in|at|by|with|on|amid|under)\b)/i;
// A description as a headline's subject: a few words ending in a lower-case noun ("Care home", "Norfolk man", "School trust"),
// or a bare party noun ("Company and director").
const DESCRIPTION_PART = /^(?:(?:an?|the)\s+)?(?:[\p{L}'’&-]+\s+){0,4}\p{Ll}[\p{L}-]*$/u;
const BARE_PARTY = /^(?:Company|Firm|Director|Employer|Business|Trust|Owner)$/;
// A head that may be a firm or a person ("Ginsters owner" is a company).
const EITHER_HEADS = /^(?:owner|co-owner|employer|operator|partner|principal|defendant)$/i;

/**
 * Propose actions from text. `known` are the graph's entities (the shipped regulator gazetteer
 * is always read as well).
 */
export function extractActions(text: string, known: Iterable<GazetteerEntry>, options: ExtractOptions = {}): Extraction {
  // "National Semi‑Retired Group": a typeset hyphen (U+2010, non-breaking U+2011) is the hyphen every
  // name pattern knows; one code unit for one, so offsets stay the text's. (What is quoted is the text as
  // written: an evidence span must quote its document exactly, see quotedAsWritten.)
  const written = text;
  text = text.replace(/[\u2010\u2011]/g, "-");
  const lexicon = options.lexicon ?? defaultLexicon();
  const base = prepare(known, lexicon);
  const sentences = splitSentences(text);
  // Hits first, without names: names are looked for only where an action may be stated (the NLP
  // library is most of the cost); hits inside a name are dropped once names are known.
  const rawHits = sentences.map((s) => findHits(text, s, lexicon, []));
  const headline = headlineOf(text, sentences);
  // Headings: the headline, subtitles, section titles. Read after the body, with the body's names.
  const headings = new Set(sentences.flatMap((s, i) => (i === headline || isHeading(text, s) ? [i] : [])));
  // The items of a penalty round-up and their lead (AMOUNT_ITEM): an item names its party, the lead the act and who did it.
  const amountItems = new Map<number, number>();
  const isItem = (s: Sentence) => (AMOUNT_ITEM.test(s.text) || DASH_ITEM.test(s.text)) && !/:\s*$/.test(s.text);
  for (const [i, s] of sentences.entries()) {
    if (!isItem(s)) continue;
    let j = i - 1;
    while (j >= 0 && isItem(sentences[j]!)) j--;
    if (j >= 0 && (PENALTY_LEAD.test(sentences[j]!.text) || UNDERTAKING_LEAD.test(sentences[j]!.text))) {
      amountItems.set(i, j);
      // (An item is a clause of its lead, never a section title, however many names it capitalises.)
      headings.delete(i);
    }
  }
  const leads = new Set(amountItems.values());
  // Names the body uses, which a heading may use too.
  const bodyNamed = new Set<string>();
  const found = findMentions(text, sentences, base, (i) => rawHits[i]!.length > 0 || i === 0 || amountItems.has(i) || leads.has(i), headings, options.publisher);
  const { gazetteer, heads, mentions } = found;
  const headingSpans = [...headings].map((i) => sentences[i]!);
  for (const m of mentions) if (!headingSpans.some((s) => s.start <= m.start && m.end <= s.end)) bodyNamed.add(m.entity);
  // The mentions of each sentence, in one walk (mentions and sentences are both in text order).
  const bySentence: Mention[][] = sentences.map(() => []);
  for (let m = 0, si = 0; m < mentions.length && si < sentences.length; ) {
    const x = mentions[m]!;
    const s = sentences[si]!;
    if (x.start >= s.end) si++;
    else {
      if (x.start >= s.start && x.end <= s.end) bySentence[si]!.push(x);
      m++;
    }
  }
  const proposed = found.proposed;
  const taken = found.taken;
  const scope: DocumentScope = { words: wordsOf(text), mentioned: new Set(mentions.map((m) => m.entity)) };
  const category = (id: string): EntityCategory | undefined => gazetteer.entry(id)?.category;
  /** A known body's sector, looked up only when a sanction is read (most texts have none). */
  let sectors: Map<string, string> | undefined;
  const sectorOf = (id: string) => (sectors ??= new Map(lexicon.bodies.map((b) => [b.id, b.sector]))).get(id);
  /** The courts the text names (a court's act told in the passive is theirs when there is one). */
  const courts = [...new Set(mentions.map((m) => m.entity))].filter((id) => category(id) === "court");
  const name = (id: string) => gazetteer.entry(id)?.name ?? id;
  const described = new Map<string, string>();
  const actions: ExtractedAction[] = [];
  // The authority that acts where a sentence names nobody: the last one named as acting, else the first the document names.
  let carried: string | undefined;
  // Courts act where they are named, never as the passage's authority.
  const passageAuthority = (id: string) => AUTHORITY_CATEGORIES.has(category(id)!) && category(id) !== "court";
  const publisher = found.publisher;
  // The respondent an order's caption names ("In the Matter of State Bank of Eldred, ..."), if the text opens a line with one.
  const captionAt = captionOf(text);
  const captionParty = captionAt ? mentions.find((m) => m.start === captionAt.start)?.entity : undefined;
  // A letter's subject line ("SUBJECT: ORDER SUSPENDING LICENSE (EFFECTIVE IMMEDIATELY)" above "Dear Mr. Speciale:").
  const salutation = /^Dear\s[^\n]{1,80}:[ \t]*$/m.exec(text);
  const subjectLine = salutation ? /^SUBJECT:[^\n]*$/m.exec(text.slice(0, salutation.index)) : null;
  // The release's issuer: its publisher, named in the text or not (a DOT OIG release that names only the FAA is still OIG's), else the first authority named.
  const issuer = (publisher && passageAuthority(publisher) ? publisher : undefined) ?? mentions.find((m) => passageAuthority(m.entity))?.entity ?? publisher;
  const authority = () => carried ?? issuer;
  /** The people the text names in full, by surname, read once on first need. */
  let bySurname: Map<string, string[]> | undefined;
  const familyOf = (id: string): string[] | undefined => {
    const plural = /^(\p{Lu}\p{Ll}+)s$/u.exec(name(id));
    if (!plural || category(id) === "person") return undefined;
    if (!bySurname) {
      bySurname = new Map();
      for (const p of new Set(mentions.map((m) => m.entity))) {
        const words = name(p).split(/\s+/);
        if (category(p) === "person" && words.length > 1) bySurname.set(words.at(-1)!, [...(bySurname.get(words.at(-1)!) ?? []), p]);
      }
    }
    return bySurname.get(plural[1]!);
  };
  let plannedList = false;

  /** A description the gazetteer does not name: a known entity by its head word, or a new proposed one. */
  /** (`knownOnly`: a class of parties, which may stand for one the text named, "the sewage authority", but makes no new one.) */
  const describe = (item: { start: number; text: string }, clauseEnd: number, knownOnly = false): string | undefined => {
    const noun = bareNoun(item.text);
    if (!nameable(noun)) return undefined;
    // (A singular "a company", "single entity": no class of parties, and not the one named.)
    if (!namesAClass(noun)) return undefined;
    // "another 179 companies", "two individuals": an unnamed count of parties names nobody.
    if (UNNAMED_COUNT.test(item.text)) return undefined;
    // "the company" with no company named before refers to nobody the text names: no new entity.
    if (/^(?:the|this|that|these|those|all|both|his|her|its|their)\s/i.test(item.text) && (COMPANY_HEADS.test(noun) || AUTHORITY_HEADS.test(noun) || PERSON_HEADS.test(noun))) return undefined;
    const context = text.slice(item.start, clauseEnd);
    const hit = resolveByHead(noun, context, /^the\s/i.test(item.text), heads, scope);
    if (hit) return hit;
    if (knownOnly) return undefined;
    // "the site", "the machine", "the facts": a bare definite noun points back at something the
    // text said before; unresolved, it is not a new party. ("the exporting ... of arms" names an activity.)
    if (/^the\s/i.test(item.text) && !/\s/.test(noun) && !/ing$/i.test(noun)) return undefined;
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
  /** An entity this text made from a description of what is done ("trading", "the deal"), not of who. */
  const describedActivity = (id: string) => category(id) === "activity" && gazetteer.entry(id)?.proposed === true && [...described.values()].includes(id);
  /** "the United States filed a ... settlement with X": a state that sues, settles or prosecutes is a party to the case. */
  const litigants = new Set<string>();
  const litigant = (phrase: string, hit: Hit) => {
    const state = STATE_ACTS.has(hit.type) ? placeEntity(phrase) : undefined;
    if (state) litigants.add(state);
    return state;
  };
  /** A new entity of this text, by its name: proposed, and known to the gazetteer from here on. */
  const proposeNamed = (name: string, category: EntityCategory, aliases: string[]): string => {
    const entry: GazetteerEntry = { id: proposedId(name, taken), name, category, aliases, proposed: true };
    taken.add(entry.id);
    proposed.push(entry);
    gazetteer.add(entry);
    return entry.id;
  };
  /** A country named as a target: its state, as a government entity (a place is never an actor). */
  const placeEntity = (phrase: string): string | undefined => {
    const bare = phrase.replace(/^the\s+/i, "").replace(/\s*\((?:[^()]|\([^()]*\))*\)/g, "").trim();
    const code = base.places.lookup(bare);
    const place = code && lexicon.places.find((p) => `place:${p.code}` === code && [p.name, ...p.aliases].some((n) => fold(n) === fold(bare)));
    if (!place) return undefined;
    // ("Czechia" is the Czech Republic's state, by either name.)
    return gazetteer.lookup(place.name) ?? proposeNamed(place.name, "government", place.aliases.filter((a) => /^\p{Lu}/u.test(a)));
  };
  /** A bare proper name ("Natixis", "UBS", "RBS (now NatWest)") as an entity of the given kind: known, or proposed. */
  const nameAmong = (phrase: string, kind: EntityCategory | undefined): string | undefined => {
    if (kind !== "company" && kind !== "person" && kind !== "platform") return undefined;
    const m = /^(\p{Lu}[\p{L}\d&'’.-]*(?:\s+\p{Lu}[\p{L}\d&'’.-]*){0,3})(?:\s*\((?:now|formerly|previously)\s+(\p{Lu}[^()]{0,40})\))?$/u.exec(phrase.trim());
    if (!m || NOT_A_NAME.test(m[1]!) || base.places.lookup(m[1]!)) return undefined;
    return gazetteer.lookup(m[1]!) ?? (m[2] ? gazetteer.lookup(m[2]) : undefined) ?? proposeNamed(m[1]!, kind, m[2] ? [m[2].trim()] : []);
  };
  /** "a €3 billion German State aid scheme": the state that grants the aid approved, in the Commission's words. */
  const aidGranter = (phrase: string): string | undefined => {
    const m = STATE_AID.exec(phrase);
    const place = m && lexicon.places.find((p) => p.adjectives?.includes(m[1]!));
    return place ? placeEntity(place.name) : undefined;
  };
  /** The court whose order the text told last before `at`: one named as its maker ("The District Court’s ... order") or its forum ("order ... in the X Court"), in its sentence. */
  // (Back through orders that only refer to it again: "... in the United States District Court for the Southern District of New
  // York. The consent order resulted from a CFTC civil complaint ... The consent order finds that".)
  const courtOfLastOrder = (at: number): string | undefined => {
    for (const last of [...text.slice(0, at).matchAll(/\border\b/gi)].reverse()) {
      const s = sentences.find((x) => x.start <= last.index && last.index < x.end);
      if (!s || s.end > at) return undefined;
      const courts = mentions.filter((m) => m.start >= s.start && m.end <= s.end && category(m.entity) === "court");
      const maker = courts.find((m) => m.end <= last.index && /^['’]s?\s+(?:[\w-]+\s+){0,3}$/.test(text.slice(m.end, last.index)));
      const forum = courts.find((m) => m.start > last.index && /^[^.;]*?\b(?:in|by|of)\s+(?:the\s+)?$/i.test(text.slice(last.index, m.start)));
      if (maker ?? forum) return (maker ?? forum)!.entity;
      if (!/^the\s+(?:[\w-]+\s+)?$/i.test(text.slice(Math.max(s.start, last.index - 24), last.index).replace(/^.*?(?=\bthe\s)/is, ""))) return undefined;
    }
    return undefined;
  };
  /** "the company", "the regulator", "the central bank": the nearest party of that kind named before. */
  const referBack = (phrase: string, at: number): string | undefined => {
    // "the bank's practices violated ...": what the bank does is the bank's act.
    const owner = /^((?:the|this|that)\s+[\p{L}-]+(?:\s+[\p{L}-]+)?)['’]s?\s+\p{L}/iu.exec(phrase);
    if (owner) {
      const back = referBack(owner[1]!, at);
      if (back) return back;
    }
    const noun = bareNoun(phrase.replace(/^(?:both|all)\s+/i, "the "));
    // The phrase's head: "the assets of the NGS Companies" is about assets, not companies.
    const head = noun.split(/\s+of\s+/i)[0]!.split(/\s+/).at(-1) ?? "";
    // "The order requires ...", "the complaint alleges": a document of the authority speaks for it.
    // A judgment or ruling is a court's: the court named last before it, if any.
    if (/^(?:judgment|judgement|ruling|verdict)$/i.test(head)) {
      const court = mentions.filter((m) => m.end <= at && category(m.entity) === "court").at(-1);
      if (court) return court.entity;
    }
    // "The District Court’s January 11th order found that ... The order further found that", "the entry of a consent order ...
    // against it in the United States District Court for the Southern District of New York. The consent order finds that": the
    // order told last, where its sentence names the court that made it, is that court's, not the issuer's.
    if (/^order$/i.test(head)) {
      const court = courtOfLastOrder(at);
      if (court) return court;
    }
    // (What brings a case is the prosecuting issuer's, even after a judge has acted: "The Order Instituting Proceedings charged MGSI".)
    if (/^(?:complaint|indictment|proceedings)$/i.test(head) || /\binstituting\b/i.test(phrase)) return issuer ?? authority();
    if (DOCUMENT_HEADS.test(head)) return authority();
    const kinds: EntityCategory[] | undefined = AUTHORITY_HEADS.test(noun) || AUTHORITY_HEADS.test(head) ? ["regulator", "government", "court", "task_force"] : COMPANY_HEADS.test(head) ? ["company", "platform"] : PERSON_HEADS.test(head) ? ["person"] : undefined;
    // "The company was fined ..." in a text of one incorporated company (not the "Rugby, Warwickshire" of its address) is that company.
    if (/^(?:company|firm)$/i.test(head)) {
      const sole = soleCompany();
      if (sole.length === 1 && mentions.some((m) => m.end <= at && m.entity === sole[0])) return sole[0];
    }
    if (kinds) {
      const before = mentions.filter((m) => m.end <= at && kinds.includes(category(m.entity)!));
      // "the bank": the last one whose name says it is one ("Citibank, N.A."), else the last of its kind.
      const word = fold(head).replace(/s$/, "");
      const fitting = word.length > 3 ? before.filter((m) => fold(name(m.entity)).includes(word)) : [];
      if (fitting.length) return fitting.at(-1)!.entity;
      // "ordered the company to cease and desist": of the companies named, the one the text has acted on (Sumitomo, not the London Metal Exchange where it traded).
      const party = kinds.includes("company") ? before.filter((m) => actions.some((a) => a.targets.includes(m.entity))).at(-1) : undefined;
      if (party) return party.entity;
      if (before.length) return before.at(-1)!.entity;
    }
    const byHead = nameable(noun) ? resolveByHead(noun, "", true, heads, scope) : undefined;
    return byHead && ACTOR_CATEGORIES.has(category(byHead)!) ? byHead : undefined;
  };

  /**
   * "A multi-national company has been fined £26,000": an unnamed company is the text's sole company (below), if it has one.
   */
  const theOneCompany = (phrase: string): string | undefined => {
    // ("railroad company" in a headline: "US Department of Labor orders railroad company to reinstate worker".)
    if (!/^(?:(?:a|an)\s+)?(?:(?!of\b)[\p{L}-]+\s+){0,3}(?:company|firm|business|employer|manufacturer|contractor)$/iu.test(phrase.trim())) return undefined;
    const sole = soleCompany();
    return sole.length === 1 ? sole[0] : undefined;
  };
  /** The one company the text names, or the one it names with a legal form ("A.One Feed Supplements Ltd", not the "North Hill, Dishforth Airfield" of its address). */
  let sole: string[] | undefined;
  const soleCompany = (): string[] => {
    if (sole) return sole;
    const companies = [...new Set(mentions.filter((m) => category(m.entity) === "company").map((m) => m.entity))];
    const incorporated = companies.filter((id) => withoutLegalForm(name(id)) !== undefined);
    return (sole = companies.length === 1 ? companies : incorporated.length === 1 ? incorporated : []);
  };

  /**
   * "the defendants", "the companies", "Defendants were ordered to pay": the parties acted on
   * together last, when an earlier action had several (companies or people) as its targets.
   */
  const theParties = (phrase: string, actors: readonly string[], at: number): string[] | undefined => {
    if (!/^(?:(?:the|these|those|both|all(?:\s+the)?)\s+)?(?:defendants|respondents|companies|firms|banks|entities|parties|institutions)$/i.test(phrase.trim())) return undefined;
    for (let i = actions.length - 1; i >= 0; i--) {
      const ts = actions[i]!.targets.filter((t) => ["company", "person", "platform"].includes(category(t)!) && !actors.includes(t));
      if (ts.length >= 2) return ts;
    }
    // "15 car manufacturers and ACEA ... Mercedes-Benz was not fined ... All companies agreed to settle": no act had them
    // together, so the companies the text has named so far.
    // ("against Swiss Valley Farms of Mount Joy, Iowa, and Joseph Gau ... The defendants were charged": the sides of a case are
    // people as well as firms, so "defendants", "respondents" and "parties" are the people named so far too, but not a judge,
    // an official or a speaker, nor anyone who has acted.)
    const sides = CASE_SIDES.test(phrase.trim());
    const acting = new Set(actions.flatMap((a) => a.actors));
    const party = (m: Mention) => ["company", "platform"].includes(category(m.entity)!) || (sides && category(m.entity) === "person" && !acting.has(m.entity) && !mentions.some((x) => x.entity === m.entity && (TITLE_BEFORE.test(text.slice(Math.max(0, x.start - 40), x.start)) || SPEECH_AFTER.test(text.slice(x.end, x.end + 30)))));
    const named = [...new Set(mentions.filter((m) => m.end <= at && !actors.includes(m.entity) && party(m) && !BARE_LEGAL_FORM.test(text.slice(m.start, m.end))).map((m) => m.entity))];
    return named.length >= 2 ? named : undefined;
  };

  /**
   * "these institutions──excluding failed institutions ( the Hokkaido Takushyoku Bank and the Yamaichi Securities) ──": whether the
   * aside right after a description leaves the party out. A name there stands for a party named before when it starts with the same
   * word and holds its own last word ("Hokkaido Takusyoku Bank", "Yamaichi Securities Company, Limited": a translation may spell it anew).
   */
  const excluded = (at: number, id: string): boolean => {
    EXCLUDED_ASIDE.lastIndex = 0;
    const aside = EXCLUDED_ASIDE.exec(text.slice(at, at + 260));
    if (!aside || aside.index !== 0) return false;
    const words = fold(name(id)).split(/[\s,.]+/).filter(Boolean);
    return mentions.some((m) => {
      if (m.start < at || m.end > at + aside[0].length) return false;
      if (m.entity === id) return true;
      const left = fold(text.slice(m.start, m.end)).split(/[\s,.]+/).filter(Boolean);
      return left.length >= 2 && words[0] === left[0] && words.includes(left.at(-1)!);
    });
  };

  /** "the NGS Companies", "the Optiver Defendants": the parties named before whose names start with the word. */
  const namedGroup = (phrase: string, at: number): string[] | undefined => {
    const m = NAMED_GROUP.exec(phrase);
    if (!m) return undefined;
    const lead = fold(`${m[1]!} `);
    const ids = [...new Set(mentions.filter((x) => x.end <= at && ["company", "platform", "person"].includes(category(x.entity)!) && fold(name(x.entity)).startsWith(lead)).map((x) => x.entity))];
    return ids.length >= 2 ? ids : undefined;
  };

  /** Acts a sentence tells of that name no party (an investigation, an allegation, a penalty with its amount): on the case's parties, once the body is read. */
  const unplaced: { h: Hit; actors: string[]; s: Sentence; time: Time | undefined; quantity?: Quantity; kind?: "company" | "person"; sides?: boolean; deal?: boolean }[] = [];
  for (const [si, s] of sentences.entries()) {
    if (options.onProgress && si % 250 === 0) options.onProgress(s.start, text.length);
    // A headline ("SEC Charges Optiver Holding BV ...") states acts too, in words too clipped to
    // trust for new names: it is read after the body, with only the names the body has made known.
    if (headings.has(si)) continue;
    readSentence(si, s);
  }
  readAmountItems();
  readCourtCaption();
  for (const si of headings) readSentence(si, sentences[si]!, true);
  // (After the headings: "U.S. EPA orders Southern California company to stop distributing pesticide" may be the only act that
  // names the case's party, and "a December 2006 inspection conducted by the California Department of Pesticide Regulation" is of it.)
  placeUnplaced();

  /**
   * The firm a letter is addressed to: in the address block above its subject line ("Mr. Richard Speciale, President /
   * Special Testing Laboratories, Inc. / Post Office Box 200"), the line that is a name with its legal form.
   */
  function letterAddressee(before: number): string[] {
    const block = text.slice(0, before).split(/\n[ \t]*\n/).filter((b) => b.trim()).at(-1) ?? "";
    const firm = block.split("\n").map((l) => l.trim()).find((l) => writtenAsName(withoutLegalForm(l) ?? ""));
    return firm ? [gazetteer.lookup(firm) ?? proposeNamed(firm, "company", [])] : [];
  }

  function readSentence(si: number, s: Sentence, isHeadline = false): void {
    // ("Avista Energy, Inc. Ordered to Pay ...": a firm a headline opens with by its legal form is named there, if nowhere else.)
    const firm = isHeadline ? HEADING_FIRM.exec(s.text) : null;
    const firmStart = firm ? s.start + s.text.indexOf(firm[0].trimStart().replace(/^[–—-]\s*/, "")) : -1;
    const inside = bySentence[si]!.filter((m) => !isHeadline || ((!gazetteer.entry(m.entity)?.proposed || bodyNamed.has(m.entity) || (firm !== null && m.start === firmStart && m.end <= s.start + firm[0].length)) && (AUTHORITY_CATEGORIES.has(category(m.entity)!) || !DESCRIBED_AFTER.test(text.slice(m.end, s.end)))));
    const hits = rawHits[si]!.filter((h) => !inside.some((m) => m.start <= h.start && h.start < m.end));
    const time = options.doc ? timeOf(s.text, options.doc, options.docDate) : undefined;
    const clause: Clause = { text, sentence: s, inside, category };
    const clauseEndAt = (from: number) => {
      const m = /[,;:.](?=\s|$)/.exec(text.slice(from, s.end));
      return m ? from + m.index : s.end;
    };
    /** Who "they", "them" or "it" stands for: the nearest earlier name that is not the actor, else the last action's targets. */
    const antecedent = (before: number, actors: readonly string[], person = false): string[] => {
      const last = actions.at(-1);
      // "issued him with a warning": "him" or "her" is the person named last, not a thing of theirs.
      if (person) {
        const named = inside.filter((m) => m.end <= before && !actors.includes(m.entity) && category(m.entity) === "person").at(-1);
        return named ? [named.entity] : last && last.evidence.start === s.start ? last.targets : [];
      }
      if (last && last.evidence.start === s.start) return last.targets;
      const prior = inside.filter((m) => m.end <= before && !actors.includes(m.entity) && !AUTHORITY_CATEGORIES.has(category(m.entity)!) && category(m.entity) !== "person");
      if (prior.length) return [prior.at(-1)!.entity];
      return last ? last.targets : [];
    };
    /**
     * The runs of parties of these kinds the text names one after another between `from` and `to`
     * (commas, "and", a legal form's full stop or a bracketed other name between), each as its
     * distinct entities. A name in brackets is another name of the one before ("Jairo Alfonso
     * Lesmes Bulla ("Javier Calderon")").
     */
    const partyRuns = (from: number, to: number, kinds: readonly string[]): (string[] & { start: number })[] => {
      const runs: Mention[][] = [];
      for (const m of mentions) {
        if (m.start < from || m.end > to || !kinds.includes(category(m.entity)!) || inBrackets(text, 0, m.start)) continue;
        // ("ASAHI EITO CO., LTD.", "the Sakura Bank, Limited": a legal form read apart from its name is no party of the list.)
        if (BARE_LEGAL_FORM.test(text.slice(m.start, m.end))) continue;
        const run = runs.at(-1);
        const last = run?.at(-1);
        // "Vanderfield Pty Ltd, which sells Hino trucks in Toowoomba and the Gold Coast, and Sci-Fleet Motors Pty Ltd": a relative
        // clause after a party of the list describes it; the names in it are no parties of the list.
        const clause = last ? RELATIVE_IN_LIST.exec(text.slice(last.end, last.end + 160)) : null;
        if (clause && m.start < last!.end + clause[0].length) continue;
        if (run && last && (m.entity === last.entity || LIST_GAP.test(text.slice(last.end, m.start)) || (clause && m.start === last.end + clause[0].length))) run.push(m);
        else runs.push([m]);
      }
      return runs.map((run) => Object.assign([...new Set(run.map((m) => m.entity))], { start: run[0]!.start }));
    };
    /** The list of `n` parties of a count ("three Luxembourg brewers": a run of as many) that the text names right after `from`. */
    const countedList = (n: number, kind: string, from: number, actors: readonly string[]): string[] => {
      // (A company the text names once may be taken for a person, "Brasserie Battin": a company count reads any run of parties.)
      const kinds = PERSON_PLURALS.test(kind) ? ["person"] : ["company", "platform", "person"];
      // (Named in its paragraph or the next, not paragraphs on: "compromise agreements with three non-vessel-operating common carriers (NVOCC) and a single
      // compromise agreement entered jointly by four vessel operating carriers" names its three carriers a page later, one by one, and
      // the first list of three is of the other carriers.)
      const run = n >= 2 ? partyRuns(from, from + 2500, kinds).find((ids) => ids.length === n) : undefined;
      return run && (text.slice(from, run.start).match(/\n\s*\n/g) ?? []).length <= 1 ? run.filter((t) => !actors.includes(t)) : [];
    };
    /** The first run of exactly `n` parties named after `from`, within a paragraph or two ("The following eight individuals ...: A, B, ... and H"). */
    const listOf = (n: number, from: number): string[] => partyRuns(from, from + 2500, ["person", "company", "platform"]).find((ids) => ids.length === n) ?? [];
    /** The last run of exactly `n` parties of these kinds named before `to` ("the 10 securities firms above"). */
    const listBefore = (n: number, to: number, kinds: readonly string[]): string[] => partyRuns(0, to, kinds).filter((ids) => ids.length === n).at(-1) ?? [];
    /**
     * "entered an order against three Los Angeles area telemarketing companies and two executives ... bans the companies and one
     * executive ... The Department filed a complaint ..., alleging that three companies, KFJ Marketing LLC, Sunlight Solar Leads LLC,
     * and Go Green Education, ...": parties the text has counted but not yet named are the list of as many it names after the count.
     */
    const countedLater = (phrase: string, at: number, actors: readonly string[]): string[] | undefined => {
      const kind = /^(?:the|these|those)\s+(companies|firms|businesses|banks|entities|defendants|respondents|individuals|persons|people|executives)$/i.exec(phrase.trim());
      if (!kind) return undefined;
      const last = [...text.slice(0, at).matchAll(new RegExp(String.raw`\b(two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\s+(?:[\p{L}-]+\s+){0,4}?${kind[1]!.toLowerCase()}\b`, "giu"))].at(-1);
      if (!last) return undefined;
      const n = countOf(last[1]!);
      const from = last.index! + last[0].length;
      const run = n >= 2 ? partyRuns(from, from + 2500, PERSON_PLURALS.test(kind[1]!) ? ["person"] : ["company", "platform"]).find((ids) => ids.length === n) : undefined;
      return run?.filter((t) => !actors.includes(t));
    };
    const itemTargets = (listed: readonly ObjectItem[], actors: readonly string[], type: ActionType): string[] => {
      let items = listed;
      // "X, a Dutch company, and Y": where the list names parties, an indefinite description is about one of them.
      const named = items.some((i) => i.mentions.length > 0);
      // "failings in the Licensee’s Anti-Money Laundering / Counter Terrorist Financing and Social Responsibility controls": what
      // follows a possessive is the owner's, and the owner is acted on (not "X's subsidiary Y", where Y is).
      const owner = (item: ObjectItem) => item.mentions.find((m) => /^(?:the\s+)?$/i.test(text.slice(item.start, m.start)) && /^['’]s?\s/.test(text.slice(m.end, m.end + 3)) && !/^['’]s?\s+(?:\p{L}+\s+)?(?:subsidiar(?:y|ies)|parent|affiliates?|owners?|directors?|officers?|employees?|chief|founder|CEO|units?|divisions?|arms?|branch(?:es)?|former)\b/iu.test(text.slice(m.end, m.end + 40)));
      // "The Granite & Marble Shop Ltd of Cheadle Place Stockport Road, Cheadle, Cheshire, had failed": after a party "of" an
      // address, the names that go on the list without a legal form of their own are the address's.
      const addressAt = items.findIndex((i) => i.mentions.some((m) => ["company", "person"].includes(category(m.entity)!) && /^,?\s+of\s+\p{Lu}/u.test(text.slice(m.end, Math.max(i.end, m.end + 40)))));
      const addressed = (item: ObjectItem, k: number) => addressAt >= 0 && k > addressAt && !LEGAL_FORM_END.test(item.text.trim()) && /^\p{Lu}/u.test(item.text.trim()) && !/\band\b/.test(text.slice(items[addressAt]!.end, item.start));
      if (addressAt >= 0) {
        const party = items[addressAt]!.mentions.find((m) => ["company", "person"].includes(category(m.entity)!))!;
        // (In the party's own item, what follows its "of" is the address too: "Ltd of Cheadle Place Stockport Road".)
        items = items.map((item, k) => (k === addressAt ? { ...item, mentions: item.mentions.filter((m) => m.end <= party.end) } : item)).filter((item, k) => !addressed(item, k));
      }
      // "against Heritage Bank, N.A., Spicer, Minnesota": a town and its state after a company are where it is.
      const isPlaceItem = (item: ObjectItem | undefined) => item !== undefined && item.mentions.length === 0 && base.places.lookup(item.text.trim()) !== undefined;
      items = items.filter((item, k) => {
        const townAt = (j: number) => j >= 1 && items[j]!.mentions.length === 0 && /^\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,2}$/u.test(items[j]!.text.trim()) && isPlaceItem(items[j + 1]) && items[j - 1]!.mentions.some((m) => ["company", "person"].includes(category(m.entity)!));
        return !townAt(k) && !townAt(k - 1);
      });
      const first = items[0] && owner(items[0]);
      // "its inquiry into Thermo Fisher’s proposed purchase of Gatan from Roper Technology": a deal's parties are the buyer and what it buys.
      const bought = (item: ObjectItem) => {
        const o = owner(item);
        if (!o || !DEAL_AFTER_OWNER.test(text.slice(o.end, item.end))) return [];
        const of = /\bof\s+(?:the\s+)?(?:[\p{Ll}-]+\s+){0,4}$/u;
        return item.mentions.filter((m) => m.start > o.end && of.test(text.slice(o.end, m.start)) && ["company", "platform"].includes(category(m.entity)!)).slice(0, 1).map((m) => m.entity);
      };
      if (first && !isHeadline) return [...new Set(items.flatMap((i) => [owner(i)?.entity ?? (i === items[0] ? first.entity : undefined), ...bought(i)]).filter((t): t is string => t !== undefined))].filter((t) => !actors.includes(t));
      return items.flatMap((item) => {
        // "nineteen firms and individuals": a bare plural joined to an unnamed count is counted too.
        const before = items[items.indexOf(item) - 1];
        if (before && before.mentions.length === 0 && UNNAMED_COUNT.test(before.text.trim()) && /^[a-z]+s$/.test(item.text.trim()) && /^\s*(?:and|or|,)\s*$/.test(text.slice(before.end, item.start))) return [];
        // A heading capitalises every word, so an item is read there only when it ends in a name
        // its words describe ("Virtual Currency Exchange Bitzlato"): "Tencent Shuts Cryptocurrency
        // Media Accounts on WeChat" shuts neither.
        // "a €3 billion German State aid scheme" is Germany's, whatever the words "German State" name.
        // ("Commission opens in-depth investigation into alleged German State aid involved in the sale of the Nürburgring racetrack": so is the aid investigated.)
        const granter = aidGranter(item.text);
        if (granter) return [granter];
        if (isHeadline && item.mentions.length) {
          const last = item.mentions.at(-1)!;
          // ("ORR fines GTR £5m": an amount after the name is what the act costs it.)
          const rest = text.slice(last.end, item.end);
          const amount = findAmounts(rest)[0];
          const onlyAmount = amount !== undefined && /^\s+$/.test(rest.slice(0, amount.start)) && /^[\s.,]*$/.test(rest.slice(amount.end));
          // ("... AGAINST SUMITOMO CORPORATION": a legal form after the name is the name's.)
          // ("Treasury Sanctions Kunlun Bank in China": so is a bank's or an insurer's word.)
          const legalForm = /^\s+(?:Corporation|Company|Inc|Incorporated|Ltd|Limited|LLC|PLC|Group|Holdings|Bank|Securities|Insurance)\.?[\s.,]*$/i.test(rest);
          if (!(/^[\s.,’']*s?$/.test(rest) || onlyAmount || legalForm) || /\b(?:on|of|for|in|at|to|with|from|by|against|over|into|and)\s/i.test(text.slice(item.start, last.start))) return [];
          return [last.entity];
        }
        // An item stands for the names in it ("X's licence" is X; "the channels of 40 crypto
        // promoters" both), a law only where rules are made.
        // "Michael Zahner of Bollinger County": where a person is from, or works, is not acted on.
        const ofPerson = (x: Mention) => item.mentions.some((p) => p.end <= x.start && category(p.entity) === "person" && /^,?\s*(?:\d{1,3},\s*)?(?:of|from|at)\s+(?:the\s+)?$/i.test(text.slice(p.end, x.start)));
        // "designated eight international representatives of the FARC": a counted group of someone's people is not that someone;
        // it is the list of as many names the text gives next ("The following eight individuals ...: A, B, ... and H"), else nobody.
        const people = COUNTED_GROUP_OF.exec(item.text);
        if (people && item.mentions.every((x) => x.start >= item.start + people[0].length)) {
          const n = countOf(people[1]!);
          return n >= 2 ? listOf(n, item.end).filter((t) => !actors.includes(t)) : [];
        }
        // "Former Hanlong Mining managing director Hui Xiao", "Shinkong Life‘s Chairman Wu", "senior officials of the Government
        // of Burma", "the Vice President of the Nicaraguan Supreme Court of Justice": a body a person holds an office in
        // describes the person, who is the one acted on. (Not in a finding or an inquiry: "found that a former employee of the
        // Bank of Taiwan had misappropriated", "found that the directors of Storm Financial ... breached": what its people did is the firm's.)
        const employer = (x: Mention) => !FIRM_ANSWERS.has(type) && (OFFICE_AFTER.test(text.slice(x.end, item.end)) || OFFICE_OF_BEFORE.test(text.slice(item.start, x.start)) || (OFFICE_WORD_END.test(text.slice(x.start, x.end)) && /^\s+of\s/i.test(text.slice(x.end, item.end))));
        // (Where the people are not named, they are the group the item describes: "grants Victorian Farmers Federation member chicken growers authorisation".)
        if (item.mentions.length && item.mentions.every(employer) && !items.some((i) => i.mentions.some((m) => category(m.entity) === "person"))) {
          const group = item.text.trim().replace(/^(?:the|an?|\d[\d,]*|two|three|four|five|six|seven|eight|nine|ten|several)\s+/i, "");
          return /\p{Ll}{2,}s$/u.test(group.replace(/\s+(?:of|at|from)\s[\s\S]*$/, "")) && /^\p{L}/u.test(group) ? [gazetteer.lookup(group) ?? proposeNamed(group, "target_group", [])].filter((t) => !actors.includes(t)) : [];
        }
        if (item.mentions.length) return item.mentions.filter((x) => (type === "regulate" || category(x.entity) !== "regulation") && !ofPerson(x) && !employer(x)).map((x) => x.entity);
        // "fined three Luxembourg brewers: Brasserie Nationale-Bofferding, Brasserie de Wiltz and Brasserie Battin", "has established that
        // four Luxembourg brewers participated in a market sharing cartel ... The companies involved were : • ... • ...": parties counted,
        // not named, where they are first told of are the list of as many the text names right after, if it names one
        // ("against two financial institutions ... Bank of Kunlun and Elaf Islamic Bank took the opposite approach").
        const introduced = COUNTED_KIND.exec(item.text.trim());
        if (introduced) {
          const n = countOf(introduced[1]!);
          const listed = countedList(n, introduced[2]!, item.end, actors);
          if (listed.length) return listed;
          // "impose sanctions on seven US individuals and entity according to the Anti-Foreign Sanctions Law, including former US
          // Secretary of Commerce Wilbur Louis Ross, ..., and Hong Kong Democratic Council": the sentence's own list after
          // "including" or "namely" names those counted, each with the post or the body it is described by (not a party).
          const including = /^[^.;:]*?,?\s+(?:including|namely|among\s+them|among\s+whom)\s+/i.exec(text.slice(item.end, s.end));
          if (including && n >= 2) {
            const from = item.end + including[0].length;
            const named = [...new Set(inside.filter((m) => m.start >= from && ["company", "platform", "person"].includes(category(m.entity)!) && !inBrackets(text, from, m.start) && !/\b(?:of|at|for|from|with|in|to)\s+(?:the\s+)?$/i.test(text.slice(Math.max(from, m.start - 12), m.start))).map((m) => m.entity))].filter((t) => !actors.includes(t));
            if (named.length >= 2 && named.length <= n + 1) return named;
          }
        }
        // "the three companies and their owners": the last three companies the text named.
        const counted = COUNTED_PARTIES.exec(item.text.trim());
        if (counted) {
          const n = countOf(counted[1]!);
          const kinds = /individuals|persons|people/i.test(counted[2]!) ? ["person"] : ["company", "platform"];
          // ("the 10 securities firms above": the list of ten the text gave, not the last ten names, which may be others named since.)
          const listed = n >= 2 ? listBefore(n, item.start, kinds) : [];
          if (listed.length) return listed.filter((t) => !actors.includes(t));
          const before = [...new Set(mentions.filter((m) => m.end <= item.start && kinds.includes(category(m.entity)!) && !actors.includes(m.entity)).map((m) => m.entity).reverse())];
          if (n >= 2 && before.length >= n) return before.slice(0, n).reverse();
        }
        // "15 major car manufacturers and ACEA": an unnamed count beside named parties is not one of them.
        if (named && /^(?:an?|one|two|three|four|five|six|seven|eight|nine|ten|several|certain|other|\d[\d,]*)\s/i.test(item.text)) return [];
        // A country acted on ("refer Italy to the Court") is its state.
        const place = placeEntity(item.text) ?? aidGranter(item.text);
        if (place) return [place];
        // "Sarasota County, Fla., has agreed to pay $760,000 to settle", "the City of Boston": a local government as a party to a case.
        const local = PARTY_ACTS.has(type) ? LOCAL_GOVERNMENT.exec(item.text.trim()) : null;
        if (local) return [gazetteer.lookup(local[1]!) ?? proposeNamed(local[1]!, "government", [])].filter((t) => !actors.includes(t));
        // "Bank of America, Natixis, Nomura, RBS (now NatWest), UBS": a bare name among named parties is one more of them.
        const sibling = named && !isHeadline ? items.find((i) => i.mentions.length > 0)!.mentions[0]!.entity : undefined;
        const more = sibling ? nameAmong(item.text, category(sibling)) : undefined;
        if (more) return [more];
        // "Ofgem is consulting on issuing two energy suppliers with final orders to compel them to make £1,021,943.60 in outstanding
        // payments. The suppliers are Delta Gas and Power (“Delta”), which is non-domestic and Logicor Energy Limited": "them"
        // after a count of parties in its clause, and no act on others between, is the list of them the text names next.
        const clauseFrom = clauseStart(text, s, item.start);
        const countedBefore = /^(?:them|they)$/i.test(item.text.trim()) && !(actions.at(-1)?.evidence.start === s.start) ? COUNTED_IN_CLAUSE.exec(text.slice(clauseFrom, item.start)) : null;
        if (countedBefore && !inside.some((m) => m.start >= clauseFrom + countedBefore.index && m.end <= item.start && !AUTHORITY_CATEGORIES.has(category(m.entity)!))) {
          const n = countOf(countedBefore[1]!);
          const listed = countedList(n, countedBefore[2]!, item.end, actors);
          if (listed.length) return listed;
        }
        if (isPronoun(item)) return antecedent(item.start, actors, /^(?:him|her)$/i.test(item.text.trim()));
        const group = namedGroup(item.text, item.start);
        if (group) return group.filter((t) => !actors.includes(t));
        const aside = item.text.search(EXCLUDED_ASIDE);
        const together = theParties(aside > 0 ? item.text.slice(0, aside) : item.text, actors, item.start);
        if (together) return aside > 0 ? together.filter((t) => !excluded(item.start + aside, t)) : together;
        const later = countedLater(item.text, item.start, actors);
        if (later) return later;
        const back = /^(?:the|this|these|both)\s/i.test(item.text) ? referBack(item.text, item.start) : undefined;
        if (back && !actors.includes(back)) return [back];
        const only = theOneCompany(item.text);
        if (only && !actors.includes(only)) return [only];
        // "Improvement Notice issued to Network Rail Infrastructure Limited": a name with its legal form is a company's, in a headline too.
        const formal = item.text.trim().replace(/\.$/, "");
        // ("Administrative Actions on Bangkok Bank, Japan Branches": so is a name that ends in a bank's or an insurer's word.)
        if (isHeadline && /^\p{Lu}/u.test(formal) && (withoutLegalForm(formal) !== undefined || /\s(?:Bank|Securities|Insurance|Bancorp|Bankshares)$/.test(formal)) && writtenAsName(formal)) return [gazetteer.lookup(formal) ?? proposeNamed(formal, "company", [])].filter((t) => !actors.includes(t));
        if (isHeadline) return [];
        // "$1 million in penalties against Seednet", a name used once that no list knows: what an act is done to, written as a name, is one.
        // ("Construction, Forestry, Maritime, Mining and Energy Union": capitalised words listed up to a body's word are one name.)
        const oneLongName = /^,\s+(?:\p{Lu}\p{L}+,\s+)*\p{Lu}\p{L}+(?:\s+and\s+\p{Lu}\p{L}+)*\s+(?:\p{Lu}\p{L}+\s+)?(?:Union|Association|Federation|Council|Institute|Society|Board|Commission|Authority)\b/u.test(text.slice(item.end, item.end + 120));
        // ("A Fridley, Minn.-based company": an indefinite article before a capital is a description starting with a place.)
        if (writtenAsName(item.text) && !oneLongName && !/^(?:A|An)\s/.test(item.text.trim()) && !base.places.lookup(item.text.trim().replace(/^the\s+/i, ""))) {
          const name = item.text.trim().replace(/^the\s+/i, "").replace(/[.'’]+$/u, "");
          return [gazetteer.lookup(name) ?? proposeNamed(name, guessCategory(name), [])].filter((t) => !actors.includes(t));
        }
        const id = describe(item, clauseEndAt(item.start), classOfParties(type, item.text));
        return id ? [id] : [];
      });
    };
    /**
     * The subject words of a headline's clipped passive, if the hit is one ("Care home fined £125,000 after teenager’s death",
     * "TfL fined £10m and TOL fined £4m"): no auxiliary before the participle, no party after it.
     */
    const clippedSubject = (h: Hit, prev: Hit | undefined): { start: number; text: string } | undefined => {
      const word = /^[\p{L}'’-]+/u.exec(text.slice(h.start, h.end))?.[0].toLowerCase() ?? "";
      if (h.passive || !CLIPPED_ACTS.has(h.type) || !h.frame.verbFirst || !h.frame.participles.has(word) || !/ed$/.test(word)) return undefined;
      // (Not in a title-cased headline, where "Oregon Corporation Sentenced for ..." may as well be a name: the triggers' reading holds there.)
      if (!CLIPPED_AFTER.test(text.slice(h.start + word.length, s.end)) || titleCase(s.text)) return undefined;
      let start = clauseStart(text, s, h.start);
      if (prev && prev.end > start) {
        const and = /^[\s\S]*?(?:,|\band)\s+/.exec(text.slice(prev.end, h.start));
        if (!and) return undefined;
        start = prev.end + and[0].length;
      }
      const words = text.slice(start, h.start);
      if (!words.trim() || /\b(?:has|have|had|is|are|was|were|be|been|being|will|would|to|who|which|that)\s+$/i.test(words)) return undefined;
      // (Not an authority's act: "ORR fined ..." is no party's passive.)
      if (inside.some((m) => m.start >= start && m.end <= h.start && AUTHORITY_CATEGORIES.has(category(m.entity)!))) return undefined;
      return { start: start + (words.length - words.trimStart().length), text: words.trim() };
    };
    /**
     * The parties a headline's description stands for, each part of it ("Company and director") on its own; undefined when
     * the subject is a name ("TfL"), not a description. A part stands for the one party of the kind its head word says that
     * the body's acts of the same type name; else that its acts of the case name; else the one person the body describes
     * with the word ("company director, David Fowler") or introduces with an age ("Kevin Gary Scott, 54, of Bridge Street").
     * Where several fit, or none, the part stands for nobody.
     */
    const describedParties = (subject: { start: number; text: string }, type: ActionType, actors: readonly string[]): string[] | undefined => {
      const parts = subject.text.split(/\s*(?:,|\band\b|&)\s*/).filter(Boolean);
      const named = (part: string) => inside.some((m) => m.start >= subject.start && m.end <= subject.start + subject.text.length && /^\s*$/.test(text.slice(m.end, subject.start + subject.text.indexOf(part) + part.length)));
      if (!parts.every((p) => (DESCRIPTION_PART.test(p) || BARE_PARTY.test(p)) && !named(p))) return undefined;
      const body = actions.filter((a) => !headingSpans.some((hs) => hs.start === a.evidence.start));
      // The one id of a list, null where there are several, undefined where there is none.
      const one = (ids: Iterable<string>) => {
        const set = [...new Set(ids)];
        return set.length === 1 ? set[0] : set.length > 1 ? null : undefined;
      };
      const out: string[] = [];
      for (const part of parts) {
        const head = part.split(/\s+/).at(-1)!.toLowerCase();
        const kinds = EITHER_HEADS.test(head) ? ["company", "platform", "person"] : PERSON_HEADS.test(head) ? ["person"] : ["company", "platform"];
        const fits = (t: string) => kinds.includes(category(t)!) && !actors.includes(t);
        const same = one(body.filter((a) => a.actionType === type).flatMap((a) => a.targets).filter(fits));
        const ofCase = same === undefined ? one(body.filter((a) => CASE_ACTS.has(a.actionType) || a.actionType === "scrutinize").flatMap((a) => a.targets).filter(fits)) : same;
        let party = ofCase;
        if (party === undefined && kinds.includes("person")) {
          const word = new RegExp(String.raw`\b${head}\s*,?\s*(?:(?:Mr|Ms|Mrs|Dr)\.?\s+)?$`, "i");
          const people = mentions.filter((m) => category(m.entity) === "person" && fits(m.entity));
          party = one(people.filter((m) => word.test(text.slice(Math.max(0, m.start - 40), m.start))).map((m) => m.entity));
          if (party === undefined) party = one(people.filter((m) => /^,\s+\d{1,3},/.test(text.slice(m.end, m.end + 6))).map((m) => m.entity));
        }
        if (party) out.push(party);
      }
      return out;
    };
    /**
     * Who made the reports a supervisor examines: the parties of the last order in the text that asked for reports ("ordered ...
     * these institutions ... to submit reports"), else the party a sentence before says submitted one ("received a report
     * submitted by the bank").
     */
    const reportersBefore = (at: number): string[] => {
      const ordered = actions.filter((a) => a.actionType === "require" && a.evidence.end <= at && /\breports?\b|\breporting\b/i.test(a.evidence.quote)).at(-1);
      if (ordered) return ordered.targets;
      const from = sentences.slice(Math.max(0, si - 2), si).map((x) => ({ x, m: REPORT_FROM.exec(x.text) })).filter((y) => y.m).at(-1);
      const back = from ? referBack(from.m![1]!, from.x.start + from.m!.index + from.m![0].length) : undefined;
      return back ? [back] : [];
    };
    /** The subject of the clause before the one a hit is in ("The SEC announced that it charged X": the SEC), with where that clause ends. */
    const mainSubject = (hit: Hit): { at: number; subject: Mention[] } => {
      const at = clauseStart(text, s, hit.start);
      return { at, subject: at > s.start ? subjectOf(clause, clauseStart(text, s, at - 1), at) : [] };
    };
    const actorIds = (spec: ActorSpec, hit: Hit): string[] => {
      switch (spec.kind) {
        case "mentions": {
          // "On 18 November 2021 we and the Environment Agency announced investigations": the release's issuer acts with the body it names.
          const first = spec.mentions[0];
          const withUs = first && issuer && passageAuthority(issuer) && passageAuthority(first.entity) && /(?:^|[\s,])we\s+and\s+(?:the\s+)?$/i.test(text.slice(Math.max(s.start, first.start - 12), first.start)) ? [issuer] : [];
          // "... a Cease-and-Desist Order (Order) against X. The Order finds that ...": a document the text defines speaks for the authority.
          return [...new Set([...withUs, ...spec.mentions.map((m) => (category(m.entity) === "regulation" && DOCUMENT_HEADS.test(text.slice(m.start, m.end).split(/\s+/).at(-1)!) ? (authority() ?? m.entity) : m.entity))])];
        }
        case "described": {
          const id = referBack(spec.phrase, spec.start);
          if (id) return [id];
          // "The financial authorities ordered ... these institutions ... to submit reports. The Ministry of Finance and later on the
          // Financial Supervisory Agency (“the Agency") received reports": bodies in the plural that the text has not named yet are the
          // bodies the next sentence names, where it names several.
          if (PLURAL_AUTHORITIES.test(spec.phrase.trim())) {
            const next = (bySentence[si + 1] ?? []).filter((m) => passageAuthority(m.entity) && !inBrackets(text, sentences[si + 1]!.start, m.start));
            const bodies = [...new Set(next.map((m) => m.entity))];
            if (bodies.length >= 2) return bodies;
          }
          const state = litigant(spec.phrase, hit);
          if (state) return [state];
          // "A jury in Montgomery, Ala.": the jury, as a court of its own.
          if (/\bjury\b/i.test(spec.phrase)) {
            const name = spec.phrase.replace(/^(?:an?|the)\s+/i, "");
            return [gazetteer.lookup(name) ?? proposeNamed(name, "court", [])];
          }
          return [];
        }
        case "pronoun": {
          // "we impose a forfeiture": the issuer of the release.
          if (spec.we) return issuer ? [issuer] : authority() ? [authority()!] : [];
          // "The SEC announced that it charged X": the main clause's subject; else the last actor.
          const main = mainSubject(hit).subject.filter((m) => ACTOR_CATEGORIES.has(category(m.entity)!));
          if (main.length) return main.map((m) => m.entity);
          return actions.at(-1)?.actors ?? (authority() ? [authority()!] : []);
        }
        case "authority": {
          if (spec.issuer && issuer && passageAuthority(issuer)) return [issuer];
          const state = spec.subject ? litigant(spec.subject, hit) : undefined;
          if (state) return [state];
          if (spec.stateOnly) return [];
          // "Michael Lauer ... has been ordered to pay more than $62 million": a court's act, of the one court the text names.
          // ("The District Court’s January 11th order found ... Defendants were ordered to pay": the court just named, else the text's one court.)
          // ("Under the terms of the consent decree, Milne is required to pay ...": what a settlement requires is the parties' terms, not a court's act.)
          // ("The CMA has published ... the decision in this case, in which Ping was fined £1.45 million": the passive tells the
          // decision of the body that made it, named before, not the act of a court the text names elsewhere.)
          const decided = /\b(?:decision|ruling|determination)\b(?:\s+in\s+this\s+(?:case|matter))?\s*,?\s+(?:in|under|by)\s+which\s+[^,;]*$/.exec(text.slice(s.start, hit.start));
          if (decided) {
            const maker = mentions.find((m) => m.start >= s.start && m.end <= s.start + decided.index && AUTHORITY_CATEGORIES.has(category(m.entity)!) && category(m.entity) !== "court");
            if (maker) return [maker.entity];
          }
          if (spec.court && !AGREED_TERMS.test(s.text)) {
            // ("At the Central Criminal Court (the Old Bailey) in London, TfL and TOL have today been fined": the court the sentence opens with.)
            const opening = openingCourt(text, s.start, hit.start, mentions, category)?.entity;
            if (opening) return [opening];
            const recent = mentions.filter((m) => m.end <= s.start && s.start - m.end < 600 && category(m.entity) === "court").at(-1)?.entity;
            if (recent ?? courts.length === 1) return [recent ?? courts[0]!];
            // ("Anglian Water Services Ltd were ordered to pay a £25,000 fine ... The sentencing hearing took place on 5 July at
            // Peterborough Magistrates’ Court": the court the next lines name, when none came before and the text names more than one.)
            const next = mentions.find((m) => m.start >= s.end && m.start - s.end < 400 && category(m.entity) === "court")?.entity;
            if (next) return [next];
            // ("Oklahoma Company and Owner Sentenced for Operating Illegal Charter Flights", in a text that names no court: the
            // headline tells the issuer's case, not that of a body its text names later.)
            if (isHeadline && issuer && passageAuthority(issuer)) return [issuer];
          }
          if (MARKET_SIDE.has(hit.type)) return [];
          // "the Treasury Department's Office of Foreign Assets Control announced a settlement of $132 million with X": the body announcing is the one acting.
          const { at, subject } = mainSubject(hit);
          // ("FinCEN issued an order that identifies X as ...": the body issuing the order.)
          const announcing = /\b(?:announced|announces|said|says|stated|confirmed|declared)\s+$|\b(?:issued|issues|entered|enters|adopted|adopts)\s+(?:an?|the|its)\s+(?:[\w-]+\s+){0,3}?(?:order|decision|notice|ruling|determination|finding)\s+(?:that|which)\s+$/.test(text.slice(s.start, at)) ? subject.filter((m) => AUTHORITY_CATEGORIES.has(category(m.entity)!)) : [];
          if (announcing.length) return announcing.map((m) => m.entity);
          // "Administrative Action against Nomura Securities Co., Ltd.": a headline that names no actor is the issuer's, whoever the body names last.
          if (isHeadline && issuer && passageAuthority(issuer) && /^\s*$/.test(text.slice(s.start, hit.start))) return [issuer];
          // "Duke Energy ... will ... pay a $1.75 million civil penalty, under a settlement ..., the Justice Department and the U.S.
          // Environmental Protection Agency (EPA) announced today.": the bodies a closing attribution names, all of them, act.
          const closing = /,\s+(?:the\s+)?([^,;]{3,160}?)\s+(?:jointly\s+)?(?:announced|said|stated)(?:\s+today)?\.?\s*$/.exec(s.text);
          if (closing && closing.index > hit.end - s.start && /\band\b/.test(closing[1]!)) {
            const from = s.start + closing.index;
            const named = mentions.filter((m) => m.start >= from && m.end <= s.end && !inBrackets(text, from, m.start));
            if (named.length > 1 && named.every((m) => passageAuthority(m.entity))) return [...new Set(named.map((m) => m.entity))];
          }
          // ("... sentenced by Judge Kornmann. Fast Horse was indicted by a federal grand jury": a court charges, investigates and settles with no one; the issuer does.)
          // ("... accused of war crimes in Darfur by the International Criminal Court ... Awad Ibn Auf, was also designated today": nor does a court
          // designate; putting a party on a sanctions list is the issuing government's act.)
          const designation = hit.type === "sanction" && /^designat/i.test(text.slice(hit.start, hit.end));
          if ((NOT_COURT_ACTS.has(hit.type) || (designation && category(issuer ?? "") !== "court")) && authority() && category(authority()!) === "court" && issuer && passageAuthority(issuer)) return [issuer];
          return authority() ? [authority()!] : [];
        }
        case "none":
          // "Region 6-Pittsburgh Secures Interim Settlement Agreement Requiring Starbucks to Reinstate ...": in a headline whose
          // subject is no party the text names (a regional office), what an order or a settlement requires is the release's
          // act, so its issuer's. (Only an instrument's participle: "TfL fined £10m and TOL fined £4m" names its unknown subject.)
          if (isHeadline && OFFICIAL_ACTS.has(hit.type) && issuer && passageAuthority(issuer) && /^\p{L}+ing\b/u.test(text.slice(hit.start, hit.end)) && INSTRUMENT_BEFORE.test(text.slice(s.start, hit.start))) return [issuer];
          return [];
      }
    };
    const targetIds = (spec: TargetSpec, actors: readonly string[], type: ActionType): string[] => {
      switch (spec.kind) {
        case "mentions": {
          // "Former Hanlong Mining managing director Hui Xiao has been sentenced": a body whose office the next name holds
          // describes that person, who is the one acted on (not in a finding or an inquiry, where what its people did is the firm's).
          const holder = (m: Mention): Mention | undefined => {
            if (FIRM_ANSWERS.has(type) || category(m.entity) === "person" || !OFFICE_AFTER.test(text.slice(m.end, m.end + 80))) return undefined;
            const next = mentions.find((x) => x.start >= m.end && x.start - m.end < 80);
            return next && category(next.entity) === "person" && OFFICE_AFTER.test(text.slice(m.end, next.start)) && /^\s*(?:\([^()]{1,30}\)\s*)?(?:['’‘]s?\s+)?(?:[\p{L}-]+\s+){1,4}$/u.test(text.slice(m.end, next.start)) ? next : undefined;
          };
          return [...new Set(spec.mentions.map((m) => (holder(m) ?? m).entity))];
        }
        case "items":
          return itemTargets(spec.items, actors, type);
        case "described": {
          const group = theParties(spec.phrase, actors, spec.start) ?? countedLater(spec.phrase, spec.start, actors);
          if (group) return group;
          const back = referBack(spec.phrase, spec.start);
          if (back) return [back];
          const only = theOneCompany(spec.phrase);
          if (only && !actors.includes(only)) return [only];
          if (isHeadline) return [];
          const id = describe({ start: spec.start, text: spec.phrase }, clauseEndAt(spec.start), classOfParties(type, spec.phrase));
          return id ? [id] : [];
        }
        case "pronoun":
          return antecedent(s.start, actors);
      }
    };

    // The authority a passage is about ("regulators are set to adopt measures: i) ... ii) ...")
    // acts in the sentences that follow and name no actor of their own.
    // (Not one named in passing: "failure to make a record to FAA", "circumvented FAA regulations".)
    // (Nor the short form a bracket gives a name said in passing: "the Act for the Establishment of the Financial Services Agency (FSA)".)
    const named = inside.find((m) => passageAuthority(m.entity) && !/(?:\b(?:to|of|with|from|by|under|against|for|on|in|at)\s+(?:the\s+)?|\(\s*)$/i.test(text.slice(s.start, m.start)) && !/^['’]?s?\s+(?:regulations?|rules?|requirements?|standards?|guidance|guidelines?|laws?|act)\b/i.test(text.slice(m.end, m.end + 20)));
    // ("the U.S. Department of the Treasury’s Financial Crimes Enforcement Network": of a body and its own office, the office.)
    const owned = named && inside.find((m) => m.start > named.end && passageAuthority(m.entity) && /^['’]s?\s+$/.test(text.slice(named.end, m.start)));
    const acting = owned ?? named;
    if (acting && (hits.length === 0 || acting.end <= hits[0]!.start)) carried = acting.entity;

    let previous: Previous | undefined;
    let sharing: { hit: Hit; actors: string[]; method: string }[] = [];
    // "charged ... following an investigation by ASIC": read once the sentence's other acts are known.
    const following: Hit[] = [];
    for (const [i, hit] of hits.entries()) {
      let h = hit;
      if (h.frame.target === "others") {
        following.push(h);
        continue;
      }
      const prev = hits[i - 1];
      // What an order asks for is not an action of its own: "require that they impose bans".
      // ("issued an emergency order suspending the certificate of X": but an order's own act, told by its participle, is one.)
      const ordersAct = prev !== undefined && /^orders?$/i.test(text.slice(prev.start, prev.end)) && /^\s*$/.test(text.slice(prev.end, h.start)) && /^\p{L}+ing\b/u.test(text.slice(h.start, h.end));
      if (prev?.type === "require" && !ordersAct && !PAYMENT_TYPES.has(h.type) && !/[,;:]|\b(?:and|but|while|whereas)\s+(?!require)/i.test(text.slice(prev.end, h.start).replace(/^\s*that\s+/i, ""))) continue;
      // "Title VII of the Civil Rights Act of 1964, which prohibits employers from ...", "noncompete agreements ..., which typically
      // prohibited employees from ...": what a law or an agreement says is not an act of anyone's.
      const which = !h.passive && (h.type === "ban" || h.type === "require") ? /,\s*which\s+(?:\p{L}+ly\s+)?$/u.exec(text.slice(s.start, h.start)) : null;
      if (which) {
        const antecedent = inside.filter((m) => m.end <= h.start - which[0].length && h.start - which[0].length - m.end <= 3).at(-1);
        if (!antecedent || !AUTHORITY_CATEGORIES.has(category(antecedent.entity)!)) continue;
      }
      // "The court also ordered the companies to pay $50,000 each in costs", "ordered to pay costs of £20,716": paying the other side's costs is no penalty.
      // (Only the costs of what is paid, up to a second infinitive: "requiring Wilmington Trust to pay a combined $80 million to 21 employee
      // stock ownership plans ... and $8 million to the government, and to reimburse plan sponsors ... for legal costs" pays the $88 million.)
      if (h.type === "fine" && /\bpa(?:y|ys|id|ying)$/i.test(text.slice(h.start, h.end)) && !PENALTY_WORDS.test(text.slice(h.start, h.end))) {
        const paidWords = text.slice(h.end, s.end).split(/[;,]?\s+and\s+to\s+\p{Ll}/u)[0]!;
        if (/\bcosts?\b/i.test(paidWords) && !PENALTY_WORDS.test(paidWords.split(/\bcosts?\b/i)[0]!)) continue;
      }
      // A headline's subject before its clipped passive: the words from the clause's start, or from the "and" after the act before.
      const subjectWords = isHeadline ? clippedSubject(h, prev) : undefined;
      if (subjectWords) h = { ...h, passive: true };
      const roles = readRoles(clause, h, previous, hits[i + 1]);
      // "Assistant United States Attorneys Katherine A. King and Craig W. Haller prosecuted this case": prosecutors act for their office, the issuer.
      const prosecutors = roles.actor.kind === "mentions" && roles.actor.mentions.length > 0 && roles.actor.mentions.every((m) => category(m.entity) === "person") && PROSECUTOR_TITLE.test(text.slice(Math.max(s.start, roles.actor.mentions[0]!.start - 60), roles.actor.mentions[0]!.start));
      // "the court was told by Rebecca Vanstone, prosecuting for the Environment Agency": counsel prosecutes for the body named, in the case the release tells.
      const prosecutingFor = h.type === "charge" && /^prosecuting$/i.test(text.slice(h.start, h.end)) ? inside.find((m) => m.start >= h.end && /^\s+(?:for|on\s+behalf\s+of)\s+(?:the\s+)?$/i.test(text.slice(h.end, m.start)) && passageAuthority(m.entity)) : undefined;
      const office = prosecutingFor ? prosecutingFor.entity : prosecutors ? (issuer && AUTHORITY_CATEGORIES.has(category(issuer)!) ? issuer : authority()) : undefined;
      // "Murray, Tech Traders, and Magnum solicited ...": a short name given to several parties together is those parties.
      let actors = [...new Set((office ? [office] : actorIds(roles.actor, h)).flatMap((id) => found.groups.get(id) ?? [id]))].filter((id) => {
        const c = category(id);
        // What declines is a measure ("transactions falling"), the one case an activity acts.
        return c !== undefined && (ACTOR_CATEGORIES.has(c) || (h.type === "decline" && c === "activity")) && !(h.type === "decline" && AUTHORITY_CATEGORIES.has(c)) && (c !== "media" || h.type === "report") && !(OFFICIAL_ACTS.has(h.type) && (c === "company" || c === "platform" || c === "person"));
      });
      // "The CFPB and the states filed a consent order", "CFPB and States Take Action": after "the Attorneys General of North Carolina and Virginia", the states are those officers.
      if (found.stateOfficers.length && actors.length && /\b(?:and|with)\s+(?:the\s+)?states\s+$/i.test(text.slice(s.start, hits[0]!.start).replace(/\s+(?:today|also|jointly|have|has)\b/gi, "").trimEnd() + " ")) actors = [...new Set([...actors, ...found.stateOfficers])];
      // "ASIC cross-appealed the disqualification and pecuniary penalties made against Mr Lewski", "The High Court dismissed Yazaki
      // Corporation’s application for special leave to appeal the Full Federal Court’s earlier decision, resulting in the $46 million in
      // penalties ... against Yazaki": a penalty under appeal was imposed by a court, the last one named before it, not by the side that
      // appeals nor by the court that hears the appeal. (Told with no court, it is nobody's the text says.)
      if (h.type === "fine" && roles.reading === "nominal" && APPEAL.test(text.slice(s.start, h.start))) {
        const court = mentions.filter((m) => m.end <= h.start && category(m.entity) === "court").at(-1)?.entity;
        if (!court) continue;
        actors = [court];
      }
      // "FSC imposes sanctions on Bank of Taiwan": a supervisor's sanctions are its penalties, not a designation or a freeze (vocab.ts).
      // ("imposed administrative sanctions such as warning, correction and fine on", "Imposed Warnings, Fines and Other ... Sanctions on": the kinds it names.)
      if (h.type === "sanction" && actors.length > 0 && actors.every((a) => SUPERVISORS.has(sectorOf(a) ?? ""))) {
        const kinds = sanctionKinds(text.slice(s.start, s.end), h.start - s.start, h.end - s.start);
        if (kinds.length === 0) continue;
        h = { ...h, type: kinds[0]!, frame: { ...h.frame, also: kinds.slice(1) } };
      }
      // "Disciplinary Action on Taiwan Cooperative Securities Co., Ltd. for Violation of Securities Management Laws and Regulations": so
      // does a supervisor's disciplinary or administrative action taken for a violation, whatever it orders.
      if (h.type === "require" && !h.frame.also.includes("declare_illegal") && /\b(?:disciplinary|administrative|supervisory)\s+(?:actions?|measures?)\s+(?:on|against)$/i.test(text.slice(h.start, h.end)) && SANCTIONED_FOR_VIOLATION.test(text.slice(h.end, s.end)) && actors.length > 0 && actors.every((a) => SUPERVISORS.has(sectorOf(a) ?? ""))) h = { ...h, frame: { ...h.frame, also: [...h.frame.also, "declare_illegal"] } };
      // (A law, rule or order is what an act rests on, never whom it acts on, except a rule made: "whose assets are blocked under the 1995 Executive Order are also prohibited".)
      // (Nor the one speaking: "... undertakings from National Foods and its holding company Kirin, ACCC Chairman Mr Graeme Samuel said today".)
      const speaking = (t: string) => category(t) === "person" && inside.some((m) => m.entity === t) && inside.filter((m) => m.entity === t).every((m) => SPEECH_AFTER.test(text.slice(m.end, m.end + 24)));
      // ("investigating the completed acquisition by Bottomline Technologies (de), Inc of Experian Limited’s Experian Payments Gateway
      // business", "any predecessor companies owning or controlling the Foster Wheeler business": a business named by its brand is a
      // line of its owner's, which is the party, not a party of its own.)
      const businessLine = (t: string) => {
        const named = inside.filter((m) => m.entity === t);
        return named.length > 0 && named.every((m) => /^\s+business(?:es)?\b/.test(text.slice(m.end, m.end + 16)));
      };
      let targets = [...new Set(targetIds(roles.target, actors, h.type))].filter((t) => !actors.includes(t) && category(t) !== "media" && !(PARTY_ACTS.has(h.type) && describedActivity(t)) && (category(t) !== "regulation" || h.type === "regulate" || h.type === "guide") && !speaking(t) && !SANCTIONS_LIST.test(name(t)) && !businessLine(t));
      // "The Burtons were indicted": a family's name in the plural is the people of that surname the text names.
      // ("The CMA imposed a fine of £278,945 on GAK", after "GAK.co.uk Ltd ... and GAK.co.uk (Holdings) Limited (together ‘GAK’)": the companies so named.)
      targets = [...new Set(targets.flatMap((t) => familyOf(t) ?? found.groups.get(t) ?? [t]))].filter((t) => !actors.includes(t));
      // "Commission orders recovery of around €14 million in incompatible German State aid from Frankfurt-Hahn airport and Ryanair":
      // the state that granted the aid is ordered to recover it, as well as those who must repay it.
      const recovered = h.type === "require" && targets.length > 0 ? /\brecovery\b[^;]*?\b(\p{Lu}[\p{L}-]+\s+(?:State\s+)?aid)\b/u.exec(text.slice(h.start, h.end)) : null;
      const granter = recovered ? aidGranter(recovered[1]!) : undefined;
      if (granter && !actors.includes(granter)) targets = [...new Set([granter, ...targets])];
      // "Norfolk man fined ...", "Company and director fined ...": a headline's description is the party the body acts on.
      if (subjectWords && roles.reading !== "passive-by") {
        // (A name is the subject only right before the participle: "MOBILE, ALABAMA MAN SENTENCED" is not Mobile's.)
        const described = describedParties(subjectWords, h.type, actors);
        targets = described ?? targets.filter((t) => inside.some((m) => m.entity === t && /^\s*$/.test(text.slice(m.end, h.start))));
      }
      // "issued administrative orders to the following public water systems:" and a list below.
      // (Not when the parties are named before it and the list is of something else: "MSHA assessed numerous civil money penalties
      // against Misty Mountain Mining and Midgard Mining for safety and health violations at the following sites:" lists mines.)
      const listed = /\bthe following\b[^.;]*:\s*$/i.exec(text.slice(h.end, s.end));
      if (listed && !inside.some((m) => targets.includes(m.entity) && m.start >= h.end && m.end <= h.end + listed.index)) targets = listTargets(si).filter((t) => !actors.includes(t));
      // "The following businesses and individuals are currently restricted from operating in the produce industry:" and a
      // bulleted list below whose items are told in sentences: the subject's list is of the parties acted on, each the name an item opens with.
      if (!listed && h.passive && /^\s*the\s+following\b/i.test(text.slice(clauseStart(text, s, h.start), h.start)) && /:\s*$/.test(s.text)) {
        const bullets = bulletParties(s.end, /\bindividuals\b/i.test(text.slice(s.start, h.start))).filter((t) => !actors.includes(t));
        if (bullets.length) targets = bullets;
      }
      // "decision to grant the following companies under Npower Group PLC: Npower Limited, ..., and Npower Gas Limited, a temporary
      // ... derogation": the list on the same line, after the colon, is of the parties the act is on.
      // (Where the frame's slot holds the list, it starts there: the trigger ends at "derogation".)
      const objectStart = h.slot?.start ?? h.end;
      // ("A compromise agreement was entered into jointly with: PDL International Pte Ltd.; ...": so is one right after the words' preposition.)
      const inline = listed ? null : /^[^.;:]*?\bthe following\b[^.;:]*:[ \t]*/i.exec(text.slice(objectStart, s.end)) ?? (/\b(?:with|against|on|to)$/i.test(text.slice(h.start, h.end)) ? /^[ \t]*:[ \t]*(?=\p{Lu})/u.exec(text.slice(h.end, s.end)) : null);
      if (inline) {
        const run = inlineList(inside, objectStart + inline[0].length).filter((t) => !actors.includes(t));
        if (run.length) targets = run;
      }
      // "That order ... permanently bans the companies and one executive from future telemarketing activity ... The order also imposes
      // a civil monetary penalty.": an order that "also" does more, naming no one, does it to those the sentence before had it act on.
      const alsoOrder = roles.actor.kind === "described" && /^(?:the|this|that)\s+(?:[\p{L}-]+\s+)?(?:order|decree|judgment|judgement|settlement|agreement)$/iu.test(roles.actor.phrase.trim()) && /^\s+also\s+$/i.test(text.slice(roles.actor.start + roles.actor.phrase.length, h.start));
      const before = actions.at(-1);
      if (targets.length === 0 && alsoOrder && si > 0 && before && before.evidence.start === sentences[si - 1]!.start && before.actors.join() === actors.join()) targets = before.targets.filter((t) => !actors.includes(t));
      // "entered into a consent order with X and assessed a fine": the second verb acts on the first one's party.
      if (targets.length === 0 && roles.reading === "coordinated" && actions.at(-1)?.evidence.start === s.start) targets = actions.at(-1)!.targets;
      // "to require the three companies ... to provide over $2.5 million in consumer redress and to pay a $100,000 civil penalty": who is required pays.
      const ordered = actions.at(-1);
      if (targets.length === 0 && PAYMENT_TYPES.has(h.type) && prev?.type === "require" && ordered?.actionType === "require" && ordered.evidence.start === s.start && /\bto\s+$/.test(text.slice(prev.end, h.start))) targets = ordered.targets;
      if (h.type === "regulate" && actors.length) targets = regulationOf(actors[0]!);
      // "numerous complaints made by consumers to the Federal Trade Commission": a complaint to an authority is made to it, not against it.
      if (h.type === "charge" && /\bto$/i.test(text.slice(h.start, h.end)) && targets.length && targets.every((t) => AUTHORITY_CATEGORIES.has(category(t)!))) targets = [];
      // "A cease and desist order was issued, based on findings by the FDIC ...": in an order whose caption names its
      // respondent ("In the Matter of State Bank of Eldred, ..."), an authority's act that names nobody is on the respondent.
      // (Only where the words say what is done and leave out to whom: a passive or a noun, and an order's words "cease and desist" where it is an order.)
      if (targets.length === 0 && captionParty && !isHeadline && CAPTION_ACTS.has(h.type) && ["passive", "passive-by", "nominal"].includes(roles.reading) && (h.type !== "require" || /\b(?:cease|desist)/i.test(text.slice(h.start, h.end))) && actors.length > 0 && actors.every((a) => AUTHORITY_CATEGORIES.has(category(a)!))) targets = [captionParty];
      // What the subject line does, naming no one, it does to the letter's addressee ("SUBJECT: NOTICE OF VIOLATION AND PROPOSED IMPOSITION OF CIVIL PENALTY").
      // (The letter is its issuer's: "SUBJECT: ... ORDER REVOKING LICENSE" names no one who orders.)
      if (targets.length === 0 && subjectLine && s.start >= subjectLine.index && s.end <= subjectLine.index + subjectLine[0].length) {
        const addressee = letterAddressee(subjectLine.index);
        if (addressee.length && actors.length === 0 && issuer && passageAuthority(issuer)) actors = [issuer];
        if (actors.length > 0 && actors.every((a) => passageAuthority(a))) targets = addressee;
      }
      const method = `rule:${h.frame.id}:${roles.reading}`;
      const asMentions = (ids: string[]) => ids.map((id) => ({ start: 0, end: 0, text: "", entity: id }));
      previous = {
        hit: h,
        actor: actors.length ? { kind: "mentions", mentions: asMentions(actors) } : roles.actor,
        target: targets.length ? { kind: "mentions", mentions: asMentions(targets) } : roles.target,
        passive: roles.reading === "passive" || roles.reading === "passive-by" || (roles.reading === "coordinated" && previous?.passive === true),
      };
      const tail = text.slice(h.end, hits[i + 1]?.start ?? s.end);
      // ("filed a consent order in federal court to require X ...", "a proposed consent decree that would require X": the agreement is with whom it binds.)
      if (actors.length > 0 && targets.length === 0 && (/^\s*(?:and|or|,)\s*$/i.test(tail) || (h.type === "settle" && /^\s*(?:(?:in|with)\s+(?:the\s+)?(?:[\w.]+\s+){0,4}court\s+)?(?:to|that\s+(?:would|will)|which\s+(?:would|will))\s*$/i.test(tail)))) {
        sharing.push({ hit: h, actors, method });
        continue;
      }
      // "The Agency has reviewed the reports", "the FSA is scrutinizing the report": what a supervisor examines in a report is the
      // conduct of the party that made it, the one its order to report was on or that the text says submitted it.
      const report = /\b(?:the|these|its|their)\s+reports?$/i;
      if (h.type === "scrutinize" && targets.length === 0 && actors.length > 0 && actors.every((a) => AUTHORITY_CATEGORIES.has(category(a)!)) && (report.test(text.slice(h.start, h.end)) || (roles.target.kind === "items" && roles.target.items.length === 1 && report.test(`${roles.target.items[0]!.text.trim()}`) && /^(?:the|these|its|their)\s/i.test(roles.target.items[0]!.text.trim())))) {
        targets = reportersBefore(s.start).filter((t) => !actors.includes(t));
      }
      // "The FSA has issued an order to request reporting and must have received a report from the bank": an order for a report
      // that names no one is on the party the sentence says the report comes from.
      if (h.type === "require" && targets.length === 0 && actors.length > 0 && actors.every((a) => AUTHORITY_CATEGORIES.has(category(a)!)) && /\breport(?:s|ing)?\b/i.test(text.slice(h.start, Math.min(s.end, h.end + 40)))) {
        const from = REPORT_FROM.exec(text.slice(h.end, s.end));
        const back = from ? referBack(from[1]!, h.end + from.index + from[0].length) : undefined;
        if (back && !actors.includes(back)) targets = [back];
      }
      // "prosecuted this case", "is handling the matter": the case the release tells, so its parties.
      const theCase = prosecutingFor !== undefined || (roles.target.kind === "items" && roles.target.items.length === 1 && /^(?:this|the)\s+(?:case|matter|prosecution)\b/i.test(roles.target.items[0]!.text.trim())) || /\b(?:this|the)\s+(?:case|prosecution)$/i.test(text.slice(h.start, h.end));
      // "24 March 2020 Statement of objections issued.", "Statement of objections issued to the parties": a competition
      // authority's statement of objections is always of the case it investigates, so on its parties when it names none.
      // (Unlike a charge or an order, which is as often a rule's or another case's.)
      const objections = h.type === "charge" && /\bstatements?\s+of\s+objections?\b/i.test(text.slice(h.start, h.end));
      // "5 February 2018: The CMA served an initial enforcement order under section 72(2)", "22 May 2019 Initial enforcement
      // order": a merger authority's hold-separate order is always on the parties of the deal it reviews.
      const holdSeparate = h.type === "require" && /\binitial\s+enforcement\s+orders?\b/i.test(text.slice(h.start, h.end));
      if (actors.length > 0 && targets.length === 0 && !isHeadline && (theCase || objections || holdSeparate) && actors.every((a) => AUTHORITY_CATEGORIES.has(category(a)!))) {
        unplaced.push({ h, actors, s, time, ...(holdSeparate ? { deal: true } : {}) });
        continue;
      }
      const sidesPhrase = roles.target.kind === "items" && roles.target.items.length === 1 ? roles.target.items[0]!.text.trim() : roles.target.kind === "described" ? roles.target.phrase.trim() : "";
      // ("The parties settled and agreed to penalties": the parties that do a defendant's act are the case's sides too.)
      if (actors.length > 0 && targets.length === 0 && !isHeadline && SIDE_ACTS.has(h.type) && (SIDES_BY_ROLE.test(sidesPhrase) || (roles.reading === "defendant" && /^the\s+parties$/i.test(sidesPhrase)))) {
        unplaced.push({ h, actors, s, time, sides: true });
        continue;
      }
      // "the Commission has decided to impose a financial penalty of £28,750": an authority's act of
      // enforcement that names nobody is on the parties of the case the release tells (caseParties).
      // (A penalty with its amount only: an order or a charge that names nobody is as often a rule's or another case's.)
      if (actors.length > 0 && targets.length === 0 && !isHeadline && h.type === "fine" && actors.every((a) => AUTHORITY_CATEGORIES.has(category(a)!))) {
        const quantity = quantityOf(h, tail, s);
        // "ordered a Pennsylvania-based federal contractor to pay $85,284": of the case's parties, the kind its words describe.
        const only = roles.target.kind === "items" && roles.target.items.length === 1 ? bareNoun(roles.target.items[0]!.text) : roles.target.kind === "described" ? bareNoun(roles.target.phrase) : "";
        const kind = COMPANY_HEADS.test(only.split(/\s+/).at(-1) ?? "") ? "company" : PERSON_HEADS.test(only.split(/\s+/).at(-1) ?? "") ? "person" : undefined;
        if (quantity && /^[A-Z]{3}$/.test(quantity.unit)) unplaced.push({ h, actors, s, time, quantity, ...(kind ? { kind } : {}) });
      }
      // "opened an investigation into allegations of fraud, bribery and corruption", "the investigation into the market manipulation": what is investigated is the case's conduct, so its parties.
      // (Not one to come, "will continue to be scrutinised", nor of an unnamed count: "seven new companies being monitored".)
      // (Nor a sweep of a whole kind: "to conduct a special inspection on all securities firms using co-location host services" inspects them all, not the case's ten.)
      const counted = (roles.target.kind === "items" && roles.target.items.some((i) => UNNAMED_COUNT.test(i.text))) || COUNT_BEFORE.test(text.slice(s.start, h.start)) || /^\s*(?:(?:on|of|into|at|in)\s+)?(?:all|every)\s+(?!(?:of\s+)?(?:the|its|their|his|her|this|these|those)\b)/i.test(text.slice(h.end, s.end));
      // (Nor watching or looking over, which names no inquiry: "The ACCC continues to monitor and oversee compliance with the
      // compulsory Takata airbag recall", "examining whether conflicts of interests ... were identified", "she was examined".)
      const watching = /^(?:monitor|examin|overs[ae]e)/i.test(text.slice(h.start, h.end));
      if (actors.length > 0 && targets.length === 0 && !isHeadline && !counted && !watching && h.type === "scrutinize" && actors.every((a) => AUTHORITY_CATEGORIES.has(category(a)!) && category(a) !== "court") && statusOf(s.text, h.start - s.start, text.slice(h.start, h.end), h.type, plannedList) === "enacted") {
        unplaced.push({ h, actors, s, time });
      }
      // "The CFTC requires futures commission merchants, such as Interactive, to submit Form 102s": a body's standing rule for a
      // whole kind, in the present, is no act on the case's parties (unlike "The order requires respondents to pay").
      const standing = h.type === "require" && /^requires$/i.test(text.slice(h.start, h.end)) && /(?:^|\s)\p{Lu}[\p{L}.]*\s+(?:also\s+)?$/u.test(text.slice(s.start, h.start)) && !/\b(?:It|This|That|They|Order|Decree|Judgment|Settlement|Agreement|Injunction|Notice|Undertaking|Rule)s?\s+(?:also\s+)?$/.test(text.slice(s.start, h.start)) && /^\s+(?!(?:defendants|respondents|parties|them|him|her|it)\b)\p{Ll}[\p{Ll}-]*(?:\s+\p{Ll}[\p{Ll}-]*){0,3}s\b/u.test(text.slice(h.end, h.end + 60)) && actors.every((a) => AUTHORITY_CATEGORIES.has(category(a)!));
      if (actors.length === 0 || targets.length === 0 || standing) {
        sharing = [];
        continue;
      }
      // A court that acts goes on acting in what follows ("has been ordered to pay ... and disqualified").
      // So does a state that sued or settled: "the United States filed a settlement with X ... X will also pay a civil penalty".
      // (Not the bodies a recommendation is made to: the one recommending goes on acting.)
      // ("issued a recommendation that the Prime Minister and the Commissioner of the FSA shall take administrative action against X": nor those it recommends to act.)
      const recommended = roles.actor.kind === "mentions" && roles.actor.mentions.length > 0 && RECOMMENDED.test(text.slice(s.start, roles.actor.mentions[0]!.start));
      if ((roles.actor.kind === "mentions" || litigants.has(actors[0]!)) && h.frame.roles !== "recipients" && !recommended && AUTHORITY_CATEGORIES.has(category(actors[0]!)!)) carried = actors[0]!;
      // A heading that repeats what the body states adds nothing for a reviewer.
      const repeated = isHeadline && actions.some((a) => a.actionType === h.type && a.evidence.start !== s.start && actors.every((x) => a.actors.includes(x)) && targets.every((t) => a.targets.includes(t)));
      const quantity = quantityOf(h, tail, s);
      for (const shared of repeated ? [] : [...sharing, { hit: h, actors, method }]) {
        // "settled charges against X" states the charges too: one action per type the words state.
        for (const type of [shared.hit.type, ...shared.hit.frame.also]) {
          actions.push({
            actionType: type,
            // (A supervisor's sanctions read as the kinds they name keep the sanctions' status: a warning imposed is no warning reported.)
            // ("made a recommendation to the Prime Minister and the Commissioner of the Financial Services Agency that an administrative
            // monetary penalty payment order be issued", "issued today a recommendation that the Prime Minister ... take administrative
            // action against X": what those recommended to act are asked to do is still to be done.)
            status: shared.hit === h && (recommended || h.frame.roles === "recipients") ? "planned" : statusOf(s.text, shared.hit.start - s.start, text.slice(shared.hit.start, shared.hit.end), shared.hit.frame.type === "sanction" ? "sanction" : type, plannedList),
            // ("Judge Kugler entered a consent order of permanent injunction against X": the court orders, but the settlement is the authority's with X.)
            actors: type === "settle" && shared.actors.length > 0 && shared.actors.every((a) => category(a) === "court") && issuer && passageAuthority(issuer) ? [issuer] : shared.actors,
            targets,
            ...(quantity && shared.hit === h && type === h.type ? { quantity } : {}),
            ...(time ? { time } : {}),
            ...stated(s, shared.hit),
            method: type === shared.hit.type ? shared.method : `${shared.method}:also`,
          });
        }
      }
      // "The Federal Court imposed by consent a $1 million penalty against X", "has ordered by consent that X pay": what a court
      // orders by consent the parties agreed, a settlement of the body that brought the case (the release's issuer) with them.
      if ((h.type === "fine" || h.type === "require") && !repeated && actors.every((a) => category(a) === "court") && issuer && passageAuthority(issuer) && /\bby\s+consent\b/i.test(s.text) && !actions.some((a) => a.actionType === "settle" && a.actors.includes(issuer) && targets.every((t) => a.targets.includes(t)))) {
        actions.push({ actionType: "settle", status: statusOf(s.text, h.start - s.start, text.slice(h.start, h.end), "settle", plannedList), actors: [issuer], targets, ...(time ? { time } : {}), ...stated(s, h), method: `${method}:consent` });
      }
      sharing = [];
      // "convicted on all charges of bribery brought against it by the SFO", "pleaded guilty to charges of ...": the charges are an act too, the prosecutor's.
      if (h.type === "convict" && CHARGES_AFTER.test(text.slice(h.end, s.end))) {
        const by = /\b(?:brought|filed|laid)\s+(?:against\s+\S+\s+)?by\s+/i.exec(text.slice(h.end, s.end));
        const agent = by ? inside.find((m) => m.start >= h.end + by.index + by[0].length && m.start <= h.end + by.index + by[0].length + 12 && passageAuthority(m.entity)) : undefined;
        const prosecutor = agent?.entity ?? actors.find(passageAuthority) ?? [authority(), issuer].find((id) => id !== undefined && passageAuthority(id));
        const charged = targets.filter((t) => t !== prosecutor);
        if (prosecutor && charged.length && !actions.some((a) => a.actionType === "charge" && a.actors.includes(prosecutor) && charged.every((t) => a.targets.includes(t)))) {
          actions.push({
            actionType: "charge",
            status: "enacted",
            actors: [prosecutor],
            targets: charged,
            ...(time ? { time } : {}),
            ...stated(s, h),
            method: `${method}:charges`,
          });
        }
      }
      // "reached a $678 million settlement with X", "a £497.25m Deferred Prosecution Agreement with X": the sum settled is a payment too.
      const sum = h.type === "settle" ? settlementSum(h, s) : undefined;
      const paid = (a: ExtractedAction) => a.actionType === "fine" && actors.every((x) => a.actors.includes(x)) && targets.every((t) => a.targets.includes(t));
      if (sum && !actions.some((a) => paid(a) && (a.evidence.start === s.start || isHeadline))) {
        actions.push({
          actionType: "fine",
          status: statusOf(s.text, h.start - s.start, text.slice(h.start, h.end), "fine", plannedList),
          actors,
          targets,
          quantity: sum,
          ...(time ? { time } : {}),
          ...stated(s, h),
          method: `${method}:sum`,
        });
      }
    }
    for (const h of following) readFollowing(h, clause, time, isHeadline);
    // "... set to adopt several more measures ..., including:" makes the list items below planned.
    if (LIST_INTRO.test(s.text) && PLANNED_INTRO.test(s.text)) plannedList = true;
    else if (plannedList && !LIST_ITEM.test(s.text) && hits.length === 0) plannedList = false;
  }

  // Gazetteer bodies an action names that the graph does not have yet are proposed too.
  const used = new Set(actions.flatMap((a) => [...a.actors, ...a.targets]));
  for (const id of used) {
    if (base.knownIds.has(id) || proposed.some((p) => p.id === id)) continue;
    const e = gazetteer.entry(id);
    if (e) proposed.push({ ...e, proposed: true });
  }
  const names: Record<string, string> = {};
  for (const id of used) names[id] = name(id);
  const unread = unreadSentences(text, { sentences, hits: rawHits, mentions, evidence: actions.map((a) => a.evidence), countries: found.countries, ...(options.docDate ? { docDate: options.docDate } : {}), ...(options.marker ? { marker: options.marker } : {}) });
  return quotedAsWritten({ sentences, mentions, actions, proposed, names, unread }, written, text);

  /**
   * The run of names that starts right at `from`, one after another with only commas and "and"
   * between them ("Npower Limited, Npower Northern Limited, ... and Npower Gas Limited").
   */
  function inlineList(inside: readonly Mention[], from: number): string[] {
    const out: string[] = [];
    let at = from;
    for (const m of [...inside].sort((a, b) => a.start - b.start)) {
      if (m.start < at) continue;
      // ("PDL International Pte Ltd.; Sofrana Unilines (NZ) Ltd. and ...": a legal form's point may end a name, a semicolon separate names.)
      // ("ANL Singapore Pte Ltd dba Sofrana ANL Pte Ltd.": the name a party trades under is the same party.)
      if (out.length > 0 && /^\s+(?:dba|d\/b\/a|doing\s+business\s+as)\s+$/i.test(text.slice(at, m.start))) {
        at = m.end;
        continue;
      }
      // ("Pacific Forum Line (Group) Limited and Pacific Forum Line (NZ) Limited; and Neptune Pacific Line, Inc.": a name read short of its
      // bracketed part and legal form goes on to them.)
      if (!/^(?:\s*\([^()]{1,20}\)\s+(?:Limited|Ltd|Inc|LLC|Corp|Corporation|Company|Co|Pte\s+Ltd|Pty\s+Ltd|plc|PLC)\b)?\.?(?:\s*[,;]\s*(?:and\s+)?|\s+and\s+|)$/.test(text.slice(at, m.start)) || (out.length === 0 && m.start !== from)) break;
      if (!out.includes(m.entity)) out.push(m.entity);
      at = m.end;
    }
    return out;
  }

  /** The parties a bulleted list right after `from` opens its items with, one a bullet, the items told in sentences of their own. */
  function bulletParties(from: number, people = false): string[] {
    const out: string[] = [];
    // (From the line after the one `from` is on.)
    const after = from + (/^[^\n]*\n/.exec(text.slice(from))?.[0].length ?? 0);
    const lines = /^(?:[ \t]*\n)*((?:[ \t]*[•▪*-][ \t]+[^\n]*\n?(?:[ \t]*\n)*)+)/.exec(text.slice(after));
    if (!lines) return out;
    const start = after + lines.index + lines[0].indexOf(lines[1]!);
    let at = start;
    for (const line of lines[1]!.split("\n")) {
      const bullet = /^[ \t]*[•▪*-][ \t]+/.exec(line);
      if (bullet) {
        const first = mentions.find((m) => m.start === at + bullet[0].length && ["company", "platform", "person"].includes(category(m.entity)!));
        if (first && !out.includes(first.entity)) out.push(first.entity);
        // ("The following businesses and individuals are ...:" then "• Valley Produce Corp, ... Mario A. Lazo was listed as the
        // officer, director and major stockholder of the business.": the individuals are those the items name as the business's principals.)
        if (people) {
          for (const m of mentions) {
            if (m.start < at || m.end > at + line.length || category(m.entity) !== "person" || out.includes(m.entity)) continue;
            if (PRINCIPAL_AFTER.test(text.slice(m.end, m.end + 80))) out.push(m.entity);
          }
        }
      }
      at += line.length + 1;
    }
    return out;
  }

  /**
   * The parties of a list that follows a sentence ending "the following ...:": each line's name
   * up to its first comma or bracket, known or proposed by its words.
   */
  function listTargets(si: number): string[] {
    const out: string[] = [];
    for (const line of sentences.slice(si + 1)) {
      // The list ends at a sentence of the body (a full stop) or after a line too long to be an item.
      if (/[.!?]["”’]?$/.test(line.text) || line.text.length > 120) break;
      const name = line.text.replace(/^\s*(?:[-•*]|\d+[.)]|[ivx]+\))\s*/i, "").split(/\s*[,(]\s*/)[0]!.trim();
      if (!/^\p{Lu}/u.test(name) || name.split(/\s+/).length > 8) continue;
      let id = gazetteer.lookup(name) ?? (withoutLegalForm(name) ? gazetteer.lookup(withoutLegalForm(name)!) : undefined);
      if (!id) {
        const entry: GazetteerEntry = { id: proposedId(name, taken), name, category: guessCategory(name), aliases: [], proposed: true };
        taken.add(entry.id);
        proposed.push(entry);
        gazetteer.add(entry);
        id = entry.id;
      }
      if (!out.includes(id)) out.push(id);
    }
    return out;
  }

  /**
   * An act the sentence mentions as what led to its other acts ("X was charged following an
   * investigation by ASIC"): it acts on their targets; its actor is the authority of "by", or
   * the one named inside it ("an ASIC investigation"), or the authority of the other acts.
   * Alone in its sentence, it reads as its noun would ("after an investigation into X").
   */
  function readFollowing(h: Hit, clause: Clause, time: Time | undefined, isHeadline: boolean): void {
    const s = clause.sentence;
    if (h.type === "charge" && BARE_ALLEGATION.test(text.slice(h.start, h.end)) && !CASE_BROUGHT.test(text)) return;
    const here = actions.filter((a) => a.evidence.start === s.start);
    const isAuthority = (id: string) => AUTHORITY_CATEGORIES.has(category(id)!);
    const roles = readRoles(clause, h, undefined);
    const agent = roles.actor.kind === "mentions" && roles.reading === "nominal" ? roles.actor.mentions.map((m) => m.entity).filter(isAuthority) : [];
    const named = clause.inside.filter((m) => m.start >= h.start && m.end <= h.end && isAuthority(m.entity)).map((m) => m.entity);
    // ("The respondents fully cooperated with the ACCC's investigation": a bare inquiry noun is an act only of the body whose
    // possessive it follows, not "the bank's investigation".)
    // ("The Agreement resolves Enforcement’s investigation": a division named by one word is the issuing body's own.)
    if (/^\p{L}+$/u.test(text.slice(h.start, h.end)) && !clause.inside.some((m) => m.end <= h.start && isAuthority(m.entity) && /^['’]s?\s+$/.test(text.slice(m.end, h.start))) && !DIVISION_OWNER.test(text.slice(Math.max(s.start, h.start - 20), h.start))) return;
    // "As a result of an inspection of X, the SESC made ...": the main clause's subject, after the phrase.
    // (Only after a leading phrase: in "The investigation disclosed that between May and July, X ..." the comma is the finding's.)
    const leading = /^(?:following|after|as|in)\b/i.test(text.slice(h.start, h.end));
    const comma = leading && clauseStart(text, s, h.start) === s.start ? text.indexOf(",", h.end) : -1;
    const main = comma >= 0 && comma < s.end ? subjectOf(clause, comma + 1, s.end).map((m) => m.entity).filter(isAuthority) : [];
    // A court judges what others investigated: of the acts around it, the one that investigates is not the court.
    const investigates = (id: string) => isAuthority(id) && !((h.type === "scrutinize" || h.type === "charge") && category(id) === "court");
    const theirs = here.flatMap((a) => a.actors).filter(investigates);
    // A finding that names no finder is the release's: its issuer found it, whoever acted last.
    const fallback = (h.type === "declare_illegal" ? [issuer, authority()] : [authority(), issuer]).find((id) => id !== undefined && investigates(id));
    // "the Court of Appeals upheld the Commission's opinion": a verb's own subject acts.
    const subject = roles.reading === "active" && roles.actor.kind === "mentions" ? roles.actor.mentions.map((m) => m.entity).filter(investigates) : [];
    // (A body named inside a leading phrase, "After an ACCC investigation, the Federal Court ordered ...", is the one that investigated.)
    // "The Commission takes note of the judgment by the General Court upholding a 2021 Commission decision": the court the
    // participle follows upholds, not the subject that takes note of its judgment.
    const judging = /^\p{L}+ing\b/u.test(text.slice(h.start, h.end)) ? clause.inside.filter((m) => category(m.entity) === "court" && /^\s*,?\s*$/.test(text.slice(m.end, h.start)) && /\b(?:judgment|judgement|ruling|decision)\s+(?:of|by)\s+(?:the\s+)?$/i.test(text.slice(s.start, m.start))).map((m) => m.entity) : [];
    const actors = judging.length ? judging : leading && named.length ? named : agent.length ? agent : subject.length ? subject : named.length ? named : main.length ? main : theirs.length ? [theirs[0]!] : fallback ? [fallback] : [];
    // "The CFPB alleges that Freedom Stores, Inc., Freedom Acceptance Corporation, and Military Credit Services LLC used illegal tactics": the parties the allegation is about.
    // (The clause's subject right after "that", not a name further on: "alleges that the NGS Companies target Australian investors".)
    // (Before the sentence's other acts: "In the Compliance Order issued to Zahner and Zahner Management Company on October 7, EPA alleges
    // that Zahner and his company filled in portions of streams" alleges against Zahner, whom the order's parties include.)
    // ("According to the SEC's complaint, CSIR Group, LLC hired writers ...": the subject of the clause the attribution opens.)
    const that = /(?:\bthat|,)$/i.test(text.slice(h.start, h.end)) ? subjectOf(clause, h.end, s.end) : [];
    // ("alleging that three companies, KFJ Marketing LLC, Sunlight Solar Leads LLC, and Go Green Education, initiated ...": a count
    // of the parties, then their names, is the same subject.)
    const alleged = that.length && /^\s*(?:the\s+)?(?:(?:two|three|four|five|six|seven|eight|nine|ten|\d+)\s+(?:[\p{Ll}-]+\s+)?(?:companies|firms|entities|individuals|defendants|people|persons|men|women)\s*,\s*)?$/iu.test(text.slice(h.end, that[0]!.start)) ? that.map((m) => m.entity).filter((t) => ["company", "person", "platform"].includes(category(t)!)) : [];
    // (The parties of those acts: "prohibited employees from ..." acts on no party a complaint alleges against.)
    let targets = alleged.length ? alleged : here.flatMap((a) => a.targets).filter((t) => ["company", "person", "platform", "government"].includes(category(t)!));
    if (targets.length === 0 && /^\s+(?:into|of)\s/i.test(text.slice(h.end, s.end))) {
      if (roles.target.kind === "items") targets = roles.target.items.flatMap((item) => item.mentions.map((m) => m.entity));
      else if (roles.target.kind === "mentions") targets = roles.target.mentions.map((m) => m.entity);
      // ("The Court of Justice largely confirms the Commission's decision of 2015 imposing fines", "upholding a 2020 judgment of the
      // General Court": a decision's or a judgment's "of" names who made it, an authority, not a party it found against.)
      targets = targets.filter((t) => !isAuthority(t));
    }
    targets = [...new Set(targets)].filter((t) => !actors.includes(t));
    if (actors.length === 0) return;
    // "The agreement follows the SFO's four-year investigation into bribery": an investigation that
    // names no party of its own is the case's, read once the whole body is known (caseParties).
    if (targets.length === 0) {
      if (!isHeadline || DATED_ROW.test(s.text)) unplaced.push({ h, actors: [...new Set(actors)], s, time });
      return;
    }
    for (const type of [h.type, ...h.frame.also])
      actions.push({
        actionType: type,
        status: statusOf(s.text, h.start - s.start, text.slice(h.start, h.end), type, false),
        actors: [...new Set(actors)],
        targets,
        ...(time ? { time } : {}),
        ...stated(s, h),
        method: type === h.type ? `rule:${h.frame.id}:following` : `rule:${h.frame.id}:following:also`,
      });
  }

  /**
   * The parties a release is about: those acted on by its first act of enforcement that names
   * some (a company, a person, a platform). A press release tells one case; the investigation it
   * mentions in passing ("following the SFO's investigation", "The ICO's investigation found that
   * the charity ...") is of that case.
   */
  function caseParties(): string[] {
    for (const a of actions) {
      const parties = partiesOf(a);
      if (parties.length) return parties;
    }
    return [];
  }

  /** The companies the release's first review of a deal is on ("The CMA is investigating the anticipated acquisition by X of Y"). */
  function dealParties(): string[] {
    // (Or the deal an approval or a block is of: "will not oppose Ventia’s proposed acquisition of Broadspectrum".)
    const ofDeal = (a: ExtractedAction) => DEAL_WORDS.test(a.evidence.quote);
    const review = actions.find((a) => a.actionType === "scrutinize" && ofDeal(a)) ?? actions.find((a) => (a.actionType === "approve" || a.actionType === "block_merger") && ofDeal(a));
    // (Not a legal form a broken name left on its own: "Bottomline Technologies (de), Inc".)
    return review ? review.targets.filter((t) => category(t) === "company" && !review.actors.includes(t) && !BARE_LEGAL_FORM.test(name(t))) : [];
  }

  /** Every party the release's acts of enforcement name: the sides of its case together. */
  function allCaseParties(): string[] {
    return [...new Set(actions.flatMap(partiesOf))];
  }

  /** The parties an act of enforcement is on (a company, a person, a platform), not one of its own actors; none for another act. */
  function partiesOf(a: ExtractedAction): string[] {
    return CASE_ACTS.has(a.actionType) ? a.targets.filter((t) => ["company", "person", "platform"].includes(category(t)!) && !a.actors.includes(t)) : [];
  }

  function placeUnplaced(): void {
    if (unplaced.length === 0) return;
    // No act named the case's parties ("A North Yorkshire company has been fined"): the text's sole company.
    const sole = soleCompany();
    const caseOnes = caseParties();
    // ("The agreed penalties resulted from investigations conducted by the Commission's Area Representatives": inquiries in the
    // plural are those of every party the release's acts name, not of the first act's alone.)
    const plural = (h: Hit) => h.type === "scrutinize" && /\b(?:investigations|inquiries|enquiries|inspections|examinations|audits|probes)\b/i.test(text.slice(h.start, h.end));
    const allSides = unplaced.some((u) => u.sides || plural(u.h)) ? allCaseParties() : [];
    for (const { h, actors, s, time, quantity, kind, sides, deal } of unplaced) {
      // (Only for the charges: on the dev part the fallback was right for two prosecutions and wrong for an investigation.)
      // ("16 respondents", "the contesting respondents": every party the case's acts name, not the first act's alone.)
      // ("The ACCC’s review focused on ...": an inquiry in a release that tells no enforcement is the merger review's, on the deal's parties.)
      const mergerReview = !sides && !(plural(h) && allSides.length) && !deal && caseOnes.length === 0 && h.type === "scrutinize";
      const parties = sides || (plural(h) && allSides.length) ? allSides : deal ? dealParties() : caseOnes.length ? caseOnes : h.type === "charge" ? sole : mergerReview ? dealParties() : [];
      // "launched a statutory inquiry into the charity ..., to investigate serious concerns about ...": the sentence's act of the same kind has named its party.
      if (actions.some((a) => a.actionType === h.type && a.evidence.start === s.start && actors.every((x) => a.actors.includes(x)))) continue;
      // "EPA alleges that Zahner and his company filled ...": of the case's parties, those the sentence names after its words, if any.
      const named = new Set(mentions.filter((m) => m.start >= h.end && m.end <= s.end).map((m) => m.entity));
      // (Not a deal's: "concluded that the acquisition was unlikely to ..., where Shomega's Canberra Press participated" reviews both sides.)
      const here = mergerReview ? [] : parties.filter((t) => named.has(t));
      const all = (here.length ? here : parties).filter((t) => !actors.includes(t));
      const ofKind = kind ? all.filter((t) => category(t) === kind) : all;
      const targets = ofKind.length ? ofKind : all;
      if (targets.length === 0) continue;
      // ("This recommendation is based on the findings of an investigation into ...": the further acts the words state, as in a sentence that names its party.)
      // (A merger review's findings are of the market, not a breach of the deal's parties: "the Commission's inquiries found the merger would not breach the Trade Practices Act".)
      for (const type of mergerReview ? [h.type] : [h.type, ...h.frame.also]) {
        const same = actions.findIndex((a) => a.actionType === type && actors.every((x) => a.actors.includes(x)) && targets.every((t) => a.targets.includes(t)));
        // (A headline that says no more, "School trust fined after pupil injured", gives way to the body's words, which state the sum.)
        const heading = same >= 0 && headingSpans.some((hs) => hs.start === actions[same]!.evidence.start) && actions[same]!.actors.every((x) => actors.includes(x)) && actions[same]!.targets.every((t) => targets.includes(t));
        if (same >= 0 && !heading) continue;
        if (heading) actions.splice(same, 1);
        actions.push({
          actionType: type,
          status: statusOf(s.text, h.start - s.start, text.slice(h.start, h.end), type, false),
          actors,
          targets,
          ...(quantity && type === h.type ? { quantity } : {}),
          ...(time ? { time } : {}),
          ...stated(s, h),
          method: type === h.type ? `rule:${h.frame.id}:case` : `rule:${h.frame.id}:case:also`,
        });
      }
    }
  }

  /** Where an action is stated: its sentence, and the words of the hit. */
  function stated(s: Sentence, h: Hit): Pick<ExtractedAction, "evidence" | "trigger"> {
    return { evidence: { start: s.start, end: s.end, quote: s.text }, trigger: { start: h.start, end: h.end, text: text.slice(h.start, h.end) } };
  }

  /**
   * The items of a penalty round-up (AMOUNT_ITEM under a PENALTY_LEAD): each is a fine on the
   * parties named right after its "against", by whoever fined in the lead: the actors of a fine
   * the lead states, else the authority it names ("Nine ACCC court proceeding were concluded"),
   * else, where a judge orders ("Justice Merkel ordered"), the one court the text names.
   */
  function readAmountItems(): void {
    for (const [si, li] of amountItems) {
      const s = sentences[si]!;
      const lead = sentences[li]!;
      const stated = actions.filter((a) => a.actionType === "fine" && a.evidence.start === lead.start).flatMap((a) => a.actors);
      const named = bySentence[li]!.filter((m) => AUTHORITY_CATEGORIES.has(category(m.entity)!)).map((m) => m.entity);
      const judge = /\b(?:Justice|Judge)\s+\p{Lu}/u.test(lead.text) && courts.length === 1 ? courts : [];
      // ("There are another 14 Enforcement Undertakings with payments ...": a lead that names no one is the issuer's, unless a court's.)
      const own = issuer && passageAuthority(issuer) && !/\b(?:Justice|Judge|Court|court)\b/.test(lead.text) ? [issuer] : [];
      const actors = [...new Set(stated.length ? stated : named.length ? named.slice(0, 1) : judge.length ? judge : own)];
      if (actors.length === 0) continue;
      const targets: string[] = [];
      const party = (x: Mention) => ["company", "person", "platform"].includes(category(x.entity)!) && !actors.includes(x.entity) && !targets.includes(x.entity);
      const dash = AMOUNT_ITEM.test(s.text) ? null : /\s[-–—]\s/.exec(s.text);
      if (dash) for (const x of bySentence[si]!) if (x.end <= s.start + dash.index && party(x)) targets.push(x.entity);
      for (const m of dash ? [] : s.text.matchAll(/\bagainst\s/g)) {
        const from = s.start + m.index! + m[0].length;
        const rest = AGAINST_ENDS.exec(text.slice(from, s.end));
        const to = rest ? from + rest.index : s.end;
        // ("against its Ballarat Area Manager, Mr Anthony Rosenow": a title the name after the comma holds is no party.)
        const title = (x: Mention) => /\b(?:its|his|her|their)\s+$/i.test(text.slice(from, x.start)) && /^,\s/.test(text.slice(x.end, x.end + 2));
        for (const x of bySentence[si]!) if (x.start >= from && x.end <= to && !title(x) && party(x)) targets.push(x.entity);
      }
      if (targets.length === 0) continue;
      const amount = findAmounts(s.text, found.countries)[0];
      const undertaking = UNDERTAKING_LEAD.test(lead.text);
      for (const actionType of undertaking ? (["settle", "fine"] as const) : (["fine"] as const)) {
        actions.push({
          actionType,
          status: PLANNED_INTRO.test(lead.text) ? "planned" : "enacted",
          actors,
          targets,
          ...(amount && actionType === "fine" ? { quantity: amount.quantity } : {}),
          evidence: { start: s.start, end: s.end, quote: s.text },
          trigger: amount ? { start: s.start + amount.start, end: s.start + amount.end, text: text.slice(s.start + amount.start, s.start + amount.end) } : { start: s.start, end: s.end, text: s.text },
          method: undertaking ? `rule:${actionType}.undertaking-round-up-item` : "rule:fine.round-up-item",
        });
      }
    }
  }

  /**
   * A court filing's caption states the suit it is filed in: the plaintiffs sue the defendants ("UNITED STATES OF AMERICA,
   * Plaintiff, v. UPM-KYMMENE, OYJ ..., RAFLATAC, INC. ..., Defendants."). The caption's lines are in capitals, each party's
   * name before its address or description ("an Illinois corporation", "individually and as an officer of ...").
   */
  function readCourtCaption(): void {
    const m = COURT_CAPTION.exec(text);
    if (!m || actions.some((a) => a.actionType === "charge")) return;
    // The plaintiffs: the last line in capitals above "Plaintiff", below the court's heading.
    const above = text.slice(0, m.index).split("\n").map((l) => l.trim().replace(/,$/, "")).filter((l) => l);
    const line = above.reverse().find((l) => CAPTION_NAME.test(l) || CAPTION_HEADING.test(l));
    if (!line || CAPTION_HEADING.test(line)) return;
    const actors = [...new Set(line.split(/\s+and\s+|,\s*/).flatMap((n) => {
      const known = captionEntity(n, true);
      return known ? [known] : [];
    }))];
    if (actors.length === 0) return;
    const targets = [...new Set(m[1]!.split(/\n|;/).flatMap((item) => {
      const n = item.trim().replace(/^and\s+/, "").replace(/,\s*(?:an?\s|individually\b|doing\s+business\b|d\/b\/a\b)[\s\S]*$/, "").replace(/,$/, "").trim();
      if (!CAPTION_NAME.test(n) || CAPTION_HEADING.test(n)) return [];
      const id = captionEntity(n, false);
      return id && !actors.includes(id) ? [id] : [];
    }))];
    if (targets.length === 0) return;
    const s = sentences.find((x) => x.start <= m.index && m.index < x.end) ?? sentences.find((x) => x.start >= m.index)!;
    actions.push({ actionType: "charge", status: "enacted", actors, targets, evidence: { start: s.start, end: s.end, quote: s.text }, trigger: { start: m.index, end: m.index + m[0].length, text: m[0] }, method: "rule:charge.court-caption" });
  }

  /** A caption's party in capitals: the entity the text names so elsewhere, a state by its country's name, else a new one. */
  function captionEntity(written: string, plaintiff: boolean): string | undefined {
    const key = (n: string) => fold(n).replace(/[^\p{L}\p{N}]+/gu, " ").trim();
    const bare = written.replace(/^(?:THE\s+)?PEOPLE\s+OF\s+(?:THE\s+)?/, "").replace(/^STATE\s+OF\s+/, "");
    const k = key(bare);
    const seen = mentions.find((x) => key(name(x.entity)) === k || key(withoutLegalForm(name(x.entity)) ?? "") === k || key(withoutLegalForm(bare) ?? bare) === key(name(x.entity)));
    if (seen) return seen.entity;
    const named = gazetteer.lookup(bare);
    if (named) return named;
    const titled = bare.replace(/\s+OF\s+AMERICA$/, "").toLowerCase().replace(/\b\p{L}/gu, (c) => c.toUpperCase());
    const state = placeEntity(titled);
    if (state) return state;
    // ("PEOPLE OF THE STATE OF ILLINOIS": a state of a federation sues as its government.)
    if (bare !== written && lexicon.places.some((p) => p.regions?.includes(titled))) return gazetteer.lookup(titled) ?? proposeNamed(titled, "government", [`State of ${titled}`]);
    if (plaintiff) return undefined;
    const proper = bare.toLowerCase().replace(/(^|[\s-])(\p{L})/gu, (_, a: string, c: string) => a + c.toUpperCase()).replace(/\b(Inc|Llc|Ltd|Corp|Co)\b/g, (w) => (w === "Llc" ? "LLC" : w));
    // (A first and last name, an initial between them or not, and no word of a firm's, is a person; anything else is a firm.)
    const person = guessCategory(proper) !== "company" && /^\p{Lu}\p{Ll}+\s+(?:\p{Lu}\.\s+)?\p{Lu}\p{Ll}+$/u.test(proper);
    return proposeNamed(proper, person ? "person" : "company", []);
  }

  /** The amount a settlement's own words name: inside the trigger ("a $678 million settlement with") or right after it ("a settlement of $5 million"). */
  function settlementSum(h: Hit, s: Sentence): Quantity | undefined {
    const from = h.start - s.start;
    const to = h.end - s.start;
    const amount = findAmounts(s.text, found.countries).find((a) => (a.start >= from && a.end <= to) || (a.start >= to && /^\s*(?:of|worth|totall?ing|valued\s+at|amounting\s+to)?\s*(?:approximately|about|nearly|more\s+than|over)?\s*$/i.test(s.text.slice(to, a.start))));
    return amount?.quantity;
  }

  /** The amount a payment names, else a count right after the verb ("block 124 servers"). */
  function quantityOf(h: Hit, tail: string, s: Sentence): Quantity | undefined {
    if (PAYMENT_TYPES.has(h.type)) {
      // found.countries: the places the text names, and the countries of the bodies it names or was issued by.
      const amounts = findAmounts(s.text, found.countries);
      const at = h.start - s.start;
      // The amount nearest the trigger, after it first.
      const after = amounts.find((a) => a.start >= at);
      const before = amounts.filter((a) => a.end <= at).at(-1);
      const pick = after && (!before || after.start - (h.end - s.start) <= at - before.end) ? after : before;
      if (pick) return pick.quantity;
    }
    return countAfter(tail);
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

/** The extraction with its sentences, evidence quotes and trigger words as the text writes them, where reading changed a character. */
function quotedAsWritten(x: Extraction, written: string, read: string): Extraction {
  if (written === read) return x;
  for (const s of x.sentences) s.text = written.slice(s.start, s.end);
  for (const a of x.actions) {
    a.evidence.quote = written.slice(a.evidence.start, a.evidence.end);
    a.trigger.text = written.slice(a.trigger.start, a.trigger.end);
  }
  for (const u of x.unread) {
    u.quote = written.slice(u.start, u.end);
    for (const w of u.words) w.text = written.slice(w.start, w.end);
  }
  return x;
}
