/**
 * Stage 3: the words of a sentence that state an action, found by the frame lexicon. One hit
 * per stretch of text (the longest frame wins: "ordered X to pay" is a payment, not an order),
 * none inside a name ("Enforcement Division"), none negated ("did not charge"), none where a
 * verb form is a noun ("the order", "a fine").
 */
import type { ActionType } from "../schema/index.ts";
import type { Mention } from "./gazetteer.ts";
import type { CompiledFrame, Lexicon } from "./lexicon.ts";
import { sentenceWords } from "./patterns.ts";
import type { Sentence } from "./sentences.ts";

export interface Hit {
  frame: CompiledFrame;
  type: ActionType;
  /** Offsets into the document. */
  start: number;
  end: number;
  /** Where the TARGET slot matched, if the frame has one and it is not empty. */
  slot?: { start: number; end: number };
  /** The verb is passive: "X was fined (by Y)". */
  passive: boolean;
}

// Before a verb form that is also a noun ("the order", "its fine", "the SEC's charges"), the word is the noun.
const DETERMINER_BEFORE = /(?:\b(?:the|a|an|its|their|his|her|this|that|these|those|our|any|each|every|no|such|final|consent|desist|administrative|civil|criminal|court|judicial|made|make|makes|issued|issue|issues|entered|obtained|sought|seeks|seeking|granted|imposed)|['’]s?)\s+$/i;
// "regulations requiring supervision", "rules prohibiting ...": the participle describes the rule.
const RULE_NOUN_BEFORE = /\b(?:regulations?|rules?|laws?|provisions?|requirements?|statutes?|standards?|guidelines?|policies|policy|procedures?|obligations?)\s+$/i;
// "a framework for placing ...", "procedures for revoking ...": a rule's subject matter.
const RULE_FOR_BEFORE = /\b(?:rules?|regulations?|framework|guidance|guidelines?|polic(?:y|ies)|procedures?|process|standards?|criteria)\s+(?:for|on|governing|about|regarding|concerning)\s+$/i;
// A sentence whose subject is a law, a section or a rule of it, up to its verb (and the verbs it shares: "prohibits X, and prohibits Y").
const LAW_SUBJECT = /^\s*(?:(?:[Tt]he|[Tt]his|[Tt]hat|[Ss]uch|[Tt]hese)\s+)?(?:Title\s+[IVXLC]+\b|(?:Sections?|Articles?|Rules?|Regulations?)\s+\d|(?:[\p{Lu}][\p{L}\d.'’-]*\s+){0,6}(?:Act|Code|Directive|Regulations?|Rules?|Treaty|Constitution)\b|(?:law|laws|statute|statutes|legislation|regulations|rules|provision|provisions)\b)[^.;:,]{0,80}?\s+(?:(?:\w+ly|also|further)\s+)?(?:(?:prohibits|requires|bans|forbids|bars|mandates)\b[^.;]*?\band\s+(?:(?:\w+ly|also|further)\s+)?)?$/u;
// "the power to prohibit", "the full range of our authorities to prohibit", "the statutory authority provided by Congress to
// investigate": a power held, with who gave it.
const POWER_TO = /\b(?:powers?|authorit(?:y|ies)|ability|discretion|jurisdiction)\s+(?:(?:given|granted|provided|conferred|vested)\s+(?:(?:to|on|in)\s+(?:it|us|them|the\s+\p{L}+)\s+)?by\s+(?:the\s+)?\p{L}+(?:\s+\p{L}+){0,2}\s+)?to\s+$/iu;
// A power used on the case: "ASIC used its powers to ban him", "exercising its authority to"; not "will continue to use", "uses".
const POWER_USED = /\b(?:used|using|exercised|exercising|invoked|invoking)\s+(?:[\w'’-]+\s+){0,3}(?:powers?|authorit(?:y|ies)|ability|discretion|jurisdiction)\s+to\s+$/i;
// "did not charge", "decided not to oppose", "has not yet been approved".
// ("it did not detect or investigate suspicious transactions", "failed to identify, review or report": the negation
// governs every verb of an "or" list, the last one too.)
// ("for failing to warn consumers", "its failure to monitor trading": a duty the party left undone, told as its breach.)
const NEGATED = /\b(?:not|never|no longer|n[’']t|neither|nor|without|declined(?: to)?|refused(?: to)?|fail(?:s|ed|ing|ures?)? to)\s+(?:(?:\w+ly|criminal|civil|further|any|be|been|being|have|has|had|yet|also|even|formally|publicly|immediately|to)\s+)*(?:(?:\p{Ll}+,\s+){0,3}\p{Ll}+,?\s+(?:or|nor)\s+(?:(?:\w+ly|to)\s+)?)?$/iu;
// ("the SESC recommended to take administrative action": "to" before a verb makes an infinitive, not the passive's "to".)
const REDUCED_AFTER = /^\s+(?:to(?!\s+(?:take|issue|impose|make|file|bring|seek|launch|open|conduct|pay|stop|cease|provide|submit|suspend|revoke|order|require)\b)|for|with|over)\b/i;
// "Avista Energy, Inc. Ordered to Pay $2.1 Million", "Baltic Financial Services Fined for Failing to ...": in a headline too, a participle
// after a name and before what is to be done or why is passive.
const TITLED_PASSIVE_AFTER = /^\s+(?:to\s+(?:Pay|Forfeit|Disgorge)\b|for\s+\p{Lu}\p{Ll}+ing\b)/u;
// "Simon Marshall, former Operations Director of Field Services within Serco, charged with three counts of fraud", "John Doe, 45, of
// Miami, Florida, sentenced to": a list's item gives the name, an age or a former post, then the participle, with no auxiliary.
const APPOSITION_BEFORE = /\p{Lu}[\p{L}’'.-]*,\s+(?:\d{1,3}|(?:an?|the|former|then|his|her|its)\s[^,;:()]{1,100}?)(?:,\s+(?:of|from)\s+[^,;:()]{1,40}(?:,\s+[^,;:()]{1,25})?)?,\s+$/u;
const AUX_BEFORE = /\b(?:has|have|had|who|which|that|will|would|to)\s+(?:\w+\s+)?$/i;
const BE_BEFORE = /\b(?:is|are|was|were|be|been|being|get|gets|got|gotten)\s+(?:(?:\w+ly|also|then|now|later|already|again|not|jointly|previously|subsequently|each|both|all|formally|today)\s+)*$/i;

// A clause that opens inside a finding's slot: "that" after a verb's participle ("had proven that"), or "as"/"because" giving a
// reason ("a penalty was appropriate as the Trustee had"); not "such as", "as well as", nor a relative "that" after a noun.
const INNER_CLAUSE = /(?:\b\p{L}+(?:ed|en|wn)\s+that|(?<!\b(?:[Ss]uch|[Ww]ell)\s)\b(?:as|because|since))\s+(?=(?:[Tt]he|[Aa]n?|[Ii]ts|[Tt]heir|[Hh]is|[Hh]er|[Tt]his|[Tt]hese)\s|\p{Lu})/gu;
// What may follow it: a subject, then at most the auxiliary of the verb the frame found ("the Trustee had"), not a clause
// of its own ("CME has imposed a $25,000 sanction on Sukarne for"); a reason's "as" needs that auxiliary ("as a principal").
const AUX_INSIDE = /\b(?:had|has|have|was|were|is|are|did|does|do)\b(?!(?:\s+been)?\s*$)/i;
const AUX_LAST = /\b(?:had|has|have|was|were|is|are|did)(?:\s+been)?\s*$/i;

// Capitalised words right before a word, and whether a determiner comes before them.
const NAME_BEFORE = /(?:^|[\s,(])((?:[Tt]he|[Aa]n?|[Ii]ts|[Tt]his|[Tt]hat|[Tt]heir)\s+)?(?:\p{Lu}[\p{L}\d.&'’-]*\s+)+$/u;

// What a verb's object starts with: "The Commission cautions brokers", "The SEC charges the firm".
// ("The CFPB alleges that ...": a clause after it too.)
const OBJECT_AFTER = /^\s+(?:the|a|an|its|their|his|her|all|two|three|four|five|several|that|\d|\p{Lu}|(?:\p{Ll}+-)*\p{Ll}+(?:s|ers|ors|ies|ants|ents|ees)\b(?!\s+(?:were|are|was|is|have|had|against|of|on|for)\b))/u;

function nounAfterName(before: string, word: string, after: string): boolean {
  const m = NAME_BEFORE.exec(before);
  if (!m) return false;
  if (!/s$/.test(word)) return true;
  // "the CFTC orders" is a noun; "The Commission cautions brokers" a verb with its object.
  return m[1] !== undefined && !OBJECT_AFTER.test(after);
}

/** An object that is a class, not a party: "(and prosecute) those who ...", "anyone that ...", "any person who ...". */
const GENERIC_OBJECT_AFTER = /^\s+(?:(?:and|or)\s+[\p{L}-]+\s+)?(?:those|anyone|anybody|whoever|any\s+(?:persons?|individuals?|one|firms?|compan(?:y|ies)|entit(?:y|ies)))\s+(?:who|whom|whose|that|which)\b/iu;

/** Most words capitalised: a headline or a title, where verbs are capitalised too. */
export function titleCase(sentence: string): boolean {
  const words = sentence.match(/\p{L}[\p{L}'’-]*/gu) ?? [];
  const long = words.filter((w) => w.length > 3);
  return long.length > 0 && long.filter((w) => /^\p{Lu}/u.test(w)).length >= 0.6 * long.length;
}

/** The hits of one sentence, in text order. */
export function findHits(text: string, s: Sentence, lexicon: Lexicon, mentions: readonly Mention[]): Hit[] {
  const found: Hit[] = [];
  /** Whether the sentence is title case, worked out once, when a capitalised verb form first asks. */
  let titled: boolean | undefined;
  // Most frames' words are not in a given sentence; a set lookup is far cheaper than the regex's walk.
  const words = sentenceWords(s.text);
  for (const frame of lexicon.frames) {
    if (!frame.firstWords.some((w) => words.has(w))) continue;
    if (!frame.laterWords.every((ws) => ws.some((w) => words.has(w)))) continue;
    // A match turned down below is tried again from its next character: "The order requires the defendants to pay" is
    // not "order ... to pay" (a noun after "The") but may still be "requires the defendants to pay".
    // (A frame's pattern is compiled global, "giu", so exec walks the sentence from lastIndex.)
    const re = frame.re;
    re.lastIndex = 0;
    for (let m = re.exec(s.text); m; m = re.exec(s.text)) {
      re.lastIndex = m.index + 1;
      const start = s.start + m.index!;
      const end = start + m[0].length;
      const before = text.slice(s.start, start);
      const after = text.slice(end, s.end);
      if (frame.unlessAfter?.test(after) || frame.unlessBefore?.test(before) || (frame.onlyAfter && !frame.onlyAfter.test(after))) continue;
      if (NEGATED.test(before)) continue;
      // "should have been found to be misleading": what ought to have happened did not.
      if (/\b(?:should|ought\s+to)\s+have\s+(?:been\s+)?$/i.test(before)) continue;
      // "the Commission can impose fines of up to 10% of turnover", "firms that breach the rules may be banned": what a
      // body or a law may do is a power or a risk explained, not an act done.
      if (/\b(?:may|can|could|might)\s+(?:(?:\w+ly|also|not|still|then|even|be|face|potentially)\s+)*$/i.test(before)) continue;
      // "if Zhuang fails to pay such fines, the court will entertain an application", "unless the firm complies, it will be
      // fined": what happens on a condition has not happened.
      if (/\b(?:if(?!\s+(?:so|not|any|applicable)\b)|unless)\b[^.;:]{0,120}$/i.test(before)) continue;
      // ("According to the order, if Zhuang fails to pay such fines, the court will entertain an application": so is what a
      // document is said to provide on a condition; the attribution opens no finding.)
      if (frame.target === "others" && /^\s*,?\s*(?:if(?!\s+(?:so|not|any|applicable)\b)|unless)\b/i.test(after)) continue;
      // "Title VII prohibits discrimination in employment ..., and prohibits retaliation against an employee who ...", "The Bank
      // Secrecy Act requires banks to file reports": what a law says binds everyone it covers; nobody acts.
      if ((frame.type === "require" || frame.type === "ban" || frame.type === "sanction") && frame.verbFirst && LAW_SUBJECT.test(before)) continue;
      // "The power to prohibit a trustee under s.3(1) PA 95 is a reserved function": a power someone holds is no act done.
      // (But one used is: "ASIC used its powers to ban him"; not one a body "will continue to use all of its authorities to"
      // use, nor "the statutory authority provided by Congress to investigate": a body's standing policy, not an act.)
      if (frame.verbFirst && POWER_TO.test(before) && !POWER_USED.test(before)) continue;
      // "The fines were increased because these companies had already been found guilty of taking part in cartels", "These
      // entities were previously designated as SDNTs": what had already been done before the events told is a party's record,
      // an act of an earlier case, not one of this release.
      if (frame.verbFirst && /\b(?:had\s+(?:already|previously)\s+been|(?:was|were)\s+(?:already|previously))\s+$/i.test(before)) continue;
      // "to determine whether the registrations of their securities should be suspended ... or revoked", "will consider whether
      // to accept undertakings": a question put to be decided is not its answer.
      if (/\bwhether\b(?:\s+or\s+not)?(?:\s+to|[^.;]{0,160}\b(?:should|ought\s+to)\s+(?:not\s+)?be(?:\s+\w+ly)?)\s+$/i.test(before)) continue;
      // "the Department of Justice will investigate and prosecute those who try to defraud this vital program": an act on a
      // class described, anyone who does a thing, is a policy stated, not an act on a party.
      if (GENERIC_OBJECT_AFTER.test(after)) continue;
      // "The Court deferred ruling on the imposition of a civil monetary penalty against Johnson": what is put off is not done.
      if (/\b(?:deferred|postponed|reserved)\s+(?:ruling|(?:its\s+|a\s+)?decision|judgment)\s+on\b[^.;]{0,60}$/i.test(before)) continue;
      // "findings by the FDIC that it had reason to believe that respondent had engaged in ...": a suspicion, not a finding of a breach.
      if (frame.type === "declare_illegal" && /\breason to (?:believe|suspect)\b/i.test(m[0])) continue;
      const firstWord = /^[\p{L}'’-]+/u.exec(m[0])![0].toLowerCase();
      // "Rules 10b-5 ... thereunder", "the Order Instituting Proceedings": a capitalised verb form inside a body sentence is a noun or a title's word (a headline capitalises every word).
      if (frame.verbFirst && /^\p{Lu}/u.test(m[0]) && !/(?:^|[:“"‘'(—–-]\s*)$/u.test(before.trimEnd()) && !(titled ??= titleCase(s.text))) continue;
      // ... and after a name: "the CFTC order", "a Commission decision", "CFTC order"; but a name
      // with no determiner before a verb in -s is its subject: "SFO completes", "SEC Charges X".
      if (frame.verbFirst && frame.nounLike.has(firstWord) && (DETERMINER_BEFORE.test(before) || nounAfterName(before, firstWord, text.slice(start + firstWord.length, s.end)))) continue;
      // "for Business with Designated Iranian Banks", "engaged in prohibited transactions", "sold to sanctioned entities": a
      // participle right after a preposition describes the noun after it.
      if (frame.verbFirst && /ed$/.test(firstWord) && /\b(?:with|for|of|from|against|among|between|including|involving|in|into|to|on|at)\s+$/i.test(before)) continue;
      // "The Warning Notice and its exhibits", "a warning": "warning" after an article is a noun, which names a thing and
      // warns nobody; one given is read by the frames that give it ("issued a warning to").
      if (frame.type === "warn" && frame.verbFirst && /ing$/.test(firstWord) && /\b(?:the|a|an)\s+$/i.test(before)) continue;
      // "a fine ... for a previously established abuse of dominant position": a participle between a determiner and its noun,
      // after an adverb of time, describes the noun; the act it names was told in an earlier case.
      if (frame.verbFirst && /ed$/.test(firstWord) && /\b(?:a|an|the|its|their|his|her)\s+(?:previously|already|recently|newly|formerly|earlier|originally)\s+$/i.test(before)) continue;
      // "Mr Liu’s banning should act as a deterrent": a gerund after a possessive names an act told elsewhere.
      if (frame.verbFirst && /ing$/.test(firstWord) && /\p{L}['’]s?\s+$/u.test(before)) continue;
      // A trigger inside a name ("Division of Enforcement", "Financial Action Task Force") states nothing.
      if (mentions.some((x) => x.start <= start && start < x.end)) continue;
      // "the closure", "the campaign has ...": a noun after "the" that governs no object refers to an act told elsewhere.
      // (Unless the frame names its own party: "The ICO's investigation found that the charity had ...".)
      // (Nor an act read as the case's: "The SFO's investigation exposed that ..." is of the case the release tells.)
      // ("The review found failings in the Licensee's controls": a noun whose words end on a preposition names its party after it.)
      if (frame.nounFirst && frame.slot === undefined && frame.target !== "others" && /\b(?:the|this|that|its|their)\s+(?:[\w’'-]+\s+){0,3}$/i.test(before) && !/\b(?:of|on|against|by|with|to|into|for|in|within)$/i.test(m[0])) continue;
      // "regulations requiring supervision": a participle after a noun describes it; it states no act.
      if (frame.verbFirst && /ing$/.test(firstWord) && RULE_NOUN_BEFORE.test(before)) continue;
      // "a final rule setting forth a framework for placing uninsured national banks into receivership": what a rule provides for is no act.
      if (frame.verbFirst && /ing$/.test(firstWord) && RULE_FOR_BEFORE.test(before)) continue;
      // "Former Kleenmaid director Andrew Young sentenced to nine years’ imprisonment": a participle right after a
      // name, with no object after it, in a headline's or a list's clipped style, is passive too.
      const reduced = frame.verbFirst && frame.participles.has(firstWord) && /ed$/.test(firstWord) && (/\p{Lu}[\p{L}’'.-]*\s+$/u.test(before) || APPOSITION_BEFORE.test(before)) && !AUX_BEFORE.test(before) && (TITLED_PASSIVE_AFTER.test(text.slice(start + firstWord.length, s.end)) || (REDUCED_AFTER.test(text.slice(start + firstWord.length, s.end)) && !(titled ??= titleCase(s.text))));
      const passive = frame.verbFirst && frame.participles.has(firstWord) && (BE_BEFORE.test(before) || reduced);
      let slot: Hit["slot"];
      if (frame.slot !== undefined && m[frame.slot]) {
        const g = m[frame.slot]!;
        const at = m[0].indexOf(g, firstWord.length);
        const lead = g.length - g.trimStart().length;
        if (at >= 0 && g.trim()) slot = { start: start + at + lead, end: start + at + g.trimEnd().length };
      }
      // "found that X's claims were not false or misleading", "held that X did not violate": a negated finding.
      // (Read on the whole slot: "had not proven that X violated" is negated too.)
      if (slot && frame.type === "declare_illegal" && /\b(?:not|never|no longer)\b|n[’']t\b/i.test(text.slice(slot.start, end))) continue;
      // "held that the FTC staff had proven that the agreement between Impax and Endo violated", "concluded that a penalty was
      // appropriate as the Trustee had failed": a clause inside the finding's slot says who breached, after its "that" or "as".
      if (slot && frame.type === "declare_illegal") {
        const inner = [...text.slice(slot.start, slot.end).matchAll(INNER_CLAUSE)].at(-1);
        const rest = inner ? text.slice(slot.start + inner.index! + inner[0].length, slot.end) : "";
        if (inner && !AUX_INSIDE.test(rest) && (/that\s+$/.test(inner[0]) || AUX_LAST.test(rest))) slot = { start: slot.start + inner.index! + inner[0].length, end: slot.end };
      }
      found.push({ frame, type: frame.type, start, end, ...(slot ? { slot } : {}), passive });
      re.lastIndex = m.index + m[0].length;
    }
  }
  // "authorised a suit in federal court to block the acquisition": across a long gap, the nearer
  // verb governs the noun both end on, so the hit inside wins.
  // (A hit of the same type inside says the same: "filed a complaint to block X's acquisition" keeps the whole.)
  // (Not a kind the words list: "imposed administrative sanctions such as warning, correction and fine on" is the sanctions.)
  const listed = (h: Hit, k: Hit) => /\b(?:such as|including|namely)\b/i.test(text.slice(h.start, k.start));
  const governed = found.filter((h) => !(h.frame.longGap && found.some((k) => k.start > h.start && k.end === h.end && k.type !== h.type && !listed(h, k))));
  // Longest first, then the earlier frame of the lexicon; a hit overlapping a kept one is dropped.
  governed.sort((a, b) => b.end - b.start - (a.end - a.start) || a.frame.rank - b.frame.rank);
  const kept: Hit[] = [];
  for (const h of governed) if (!kept.some((k) => h.start < k.end && k.start < h.end)) kept.push(h);
  return kept.sort((a, b) => a.start - b.start);
}
