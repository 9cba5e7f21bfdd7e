import { nearest, quoteInput } from "../graph/index.ts";
import { AmbiguousNameError, NotFoundError, type PatternPosition } from "../schema/index.ts";
import { normalizeName } from "./normalize.ts";
import type { QueryBackend } from "./backend.ts";

function entityName(backend: QueryBackend, id: string): string {
  return backend.entity(id)?.name ?? id;
}

/**
 * The entity a user means by `wanted`: an id, a canonical name, an alias or a Chinese name,
 * compared case-insensitively. Throws NotFoundError with the nearest names when nothing fits,
 * AmbiguousNameError with the candidates when several do.
 */
export function resolveEntity(backend: QueryBackend, wanted: string, position?: PatternPosition): string {
  if (backend.entity(wanted)) return wanted;
  const key = normalizeName(wanted);
  const hits = backend.namesFor(key);
  if (hits.length === 1) return hits[0]!;
  if (hits.length > 1) {
    // A canonical name beats the same words used as someone else's alias.
    const canonical = hits.filter((id) => normalizeName(entityName(backend, id)) === key);
    if (canonical.length === 1) return canonical[0]!;
    throw new AmbiguousNameError(wanted, hits.map((id) => ({ id, name: entityName(backend, id) })), position);
  }
  // A miss is rare and ends the command: walking every name once is fine, even in a store.
  const entries = [...backend.nameEntries()];
  const close = nearest(key, entries.map(([name]) => name));
  if (close !== undefined) {
    const suggestion = entityName(backend, backend.namesFor(close)[0]!);
    throw new NotFoundError(`no entity is called ${quoteInput(wanted)}; did you mean ${suggestion}?`, { suggestions: [suggestion], position });
  }
  // No near spelling: offer the entities whose names contain the words given.
  const containing = new Set<string>();
  for (const [name, ids] of entries) {
    if (containing.size >= 5) break;
    if (key.length >= 3 && name.includes(key)) for (const id of ids) containing.add(entityName(backend, id));
  }
  const list = [...containing].slice(0, 5);
  throw new NotFoundError(`no entity is called ${quoteInput(wanted)}${list.length ? `; names containing it: ${list.join(", ")}` : ""}`, {
    suggestions: list,
    position,
  });
}
