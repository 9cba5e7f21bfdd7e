import { mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { compilePattern, defaultLexicon, extendLexicon, extractActions, PatternError, verbForms } from "../../src/extract/index.ts";
import { ValidationError } from "../../src/schema/index.ts";
import { findHits } from "../../src/extract/triggers.ts";
import { sentenceWords } from "../../src/extract/patterns.ts";
import { splitSentences } from "../../src/extract/sentences.ts";
import { regkg } from "../helpers/cli.ts";
import { copySeed, DATA_DIR, tempDir } from "../helpers/fixtures.ts";

const GOLD_DIR = new URL("../fixtures/gold", import.meta.url).pathname;
const matches = (pattern: string, text: string) => [...text.matchAll(compilePattern(pattern).re)].map((m) => m[0]);

describe("the frame lexicon's pattern language", () => {
  it("V: matches every form of a verb, British and American spellings alike", () => {
    expect(verbForms("penalise")).toEqual(expect.arrayContaining(["penalise", "penalises", "penalised", "penalising", "penalize", "penalizes", "penalized", "penalizing"]));
    expect(verbForms("ban")).toEqual(expect.arrayContaining(["banned", "banning", "bans"]));
    // Irregular verbs the frames use: "found that the charity had created ...", "the Court upheld".
    expect(verbForms("have")).toEqual(expect.arrayContaining(["has", "had"]));
    expect(verbForms("uphold")).toContain("upheld");
    expect(verbForms("cancel")).toEqual(expect.arrayContaining(["cancelled", "canceled"]));
    expect(verbForms("plead guilty")).toContain("pleaded guilty");
    expect(matches("V:scrutinise", "The FCA scrutinized it; the SEC scrutinises them.")).toEqual(["scrutinized", "scrutinises"]);
  });

  it("N: a noun and its plural, * a few words, ... a gap across commas, TARGET a slot, ? an optional word", () => {
    expect(matches("V:impose *5 N:penalty on", "imposed a $3.5 million civil penalty on X")).toEqual(["imposed a $3.5 million civil penalty on"]);
    expect(matches("V:appoint ... as N:receiver over", "appointing A, B, and C of D as receivers over the assets")).toEqual(["appointing A, B, and C of D as receivers over"]);
    const slot = compilePattern("V:order TARGET to? V:pay");
    const m = slot.re.exec("The court ordered Forex CT pay a penalty.")!;
    expect(m[slot.slot!]!.trim()).toBe("Forex CT");
    // A bracketed short form may stand between two words: "a Deferred Prosecution Agreement (DPA) with".
    expect(matches("deferred_prosecution_agreement with", "a Deferred Prosecution Agreement (DPA) with G4S")).toHaveLength(1);
    // A comma where the words set one off, `,?` where they may: "Under the agreement, WDOC will", "Under the agreement the hotel will".
    expect(matches("under the N:agreement ,? TARGET will", "Under the agreement, WDOC will provide aids.")).toEqual(["Under the agreement, WDOC will"]);
    expect(matches("under the N:agreement ,? TARGET will", "Under the agreement the hotel will make rooms accessible.")).toEqual(["Under the agreement the hotel will"]);
    expect(matches("under the N:agreement , will", "Under the agreement will")).toEqual([]);
  });

  it("a frame's unlessAfter and onlyAfter read the text after its words: 'pay' is a fine only before an amount paid to settle", () => {
    const lexicon = extendLexicon({ frames: { frames: [{ id: "fine.test-pay", type: "fine", trigger: "V:remit", roles: "defendant", onlyAfter: "^\\s+[$]\\d[^.]*\\bto\\s+settle\\b", unlessAfter: "^\\s+[$]\\d[^.]*\\bin\\s+bribes\\b" }], outlets: [] } }, {});
    const types = (text: string) => extractActions(text, [], { lexicon, publisher: "Securities and Exchange Commission" }).actions.map((a) => a.actionType);
    expect(types("Acme Holdings Inc. will remit $2 million to settle the case.")).toContain("fine");
    expect(types("Acme Holdings Inc. will remit $2 million to its parent.")).not.toContain("fine");
    expect(types("Acme Holdings Inc. will remit $2 million in bribes to settle the case.")).not.toContain("fine");
  });

  it("{MONEY} in a frame's context stands for a sum in any currency, and a broken context regex names its path", () => {
    const frames = (onlyAfter: string) => ({ frames: { frames: [{ id: "fine.test-remit", type: "fine", trigger: "V:remit", roles: "defendant", onlyAfter }], outlets: [] } });
    const lexicon = extendLexicon(frames("^\\s+{MONEY}\\s+to\\s+settle\\b"), {});
    const types = (text: string) => extractActions(text, [], { lexicon, publisher: "Securities and Exchange Commission" }).actions.map((a) => a.actionType);
    expect(types("Acme Holdings Inc. will remit €1.5 million to settle the case.")).toContain("fine");
    expect(types("Acme Holdings Inc. will remit Rs 1,337 crore to settle the case.")).toContain("fine");
    expect(types("Acme Holdings Inc. will remit 1,500 shares to settle the case.")).not.toContain("fine");
    expect(() => extendLexicon(frames("^\\s+(?:{MONEY}"), {})).toThrow(/\.onlyAfter: expected a regular expression, got "\^\\s\+\(\?:\{MONEY\}" \(Unterminated group\)/);
  });

  it("a frame is tried only on sentences that hold its first word and one of each later word it needs, and no match is lost to that", () => {
    // A hyphenated, capitalised or British-spelt first word still lets the frame through.
    const words = sentenceWords("The SEC issued a Cease-and-Desist Order; the FCA PENALISED it.");
    expect(compilePattern("cease-and-desist_order against").firstWords.some((w) => words.has(w))).toBe(true);
    expect(compilePattern("V:penalize TARGET for").firstWords.some((w) => words.has(w))).toBe(true);
    expect(compilePattern("V:fine TARGET for").firstWords.some((w) => words.has(w))).toBe(false);
    // Each later word the pattern needs must be there too; an optional one need not be.
    const needs = (pattern: string, text: string) => compilePattern(pattern).laterWords.every((ws) => ws.some((w) => sentenceWords(text).has(w)));
    expect(needs("V:order TARGET to V:pay", "The court ordered Acme Inc. to pay $5 million.")).toBe(true);
    expect(needs("V:order TARGET to V:pay", "The court ordered Acme Inc. to cease trading.")).toBe(false);
    expect(needs("V:impose *3 N:penalty|N:fine on|against", "The FCA imposed a financial PENALTY against it.")).toBe(true);
    expect(needs("V:agree to V:pay a? civil? N:penalty", "Acme agreed to pay penalties.")).toBe(true);
    // On real text, every shipped frame whose regex matches a sentence passes the word test.
    const lexicon = defaultLexicon();
    let matched = 0;
    for (const file of readdirSync(GOLD_DIR).filter((f) => f.endsWith(".txt"))) {
      const text = readFileSync(join(GOLD_DIR, file), "utf8");
      for (const s of splitSentences(text)) {
        const ws = sentenceWords(s.text);
        for (const frame of lexicon.frames) {
          frame.re.lastIndex = 0;
          if (!frame.re.test(s.text)) continue;
          matched++;
          expect(frame.firstWords.some((w) => ws.has(w)), `${frame.id} in "${s.text}"`).toBe(true);
          expect(frame.laterWords.every((later) => later.some((w) => ws.has(w))), `${frame.id} in "${s.text}"`).toBe(true);
        }
      }
    }
    expect(matched).toBeGreaterThan(20);
  });

  it("a named word list serves several frames: @name in a trigger, {@name} in a context regex; an unknown one names its path", () => {
    const frames = (trigger: string, onlyAfter?: string) => ({ words: { "remit-ways": "V:wire|V:remit|bank_transfer" }, frames: [{ id: "fine.test-list", type: "fine", trigger, roles: "defendant", ...(onlyAfter ? { onlyAfter } : {}) }], outlets: [] });
    const types = (lexicon: ReturnType<typeof extendLexicon>, text: string) => extractActions(text, [], { lexicon, publisher: "Securities and Exchange Commission" }).actions.map((a) => a.actionType);
    const byTrigger = extendLexicon({ frames: frames("agreed to @remit-ways *3 N:penalty") }, {});
    expect(types(byTrigger, "Acme Holdings Inc. agreed to wire a $2 million penalty.")).toContain("fine");
    expect(types(byTrigger, "Acme Holdings Inc. agreed to bank transfer the penalty.")).toContain("fine");
    expect(types(byTrigger, "Acme Holdings Inc. agreed to contest the penalty.")).not.toContain("fine");
    const byContext = extendLexicon({ frames: frames("V:pledge", "^[^.]*\\band\\s+to\\s+{@remit-ways}\\b") }, {});
    expect(types(byContext, "Acme Holdings Inc. pledged to settle and to remit $2 million.")).toContain("fine");
    expect(types(byContext, "Acme Holdings Inc. pledged to settle and to appeal.")).not.toContain("fine");
    expect(() => extendLexicon({ frames: frames("agreed to @remit") }, {})).toThrow(/\.trigger: .*no word list "remit": expected one of .*"remit-ways"/);
    expect(() => extendLexicon({ frames: frames("V:settle", "{@remit}") }, {})).toThrow(/\.onlyAfter: no word list "remit"/);
    expect(() => extendLexicon({ frames: { ...frames("V:settle"), words: { "remit-ways": "V:wire V:remit" } } }, {})).toThrow(/\$\.words\["remit-ways"\]: one trigger element/);
  });

  it("a malformed pattern is a clear error", () => {
    expect(() => compilePattern("*3 V:fine")).toThrow(PatternError);
    expect(() => compilePattern("V:fine a||b")).toThrow(/empty alternative/);
    // A TARGET with nothing after it would match one word only.
    expect(() => compilePattern("V:suspend trading in TARGET")).toThrow(/cannot end with TARGET/);
  });
});

describe("the shipped data", () => {
  it("knows the usual wordings of competition authorities and settlements, each read by the frame meant for it", () => {
    const frameOf = (sentence: string) => findHits(sentence, { start: 0, end: sentence.length, text: sentence }, defaultLexicon(), []).map((h) => h.frame.id);
    // The European Commission's statement of objections, told as what it informs the party of.
    expect(frameOf("The Commission has informed the company of its preliminary view that it breached EU antitrust rules")).toContain("charge.preliminary-view");
    // A decision finding a breach, under the Digital Markets Act or competition law.
    expect(frameOf("The Commission has adopted a non-compliance decision against the gatekeeper")).toContain("declare_illegal.decision-against");
    // Undertakings or an offer of settlement, accepted or secured.
    expect(frameOf("The CMA has secured undertakings from the company")).toContain("settle.undertaking");
    expect(frameOf("The Commission accepted an offer of settlement from the firm")).toContain("settle.undertaking");
  });

  it("reads a company's legal form in many jurisdictions as part of its name, and the name without it as the same company", () => {
    for (const [name, bare] of [["Pometon SA", "Pometon"], ["Pometon S.p.A.", "Pometon"], ["Volvo AB", "Volvo"], ["Nokia Oyj", "Nokia"], ["Maersk A/S", "Maersk"], ["Petronas Sdn Bhd", "Petronas"]] as const) {
      const text = `Market news\n\nThe Commission has fined ${name} for its role in the cartel. ${bare} did not appeal.`;
      const x = extractActions(text, [], { publisher: "European Commission" });
      const fined = x.actions.find((a) => a.actionType === "fine");
      expect(fined && x.names[fined.targets[0]!], name).toBe(name.replace(/\.$/, ""));
      expect(x.proposed.find((e) => e.name === name.replace(/\.$/, ""))?.aliases, name).toContain(bare);
    }
  });

  it("holds a gazetteer of more than 300 bodies in many countries, and compiles", () => {
    const lexicon = defaultLexicon();
    expect(lexicon.bodies.length).toBeGreaterThan(300);
    expect(new Set(lexicon.bodies.map((b) => b.country)).size).toBeGreaterThan(50);
    for (const id of ["entity:sec", "entity:fda", "entity:occ", "entity:cftc", "entity:bafin", "entity:cma", "entity:sebi", "entity:pboc"]) {
      expect(lexicon.bodies.map((b) => b.id), id).toContain(id);
    }
    // Shared acronyms name the default body first: "SEC" is the US one unless a text says otherwise.
    expect(lexicon.shared.get("SEC")![0]!.id).toBe("entity:sec");
  });
});

describe("the list of well-known companies", () => {
  it("names a company the news gives without a legal form, only as written, and never before the text's own fuller name", () => {
    const lexicon = defaultLexicon();
    expect(lexicon.companies.length).toBeGreaterThan(300);
    // A dev text's caption: "Google and Alphabet v Commission (Google Shopping)".
    const caption = readFileSync(join(DATA_DIR, "documents/ec-2024-court-of-justice-upholds-google-shopping-decision/text.txt"), "utf8");
    expect(extractActions(caption, [], { publisher: "European Commission" }).mentions.map((m) => m.entity)).toContain("entity:alphabet");
    // As written: the fruit and the verb are no companies.
    const plain = extractActions("Inspectors found an apple crate. Staff had to sprint.\n", [], {});
    expect(plain.mentions.map((m) => m.entity)).not.toContain("entity:apple");
    expect(plain.mentions.map((m) => m.entity)).not.toContain("entity:sprint");
    // A dev text that names "Tesco plc" throughout: its own entity, not the list's Tesco.
    const gca = readFileSync(join(DATA_DIR, "documents/gca-2016-finds-tesco-breached-groceries-supply-code/text.txt"), "utf8");
    const x = extractActions(gca, [], { publisher: "Groceries Code Adjudicator" });
    const tesco = new Set(x.mentions.filter((m) => m.text.startsWith("Tesco")).map((m) => x.names[m.entity] ?? m.entity));
    expect([...tesco]).toEqual(["Tesco plc"]);
  });

  it("gives way to the graph's own entity of the same name", () => {
    const known = [{ id: "entity:natixis-sa", name: "Natixis SA", category: "company" as const, aliases: ["Natixis"] }];
    const x = extractActions("The Commission fined Natixis for its part in the cartel.\n", known, { publisher: "European Commission" });
    expect(x.mentions.map((m) => m.entity)).toContain("entity:natixis-sa");
    expect(x.mentions.map((m) => m.entity)).not.toContain("entity:natixis");
  });
});

describe("extending the extractor with data, not code", () => {
  it("a frame added in graph-data/lexicon/frames.json is used by regkg ingest", () => {
    // From a dev text of the corpus: the shipped lexicon has no frame for "ASIC expected X to ...".
    const source = readFileSync(join(DATA_DIR, "documents/asic-2014-cancels-protect-ensure-afs-licence/text.txt"), "utf8");
    const at = source.indexOf("ASIC expected Protect Ensure");
    const sentence = source.slice(at, source.indexOf(".", at) + 1);
    const article = join(tempDir(), "expected.txt");
    writeFileSync(article, `${sentence}\n`);
    const data = copySeed();
    const before = regkg(["ingest", article, "--data", data, "--dry-run", "--format", "triples"]);
    expect(before.stdout).not.toMatch(/"actionType":"require"/);
    mkdirSync(join(data, "lexicon"));
    writeFileSync(join(data, "lexicon/frames.json"), JSON.stringify({ frames: [{ id: "require.expect", type: "require", trigger: "V:expect TARGET to" }], outlets: [] }));
    const after = regkg(["ingest", article, "--data", data, "--dry-run", "--format", "triples"]);
    expect(after.status, after.stderr).toBe(0);
    expect(after.stdout.trim().split("\n").map((l) => JSON.parse(l))).toContainEqual(
      expect.objectContaining({ actor: "Australian Securities and Investments Commission", actionType: "require", target: "Protect Ensure" }),
    );
  });

  it("a broken extension names the file and the path, and exits 1", () => {
    expect(() => extendLexicon({ frames: { frames: [{ id: "x", type: "warn", trigger: "V:warn" }], outlets: [] } }, { frames: "graph-data/lexicon/frames.json" })).toThrow(ValidationError);
    const data = copySeed();
    mkdirSync(join(data, "lexicon"));
    writeFileSync(join(data, "lexicon/regulators.json"), JSON.stringify({ bodies: [{ id: "entity:x", name: "X", acronyms: [], aliases: [], country: "Narnia", sector: "other", category: "regulator" }] }));
    const article = join(tempDir(), "a.txt");
    writeFileSync(article, "The SEC fined Acme Corp.\n");
    const r = regkg(["ingest", article, "--data", data, "--dry-run"]);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/lexicon\/regulators\.json.*\$\.bodies\[0\]\.country/);
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });

  it("a company added in graph-data/lexicon/companies.json is named by regkg ingest; a broken one names the file and the path", () => {
    const article = join(tempDir(), "b.txt");
    writeFileSync(article, "The SEC charged Zentrix and its founder with fraud.\n");
    const data = copySeed();
    mkdirSync(join(data, "lexicon"));
    writeFileSync(join(data, "lexicon/companies.json"), JSON.stringify({ companies: [{ id: "entity:zentrix", name: "Zentrix", aliases: [], country: "US", industry: "technology" }] }));
    const ok = regkg(["ingest", article, "--data", data, "--dry-run", "--format", "triples"]);
    expect(ok.status, ok.stderr).toBe(0);
    expect(ok.stdout.trim().split("\n").map((l) => JSON.parse(l))).toContainEqual(expect.objectContaining({ actionType: "charge", target: "Zentrix" }));
    writeFileSync(join(data, "lexicon/companies.json"), JSON.stringify({ companies: [{ id: "entity:zentrix", name: "Zentrix", aliases: [], country: "US", industry: "robots" }] }));
    const bad = regkg(["ingest", article, "--data", data, "--dry-run"]);
    expect(bad.status).toBe(1);
    expect(bad.stderr).toMatch(/lexicon\/companies\.json.*\$\.companies\[0\]\.industry/);
    expect(bad.stderr).not.toMatch(/\n\s+at /);
  });

  it("a US Attorney's seat added in graph-data/lexicon/districts.json names its district's office; a misspelt district names the file and the path", () => {
    // The Central District of Illinois also sits in Rock Island, which the shipped table leaves out.
    const article = join(tempDir(), "c.txt");
    writeFileSync(article, "The U.S. Attorney's Office in Rock Island, Illinois, charged Acme Corp. with fraud.\n");
    const data = copySeed();
    const actors = () => regkg(["ingest", article, "--data", data, "--dry-run", "--format", "triples"]).stdout.trim().split("\n").map((l) => JSON.parse(l).actor);
    expect(actors()).not.toContain("United States Attorney's Office for the Central District of Illinois");
    mkdirSync(join(data, "lexicon"));
    writeFileSync(join(data, "lexicon/districts.json"), JSON.stringify({ states: { Illinois: { "Rock Island": "Central" } }, single: [] }));
    expect(actors()).toContain("United States Attorney's Office for the Central District of Illinois");
    // The shipped seats stay: Springfield is still the Central District's, Chicago the Northern's.
    const lexicon = extendLexicon({ districts: { states: { Illinois: { "Rock Island": "Central" } }, single: ["Guam"] } }, {});
    expect(lexicon.districts.states.Illinois).toMatchObject({ Springfield: "Central", Chicago: "Northern", "Rock Island": "Central" });
    expect(lexicon.districts.single).toEqual(expect.arrayContaining(["Alaska", "Guam"]));
    writeFileSync(join(data, "lexicon/districts.json"), JSON.stringify({ states: { Illinois: { "Rock Island": "Centre" } }, single: [] }));
    const bad = regkg(["ingest", article, "--data", data, "--dry-run"]);
    expect(bad.status).toBe(1);
    expect(bad.stderr).toMatch(/lexicon\/districts\.json.*\$\.states\.Illinois\["Rock Island"\]/);
    expect(bad.stderr).not.toMatch(/\n\s+at /);
  });
});
