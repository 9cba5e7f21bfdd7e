/**
 * How likely a sentence that no action was read from is to state one all the same: a logistic
 * regression over its words, the action types of the frame words it uses, whether it states an
 * amount, its place in the text and its length. The frames' words alone point at about two
 * sentences a document, holding nearly half of what the extractor missed; a score learned from the
 * reviewed dev texts points at about as many holding three fifths of it, sentences no frame's words
 * match included.
 * README, "How good it is", has the figures; `npm run train:marker` learns the weights again from
 * graph-data.
 */
import { MarkerModelSchema, parseWith, ValidationError, type ActionType, type MarkerModel } from "../schema/index.ts";
import markerData from "./data/marker.json" with { type: "json" };
import { findAmounts } from "./quantities.ts";

export type { MarkerModel };

let shipped: MarkerModel | undefined;
/** The shipped model (src/extract/data/marker.json), checked on first use: a command that reads no text does not pay for it. */
export function defaultMarker(): MarkerModel {
  if (!shipped) {
    const parsed = parseWith(MarkerModelSchema, markerData, "src/extract/data/marker.json");
    if (!parsed.ok) throw new ValidationError(parsed.problems);
    shipped = parsed.value;
  }
  return shipped;
}

/** A sentence's features: what the model weighs. `index` is the sentence's place in the text (0: the first line). */
export function sentenceFeatures(sentence: string, index: number, actionWords: readonly ActionType[]): string[] {
  const features = new Set<string>(["bias", `words:${actionWords.length ? "yes" : "no"}`]);
  // (The first six letters: "penalty" and "penalties", "ordered" and "orders" weigh as one.)
  for (const w of sentence.match(/\p{L}{3,}/gu) ?? []) features.add(`w:${w.toLowerCase().slice(0, 6)}`);
  for (const type of actionWords) features.add(`hit:${type}`);
  if (findAmounts(sentence).length) features.add("money");
  features.add(`pos:${index === 0 ? "first" : index < 3 ? "lead" : index < 8 ? "middle" : "late"}`);
  features.add(`len:${Math.min(5, Math.round(sentence.length / 80))}`);
  return [...features];
}

/** The probability the model gives a sentence of these features. */
export function markerProbability(model: Pick<MarkerModel, "weights">, features: readonly string[]): number {
  let z = 0;
  for (const f of features) z += model.weights[f] ?? 0;
  return 1 / (1 + Math.exp(-z));
}

export interface MarkerExample {
  features: readonly string[];
  /** The sentence states an action the extractor missed. */
  marked: boolean;
}

/**
 * Weights learned from examples: logistic regression with an L2 penalty (not on the bias), by
 * full-batch gradient descent, so the same examples give the same weights.
 */
export function trainMarker(examples: readonly MarkerExample[], { l2 = 3, epochs = 150, rate = 1 } = {}): Record<string, number> {
  const weights: Record<string, number> = {};
  const n = examples.length || 1;
  for (let epoch = 0; epoch < epochs; epoch++) {
    const gradient = new Map<string, number>();
    for (const e of examples) {
      const err = markerProbability({ weights }, e.features) - (e.marked ? 1 : 0);
      for (const f of e.features) gradient.set(f, (gradient.get(f) ?? 0) + err);
    }
    for (const [f, g] of gradient) {
      const w = weights[f] ?? 0;
      weights[f] = w - rate * (g / n + (f === "bias" ? 0 : (l2 / n) * w));
    }
  }
  return weights;
}
