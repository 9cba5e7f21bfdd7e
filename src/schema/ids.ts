/**
 * Stable ids. Re-building or re-ingesting the same text must give the same ids, so ids are
 * slugs derived from names and positions, never counters or random values.
 *
 *   entity:<slug>            entity:pboc, entity:pan-gongsheng
 *   doc:<slug>               doc:china-crypto-crackdown-intensify
 *   action:<doc-slug>:<n>    action:china-crypto-crackdown-intensify:3
 */

export const SLUG_PATTERN = "[a-z0-9]+(?:-[a-z0-9]+)*";
export const ENTITY_ID = new RegExp(`^entity:${SLUG_PATTERN}$`);
export const DOC_ID = new RegExp(`^doc:${SLUG_PATTERN}$`);
export const ACTION_ID = new RegExp(`^action:(${SLUG_PATTERN}):([1-9][0-9]*)$`);
export const DOC_SLUG = new RegExp(`^${SLUG_PATTERN}$`);

export function docId(slug: string): string {
  return `doc:${slug}`;
}

export function actionId(docSlug: string, n: number): string {
  return `action:${docSlug}:${n}`;
}

/** The document slug an action id belongs to, or undefined when the id is not an action id. */
export function docSlugOfAction(id: string): string | undefined {
  return ACTION_ID.exec(id)?.[1];
}

/** "People's Bank of China" -> "peoples-bank-of-china". ASCII only; CJK and other scripts drop out. */
export function slugify(name: string): string {
  return name
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/['’]/g, "")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
}

/**
 * Edge keys are derived from their endpoints so that the same data always gives the same
 * keys (the graph is a multigraph, so keys are what tell parallel edges apart).
 */
export function edgeKey(kind: string, source: string, target: string, qualifier?: string): string {
  return qualifier ? `${kind}:${qualifier}:${source}->${target}` : `${kind}:${source}->${target}`;
}

/** Whether `key` is edgeKey(kind, source, target, qualifier), told without building that key (store writers ask for every edge). */
export function isEdgeKey(key: string, kind: string, source: string, target: string, qualifier?: string): boolean {
  let at = kind.length;
  if (!key.startsWith(kind) || key.charCodeAt(at) !== 0x3a) return false;
  at++;
  if (qualifier) {
    if (!key.startsWith(qualifier, at) || key.charCodeAt(at + qualifier.length) !== 0x3a) return false;
    at += qualifier.length + 1;
  }
  return key.length === at + source.length + 2 + target.length && key.startsWith(source, at) && key.startsWith("->", at + source.length) && key.endsWith(target);
}

/**
 * The kind of node an id names, read from its prefix alone (entity:, action:, doc:). Every node
 * of a valid graph has an id of its kind's form, so this is the node's kind whenever it exists.
 */
export function kindOfId(id: string): "entity" | "action" | "document" | undefined {
  if (id.startsWith("entity:")) return "entity";
  if (id.startsWith("action:")) return "action";
  if (id.startsWith("doc:")) return "document";
  return undefined;
}
