import { describe, expect, it } from "vitest";
import { bootstrapIntervals, missKinds, namedParties, wrongKinds, normalizeName, score, totals, totalsByType, unreadCoverage, type Triple } from "../../src/extract/index.ts";

const t = (actor: string, actionType: Triple["actionType"], target: string, status: Triple["status"] = "enacted"): Triple => ({ actor, actionType, target, status });

describe("the eval's matching rule", () => {
  it("compares names without case, brackets, a leading 'the', possessives, legal forms, dots and commas", () => {
    expect(normalizeName("The Goldman Sachs Group, Inc.")).toBe(normalizeName("goldman sachs group"));
    expect(normalizeName("G4S Care and Justice Services (UK) Ltd")).toBe("g4s care and justice services");
    expect(normalizeName("Bank of America, N.A.")).toBe("bank of america");
    expect(normalizeName("Barclays Bank PLC")).toBe("barclays bank");
    expect(normalizeName("Flugo Group Holdings AB")).toBe("flugo group holdings");
    expect(normalizeName("People’s Bank of China")).toBe(normalizeName("People's Bank of China"));
    // Different parties stay different.
    expect(normalizeName("Bank of America")).not.toBe(normalizeName("Bank of Taiwan"));
  });

  it("a found triple is right when type, actor and target match, entities matching by id or by any shared name", () => {
    const names: Record<string, string[]> = {
      "entity:sec": ["Securities and Exchange Commission", "SEC"],
      "entity:optiver-holding-bv": ["Optiver Holding BV"],
      "entity:optiver-holding": ["Optiver Holding"],
    };
    const s = score(
      [t("entity:sec", "charge", "entity:optiver-holding"), t("entity:sec", "fine", "entity:optiver-holding"), t("entity:sec", "charge", "entity:other")],
      [t("entity:sec", "charge", "entity:optiver-holding-bv"), t("entity:sec", "settle", "entity:optiver-holding-bv")],
      (id) => names[id] ?? [],
    );
    // charge matches through the names ("Optiver Holding BV" ~ "Optiver Holding"); fine is the wrong type; "other" is nobody.
    expect(s).toMatchObject({ gold: 2, found: 3, correct: 1, precision: 1 / 3, recall: 1 / 2 });
    expect(s.missed).toEqual([t("entity:sec", "settle", "entity:optiver-holding-bv")]);
    expect(s.spurious.map((x) => x.actionType)).toEqual(["fine", "charge"]);
  });

  it("counts the same act once however often it is stated, and scores status apart", () => {
    const s = score(
      [t("a", "ban", "b", "planned"), t("a", "ban", "b", "planned"), t("a", "warn", "b", "stated")],
      [t("a", "ban", "b", "enacted"), t("a", "ban", "b", "enacted"), t("a", "warn", "b", "stated")],
    );
    expect(s).toMatchObject({ gold: 2, found: 2, correct: 2, precision: 1, recall: 1, statusAgreement: 0.5 });
  });

  it("an actor and a target swapped do not match", () => {
    expect(score([t("b", "fine", "a")], [t("a", "fine", "b")]).correct).toBe(0);
  });

  it("totals add counts up before dividing (micro-averaged), and split them by action type", () => {
    const one = score([t("a", "ban", "b")], [t("a", "ban", "b"), t("a", "fine", "b")]);
    const two = score([t("a", "fine", "c"), t("a", "warn", "c")], [t("a", "fine", "c")]);
    expect(totals([one, two])).toMatchObject({ gold: 3, found: 3, correct: 2, precision: 2 / 3, recall: 2 / 3 });
    expect(Object.fromEntries(totalsByType([one, two]))).toEqual({
      ban: { gold: 1, goldFound: 1, found: 1, correct: 1 },
      fine: { gold: 2, goldFound: 1, found: 1, correct: 1 },
      warn: { gold: 0, goldFound: 0, found: 1, correct: 0 },
    });
  });

  it("compares the amounts and dates of matched triples: the same to four figures and unit, or the same date; a date the gold does not give counts against", () => {
    const gold = [
      { ...t("sec", "fine", "acme"), amount: { value: 1_070_000_000, unit: "EUR" }, date: "2021-03-04" },
      { ...t("sec", "fine", "beta"), amount: { value: 5_000_000, unit: "USD" } },
      { ...t("sec", "charge", "gamma") },
      { ...t("sec", "warn", "delta") },
    ];
    const s = score(
      [
        { ...t("sec", "fine", "acme"), amount: { value: 1_070_000_000.4, unit: "eur" }, date: "2021-03" },
        { ...t("sec", "fine", "beta"), amount: { value: 5_500_000, unit: "USD" } },
        { ...t("sec", "charge", "gamma"), date: "2019" },
        { ...t("sec", "warn", "delta") },
      ],
      gold,
    );
    expect(s.amounts).toEqual({ gold: 2, found: 2, either: 2, agreeing: 1 });
    // acme's date is less precise than the gold's; gamma's is one the gold does not give; delta's is in neither.
    expect(s.dates).toEqual({ gold: 1, found: 2, either: 2, agreeing: 0 });
    expect(totals([s, s]).amounts).toEqual({ gold: 4, found: 4, either: 4, agreeing: 2 });
  });

  it("counts misses by why, from the rows alone: another type, target or actor, its sentence read otherwise, or not read", () => {
    const at = (start: number, end: number) => ({ start, end });
    const gold = (actor: string, type: Triple["actionType"], target: string, start: number) => ({ ...t(actor, type, target), evidence: [at(start, start + 10)] });
    const found = [
      { ...t("sec", "fine", "acme"), ...at(0, 10) },
      { ...t("sec", "charge", "beta"), ...at(20, 30) },
      { ...t("cftc", "warn", "gamma"), ...at(40, 50) },
    ];
    const kinds = missKinds(
      [
        gold("sec", "settle", "acme", 0), // acme acted on by the SEC, as a fine only
        gold("sec", "charge", "delta", 20), // the SEC charged someone else
        gold("fca", "charge", "beta", 20), // beta charged, by another actor
        gold("fca", "ban", "omega", 40), // its sentence gave a warning by the CFTC
        gold("fca", "ban", "omega", 60), // nothing proposed from its sentence
      ],
      found,
    );
    expect(kinds).toEqual({
      "found with another type": 1,
      "found with another target": 1,
      "found with another actor": 1,
      "its sentence read otherwise": 1,
      "no action in its sentence": 1,
    });
  });

  it("counts wrong proposals by why, from the rows alone: the gold has another type, target or actor, another action in the sentence, or none", () => {
    const at = (start: number, end: number) => ({ start, end });
    const gold = [
      { ...t("sec", "settle", "acme"), evidence: [at(0, 10)] },
      { ...t("fca", "ban", "omega"), evidence: [at(40, 50)] },
    ];
    const kinds = wrongKinds(
      [
        { ...t("sec", "fine", "acme"), ...at(0, 10) }, // the gold has the SEC settle with acme
        { ...t("sec", "settle", "beta"), ...at(0, 10) }, // the SEC settled with someone else
        { ...t("cftc", "ban", "omega"), ...at(40, 50) }, // omega banned, by another actor
        { ...t("cftc", "warn", "gamma"), ...at(45, 48) }, // the ban's sentence, read as a warning of someone else
        { ...t("cftc", "warn", "gamma"), ...at(60, 70) }, // the gold reads no action here
      ],
      gold,
    );
    expect(kinds).toEqual({
      "gold has another type": 1,
      "gold has another target": 1,
      "gold has another actor": 1,
      "its sentence states another gold action": 1,
      "no gold action in its sentence": 1,
    });
    // Names decide, as in the matching rule: "Acme Inc." is acme, so this is a near miss of type.
    expect(wrongKinds([{ ...t("sec", "fine", "Acme Inc."), ...at(0, 10) }], gold, (e) => (e === "acme" || e === "Acme Inc." ? ["Acme"] : [e]))["gold has another type"]).toBe(1);
  });

  it("puts a 95% interval around precision and recall by resampling documents: none where every document scores alike, narrower with more documents", () => {
    const doc = (found: number, correct: number, gold: number) => score(
      [...Array(found)].map((_, i) => t("sec", "fine", i < correct ? `g${i}` : `x${i}`)),
      [...Array(gold)].map((_, i) => t("sec", "fine", `g${i}`)),
    );
    const alike = [doc(4, 3, 6), doc(4, 3, 6), doc(4, 3, 6)];
    expect(bootstrapIntervals(alike)).toEqual({ precision: [0.75, 0.75], recall: [0.5, 0.5] });
    const mixed = [doc(4, 4, 4), doc(5, 1, 10), doc(2, 0, 3), doc(6, 5, 5), doc(3, 2, 8)];
    const p = totals(mixed).precision;
    const r = totals(mixed).recall;
    const few = bootstrapIntervals(mixed);
    expect(few.precision[0]).toBeLessThan(p);
    expect(few.precision[1]).toBeGreaterThan(p);
    expect(few.recall[0]).toBeLessThan(r);
    expect(few.recall[1]).toBeGreaterThan(r);
    // The same scores give the same interval on every run (a fixed seed).
    expect(bootstrapIntervals(mixed)).toEqual(few);
    const many = bootstrapIntervals(Array(20).fill(mixed).flat());
    expect(many.precision[1] - many.precision[0]).toBeLessThan(few.precision[1] - few.precision[0]);
    expect(many.recall[1] - many.recall[0]).toBeLessThan(few.recall[1] - few.recall[0]);
  });

  it("measures the name-finding stage alone: gold parties written in their evidence, and whether a mention covers them", () => {
    // ec-2017-fines-automotive-lighting-and-hella-cartel (dev), its lead sentence.
    const text = "The European Commission has fined Automotive Lighting and Hella a total of €26 744 000 for participating in an automotive lighting cartel, in breach of EU antitrust rules.";
    const names: Record<string, string[]> = {
      "entity:european-commission": ["European Commission", "EC"],
      "entity:automotive-lighting": ["Automotive Lighting Reutlingen GmbH", "Automotive Lighting"],
      "entity:hella": ["Hella KGaA Hueck & Co.", "Hella"],
      "entity:car-makers": ["car manufacturers"],
      "entity:eu-antitrust-rules": ["EU antitrust rules"],
    };
    const evidence = [{ start: 0, end: text.length }];
    const gold = [{ actors: ["entity:european-commission"], targets: ["entity:automotive-lighting", "entity:hella", "entity:car-makers", "entity:eu-antitrust-rules"], evidence }];
    const at = (s: string) => ({ start: text.indexOf(s), end: text.indexOf(s) + s.length });
    // The extractor marked the Commission and Automotive Lighting, not Hella.
    const parties = namedParties(text, gold, [at("European Commission"), at("Automotive Lighting")], (id) => names[id] ?? [], (id) => id !== "entity:eu-antitrust-rules");
    expect(parties).toEqual([
      { role: "actor", entity: "entity:european-commission", found: true },
      { role: "target", entity: "entity:automotive-lighting", found: true },
      { role: "target", entity: "entity:hella", found: false },
    ]);
    // "car manufacturers" is not written in the evidence, and the law is no proper name: neither is counted.
  });

  it("counts what the underlined sentences hold: gold evidence, and which missed triples", () => {
    const unread = [{ start: 0, end: 50 }, { start: 100, end: 150 }, { start: 200, end: 250 }];
    const gold = [{ evidence: [{ start: 10, end: 40 }] }, { evidence: [{ start: 60, end: 90 }] }, { evidence: [{ start: 140, end: 260 }] }, { evidence: [{ start: 300, end: 320 }] }];
    // The first two gold actions and the last were missed; of those, only the first is stated in an underlined sentence.
    expect(unreadCoverage(unread, gold, [gold[0]!, gold[1]!, gold[3]!])).toEqual({ sentences: 3, holdingGold: 3, missed: 3, missedInside: 1, missedInRead: 0, missedSeen: 1 });
    expect(unreadCoverage([], gold, gold)).toEqual({ sentences: 0, holdingGold: 0, missed: 4, missedInside: 0, missedInRead: 0, missedSeen: 0 });
    // A proposed action stands on the sentence at 55-95 (another type, say): the second missed triple is read there; the first
    // is in both a marked and a read sentence, and counts once.
    expect(unreadCoverage(unread, gold, [gold[0]!, gold[1]!, gold[3]!], [{ start: 55, end: 95 }, { start: 0, end: 20 }])).toMatchObject({ missedInside: 1, missedInRead: 2, missedSeen: 2 });
  });
});
