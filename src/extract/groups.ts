/**
 * Short names a text gives several named parties together: "Magnum Investments, Ltd. and Magnum
 * Capital Investments, Ltd. (collectively, Magnum)", "Gateway Services and its subsidiary Gateway
 * US Holdings, Inc., (collectively referred to as Gateway)", "Amaranth Advisors LLC, Amaranth
 * Advisors (Calgary) ULC (together, Amaranth)". After the definition the short name stands for
 * every party of the list, as actor or target: "Murray, Tech Traders, and Magnum solicited ...".
 */
import type { Mention } from "./gazetteer.ts";

export interface GroupDefinition {
  /** The short name, unquoted: "Magnum". */
  alias: string;
  /** The mentions of the parties the list names, in text order. */
  members: Mention[];
  /** Where the bracket ends: the short name stands for the group after it. */
  end: number;
}

// "(collectively, Magnum)", "(together ‘GAK’)", "(collectively referred to as "Blue Valley")": a bracket that names a group.
const GROUP_BRACKET = /,?[ \t]*\((?:together|collectively|jointly),?[ \t]+(?:(?:referred[ \t]+to|known)[ \t]+as[ \t]+)?(?:the[ \t]+)?([“"‘']?)(\p{Lu}[\p{L}\d&.'’ -]{0,40}?)[”"’']?\)/gu;
// What joins two parties of the list: "A, B and C", "A; and B", "A and its ultimate parent company B", "A and its subsidiary B".
// (A mention may stop short of the name's legal form or full stop: "Tech Traders, Inc" then ". and Tech Traders, Ltd.".)
const FORM_LEFT = String.raw`(?:,?\s*(?:Inc|Ltd|LLC|ULC|Limited|Plc|PLC|Corp)\b)?\.?`;
const LIST_GAP = new RegExp(String.raw`^${FORM_LEFT}(?:\s*,\s*(?:and\s+)?|\s*;\s*(?:and\s+)?|\s+and\s+)(?:(?:its|their)\s+(?:ultimate\s+)?(?:parent(?:\s+company)?|subsidiary|affiliate|holding\s+company),?\s+)?$`);
const LIST_END = new RegExp(String.raw`^${FORM_LEFT}[\s,]*$`);
// What comes before a list's first party: not a comma or "and", which would say the list begins with a name not found.
const OPEN_LIST = /(?:,|\band)\s*$/;

/** The group definitions of a text, with the mentions of the parties each one names (two or more). */
export function groupDefinitions(text: string, mentions: readonly Mention[]): GroupDefinition[] {
  const out: GroupDefinition[] = [];
  for (const m of text.matchAll(GROUP_BRACKET)) {
    const at = m.index!;
    // The list ends right before the bracket (after at most a comma: "Gateway US Holdings, Inc., (collectively ...").
    let last: Mention | undefined;
    for (const x of mentions) if (x.end <= at) last = x;
    if (!last || !LIST_END.test(text.slice(last.end, at))) continue;
    const members = [last];
    let before = "";
    for (let i = mentions.indexOf(last) - 1; i >= 0; i--) {
      const x = mentions[i]!;
      if (x.end > last.start) continue;
      before = text.slice(x.end, last.start);
      if (!LIST_GAP.test(before)) break;
      members.unshift(x);
      last = x;
      before = "";
    }
    // ("GAK.co.uk Ltd, The Guitar, Amp & Keyboard Centre Ltd and GAK.co.uk (Holdings) Limited (together ‘GAK’)": where a party of
    // the list is no name found, the group is not known in full; the end of an earlier definition, "(collectively, Tech Traders), and", opens one.)
    if (OPEN_LIST.test(before) && !before.includes(")")) continue;
    if (new Set(members.map((x) => x.entity)).size < 2) continue;
    out.push({ alias: m[2]!.trim(), members, end: at + m[0].length });
  }
  return out;
}
