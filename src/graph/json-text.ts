/**
 * Edits to hand-formatted JSON text that leave every other byte as it was: entities.json is
 * written by hand, one entity a line or two, and a reviewer's change to one entity must show in
 * `git diff` as that entity's lines, not as the whole file reformatted.
 */

/** The value as one line of JSON with spaces after ':' and ',', the way entities.json is written by hand. */
export function inlineJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(inlineJson).join(", ")}]`;
  if (value && typeof value === "object") return `{ ${Object.entries(value).map(([k, v]) => `${JSON.stringify(k)}: ${inlineJson(v)}`).join(", ")} }`;
  return JSON.stringify(value);
}

/** Where one element of an array is written: [start, end) offsets into the text. */
export interface Span {
  start: number;
  end: number;
}

/** Skip a JSON string starting at text[i] === '"'; returns the index after its closing quote. */
function skipString(text: string, i: number): number {
  for (let j = i + 1; j < text.length; j++) {
    const c = text.charCodeAt(j);
    if (c === 0x5c) j++;
    else if (c === 0x22) return j + 1;
  }
  throw new SyntaxError("unterminated string");
}

/**
 * The spans of the elements of the array that is the value of top-level member `key` of a JSON
 * object, in order. The text must be valid JSON (parse it first); throws otherwise.
 */
export function arrayElementSpans(text: string, key: string): Span[] {
  let depth = 0;
  let i = 0;
  let found = -1;
  // Find `"key"` as a member name at depth 1.
  while (i < text.length) {
    const c = text[i]!;
    if (c === '"') {
      const end = skipString(text, i);
      if (depth === 1 && JSON.parse(text.slice(i, end)) === key && /^\s*:/.test(text.slice(end, end + 32))) {
        found = text.indexOf("[", end);
        break;
      }
      i = end;
      continue;
    }
    if (c === "{" || c === "[") depth++;
    else if (c === "}" || c === "]") depth--;
    i++;
  }
  if (found < 0) throw new SyntaxError(`no top-level array "${key}"`);
  const spans: Span[] = [];
  let level = 0;
  let start = -1;
  let lastEnd = -1;
  for (i = found + 1; i < text.length; ) {
    const c = text[i]!;
    if (c === '"') {
      if (level === 0 && start < 0) start = i;
      i = skipString(text, i);
      lastEnd = i;
      continue;
    }
    if (c === "{" || c === "[") {
      if (level === 0 && start < 0) start = i;
      level++;
    } else if (c === "}" || c === "]") {
      if (level === 0) {
        if (start >= 0) spans.push({ start, end: lastEnd });
        return spans;
      }
      level--;
      lastEnd = i + 1;
    } else if (c === "," && level === 0) {
      spans.push({ start, end: lastEnd });
      start = -1;
    } else if (!/\s/.test(c)) {
      if (level === 0 && start < 0) start = i;
      lastEnd = i + 1;
    }
    i++;
  }
  throw new SyntaxError(`unterminated array "${key}"`);
}

/** The text with element `index` of array `key` replaced by `replacement`. */
export function replaceElement(text: string, key: string, index: number, replacement: string): string {
  const span = arrayElementSpans(text, key)[index];
  if (!span) throw new RangeError(`no element ${index} in "${key}"`);
  return text.slice(0, span.start) + replacement + text.slice(span.end);
}

/** The text without element `index` of array `key`, its separating comma and the line it stood on. */
export function removeElement(text: string, key: string, index: number): string {
  const spans = arrayElementSpans(text, key);
  const span = spans[index];
  if (!span) throw new RangeError(`no element ${index} in "${key}"`);
  if (spans.length === 1) {
    // The only element: leave an empty array.
    const open = text.lastIndexOf("[", span.start);
    const close = text.indexOf("]", span.end);
    return `${text.slice(0, open + 1)}${text.slice(close)}`;
  }
  if (index < spans.length - 1) {
    // From this element's start (with its indentation) to the next element's start (with its own).
    const from = text.lastIndexOf("\n", span.start) + 1;
    const to = text.lastIndexOf("\n", spans[index + 1]!.start) + 1;
    const sameLine = to <= span.end; // elements sharing a line: cut up to the next element
    return sameLine ? text.slice(0, span.start) + text.slice(spans[index + 1]!.start) : text.slice(0, from) + text.slice(to);
  }
  // The last element: cut from the end of the previous one (its comma goes too).
  return text.slice(0, spans[index - 1]!.end) + text.slice(span.end);
}
