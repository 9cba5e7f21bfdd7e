/**
 * The pattern syntax of "who acted on whom" queries.
 *
 *   pattern   = endpoint , arrow , endpoint ;          actor first, target second
 *   endpoint  = "*"                                    any entity
 *             | ":" , category                         any entity of a category, e.g. :regulator
 *             | '"' , text , '"' | "'" , text , "'"    a name, alias or id, quoted
 *             | bare name                              the same, unquoted (no [ ] { } | < > * " = )
 *   arrow     = "-" , [ "[" , types , "]" ] , [ "{" , statuses , "}" ] , ">" ;
 *   types     = type , { "|" , type } ;                action types, or * for any
 *   statuses  = status , { "|" , status } ;
 *
 * Whitespace is allowed between the parts and inside brackets, not inside the arrow's dashes.
 * Examples: `PBOC -> *`, `* -[shutdown|block]-> *`, `:regulator -[ban]{planned}-> :activity`,
 * `Tencent -> "WeChat accounts"`.
 */
import {
  ACTION_TYPES,
  ENTITY_CATEGORIES,
  QuerySyntaxError,
  STATUSES,
  type ActionType,
  type EntityCategory,
  type Status,
} from "../schema/index.ts";
import { nearest, quoteInput } from "../graph/index.ts";

export type Endpoint =
  | { readonly kind: "any"; readonly column: number }
  | { readonly kind: "category"; readonly category: EntityCategory; readonly column: number }
  | { readonly kind: "name"; readonly name: string; readonly column: number };

export interface Pattern {
  readonly text: string;
  readonly actor: Endpoint;
  /** null: any type. */
  readonly types: readonly ActionType[] | null;
  /** null: any status. */
  readonly statuses: readonly Status[] | null;
  readonly target: Endpoint;
}

// Apostrophes are allowed in bare names ("People's Bank of China"); a name may still be
// quoted with '...' when it starts with one.
const SPECIAL = new Set(["[", "]", "{", "}", "|", "<", ">", "*", '"', "="]);
const EXAMPLE = 'a pattern like "PBOC -> *" (actor -> target)';

class Parser {
  private i = 0;
  constructor(private readonly text: string) {}

  fail(at: number, message: string): never {
    throw new QuerySyntaxError(this.text, at + 1, message);
  }

  private peek(offset = 0): string | undefined {
    return this.text[this.i + offset];
  }

  private describeHere(): string {
    return this.i >= this.text.length ? "the end of the pattern" : JSON.stringify(this.text.slice(this.i, this.i + 12));
  }

  private skipSpace(): void {
    while (this.i < this.text.length && /\s/.test(this.text[this.i]!)) this.i++;
  }

  /**
   * A "-" starts the arrow when it is followed by [, { or >, or stands after whitespace;
   * so "fund-raising" is a name and "PBOC - > *" is a badly written arrow.
   */
  private arrowAt(pos: number): boolean {
    if (this.text[pos] !== "-") return false;
    const next = this.text[pos + 1];
    return next === "[" || next === "{" || next === ">" || pos === 0 || /\s/.test(this.text[pos - 1]!);
  }

  parse(): Pattern {
    this.skipSpace();
    if (this.i >= this.text.length) this.fail(0, `expected ${EXAMPLE}, got an empty pattern`);
    const actor = this.endpoint("actor");
    this.skipSpace();
    const { types, statuses } = this.arrow();
    this.skipSpace();
    const target = this.endpoint("target");
    this.skipSpace();
    if (this.i < this.text.length) this.fail(this.i, `expected the end of the pattern after the target, got ${this.describeHere()}`);
    return { text: this.text, actor, types, statuses, target };
  }

