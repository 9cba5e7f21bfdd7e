/**
 * Stage 6 (with dates.ts and quantities.ts): how the text presents an action. "X was fined"
 * is enacted; "X will be fined", "the SEC seeks a penalty" planned; "X said ICOs are illegal"
 * stated; "according to sources, ..." reported; "announced plans to" announced.
 */
import type { ActionType, Status } from "../schema/index.ts";

const PLANNED = /\b(?:set to|will|shall|plans? to|planning to|intends? to|intending to|expected to|would|is to|are to|proposes? to|proposed|proposing|seeks?|seeking|sought|to seek|aims? to|could|may|might|threatens? to|considering|is considering|mulls?|weighs?|preliminary|provisional|if approved|subject to)\b/i;
// ("according to people familiar with", "according to Reuters": a source; not "according to the complaint", nor "according to the seriousness of the deficiencies".)
const REPORTED = /\b(?:sources?\b[^.]{0,40}\b(?:say|said|says|told)|reportedly|reported(?:ly)? that|is said to|are said to)\b/i;
const SOURCE_AFTER = /\baccording to (?:(?:a|an|the|two|three|several|some|other|local|unnamed|anonymous)\s+)?(?:[a-z-]+\s+){0,2}?(?:sources?|reports?|people|persons|insiders?|media|newspapers?|analysts?|observers|reporters|outlets?)\b/i;
const NAMED_SOURCE = /\b[Aa]ccording to (?!(?:the|a|an|SEC|CFTC|FTC|Commission)\b)[A-Z]/;
const STATED = /\b(?:said|says|stated|declared|told|warned|argued|insisted|noted|stressed|added)\b/i;
const ANNOUNCED = /\bannounc\w*\s+(?:plans?|(?:that\s+)?(?:it|they)\s+(?:will|would|is to|are to|plans?|intends?))\b|\bwill\s+(?:take effect|come into force|apply)\b/i;

/** The status of the action whose trigger starts at `triggerAt` in `sentence`. */
export function statusOf(sentence: string, triggerAt: number, trigger: string, type: ActionType, inPlannedList: boolean): Status {
  const before = sentence.slice(0, triggerAt);
  // Calling something illegal is a statement; a warning reported as said is one too.
  // "The Commission cautions investors that ...": a warning in the present tense is the body speaking.
  if ((type === "declare_illegal" && /illegal|unlawful|accus/i.test(trigger)) || (type === "warn" && (STATED.test(before) || /^(?:warns|cautions|alerts|reminds|urges|advises)\b/i.test(trigger)))) return "stated";
  // "has agreed to pay", "agreed to settle": done, whatever follows.
  const agreed = /\b(?:agreed|agrees|has agreed|have agreed|consented|pleaded|pled)\b/i.test(trigger) || /\b(?:agreed|agrees|consented)\s+to\s+$/i.test(before);
  const planned = !agreed && (PLANNED.test(before.slice(-90)) || inPlannedList);
  if (REPORTED.test(sentence) || SOURCE_AFTER.test(sentence) || NAMED_SOURCE.test(sentence)) return planned ? "planned" : "reported";
  // "The FAA proposes a $617,100 civil penalty against ...", "OSHA proposes more than $1 million in fines": a penalty
  // proposed is the actor's own, announced for when the case closes, neither imposed nor merely intended.
  if (ANNOUNCED.test(before) || (/^propos(?:e|es|ed|ing)\b/i.test(trigger) && !planned)) return "announced";
  if (planned) return "planned";
  return "enacted";
}
