import type { ActionType, EntityCategory } from "../schema/index.ts";

/**
 * Words that state an action, by type. Each pattern matches the verb in its forms and, where
 * the news uses it, the noun ("a ban on", "closure of", "crackdown on").
 */
export const TRIGGERS: { type: ActionType; pattern: RegExp; noun?: boolean }[] = [
  { type: "declare_illegal", pattern: /\b(?:declar\w*|deem\w*|categori[sz]\w*|call\w*|rul\w*|brand\w*)\b[^.;]{0,80}?\billegal\b|\b(?:is|are|was|were|be)\s+illegal\b|\baccus(?:e|es|ed|ing)\b|\bcharg(?:e|es|ed|ing)\b(?=[^.]{0,120}\bwith\b)|\bsu(?:e|es|ed|ing)\b|\blawsuit\b/i },
  { type: "ban", pattern: /\bban(?:s|ned|ning)?\b|\bprohibit\w*|\boutlaw\w*/i },
  { type: "shutdown", pattern: /\bshut(?:s|ting)?(?:\s+down)?\b|\bclos(?:e(?!\s+(?:to|coordination|cooperation|contact|ties|attention|scrutiny)\b)|es|ed|ing|ure)\b|\bdelist\w*|\bsuspend\w*|\bhalt\w*/i },
  { type: "block", pattern: /\bblock(?:s|ed|ing)?\b/i },
  { type: "warn", pattern: /\bwarn\w*|\bcaution\w*|\bwill be (?:“|")?struck\b|\bthreaten\w*/i },
  { type: "require", pattern: /\brequir(?:e|es|ed|ing)\b|\border(?:s)?\s+against\b|\brestrict(?:s|ed|ing)?\b|\brestrictions?\s+on\b|\bimpos(?:e|es|ed|ing)\b(?=\s+(?:\w+\s+){0,3}(?:limits?|caps?|restrictions?|conditions?|requirements?)\b)|\border(?:s|ed|ing)?\b(?=[^.]{0,60}\bto\b)|\boblig\w*|\bcompel\w*/i },
  { type: "guide", pattern: /\bguid(?:e|es|ed|ing|ance)\b/i },
  { type: "scrutinize", pattern: /\bmonitor\w*|\bscrutin\w*|\binvestigat\w*|\binspect\w*|\bprob(?:e|es|ed|ing)\b|\baudit\w*/i },
  { type: "regulate", pattern: /\b(?:new\s+)?(?:regulations?|rules)\s+(?:launched|issued|adopted|introduced)|\b(?:launch|issu|adopt|introduc)\w*\s+(?:new\s+)?(?:regulations?|rules)\b/i },
  { type: "campaign", pattern: /\b(?:tak(?:e|en|es|ing)|took)\s+(?:\w+\s+)?action\s+against\b|\bcrack(?:s|ed|ing)?\s*down\b|\bcrackdown\b|\bcampaign\w*/i },
  { type: "consult", pattern: /\bdiscussions?\b|\btalks\b|\bconsult\w*|\bmet with\b|\bmeet(?:s|ing)? with\b|\bsummon\w*/i },
  { type: "withdraw", pattern: /\bwithdr(?:aw|aws|awing|awn|ew)\b|\bexit(?:s|ed|ing)?\b/i },
  { type: "migrate", pattern: /\bmigrat\w*|\bmov(?:e|ed|es|ing) (?:abroad|offshore|overseas)\b|\brelocat\w*/i },
  { type: "resume", pattern: /\bcomeback\b|\bresum(?:e|es|ed|ing)\b|\breturn(?:s|ed|ing)? to\b/i },
  { type: "defraud", pattern: /\bscams?\b|\bfraud(?:s|sters?)?\b|\bdefraud\w*/i },
  { type: "decline", pattern: /\bfall(?:s|ing|en)?\b|\bfell\b|\bdeclin(?:e|ed|es|ing)\b|\bdrop(?:s|ped|ping)?\b/i },
  { type: "fine", pattern: /\bfin(?:e|es|ed|ing)\b(?=\s+(?:[A-Z$£€\d]|it\b|them\b))|\bpenalt(?:y|ies)\b|\bfines? of\b/ },
];

/** Words of an organisation's name that say which category it is; otherwise a company. */
export function guessCategory(name: string): EntityCategory {
  if (/\b(Commission|Authority|Bank|Agency|Administration|Office|Ministry|Regulator|Bureau|Board|Supervisor|Department|Service|Council|Reserve|Treasury|Directorate)\b/.test(name)) return "regulator";
  if (/\b(Government|State Council|Parliament|Congress)\b/.test(name)) return "government";
  if (/\b(Inc|Ltd|Corp|Corporation|Group|Holdings|Exchange|Company|Co|LLC|plc|AG|SA|Capital|Markets)\b\.?/.test(name)) return "company";
  if (/\b(News|Times|Journal|Post|Daily|Herald|Reuters|Bloomberg|Press|Wire)\b/.test(name)) return "media";
  if (/\b(team|task force|committee|group)\b/i.test(name)) return "task_force";
  return "company";
}

export const ACTOR_CATEGORIES: ReadonlySet<EntityCategory> = new Set(["regulator", "government", "task_force", "person", "company", "platform", "media", "target_group"]);