  private endpoint(role: "actor" | "target"): Endpoint {
    const start = this.i;
    const column = start + 1;
    const c = this.peek();
    const expected = `expected the ${role}: a name, a "quoted name", :category or *`;
    if (c === undefined) this.fail(start, `${expected}, got the end of the pattern`);
    if (c === "*") {
      this.i++;
      return { kind: "any", column };
    }
    if (c === ":") {
      this.i++;
      const word = this.word();
      if (word === "") this.fail(this.i, `expected a category name after ":" (${Object.keys(ENTITY_CATEGORIES).join(", ")})`);
      if (!(word in ENTITY_CATEGORIES)) this.unknown(start + 1, "category", word, Object.keys(ENTITY_CATEGORIES));
      return { kind: "category", category: word as EntityCategory, column };
    }
    if (c === '"' || c === "'") return { kind: "name", name: this.quoted(c), column };
    if (this.arrowAt(start)) this.fail(start, `${expected} before the arrow`);
    let end = start;
    while (end < this.text.length && !SPECIAL.has(this.text[end]!) && !this.arrowAt(end)) end++;
    const name = this.text.slice(start, end).trimEnd();
    if (name === "") this.fail(start, `${expected}, got ${this.describeHere()}`);
    this.i = start + name.length;
    return { kind: "name", name, column };
  }

  private quoted(quote: string): string {
    const open = this.i;
    this.i++;
    let out = "";
    while (this.i < this.text.length && this.text[this.i] !== quote) {
      if (this.text[this.i] === "\\" && this.i + 1 < this.text.length) this.i++;
      out += this.text[this.i];
      this.i++;
    }
    if (this.i >= this.text.length) this.fail(open, `unterminated name: expected a closing ${quote}`);
    this.i++;
    if (out.trim() === "") this.fail(open, "expected a name between the quotes");
    return out.trim();
  }

  private word(): string {
    const start = this.i;
    while (this.i < this.text.length && /[A-Za-z0-9_]/.test(this.text[this.i]!)) this.i++;
    return this.text.slice(start, this.i);
  }

  private unknown(at: number, what: string, word: string, known: readonly string[]): never {
    const close = nearest(word, known);
    this.fail(at, `unknown ${what} ${quoteInput(word)}${close ? `; did you mean "${close}"?` : ""} (one of ${known.join(", ")})`);
  }

  private arrow(): { types: ActionType[] | null; statuses: Status[] | null } {
    if (this.peek() !== "-") this.fail(this.i, `expected an arrow "->" after the actor, got ${this.describeHere()}`);
    this.i++;
    let types: ActionType[] | null = null;
    let statuses: Status[] | null = null;
    if (this.peek() === "[") types = this.list("[", "]", "action type", Object.keys(ACTION_TYPES), true) as ActionType[] | null;
    if (this.peek() === "{") statuses = this.list("{", "}", "status", Object.keys(STATUSES), false) as Status[];
    const bracketed = this.text[this.i - 1] === "]" || this.text[this.i - 1] === "}";
    if (bracketed) {
      if (this.peek() !== "-" || this.peek(1) !== ">") this.fail(this.i, `expected "->" to close the arrow, got ${this.describeHere()}`);
      this.i += 2;
    } else {
      if (this.peek() !== ">") this.fail(this.i, `expected "[", "{" or ">" after "-" (write the arrow as "->", with no space), got ${this.describeHere()}`);
      this.i++;
    }
    return { types, statuses };
  }

  /** `[a|b|c]` or `{a|b}`; returns null for `[*]` when a wildcard is allowed. */
  private list(open: string, close: string, what: string, known: readonly string[], wildcard: boolean): string[] | null {
    this.i++; // open
    const items: string[] = [];
    let any = false;
    for (;;) {
      this.skipSpace();
      const at = this.i;
      if (wildcard && this.peek() === "*") {
        this.i++;
        any = true;
      } else {
        const word = this.word();
        if (word === "") this.fail(at, `expected ${what === "action type" ? "an" : "a"} ${what} (${known.join(", ")}${wildcard ? ", or *" : ""}), got ${this.describeHere()}`);
        if (!known.includes(word)) this.unknown(at, what, word, known);
        items.push(word);
      }
      this.skipSpace();
      if (this.peek() === "|") {
        this.i++;
        continue;
      }
      if (this.peek() === close) {
        this.i++;
        break;
      }
      this.fail(this.i, `expected "|" or "${close}" after the ${what}, got ${this.describeHere()}`);
    }
    return any ? null : [...new Set(items)];
  }
}

/** Parse a pattern; throws QuerySyntaxError pointing at the column of the first problem. */
export function parsePattern(text: string): Pattern {
  return new Parser(text).parse();
}
