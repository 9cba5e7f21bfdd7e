/**
 * Reads a JSON object that is too large to hold as one string (V8's strings stop near 512 MB;
 * a graph of a million actions is twice that) piece by piece: the members of the top-level
 * object, and the elements of the top-level arrays one at a time. Each piece is handed to
 * JSON.parse, so everything inside a piece is parsed natively; this scanner only finds where
 * pieces start and end, jumping over string contents with indexOf.
 */

export interface MemberHandlers {
  /** A top-level member that is not one of the streamed arrays, parsed. */
  member(key: string, value: unknown): void;
  /** One element of a streamed top-level array, parsed, with its index. */
  element(key: string, index: number, value: unknown): void;
  /** A streamed top-level array begins (called even when it turns out empty). */
  array?(key: string): void;
}

/** A syntax error at a byte offset of the input. */
export class JsonScanError extends Error {
  constructor(
    message: string,
    readonly offset: number,
  ) {
    super(message);
  }
}

const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const WS = new Uint8Array(256);
for (const c of [0x20, 0x09, 0x0a, 0x0d]) WS[c] = 1;

type State = "start" | "key" | "key-string" | "colon" | "value" | "after-value" | "item" | "after-item" | "in-value" | "done";

export class JsonMemberScanner {
  private state: State = "start";
  /** Bytes of the piece being collected (a key, a member value or an array element), from earlier chunks. */
  private pieces: Uint8Array[] = [];
  /** Where the piece starts in the current chunk (0 when it began in an earlier one); -1: none. */
  private pieceStart = -1;
  private key = "";
  private index = 0;
  /** The value being collected: 1 a member's, 2 an array element; its nesting; inside a string; a bare scalar. */
  private level = 0;
  private depth = 0;
  private inString = false;
  private scalar = false;
  /** Offset of the current chunk in the whole input. */
  private base = 0;
  private readonly decoder = new TextDecoder("utf-8", { fatal: true });

  constructor(
    private readonly streamed: ReadonlySet<string>,
    private readonly on: MemberHandlers,
  ) {}

  /** Feed the next chunk of bytes. */
  push(chunk: Uint8Array): void {
    const n = chunk.length;
    let i = 0;
    while (i < n) {
      if (this.state === "in-value") {
        i = this.scanValue(chunk, i);
        continue;
      }
      if (this.state === "key-string") {
        const q = closingQuote(chunk, i, this.pieces);
        if (q === -1) {
          i = n;
          break;
        }
        i = q + 1;
        this.finishPiece(chunk, i, (text) => (this.key = JSON.parse(text) as string));
        this.state = "colon";
        continue;
      }
      const c = chunk[i]!;
      if (WS[c]) {
        i++;
        continue;
      }
      switch (this.state) {
        case "start":
          if (c !== 0x7b) throw this.error("expected a JSON object starting with {", i);
          this.state = "key";
          break;
        case "key":
          if (c === 0x7d) this.state = "done";
          else if (c === QUOTE) {
            this.beginPiece(i);
            this.state = "key-string";
          } else throw this.error("expected a member name in double quotes", i);
          break;
        case "colon":
          if (c !== 0x3a) throw this.error("expected ':' after a member name", i);
          this.state = "value";
          break;
        case "value":
          if (this.streamed.has(this.key) && c === 0x5b) {
            this.index = 0;
            this.state = "item";
            this.on.array?.(this.key);
            break;
          }
          this.beginValue(i, 1);
          continue;
        case "after-value":
          if (c === 0x2c) this.state = "key";
          else if (c === 0x7d) this.state = "done";
          else throw this.error("expected ',' or '}' after a member", i);
          break;
        case "item":
          if (c === 0x5d && this.index === 0) {
            this.state = "after-value";
            break;
          }
          this.beginValue(i, 2);
          continue;
        case "after-item":
          if (c === 0x2c) this.state = "item";
          else if (c === 0x5d) this.state = "after-value";
          else throw this.error("expected ',' or ']' after an array element", i);
          break;
        case "done":
          throw this.error("unexpected text after the end of the object", i);
      }
      i++;
    }
    if (this.pieceStart !== -1) {
      // A copy: the caller may reuse its buffer for the next chunk.
      this.pieces.push(new Uint8Array(chunk.subarray(this.pieceStart)));
      this.pieceStart = 0;
    }
    this.base += n;
  }

