import type { ActionType, Status } from "../schema/index.ts";
import type { Extraction } from "./extract.ts";
import { fold } from "./gazetteer.ts";

const normalizeName = (s: string) => fold(s).replace(/\s+/g, " ").trim();

export interface Triple {
  actor: string;
  actionType: ActionType;
  target: string;
  status: Status;
}

export interface Score {
  gold: number;
  found: number;
  correct: number;
  precision: number;
  recall: number;
  /** Of the correct triples, how many also have the gold status. */
  statusAgreement: number;
  missed: Triple[];
  spurious: Triple[];
}

/** One triple per actor x target of each extracted action, with canonical names. */
export function triplesOf(x: Extraction): (Triple & { start: number; end: number; quote: string })[] {
  const name = (id: string) => x.names[id] ?? id;
  return x.actions.flatMap((a) =>
    a.actors.flatMap((actor) =>
      a.targets.map((target) => ({ actor: name(actor), actionType: a.actionType, target: name(target), status: a.status, quote: a.evidence.quote, start: a.evidence.start, end: a.evidence.end })),
    ),
  );
}

/**
 * Precision and recall of extracted triples against gold ones: a triple is right when its
 * actor, action type and target match (names compared normalised; an alias counts).
 */
export function score(found: readonly Triple[], gold: readonly Triple[], names: (name: string) => string[] = (n) => [n]): Score {
  const same = (a: string, b: string) => {
    const bs = new Set(names(b).map(normalizeName));
    return names(a).some((n) => bs.has(normalizeName(n)));
  };
  const match = (f: Triple, g: Triple) => f.actionType === g.actionType && same(f.actor, g.actor) && same(f.target, g.target);
  const unique = found.filter((f, i) => found.findIndex((o) => match(o, f)) === i);
  const correct = unique.filter((f) => gold.some((g) => match(f, g)));
  const statusOk = correct.filter((f) => gold.some((g) => match(f, g) && g.status === f.status));
  return {
    gold: gold.length,
    found: unique.length,
    correct: correct.length,
    precision: unique.length ? correct.length / unique.length : 0,
    recall: gold.length ? gold.filter((g) => unique.some((f) => match(f, g))).length / gold.length : 1,
    statusAgreement: correct.length ? statusOk.length / correct.length : 0,
    missed: gold.filter((g) => !unique.some((f) => match(f, g))),
    spurious: unique.filter((f) => !gold.some((g) => match(f, g))),
  };
}
