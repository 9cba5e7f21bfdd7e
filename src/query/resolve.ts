import { nearest, quoteInput } from "../graph/index.ts";
import { AmbiguousNameError, NotFoundError, type PatternPosition } from "../schema/index.ts";
import { normalizeName } from "./normalize.ts";
import type { QueryIndex } from "./query-index.ts";

function entityName(index: QueryIndex, id: string): string {
  const a = index.graph.getNodeAttributes(id);
  return a.kind === "entity" ? a.name : id;
}

/**
 * The entity a user means by `wanted`: an id, a canonical name, an alias or a Chinese name,
 * compared case-insensitively. Throws NotFoundError with the nearest names when nothing fits,
 * AmbiguousNameError with the candidates when several do.
 */
export function resolveEntity(index: QueryIndex, wanted: string, position?: PatternPosition): string {
  const { graph } = index;
  if (graph.hasNode(wanted) && graph.getNodeAttribute(wanted, "kind") === "entity") return wanted;
  const key = normalizeName(wanted);
  const hits = index.names.get(key) ?? [];
  if (hits.length === 1) return hits[0]!;
  if (hits.length > 1) {
    // A canonical name beats the same words used as someone else's alias.
    const canonical = hits.filter((id) => normalizeName(entityName(index, id)) === key);
    if (canonical.length === 1) return canonical[0]!;
    throw new AmbiguousNameError(wanted, hits.map((id) => ({ id, name: entityName(index, id) })), position);
  }
  const close = nearest(key, index.names.keys());
  if (close !== undefined) {
    const suggestion = entityName(index, index.names.get(close)![0]!);
    throw new NotFoundError(`no entity is called ${quoteInput(wanted)}; did you mean ${suggestion}?`, { suggestions: [suggestion], position });
  }
  // No near spelling: offer the entities whose names contain the words given.
  const containing = new Set<string>();
  for (const [name, ids] of index.names) {
    if (containing.size >= 5) break;
    if (key.length >= 3 && name.includes(key)) for (const id of ids) containing.add(entityName(index, id));
  }
  const list = [...containing].slice(0, 5);
  throw new NotFoundError(`no entity is called ${quoteInput(wanted)}${list.length ? `; names containing it: ${list.join(", ")}` : ""}`, {
    suggestions: list,
    position,
  });
}