  /** The input is over: it must have closed the object. */
  end(): void {
    if (this.state === "start") throw this.error("the file is empty", 0);
    if (this.state !== "done") throw this.error("unexpected end of the file: the object is not closed", 0);
  }

  private beginPiece(at: number): void {
    this.pieces = [];
    this.pieceStart = at;
  }

  private beginValue(at: number, level: number): void {
    this.beginPiece(at);
    this.level = level;
    this.depth = 0;
    this.inString = false;
    this.scalar = false;
    this.state = "in-value";
  }

  /** Continue the value being collected from chunk[i]; returns where scanning stopped. */
  private scanValue(chunk: Uint8Array, i: number): number {
    const n = chunk.length;
    while (i < n) {
      if (this.inString) {
        const q = closingQuote(chunk, i, this.pieces);
        if (q === -1) return n;
        this.inString = false;
        i = q + 1;
        if (this.depth === 0) return this.closeValue(chunk, i);
        continue;
      }
      const c = chunk[i]!;
      if (this.scalar) {
        if (c === 0x2c || c === 0x7d || c === 0x5d) return this.closeValue(chunk, i);
        i++;
        continue;
      }
      if (c === QUOTE) this.inString = true;
      else if (c === 0x7b || c === 0x5b) this.depth++;
      else if (c === 0x7d || c === 0x5d) {
        this.depth--;
        if (this.depth === 0) return this.closeValue(chunk, i + 1);
        if (this.depth < 0) throw this.error(`unexpected '${String.fromCharCode(c)}'`, i);
      } else if (this.depth === 0 && !WS[c]) this.scalar = true;
      i++;
    }
    return n;
  }

  private closeValue(chunk: Uint8Array, end: number): number {
    const key = this.key;
    if (this.level === 1) {
      this.finishPiece(chunk, end, (text) => this.on.member(key, JSON.parse(text)));
      this.state = "after-value";
    } else {
      const index = this.index++;
      this.finishPiece(chunk, end, (text) => this.on.element(key, index, JSON.parse(text)));
      this.state = "after-item";
    }
    return end;
  }

  /** Take the piece that ends before `end` in `chunk` and hand its text to `use`. */
  private finishPiece(chunk: Uint8Array, end: number, use: (text: string) => void): void {
    const tail = chunk.subarray(this.pieceStart, end);
    const earlier = this.pieces.reduce((s, p) => s + p.length, 0);
    const bytes = earlier === 0 ? tail : concat([...this.pieces, tail]);
    const startOffset = this.base + this.pieceStart - earlier;
    this.pieces = [];
    this.pieceStart = -1;
    let text: string;
    try {
      text = this.decoder.decode(bytes);
    } catch {
      throw new JsonScanError("not valid UTF-8 text", startOffset);
    }
    try {
      use(text);
    } catch (err) {
      if (err instanceof JsonScanError || !(err instanceof SyntaxError)) throw err;
      const pos = /position (\d+)/.exec(err.message);
      const reason = err.message.replace(/ in JSON at position \d+.*$/s, "").replace(/^JSON\.parse: /, "");
      // The position inside the piece is in characters; count its bytes to place the error.
      const inside = pos ? new TextEncoder().encode(text.slice(0, Number(pos[1]))).length : 0;
      throw new JsonScanError(reason, startOffset + inside);
    }
  }

  private error(message: string, i: number): JsonScanError {
    return new JsonScanError(message, this.base + i);
  }
}

/** The next quote at or after `from` that no backslash escapes, or -1. */
function closingQuote(chunk: Uint8Array, from: number, earlier: readonly Uint8Array[]): number {
  let q = chunk.indexOf(QUOTE, from);
  while (q !== -1 && escaped(chunk, q, earlier)) q = chunk.indexOf(QUOTE, q + 1);
  return q;
}

/** Whether the quote at `q` is escaped: an odd run of backslashes before it (which may begin in earlier pieces). */
function escaped(chunk: Uint8Array, q: number, earlier: readonly Uint8Array[]): boolean {
  let count = 0;
  let i = q - 1;
  while (i >= 0 && chunk[i] === BACKSLASH) {
    count++;
    i--;
  }
  if (i < 0) {
    for (let p = earlier.length - 1; p >= 0 && i < 0; p--) {
      const piece = earlier[p]!;
      let k = piece.length - 1;
      while (k >= 0 && piece[k] === BACKSLASH) {
        count++;
        k--;
      }
      if (k >= 0) break;
    }
  }
  return count % 2 === 1;
}

function concat(parts: readonly Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((s, p) => s + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}
