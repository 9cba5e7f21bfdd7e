/**
 * The marker that scores sentences for review (src/extract/marker.ts): its features, its training
 * and the shipped model.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { defaultMarker, markerProbability, sentenceFeatures, splitSentences, trainMarker } from "../../src/extract/index.ts";
import { DATA_DIR } from "../helpers/paths.ts";

describe("the review marker", () => {
  it("reads a sentence by its words' first six letters, its frames' action types, an amount, its place and its length", () => {
    const f = sentenceFeatures("The company agreed to pay penalties of $16,000.", 4, ["fine"]);
    expect(f).toEqual(expect.arrayContaining(["bias", "words:yes", "hit:fine", "w:compan", "w:penalt", "money", "pos:middle", "len:1"]));
    // "penalty" and "penalties" weigh as one word; words of two letters are not read.
    expect(sentenceFeatures("A penalty.", 0, [])).toEqual(expect.arrayContaining(["w:penalt", "words:no", "pos:first"]));
    expect(sentenceFeatures("To be or not.", 20, []).filter((x) => x.startsWith("w:"))).toEqual(["w:not"]);
    expect(sentenceFeatures("To be or not.", 20, [])).toContain("pos:late");
  });

  it("learns from examples which sentences are worth marking, the same weights from the same examples", () => {
    const examples = [
      ...Array.from({ length: 20 }, () => ({ features: ["bias", "w:admitt"], marked: true })),
      ...Array.from({ length: 20 }, () => ({ features: ["bias", "w:contac"], marked: false })),
      { features: ["bias", "w:admitt"], marked: false },
    ];
    const weights = trainMarker(examples);
    expect(markerProbability({ weights }, ["bias", "w:admitt"])).toBeGreaterThan(0.7);
    expect(markerProbability({ weights }, ["bias", "w:contac"])).toBeLessThan(0.3);
    expect(trainMarker(examples)).toEqual(weights);
  });

  it("ships a model trained on the dev part, with a threshold", () => {
    expect(defaultMarker().trainedOn.documents).toBeGreaterThan(500);
    expect(defaultMarker().threshold).toBeGreaterThan(0);
    expect(Object.keys(defaultMarker().weights).length).toBeGreaterThan(1000);
    // Where to read more is no act, though it says "enforcement" (the last line of a dev text, the EPA's order to American Mold Guard).
    const slug = "epa-2007-orders-american-mold-guard-stop-distributing-pesticide";
    expect(JSON.parse(readFileSync(join(DATA_DIR, "documents", slug, "meta.json"), "utf8")).split).toBe("dev");
    const text = readFileSync(join(DATA_DIR, "documents", slug, "text.txt"), "utf8");
    const sentences = splitSentences(text);
    const last = sentences.at(-1)!;
    expect(last.text).toMatch(/^For more information on pesticide regulation and enforcement, please visit/);
    expect(markerProbability(defaultMarker(), sentenceFeatures(last.text, sentences.length - 1, []))).toBeLessThan(defaultMarker().threshold);
  });
});
