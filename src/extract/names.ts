import nlp from "compromise";
import type { EntityCategory } from "../schema/index.ts";
import { guessCategory } from "./lexicon.ts";

// A name with its legal form, of up to six capitalised words ("Warrnambool Cheese and Butter Factory Company Holdings Ltd"),
// a number among them after a word of the name ("Slice of the 406 LLC", "Eastside 2000 Limited"); a professional corporation's
// "P.C.", a public benefit corporation's "PBC", an unlimited liability company's "ULC" ("Tunney & Associates, P.C.");
// an order's caption "In the Matter of" is not part of its respondent's name.
// ("Formal Agreement with Dearborn FSB, Dearborn, Michigan": a federal savings bank's "FSB" is its legal form, not the FSB the gazetteer knows.)
const LEGAL_NAME = /(?<![\p{L}\d])(?!In\s+the\s+Matter\b)(?:(?:\p{Lu}[\p{L}\d&'’.-]*|\d+)\s+(?:(?:of\s+the|of|and|&|the|de|du)\s+)?){0,5}(?:\p{Lu}[\p{L}\d&'’.-]*|(?<=\p{Lu}[\p{L}\d&'’.-]*\s+(?:(?:of\s+the|of|the|and|&)\s+)?)\d+),?\s+(?:\([\p{L}\d]{1,12}\)\s+|\(\p{Lu}[\p{L}\d&]*(?:\s+(?:and|&|of)?\s*\p{Lu}[\p{L}\d&]*){1,3}\)\s+)?(?:Inc|Ltd|LLC|L\.L\.C|L\.P|LP|LLP|P\.C|PBC|ULC|N\.A|National\s+Association|FSB|F\.S\.B|PLC|plc|Corp|Corporation|Limited|AG|S\.A\.S|S\.A|SA|SAS|SARL|S\.p\.A|SpA|S\.r\.l|Srl|SE|GmbH|B\.V|BV|N\.V|NV|VOF|V\.O\.F|Oyj|Oy|AB|ASA|A\/S|K\.K|KK|JSC|PJSC|Ltda|Pty\s+Ltd|Pte\.?\s+Ltd|Sdn\.?\s+Bhd|Bhd|Co\.,?\s+Ltd)(?![\p{L}\d])\.?/gu;
// The kind of party an unnamed one is, after where it is from: "a North Yorkshire company", "an Essex man".
const PLACE_OF_UNNAMED = /^\s+(?:company|firm|business|man|woman|resident|couple|trader|director|developer|landlord|farmer|builder|contractor|employer|retailer|manufacturer|school|charity|bank|construction|haulage|waste|care|property|businessman|businesswoman)\b/;
// A capitalised phrase of up to five words, in any script's letters ("Tax Office Košice", "Nürburgring GmbH"), "of" after a first word
// ("Bank of Taiwan"), "&" ("Procter & Gamble"), a plural's apostrophe ("Staines Magistrates’ Court"), words with digits ("1st Beneficial
// Credit Services", "China 9D Construction Group"), a first word of capitals ("GLF Schools"), initials joined by "&" ("S&M Testing Laboratory").
const NAME_WORD = String.raw`(?:\p{Lu}+&\p{Lu}+(?![\p{L}\d])|\p{Lu}['’]\p{Lu}\p{Ll}+|\p{Lu}[\p{L}\d&-]*[\p{Ll}\d]|\d+(?:st|nd|rd|th)(?=\s+\p{Lu})|\d+\p{Lu}[\p{L}\d]*)(?:(?<=s)['’](?=\s+\p{Lu}))?`;
// ("42 North Private Bank": a number that opens a bank's name, no year, is the name's first word.)
const PHRASE = new RegExp(String.raw`(?<![\p{L}\d])(?:(?<![$.,])(?!1[89]\d\d\b|20\d\d\b)\d{2,4}(?=(?:\s+\p{Lu}[\p{L}-]*){1,3}\s+Bank(?![\p{L}\d]))|${NAME_WORD}|\p{Lu}{2,5}(?=\s+\p{Lu}\p{Ll}))(?:\s+(?:of|for|de|du)\s+${NAME_WORD})?(?:\s+(?:&\s+)?${NAME_WORD}){0,4}(?![\p{L}\d])`, "gu");
// Words that name a kind of body, capitalised in releases ("the Board", "the Licensee"): references, not names.
const GENERIC = /^(?:Judgment|Judgement|Decree|Opinion|Indictment|Notice|Release|Consent|Final|Administrative|Enforcement|Board|Commission|Commissioner|Court|Agency|Bureau|Department|Office|Authority|Council|Treasury|Government|Company|Bank|Licensee|Defendants?|Respondents?|Plaintiffs?|Order|Act|Rule|Rules|Regulation|Regulations|Directive|Division|Branch|Section|Article|Chapter|Part|Program|Programme|Fund|Group|Trust|Firm|Exchange|Ministry|Parliament|Tribunal|Secretary|Director|Chairman|Chair|President|Minister|Judge|Justice|Staff|Complaint|Settlement|Agreement|Applicant|Appellant|Petitioner|Registrant|Issuer|Entity|Party|Parties|Paragraph|Schedule|Count)s?$/;

// A law named with commas in it: "Federal Food, Drug, and Cosmetic Act", "Trade, Investment and Industry Act".
const LAW_NAME = /\b(?:[A-Z][\w&'’-]*,?\s+(?:(?:and|of|the|for|on|&)\s+)*){1,8}(?:Act|Code|Law|Directive|Regulations?|Ordinance|Statute)\b/g;

const HYPHENATED_NAME = /(?<![\p{L}\d-])(?<!\p{Lu}[\p{L}'’.]*\s+)\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)+(?![\p{L}\d-])(?!\s+\p{Lu})/gu;
const OFFICE_BEFORE = /^(?:.*\s)?(?:Governor|Officer|CEO|CFO|COO|Chairman|Chairwoman|Chairperson|President|Director|Mayor|Senator|Congressman|Congresswoman|Minister|Treasurer|Founder|Owner|Manager|Secretary)\s+(?=\p{Lu}\p{Ll}+\s+\p{Lu})/u;
const ORGANISATION_WORD = /^(?:Foundation|Trust|Fund|Bank|Group|Company|Association|Society|Institute|Council|Partners|Holdings|Capital|Services|Limited|Ltd|Inc|Corp|Corporation|LLC|LLP|Charity|Club|Church|University|College|School|Hospital|Agency|Authority|Commission|Office|Department|Ministry|Court)$/;
// "Joseph A. Dazzio": a first name, an initial and a surname are a person.
const INITIALLED_PERSON = /(?<![\p{L}\d])\p{Lu}\p{Ll}+\s+\p{Lu}\.\s+\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?(?![\p{L}\d])/gu;
// Capitalised compounds of a heading or a term, not names: "Anti-Money Laundering", "Cease-and-Desist", "Non-Compliance".
const HYPHEN_PREFIX = /^(?:Anti|Non|Pre|Post|Re|Co|Self|Cross|Multi|Inter|Over|Under|Cease|Know|Follow|Long|Short|High|Low|Well|Mid|Semi|Ex|Vice|Sub|Super|Counter|Pro|Full|Part|Year|Left|Right|Top|Third|First|Second|Large|Small|Real|Old|New|Mass|Cyber|Crypto|E)-/;
// An office's title right before a person's name: "Deputy Chair Sarah Court", "Commissioner Sarah Court".
const OFFICE_TITLE = "(?:Chair|Chairman|Chairwoman|Chairperson|Commissioner|Director|Minister|Secretary|President|Member)";
const AGED_PERSON = /(?<=^|[\s,;:(])(\p{Lu}\p{Ll}+(?:\s+\p{Lu}\.)?(?:\s+\p{Lu}[\p{Ll}'’-]+){1,2}),\s+\d{2},\s+(?:of|from)\s+\p{Lu}/gu;
const OFFICE_OF = "(?:Secretary|Minister|Director|Commissioner|Chair(?:man|woman|person)?|Governor|Administrator|Superintendent|Head)";
const POST_AT = /\b(?:Director|Manager|Officer|Researcher|Fellow|Advis[eo]r|Head|Chair|President|Counsel|Analyst|Coordinator|Partner|Professor|Economist|Editor|Correspondent|Spokes(?:man|woman|person))\s+at\s+$/;
const NICKNAMED = /(?<=\b(?:Mr|Mrs|Ms|Miss|Dr)\.?\s+)[A-Z][a-z]+\s+\([A-Z][a-z]+\)\s+[A-Z][a-z]+(?:-[A-Z][a-z]+)?\b/g;
const TITLE_GERUND = /^(?:Making|Imposing|Instituting|Ordering|Requiring|Granting|Accepting|Approving|Denying|Concerning|Regarding|Including|Finding|Establishing|Amending|Implementing|Prohibiting|Barring|Suspending|Revoking|Affirming|Dismissing|Entering|Issuing|Assessing|Directing)\s/;
// ("a lawsuit against the State of Virginia, Virginia State Board of Elections and Virginia Commissioner of Elections": "and" joins words
// of one body's name, "Department of Housing and Urban Development", not the next office's title that has an "of" of its own;
// that office, "Virginia Commissioner of Elections", is one name too: a commissioner of a field acts as a body does.)
const BODY_OF = /\b(?:[A-Z][a-zA-Z-]*[a-z]\s+){1,3}(?:Department|Ministry|Office|Bureau|Division|Board|Commission|Commissioner|Authority|Agency|Council|Administration|Directorate)\s+of\s+(?:the\s+)?[A-Z][a-zA-Z-]*[a-z](?:\s+(?:(?:and|&)\s+(?!(?:[A-Z][a-zA-Z-]*[a-z]\s+){1,3}of\s))?[A-Z][a-zA-Z-]*[a-z]){0,4}\b/g;
// Titles before a name are not part of it: "Mr Julian Smith" is Julian Smith.
const HONORIFIC = /^(?:Mr|Mrs|Ms|Miss|Dr|Prof|Messrs|Messers|Sir|Dame|Lord|Lady|Judge|Justice|Hon|Honorable|Honourable|Rev|Defendant|Defendants|Respondent|Respondents|Plaintiff|Relief|Chairman|Chair|Director|Commissioner|Secretary|Minister|President|Governor|Deputy|Acting|Chief|Senator|Representative|CEO)\.?$/;

// A public officer's title before a name: "United States District Judge", "Assistant U.S. Attorney", "Magistrate Judge".
const TITLE_PHRASE = /^(?:(?:Assistant|Acting|Deputy|Chief|Senior|Special|Interim|Former|Presiding)\s+)*(?:(?:United States|U\.S\.|US)\s+)?(?:(?:District|Circuit|Magistrate|Bankruptcy|Administrative Law)\s+)?(?:Court\s+(?=Judges?\b))?(?:Judges?|Justices?|Attorneys?|Attorneys General|Attorney General|Marshals?|Trustees?)\s+/;
const HONORABLE = /\b(?:Honou?rable|Hon\.)\s+((?:\p{Lu}[\p{L}'’-]+|\p{Lu}\.)(?:\s+(?:\p{Lu}[\p{L}'’-]+|\p{Lu}\.)){1,3})/gu;
const TITLED_PERSON = /(?:(?:Assistant|Acting|Deputy|Chief|Senior|Special|Interim|Presiding)\s+)*(?:(?:United States|U\.S\.|US)\s+)?(?:(?:District|Circuit|Magistrate|Bankruptcy|Administrative Law)\s+)?(?:Court\s+(?=Judge))?(?:Judge|Justice|Attorneys?|Marshal|Trustee)\s+((?:\p{Lu}[\p{L}'’-]+|\p{Lu}\.)(?:\s+(?:\p{Lu}[\p{L}'’-]+|\p{Lu}\.)){1,3})/gu;

// Time words make a time phrase, not a name: "Last September", "Early Monday".
const TIME_WORD = /\b(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Today|Yesterday|Tomorrow|Last|Next|Earlier|Later|Spring|Summer|Autumn|Winter|Q[1-4])\b/;
import type { Sentence } from "./sentences.ts";

export interface FoundName {
  name: string;
  category: EntityCategory;
}

/** The words a kind of act's document is called by ("Provisional Order", "Final Notice"), and its last word. */
const ACT_KIND_WORD = /^(?:Provisional|Formal|Written|Final|Interim|Temporary|Preliminary|Initial|Consent|Enforcement|Penalty|Warning|Decision|Prohibition|Banning|Disqualification|Stop|Cease-and-Desist|Cease|and|Desist|Deferred|Prosecution|Compliance|Remediation|Restraining|Supervisory|Administrative|Business|Improvement|Infringement|Statutory|Confirmation|Information|Freezing|Asset|Civil|Criminal|Settlement)$/;
// The words of a series that a legal name closes: "Guitar, " (and "Amp, " ...) right before "Amp & Keyboard Centre Ltd", after
// the start of a list's item (a line, a comma, "and", or "The").
const SERIES_BEFORE = /(?:^|[,;:(]\s*|\band\s+|\n)((?:The\s+)?\p{Lu}\p{Ll}+,\s+(?:\p{Lu}\p{Ll}+,\s+)*)$/u;
// A legal name that opens with the series' last two single words: "Amp & Keyboard Centre Ltd".
const SERIES_END = /^\p{Lu}\p{Ll}+\s+(?:&|and)\s+\p{Lu}/u;
const ACT_DOCUMENT = /^(?:Order|Orders|Notice|Notices|Direction|Directions|Decision|Decisions|Agreement|Agreements|Undertaking|Undertakings|Injunction)$/;
const NOT_NAMES = new Set([
  // A US bank's legal form ("Wachovia Bank, National Association"), never a party alone.
  "National Association",
  // The SEC's "Fair Fund": money set aside for harmed investors, not a party.
  "Fair Fund",
  // "an Order to Cease and Desist": the words of an order's title.
  "Cease", "Desist",
  "The", "A", "An", "This", "That", "These", "Those", "It", "Its", "They", "Their", "He", "She", "We",
  // "You are in violation of these requirements": a letter's addressee, named in its heading, not by its pronoun.
  "You", "Your", "Our", "Us", "Him", "Her", "His", "Them",
  // "At Phase 2, we gather more evidence", "a Stage 1 review": a step of a procedure.
  "Phase", "Stage",
  "In", "On", "At", "For", "And", "But", "Or", "Former", "Then", "Ex", "Both",
  "According", "Sources", "Some", "Just", "Related", "Strengthen", "Engage", "Guide", "Messaging",
  "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday",
  "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December",
]);
// A clause's first word, capitalised as the sentence's first, before a name is no part of it: "Following Mr Xiao’s failure to
// return to Australia, charges were laid", "Following Welsh Water’s self-report", "Although Nasdaq ...", "U.S. EPA Settles Case
// with Apartment Property Manager Over Lead Paint Disclosure Violations". (Not "Under": "Under Secretary", "Under Armour".)
const LEADING_WORD = /^(?:Following|After|Before|Despite|During|Upon|Since|Unlike|Although|Though|While|Whilst|When|Whereas|Because|Once|Until|Without|Through|Against|Over|As|If|Given|Pursuant|Amid|Among|Between|Within)$/;
const PLACES = new Set([
  "United Kingdom", "United States", "Hong Kong", "European Union", "New York",
  "China", "India", "Japan", "Korea", "Singapore", "Germany", "France", "Britain", "England", "Europe", "America", "Russia", "Canada", "Australia",
  "Switzerland", "Dubai", "Thailand", "Vietnam", "Indonesia", "Malaysia", "Philippines", "Taiwan", "Turkey", "Brazil", "Nigeria", "Israel", "Italy",
  "Spain", "Ireland", "Netherlands", "Berlin", "Frankfurt", "London", "Paris", "Beijing", "Shanghai", "Shenzhen", "Tokyo", "Seoul", "Washington",
  "Internet", "Bitcoin", "Ethereum", "Twitter", "Mr", "Mrs", "Ms",
]);
// "Chinese", "German", "Singaporean": adjectives of place, not names.
const DEMONYM = /(?:ese|ian|ean|ish|an|ic)$/;

/**
 * Whether a phrase an action is done to is written as a name: capitalised words (with "of", "and",
 * "&" between), not only words for a kind of body ("the Company", "Defendants"), a time or an
 * honorific ("penalties against Seednet", "fined Zentrix Labs").
 */
export function writtenAsName(phrase: string): boolean {
  const words = phrase.trim().replace(/^the\s+/i, "").split(/\s+/);
  if (words.length === 0 || words.length > 5) return false;
  if (!words.every((w) => /^(?:\p{Lu}[\p{L}\d&'’.-]*|of|and|&|de|du|for)$/u.test(w))) return false;
  if (!/^\p{Lu}/u.test(words.at(-1)!)) return false;
  const clean = words.join(" ").replace(/[.'’]+$/u, "");
  if (clean.length < 3 || TIME_WORD.test(clean) || NOT_NAMES.has(clean) || PLACES.has(clean)) return false;
  // "Bollinger County", "Fordshill Road": an address.
  if (/\s(?:County|Township|Parish|Borough|Street|Road|Lane|Avenue|Way|Drive|Close|Square)$/.test(clean)) return false;
  // "convicted of Embezzlement and Theft", "Sentenced for Wire Fraud": a headline's capitalised offence, not a party.
  if (/(?:^|\s)(?:Fraud|Theft|Embezzlement|Conspiracy|Bribery|Laundering|Trafficking|Smuggling|Evasion|Assault|Murder|Manslaughter|Robbery|Extortion|Kickbacks?|Perjury|Forgery|Counterfeiting|Racketeering)$/.test(clean)) return false;
  // "Civil Action No", "Order Making Findings": a number's label, an order's title.
  if (words.at(-1) === "No" || TITLE_GERUND.test(`${clean} `) || TITLE_GERUND.test(`${words.slice(1).join(" ")} `)) return false;
  return !words.every((w) => GENERIC.test(w.replace(/[.'’]+$/u, "")) || HONORIFIC.test(w) || /^(?:of|and|&|de|du|for)$/.test(w));
}

/** Whether every use of a word in a sentence starts a longer phrase with "and" ("Health and Safety at Work etc. Act"). */
function leadsOnly(text: string, word: string): boolean {
  let uses = 0;
  for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
    if (/\p{L}/u.test(text[at - 1] ?? "") || /\p{L}/u.test(text[at + word.length] ?? "")) continue;
    uses++;
    if (!/^\s+(?:and|&)\s/.test(text.slice(at + word.length, at + word.length + 6))) return false;
  }
  return uses > 0;
}

// compromise's parse runs its noun and verb chunker last; its people and organisations read the tags alone, and the
// chunker is a seventh of the parse's time. It is left out of our parses only, and put back before anyone else parses.
// (compromise's typings leave the world untyped; its `hooks` is the list of compute steps a parse runs.)
const world = nlp.world() as { hooks: string[] };
const TAGGING = world.hooks.filter((h) => h !== "chunks");
function tagged(text: string): ReturnType<typeof nlp> {
  const hooks = world.hooks;
  world.hooks = TAGGING;
  try {
    return nlp(text);
  } finally {
    world.hooks = hooks;
  }
}

/** Quoted words that read as a title: four or more, most of the longer ones after the first capitalised. */
function quotedTitle(inner: string): boolean {
  const words = inner.trim().split(/\s+/);
  if (words.length < 4) return false;
  const content = words.slice(1).filter((w) => /^[“"‘(]?\p{L}{4,}/u.test(w));
  return content.length > 0 && content.filter((w) => /^[“"‘(]?\p{Lu}/u.test(w)).length >= 0.6 * content.length;
}

/**
 * Names of organisations and people the gazetteer does not know: compromise's organisations
 * and people, and capitalised phrases of two to four words inside a sentence ("Orbit Lending",
 * "Helix Swap"), which compromise misses for invented brand names. Sentences whose capitalised
 * words `known` says are all inside names already known are skipped (pass no headline: names
 * there, capitalised throughout, are unreliable).
 */
export function discoverNames(
  sentences: readonly Sentence[],
  known: (start: number, end: number) => boolean = () => false,
  isPlace: (name: string) => boolean = () => false,
  withLibrary: (s: Sentence) => boolean = () => true,
): FoundName[] {
  const found = new Map<string, FoundName>();
  let sentenceText = "";
  const add = (raw: string, category?: EntityCategory): void => {
    // "PDL International Pte Ltd.\n; Sofrana Unilines (NZ) Ltd.": no name runs across a semicolon or a line break;
    // "WASHINGTON, D.C. – The Consumer Financial Protection Bureau": nor across a dash between spaces (a dateline's);
    // "the following companies under Npower Group PLC: Npower Limited, ...": nor across a colon that opens a list (one in brackets is a ticker's: "(ASX: MTR)").
    const lines = raw.split(/\s*[;\n]\s*|\s+[–—-]\s+|(?<!\([^()]*):\s+/).filter((x) => x.trim());
    if (lines.length > 1) {
      for (const l of lines) add(l, category);
      return;
    }
    // "NGS Crypto Pty Ltd, NGS Digital Pty Ltd": a list the NLP library took for one name.
    // "Green Deal Savings Limited and MYIML Limited": a legal form ends a name, "and" starts the next.
    const parts = raw.split(/,\s+(?=\p{Lu})(?!(?:Inc|Ltd|LLC|L\.L\.C|L\.P|LP|LLP|P\.C|N\.A|National Association|PLC|plc|Corp|Co|S\.A|AG|SE|Jr|Sr|II|III|IV)\b)|(?<=\b(?:Inc|Ltd|LLC|LLP|PLC|plc|Corp|Limited|AG|SE|GmbH)\.?,?)\s+and\s+(?=\p{Lu})/u);
    if (parts.length > 1) {
      for (const p of parts) add(p, category);
      return;
    }
    // "a settlement between its Office of Enforcement and Gila River Power LLC": words for a body's kind before "and" end a name, not start one.
    const joined = /^(.*?)\s+and\s+(?=\p{Lu})(.*)$/u.exec(raw.trim());
    if (joined && joined[1]!.split(/\s+/).every((w) => GENERIC.test(w) || /^(?:of|the|for)$/.test(w))) {
      add(joined[2]!, category);
      return;
    }
    // (A footnote mark is no part of a name: "Deutsche Securities Inc.*".)
    const name = raw.replace(/^[\s“"‘'(\[•·▪‣◦*–—-]+/u, "").replace(/[\s,.;:()'’”"*†‡]+$/u, "").replace(/\s+[–—-]+$/u, "").replace(/\s*\((?![\p{L}\d]{1,12}\)\s+(?:\p{Lu}\p{Ll}+\s+){0,2}(?:Inc|Ltd|LLC|LLP|LP|ULC|Limited|Corp|Corporation|PLC|plc|Pty|Pte|AG|SA|GmbH|BV|NV|SE)\b)(?!\p{Lu}[\p{L}\d&]*(?:\s+(?:and|&|of)?\s*\p{Lu}[\p{L}\d&]*){1,3}\)\s+(?:Inc|Ltd|LLC|Limited|Corp|Corporation|PLC|plc|Pty|Pte|AG|SA|GmbH|BV|NV|SE)\b).*$/u, "").replace(/['’]s$/u, "").trim();
    // "Victoria-based Mortgage & General ...": where a party is based is no part of its name.
    const words = name.replace(/^\p{Lu}[\p{L}.]*(?:\s+\p{Lu}[\p{L}.]*)?-based\s+/u, "").split(/\s+/);
    // ("A Whistle (1979) Pty Ltd", "We Buy Houses Pty Ltd": a leading "A" or "We" of a name with a legal form is the name's.)
    const incorporated = /\b(?:Pty|Ltd|Limited|Inc|LLC|PLC|plc|Corp|Corporation|GmbH|AG|SA|NV|BV)\.?$/.test(name) && words.length >= 3 && /^\p{Lu}/u.test(words[1]!);
    // ("82 and Sunny LLC": a number that is no year, before a name with a legal form or a bank's word, is the name's first word.)
    const numbered = /\b(?:Pty|Ltd|Limited|Inc|LLC|PLC|plc|Corp|Corporation|GmbH|AG|SA|NV|BV|Bank)\.?$/.test(name) && /^(?!1[89]\d\d$|20\d\d$)\d{2,4}$/.test(words[0]!) && words.length >= 3 && !TIME_WORD.test(words[1]!);
    while (words.length > 1 && !(incorporated && /^(?:A|We)$/.test(words[0]!)) && !numbered && (NOT_NAMES.has(words[0]!) || LEADING_WORD.test(words[0]!) || HONORIFIC.test(words[0]!) || /^\d+$/.test(words[0]!))) words.shift();
    // "former US Secretary of Commerce Wilbur Louis Ross", "Director of Enforcement Gretchen Lowe": the one word after an office's
    // "of" is the office's department, and the person's name follows it.
    if (words.length >= 3 && words.length <= 5 && /^\p{Lu}\p{Ll}+$/u.test(words[0]!) && words.slice(1).every((w) => /^\p{Lu}(?:\p{Ll}+|\p{Ll}*\p{Lu}\p{Ll}+|\.)$/u.test(w) && !ORGANISATION_WORD.test(w) && !GENERIC.test(w)) && new RegExp(`\\b${OFFICE_OF}\\s+of\\s+(?:the\\s+)?${words.join("\\s+").replace(/\./g, "\\.")}\\b`, "u").test(sentenceText)) {
      words.shift();
      category = "person";
    }
    // "the completed acquisition by Bottomline Technologies (de), Inc of Experian Limited’s ... business": a legal form ends the
    // buyer's name, so what follows its "of" is the next company, not more of one name.
    if (words.length > 2 && /^(?:Inc|Ltd|LLC|LLP|PLC|plc|Corp|Corporation|Limited|AG|SA|SE|GmbH)\.?$/.test(words[0]!) && words[1] === "of") words.splice(0, 2);
    // A title phrase before a name is no part of it ("United States District Judge Joy ...").
    const titled = TITLE_PHRASE.exec(words.join(" "));
    if (titled) {
      words.splice(0, titled[0].trim().split(/\s+/).length);
      category = /\b(?:Judges?|Justices?)\s*$/.test(titled[0]) ? "court" : "person";
    }
    // "former Alabama Governor Don Eugene Siegelman", "HealthSouth Chief Executive Officer Richard Scrushy": a title before a person's name is no part of it.
    // ("HealthSouth Chief Executive Officer Richard": a title and half a name, which the library cut short, names no one.)
    if (words.length > 2 && /^(?:Governor|Officer|CEO|Chairman|President|Director|Mayor|Senator|Minister|Treasurer|Founder|Owner|Manager|Secretary)$/.test(words.at(-2)!) && /^\p{Lu}\p{Ll}+$/u.test(words.at(-1)!)) return;
    const office = OFFICE_BEFORE.exec(words.join(" "));
    if (office) {
      const rest = words.join(" ").slice(office[0].length).split(/\s+/);
      if (rest.length >= 2 && rest.length <= 4 && !rest.some((w) => ORGANISATION_WORD.test(w) || GENERIC.test(w))) {
        words.splice(0, words.length, ...rest);
        category = "person";
      }
    }
    // "the remote Operating Licence of Football Pools Limited": a licence of a party is no name; the party after "of" is.
    const licence = words.findIndex((w, i) => i <= 2 && /^(?:Licen[cs]e|Permit|Registration|Authori[sz]ation)$/.test(w) && words[i + 1] === "of");
    if (licence >= 0 && words.length > licence + 2) {
      add(words.slice(licence + 2).join(" "), category);
      return;
    }
    // "The OBU of Bank SinoPac Co., Ltd. exceeded the investment limit": a bank's offshore or domestic banking unit (OBU, DBU, OSU)
    // is the bank acting through one of its books, no party of its own; the bank after "of" is.
    if (words.length > 2 && /^(?:OBU|DBU|OSU)s?$/.test(words[0]!) && words[1] === "of") {
      add(words.slice(2).join(" "), category);
      return;
    }
    // "In the Matter of First Security Bank": a case's caption, then the party.
    if (words.length > 2 && words[0] === "Matter" && words[1] === "of") words.splice(0, 2);
    // "Docket No", "Release No": a number's label.
    if (words.at(-1) === "No") return;
    // "the Commission's Google Shopping Decision": a body's possessive before a name is no part of it.
    if (words.length > 1 && /^\p{Lu}\p{L}*['’]s$/u.test(words[0]!) && GENERIC.test(words[0]!.replace(/['’]s$/, ""))) words.shift();
    const clean = words.join(" ");
    // "Electricity) Limited": half of a bracketed name is none.
    if ((clean.match(/\(/g)?.length ?? 0) !== (clean.match(/\)/g)?.length ?? 0)) return;
    // "Captain Tom Foundation" (an honorific and a first name, the library's person) is an organisation by its last word.
    if (category === "person" && ORGANISATION_WORD.test(words.at(-1)!)) category = undefined;
    // "Making Findings", "Imposing Remedial Sanctions": the words of an order's title, not a name.
    if (TITLE_GERUND.test(clean)) return;
    // "Licensee of Station WZNT(FM)" (a caption's line): what a party is of something names no party.
    if (words.length > 2 && /^(?:Licensee|Licensees|Owner|Operator|Subsidiary|Parent|Affiliate)$/.test(words[0]!) && words[1] === "of") return;
    // "Order Instituting Public Administrative ...", "Cease-and-Desist Proceedings": an act's title names no party.
    if (/^(?:Order|Orders|Notice|Decision|Judgment|Complaint)$/.test(words[0]!) && words.length > 1 && TITLE_GERUND.test(`${words[1]!} `)) return;
    if (/^(?:Proceedings|Order|Orders)$/.test(words.at(-1)!) && words.slice(0, -1).every((w) => /^(?:Administrative|Public|Cease-and-Desist|Cease|and|Desist|Civil|Criminal|Disciplinary|Enforcement|Final|Consent|Interim)$/.test(w))) return;
    // "Sections 4C", "Rule 10b-5": a provision's number is no name.
    if (GENERIC.test(words[0]!) && words.slice(1).every((w) => /\d/.test(w))) return;
    // "the NGS Companies", "the Gateway Entities": a group the text defines stands for its members, not for one more party.
    if (words.length > 1 && /^(?:Companies|Entities|Defendants|Respondents|Parties|Subsidiaries|Affiliates)$/.test(words.at(-1)!)) return;
    // "an Enforcement Notice", "the Final Judgment": words that only name a kind of act name no one.
    if (words.every((w) => GENERIC.test(w)) && /^(?:Notice|Order|Judgment|Judgement|Decree|Opinion|Indictment|Release|Complaint|Settlement|Agreement|Rules?|Regulations?)s?$/.test(words.at(-1)!)) return;
    // "the Provisional Order", "a Deferred Prosecution Agreement", "an Initial Enforcement Order": a kind of act, capitalised, names no one.
    if (words.length > 1 && ACT_DOCUMENT.test(words.at(-1)!) && words.slice(0, -1).every((w) => ACT_KIND_WORD.test(w))) return;
    // "a Dutch company", "a Chicago-based corporation": a capitalised adjective and a common noun describe, they do not name.
    if (words.length > 1 && words.slice(1).every((w) => /^\p{Ll}/u.test(w)) && /^(?:company|companies|corporation|firm|business|subsidiary|entity|partnership|fund)$/.test(words.at(-1)!)) return;
    // "WestLB AG, Dusseldorf, Germany, and its New York Branch", "Kookmin Bank ... its Japan Branches": a bank's branch named by its
    // place is the bank acting there, no party of its own.
    if (words.length > 1 && /^Branch(?:es)?$/.test(words.at(-1)!) && (PLACES.has(words.slice(0, -1).join(" ")) || isPlace(words.slice(0, -1).join(" ")))) return;
    // "China Director at Human Rights Watch": a post for a country or region names the post, no one holding it.
    if (words.length === 2 && /^(?:Director|Manager|Officer|Head|Representative|Correspondent|Editor|Coordinator)$/.test(words[1]!) && (PLACES.has(words[0]!) || isPlace(words[0]!))) return;
    if (clean.length < 3 || words.length < 2 || NOT_NAMES.has(clean) || PLACES.has(clean) || isPlace(clean) || TIME_WORD.test(clean)) return;
    // A title says more than the NLP library's guess: a judge is the court, whatever was found first.
    // "Section 7 of the Clayton Act": a name that ends in a law's word is the law, whoever the NLP library took "Clayton" for.
    const guessed = guessCategory(clean);
    if (!found.has(clean) || titled || category === "court") found.set(clean, { name: clean, category: guessed === "regulation" && category === "person" ? guessed : (category ?? guessed) });
  };
  /** One-word names: "BaFin", "N26" by their shape; "Bittrex" by being capitalised mid-sentence twice. */
  const single = new Map<string, number>();
  // "violating Federal campaign finance laws ... a Federal political committee": an
  // adjective of government, capitalised as the texts write it, is no party alone.
  const addSingle = (word: string, compound = false) => {
    if (word.length < 2 || word === "Federal" || NOT_NAMES.has(word) || GENERIC.test(word) || PLACES.has(word) || isPlace(word) || TIME_WORD.test(word) || found.has(word)) return;
    if (compound) {
      single.set(word, (single.get(word) ?? 0) + 1);
      return;
    }
    if (/^[A-Z]{2,}$/.test(word)) return; // acronyms are found in brackets or in the gazetteer
    if (/^[A-Z][a-z]*[A-Z0-9][\w]*$/.test(word) || /^[a-z]+[A-Z][\w]*$/.test(word)) found.set(word, { name: word, category: "company" });
    else if (/^[A-Z][a-z]{3,}$/.test(word) && !DEMONYM.test(word)) single.set(word, (single.get(word) ?? 0) + 1);
  };
  // "Gumtree’s proposed acquisition of Cox Media": who makes a deal is a company, named once or not.
  const DEAL_BY = /\b(?:acquisition|merger|takeover|purchase|buyout)\s+of\s+[^,;.()]{1,60}?\s+by\s+$/;
  // "the proposed acquisition of wind turbine manufacturer Gamesa by Siemens", "purchase of Gatan from Roper Technology": what a deal buys is a company too.
  const DEAL_OF = /\b(?:acquisition|merger|takeover|purchase|buyout)\s+of\s+(?:(?:the|its|their)\s+)?(?:[\p{Ll}-]+\s+){0,4}$/u;
  const DEAL_OWNER = /^['’]s\s+(?:(?:proposed|planned|intended|completed|anticipated|contemplated|hostile|\$?[\d.,]+\s*(?:million|billion|bn|m)?)\s+)*(?:acquisition|merger|takeover|purchase|buyout)\b/;
  for (const s of sentences) {
    // Only a capitalised word no known name covers can start a new name; without one, the NLP
    // library (most of the extractor's time) has nothing to find.
    const unknown = [...s.text.matchAll(/\p{Lu}[\p{L}\d&'’.-]*/gu)].some((m) => !NOT_NAMES.has(m[0].replace(/[.'’]+$/u, "")) && !known(s.start + m.index, s.start + m.index + m[0].length));
    if (!unknown) continue;
    // A law's name with commas in it ("the Federal Food, Drug, and Cosmetic Act") names no company
    // "Federal Food": nothing inside it is taken for a name.
    const lawNames = [...s.text.matchAll(LAW_NAME)];
    const laws = lawNames.filter((m) => m[0].includes(",")).map((m) => ({ start: m.index, end: m.index + m[0].length, text: m[0] }));
    const insideLaw = (at: number) => laws.some((l) => at >= l.start && at < l.end);
    // The NLP library gives names without their place: a name is a law's part if a law holds it.
    const partOfLaw = (name: string) => laws.some((l) => l.text.includes(name));
    // A quoted title of four words or more ("OCC Guidelines Establishing Heightened Standards for
    // Certain Large Insured National Banks ...") is capitalised as a title, not as names. (Not a
    // quoted speech, whose words are in lower case: "“The ACCC also took action against Ramsay
    // Health Care for alleged anti-competitive conduct ...” names Ramsay Health Care.)
    sentenceText = s.text;
    const text = s.text.replace(/(?<=^|[\s(])[“"]([^”"\n]{20,})[”"](?=[\s.,;:)]|$)/g, (q, inner: string) => (quotedTitle(inner) ? " ".repeat(q.length) : q));
    // "Helix Swap", "Bank of Taiwan", "Procter & Gamble": capitalised words, joined by "of", "for", "&".
    // "of" joins only after a first word ("Bank of Taiwan"), not a person to a firm ("Jamie Harris of McGrathNicol").
    // (A first word of capitals only where it is no body the gazetteer knows: not "SEC Enforcement Director".)
    const phrases = [...text.matchAll(PHRASE)].filter((m) => {
      if (!/\s/.test(m[0]) || insideLaw(m.index)) return false;
      // "A North Yorkshire company has been fined": where an unnamed party is from, not a name.
      if (/\b(?:a|an)\s+$/i.test(text.slice(Math.max(0, m.index - 4), m.index)) && PLACE_OF_UNNAMED.test(text.slice(m.index + m[0].length, m.index + m[0].length + 30))) return false;
      const acronym = /^[A-Z]{2,5}(?=\s)/.exec(m[0]);
      return !acronym || !known(s.start + m.index, s.start + m.index + acronym[0].length);
    });
    // The NLP library tells people from organisations. It reads every sentence that may state an
    // action, and any other that holds a capitalised phrase no known name covers ("entered a final
    // judgment against Thomas Meyer" names the man a later sentence calls "Meyer").
    // "Mercedes-Benz", "Kimberly-Clark": one word of capitalised parts joined by hyphens, a name wherever it stands
    // once the text uses it twice or the NLP library calls it an organisation.
    const compounds = [...text.matchAll(HYPHENATED_NAME)].filter((m) => !HYPHEN_PREFIX.test(m[0]) && !known(s.start + m.index, s.start + m.index + m[0].length)).map((m) => m[0]);
    for (const w of compounds) addSingle(w, true);
    const people: string[] = [];
    if (withLibrary(s) || compounds.length > 0 || phrases.some((m) => !known(s.start + m.index, s.start + m.index + m[0].length))) {
      const doc = tagged(text);
      for (const o of doc.organizations().out("array") as string[]) if (!partOfLaw(o)) {
        if (compounds.includes(o)) single.set(o, 2);
        // "found that Google favoured": a one-word organisation the library names counts as a use of the name, so a
        // second use anywhere (in another phrase too) makes it a name.
        const word = o.replace(/^[\s“"‘'(]+|[\s”"’'),.;:]+$/gu, "");
        // ("Health and Safety at Work etc. Act", "Health and safety in engineering workshops": a word that always starts a longer phrase is no name alone.)
        if (/^\p{Lu}\p{Ll}{2,}$/u.test(word) && !DEMONYM.test(word) && !leadsOnly(text, word)) addSingle(word, true);
        add(o);
      }
      for (const p of doc.people().out("array") as string[]) if (!partOfLaw(p)) {
        people.push(p.replace(/[\s,.;:]+$/, ""));
        add(p, "person");
        // "ASIC Deputy Chair Sarah Court said": after an office's title, a surname that is also an organisation's word ("Court") is still a person's.
        const name = p.replace(/[\s,.;:]+$/, "").replace(new RegExp(`^${OFFICE_TITLE}\\s+`), "");
        if (/^\p{Lu}\p{Ll}+ \p{Lu}\p{Ll}+$/u.test(name) && new RegExp(`\\b${OFFICE_TITLE}\\s+${name}\\b`).test(text)) found.set(name, { name, category: "person" });
      }
    }
    // "the Commission for Hannah Ingram-Moore": a phrase that ends in a person the library found, after "for" or "of", is not one name.
    for (const m of phrases) {
      if (people.some((p) => new RegExp(`\\s(?:for|of)\\s+${p.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}$`).test(m[0]))) continue;
      // "China Director at Human Rights Watch Sophie Richardson": after a post held "at" an organisation, a phrase that ends in
      // the first name and surname of a person the library found is the organisation, then the person.
      const tail = /^(\S+(?:\s+\S+)+?)\s+(\p{Lu}\p{Ll}+\s+\p{Lu}\p{Ll}+)$/u.exec(m[0]);
      if (tail && people.some((p) => p.endsWith(tail[2]!)) && POST_AT.test(text.slice(Math.max(0, m.index - 40), m.index))) {
        // (The library's person took the organisation's last word too: "Watch Sophie Richardson".)
        for (const k of [...found.keys()]) if (k !== tail[2] && k.endsWith(` ${tail[2]}`) && m[0].endsWith(k)) found.delete(k);
        add(tail[1]!);
        add(tail[2]!, "person");
        continue;
      }
      add(m[0]);
    }
    // "Article 51 of Financial Instruments and Exchange Act": a law's name joined by "and" is one name, not a company and "Exchange Act".
    for (const m of lawNames) if (/\s(?:and|&)\s/.test(m[0]) && !m[0].includes(",")) add(m[0].replace(/^(?:The|A|An|Under|Article|Section|Pursuant)\s+/, ""), "regulation");
    for (const m of text.matchAll(INITIALLED_PERSON)) if (!insideLaw(m.index)) add(m[0], "person");
    // "Terry Kevin Burton, 46, of Wilder, Idaho": a name with an age and a home town is a person's.
    for (const m of text.matchAll(AGED_PERSON)) if (!insideLaw(m.index)) found.set(m[1]!, { name: m[1]!, category: "person" });
    // "Seward and Son Planting Company", "Smith and Partners": "and" before a word of a firm's kind joins one name.
    // ("Frederick J. Hanna & Associates": the founder's initial too.)
    for (const m of text.matchAll(/\b[A-Z][a-zA-Z-]*[a-z](?:\s+[A-Z]\.)?(?:\s+[A-Z][a-zA-Z-]*[a-z])?\s+(?:and|&)\s+(?:Sons?|Company|Partners|Associates|Daughters?|Brothers)\b(?:\s+[A-Z][a-zA-Z-]*[a-z]){0,3}/g)) if (!insideLaw(m.index)) add(m[0]);
    // "The EPA’s $55,000 settlement with the Apartment Investment and Management Company", "the Union Solidarity and Development
    // Association": after "the", capitalised words joined by "and" up to an organisation's word are one name; nobody writes "the"
    // before two parties ("Stan Mendell and Westland Meat Company" stays two).
    for (const m of text.matchAll(/(?<=\b[Tt]he\s+)(?:[A-Z][a-zA-Z-]*[a-z]\s+){1,3}(?:and|&)\s+(?:[A-Z][a-zA-Z-]*[a-z]\s+){0,3}(?:Company|Corporation|Association|Society|Federation|Union|Institute|Foundation)\b/g)) if (!insideLaw(m.index) && !known(s.start + m.index, s.start + m.index + m[0].length)) add(m[0]);
    // "Mr Lirim (Laurie) Emini": a person's name with the name they go by in brackets is one name.
    for (const m of text.matchAll(NICKNAMED)) if (!found.has(m[0])) found.set(m[0], { name: m[0], category: "person" });
    // "The Kentucky Department of Financial Institutions": a body's kind joins "of" wherever it stands in the name.
    for (const m of text.matchAll(BODY_OF)) if (!insideLaw(m.index)) add(m[0]);
    // "United States District Judge Joy Flowers Conti", "Assistant United States Attorney Craig W. Haller": a title names a person after it.
    // A judge acts as the court ("pleaded guilty before United States District Judge X": X's court takes the plea).
    // "the Honorable Richard A. Lazzara of the U.S. District Court": a judge's honorific, where a court follows.
    for (const m of text.matchAll(HONORABLE)) if (/^,?\s+(?:of\s+the\s+[^,;]{0,60}Court|(?:United States\s+|U\.S\.\s+)?(?:District\s+|Circuit\s+|Magistrate\s+)?Judge)\b/.test(text.slice(m.index + m[0].length, m.index + m[0].length + 80))) add(m[1]!, "court");
    for (const m of text.matchAll(TITLED_PERSON)) add(m[1]!, /\b(?:Judge|Justice)\s+\S+$/.test(m[0].slice(0, m[0].length - m[1]!.length).trim() + " x") ? "court" : "person");
    // A legal form makes a company name of the capitalised words before it: "Citibank, N.A.", "Power Resources, Inc.".
    // ("Sensormatic Electronics Corporation and Checkpoint Systems, Inc.": a legal form before "and" ends one company, and the next begins.)
    for (const m of text.matchAll(LEGAL_NAME)) {
      if (insideLaw(m.index)) continue;
      const two = /^(.*?\b(?:Corporation|Corp|Inc|Ltd|Limited|LLC|PLC|plc|AG|SA|Company)\.?),?\s+(?:and|&)\s+(\p{Lu}.*)$/u.exec(m[0]);
      // "The Guitar, Amp & Keyboard Centre Ltd": single words in a series before a legal name ("Guitar, Amp & Keyboard") are
      // one name's, not a name "The Guitar" and a company "Amp & Keyboard Centre Ltd".
      const names = two ? [two[1]!, two[2]!] : [m[0]];
      const series = SERIES_END.test(names[0]!) ? SERIES_BEFORE.exec(text.slice(Math.max(0, m.index - 80), m.index)) : null;
      if (series) {
        const name = `${series[1]!}${names.shift()!}`.replace(/^The\s+/, "").replace(/\.$/, "");
        found.set(name, { name, category: "company" });
      }
      for (const name of names) add(name, "company");
    }
    // Not the sentence's first word, and not part of a longer capitalised phrase.
    // (After a colon a capital starts a title or a new phrase: "can be found at: Health and safety in ...".)
    for (const m of text.matchAll(/(?<=[\p{L}\d,;]\s+)([A-Za-z][A-Za-z0-9]+)(?![\s]+[A-Z])(?=[\s,;:'’]|[.](?!\d)|$)/gu)) {
      const before = s.text.slice(0, m.index).trimEnd();
      // ("Both Staples and Office Depot are active": a determiner before it starts no longer name.)
      if (/[A-Z][\w]*$/.test(before) && !/\b(?:The|the|A|An|Both)$/.test(before)) continue;
      // ("At Phase 2, we build on our work at Phase 1", "Tier 1 capital": a word before its number is a stage's or a part's label.)
      if (/^\s+\d/.test(text.slice(m.index + m[1]!.length, m.index + m[1]!.length + 3))) continue;
      // A word inside a name already known ("the Health and Safety Executive") is no use of a name of its own.
      if (known(s.start + m.index, s.start + m.index + m[1]!.length)) continue;
      // "the proposed acquisition of Air Europa by IAG", "IAG’s acquisition of ...": who makes a deal is a company, acronym or not.
      const dealer = DEAL_OWNER.test(text.slice(m.index + m[1]!.length, m.index + m[1]!.length + 60)) || DEAL_BY.test(text.slice(Math.max(0, m.index - 80), m.index)) || (DEAL_OF.test(text.slice(Math.max(0, m.index - 80), m.index)) && /^\s+(?:by|from)\s+\p{Lu}/u.test(text.slice(m.index + m[1]!.length, m.index + m[1]!.length + 8)));
      if (dealer && /^[A-Z]{2,6}$/.test(m[1]!) && !known(s.start + m.index, s.start + m.index + m[1]!.length) && !NOT_NAMES.has(m[1]!)) found.set(m[1]!, { name: m[1]!, category: "company" });
      addSingle(m[1]!);
      // ("Gatan" ends like a demonym, but what is bought or buys is a company.)
      if (dealer && (single.has(m[1]!) || (DEMONYM.test(m[1]!) && /^[A-Z][a-z]{3,}$/.test(m[1]!) && !NOT_NAMES.has(m[1]!) && !GENERIC.test(m[1]!) && !PLACES.has(m[1]!) && !isPlace(m[1]!) && !found.has(m[1]!)))) single.set(m[1]!, 2);
    }
  }
  for (const [word, n] of single) if (n >= 2 && !found.has(word)) found.set(word, { name: word, category: guessCategory(word) });
  // "Ofqual has issued NCFE with notices ... after NCFE admitted breaching": an acronym nobody defines is a party's
  // whole name when the text uses it twice or more, never after an article ("the NBN", "an AFSL"), and once as a subject.
  const acronyms = new Map<string, { uses: number; subject: boolean; article: boolean; acted: boolean }>();
  for (const s of sentences) {
    for (const m of s.text.matchAll(/(?<![\p{L}\d&.'’-])([A-Z][A-Z0-9]{2,5})(?![\p{L}\d&.'’-])/gu)) {
      const word = m[1]!;
      if (known(s.start + m.index, s.start + m.index + word.length) || NOT_NAMES.has(word) || PLACES.has(word) || isPlace(word)) continue;
      const a = acronyms.get(word) ?? { uses: 0, subject: false, article: false, acted: false };
      a.uses++;
      // "- CBA was ordered to pay a civil penalty": an acronym an enforcement act is told of is a party, used once or more.
      if (/^\s+(?:was|were|has\s+been|have\s+been)\s+(?:ordered|fined|sentenced|charged|convicted|penali[sz]ed|banned|disqualified|censured)\b/.test(s.text.slice(m.index + word.length))) a.acted = true;
      if (/\b(?:the|a|an|its|their)\s+$/i.test(s.text.slice(0, m.index))) a.article = true;
      if (/^\s+(?:has|had|is|was|will|must|said|agreed|\p{Ll}+ed)\b/u.test(s.text.slice(m.index + word.length))) a.subject = true;
      acronyms.set(word, a);
    }
  }
  // (Not a word set in capitals that the text also writes as a name: "MONROE" for Monroe.)
  const titled = (word: string) => sentences.some((s) => new RegExp(`\\b${word[0]}${word.slice(1).toLowerCase()}\\b`).test(s.text));
  for (const [word, a] of acronyms) if (((a.uses >= 2 && a.subject) || a.acted) && !a.article && !found.has(word) && !titled(word)) found.set(word, { name: word, category: "company" });
  // "John Melley and Leonard Melley, Jr.": a generational suffix is part of the name the NLP library cut before it.
  const suffixed = sentences.some((s) => /\b(?:Jr|Sr)\b/.test(s.text));
  for (const [key, f] of suffixed ? found : []) {
    if (f.category !== "person") continue;
    const withSuffix = new RegExp(`(?<![\\p{L}])${f.name.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")},?\\s+(Jr|Sr)\\.?(?![\\p{L}])`, "u");
    const suffix = sentences.map((s) => withSuffix.exec(s.text)).find((x) => x);
    if (suffix) {
      const name = suffix[0].replace(/\.$/, "");
      found.delete(key);
      found.set(name, { ...f, name });
    }
  }
  return [...found.values()];
}
