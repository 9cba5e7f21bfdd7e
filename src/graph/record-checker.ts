import { EDGE_ENDPOINTS, edgeKey, isEdgeKey, kindOfId, type Evidence, type GraphAttributes, type GraphFile, type NodeKind, type Problem } from "../schema/index.ts";
import { withArticle } from "./assemble.ts";
import { nodeKeyProblem } from "./graph-file.ts";
import { spanProblem } from "./integrity.ts";
import { nearest } from "./suggest.ts";

type NodeRecord = GraphFile["nodes"][number];
type EdgeRecord = GraphFile["edges"][number];

const KIND_CODE: Record<NodeKind, number> = { entity: 0, action: 1, document: 2 };
const KIND_NAME: NodeKind[] = ["entity", "action", "document"];
type EdgeKind = keyof typeof EDGE_ENDPOINTS;
const EDGE_KINDS = Object.keys(EDGE_ENDPOINTS) as EdgeKind[];
const EDGE_CODE = Object.fromEntries(EDGE_KINDS.map((k, i) => [k, i])) as Record<EdgeKind, number>;
/** An action's parties seen so far, as bits. */
const HAS_ACTOR = 1;
const HAS_TARGET = 2;
const HAS_SOURCE = 4;
/** Where an integrity problem of an action comes among that action's (as checkIntegrity lists them). */
const RANK_ACTOR = 0;
const RANK_TARGET = 1;
const RANK_SOURCE = 2;
const RANK_EVIDENCE = 3;
const RANK_ANCHOR = Number.MAX_SAFE_INTEGER;

/** 32-bit FNV-1a of a string's UTF-16 code units. */
function hash32(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return h | 0;
}

/**
 * Checks the records of a graph file (each one already through the schema), in file order,
 * for everything the graph loader checks after the schema, and finds the same problems at the
 * same paths in the same order (GraphFileBuilder with Assembler and checkIntegrity), without
 * building the graph: node ids that do not fit their kind, duplicate nodes and edges, dangling,
 * mistyped or self-linked endpoints, and the integrity rules (every action has an actor, a
 * target and a source document; evidence quotes its document; time anchors exist; the graph's
 * document list names documents). `node` and `edge` say whether a record goes into the graph;
 * those that do make a valid graph once `finish` reports no problem.
 *
 * It keeps what the rules need and no more: node ids, documents' texts, and each edge compactly
 * (its kind and the numbers of its nodes), so that writing an SQLite store from a graph JSON
 * of a million actions does not need the graph in memory (a quarter of the memory or less).
 * Edge keys are told apart by a hash table over edge numbers; an edge's key is rebuilt from
 * its nodes when two hashes meet, since most keys are the default one (edgeKey).
 */
export class GraphRecordChecker {
  private readonly keyProblems: Problem[] = [];
  private readonly assemblyProblems: Problem[] = [];
  /** Integrity problems of actions, sorted at the end into the order checkIntegrity gives them. */
  private readonly actionProblems: { ord: number; rank: number; problem: Problem }[] = [];

  /** Each kept node's number (in graph order) by id, and by number: its id, kind and index in the file. */
  private readonly keys: string[] = [];
  private readonly ordOf = new NodeIds(this.keys);
  private kinds = new Uint8Array(1024);
  private readonly fileIndex: number[] = [];
  private parties = new Uint8Array(1024);
  /** Documents' texts by their numbers. */
  private readonly texts = new Map<number, string>();
  /** Evidence citing a node not yet read, and time anchors not yet read: looked at in finish. */
  private readonly laterEvidence: { ord: number; i: number; ev: Evidence }[] = [];
  private readonly laterAnchors: { ord: number; anchor: string }[] = [];

  /** Kept edges: kind (index in EDGE_KINDS), nodes' numbers, index in the file. */
  private edgeCount = 0;
  private edgeKind = new Uint8Array(1024);
  private edgeSource = new Int32Array(1024);
  private edgeTarget = new Int32Array(1024);
  private edgeFileIndex = new Int32Array(1024);
  private readonly ownKeys = new Map<number, string>();
  private readonly relTypes = new Map<number, string>();
  private readonly relationEvidence: { edge: number; evidence: Evidence[] }[] = [];
  /**
   * Open addressing over edge numbers + 1 (0: empty), by the hash of their keys: slot i is
   * [2i] the edge, [2i + 1] its key's hash, side by side so that a probe touches one cache line.
   */
  private slots = new Int32Array(2 << 12);

  /** The places in graph order of the nodes of the last edge `edge` took, and whether its key is its own (not the one edgeKey derives). */
  lastSource = -1;
  lastTarget = -1;
  lastOwnKey = false;

  constructor(private readonly file: string) {}

  /** Where a node that went into the graph stands among those that did (0 for the first), by id. */
  placeOf(id: string): number | undefined {
    return this.ordOf.get(id);
  }

  /**
   * The two nodes an edge's ends were last found at: a file written by regkg lists each
   * action's edges together (actor, targets, basis, source), so most edges name the action of
   * the edge before, and comparing two strings costs less than a lookup in a Map of a million
   * ids, whose entries are scattered in memory. Ids are never removed nor renumbered, so a
   * remembered one stays right.
   */
  private recentKey0: string | undefined;
  private recentOrd0 = -1;
  private recentKey1: string | undefined;
  private recentOrd1 = -1;

  private endpoint(id: string, kind: number): number | undefined {
    if (id === this.recentKey0) return this.recentOrd0;
    if (id === this.recentKey1) {
      const ord = this.recentOrd1;
      this.recentKey1 = this.recentKey0;
      this.recentOrd1 = this.recentOrd0;
      this.recentKey0 = id;
      this.recentOrd0 = ord;
      return ord;
    }
    const ord = this.ordOf.of(kind).get(id);
    if (ord !== undefined) {
      this.recentKey1 = this.recentKey0;
      this.recentOrd1 = this.recentOrd0;
      this.recentKey0 = id;
      this.recentOrd0 = ord;
    }
    return ord;
  }

  /** The number of the node evidence cites, if it has been read: consecutive actions mostly cite the same document. */
  private evidenceDocKey: string | undefined;
  private evidenceDocOrd = -1;

  private evidenceDoc(id: string): number | undefined {
    if (id === this.evidenceDocKey) return this.evidenceDocOrd;
    const ord = this.ordOf.get(id);
    if (ord !== undefined) {
      this.evidenceDocKey = id;
      this.evidenceDocOrd = ord;
    }
    return ord;
  }

  private nodeAt(index: number, field = ".attributes"): string {
    return `$.nodes[${index}]${field}`;
  }

  private edgeAt(index: number, field: string): { file: string; path: string } {
    return { file: this.file, path: `$.edges[${index}]${field}` };
  }

  /** Node `index` of the file; true when it goes into the graph. */
  node(index: number, n: NodeRecord): boolean {
    const kind = n.attributes.kind;
    const keyProblem = nodeKeyProblem(n.key, kind, this.file, index);
    if (keyProblem) {
      this.keyProblems.push(keyProblem);
      return false;
    }
    // One probe finds a duplicate or the free slot the new id goes in.
    const ids = this.ordOf.of(KIND_CODE[kind]);
    const found = ids.find(n.key);
    if (found >= 0) {
      const first = found;
      this.assemblyProblems.push({
        file: this.file,
        path: this.nodeAt(index),
        message: `duplicate id "${n.key}", first defined in ${this.file} at ${this.nodeAt(this.fileIndex[first]!)}`,
      });
      return false;
    }
    const ord = this.keys.length;
    this.keys.push(n.key);
    ids.insert(found, ord);
    this.fileIndex.push(index);
    if (ord === this.kinds.length) {
      this.kinds = grown(this.kinds);
      this.parties = grown(this.parties);
    }
    this.kinds[ord] = KIND_CODE[kind];
    const a = n.attributes;
    if (a.kind === "document") this.texts.set(ord, a.text);
    else if (a.kind === "action") {
      for (let i = 0; i < a.evidence.length; i++) {
        const ev = a.evidence[i]!;
        const doc = this.evidenceDoc(ev.doc);
        if (doc !== undefined) this.checkEvidence(ord, i, ev, doc);
        else this.laterEvidence.push({ ord, i, ev });
      }
      const anchor = a.time?.anchor;
      if (anchor !== undefined && !this.ordOf.has(anchor)) this.laterAnchors.push({ ord, anchor });
    }
    return true;
  }

  /** Edge `index` of the file; true when it goes into the graph (and then lastSource and lastTarget say where its nodes stand). */
  edge(index: number, e: EdgeRecord): boolean {
    const kind = e.attributes.kind;
    const [wantSource, wantTarget] = EDGE_ENDPOINTS[kind];
    const problems = this.assemblyProblems;
    // As Assembler.addEdge: endpoint kinds from the ids, then a link to itself, then missing
    // nodes, then a duplicate key.
    const sourceOk = kindOfId(e.source) === wantSource || this.endpointProblem(e.source, wantSource, "source", kind, this.edgeAt(index, ".source"));
    const targetOk = kindOfId(e.target) === wantTarget || this.endpointProblem(e.target, wantTarget, "target", kind, this.edgeAt(index, ".target"));
    if (!sourceOk || !targetOk) return false;
    if (e.source === e.target) {
      problems.push({ ...this.edgeAt(index, ".target"), message: `"${e.source}" cannot be linked to itself` });
      return false;
    }
    const s = this.endpoint(e.source, KIND_CODE[wantSource]);
    const t = this.endpoint(e.target, KIND_CODE[wantTarget]);
    if (s === undefined || t === undefined) {
      if (s === undefined) this.endpointProblem(e.source, wantSource, "source", kind, this.edgeAt(index, ".source"));
      if (t === undefined) this.endpointProblem(e.target, wantTarget, "target", kind, this.edgeAt(index, ".target"));
      return false;
    }
    const h = hash32(e.key);
    const mask = (this.slots.length >> 1) - 1;
    let slot = h & mask;
    for (let taken; (taken = this.slots[2 * slot]!) !== 0; slot = (slot + 1) & mask) {
      if (this.slots[2 * slot + 1] === h && this.keyOf(taken - 1) === e.key) {
        const first = this.edgeFileIndex[taken - 1]!;
        problems.push({ ...this.edgeAt(index, ".attributes"), message: `duplicate edge "${e.key}", first defined in ${this.file} at $.edges[${first}].attributes` });
        return false;
      }
    }
    const edge = this.edgeCount++;
    if (edge === this.edgeKind.length) {
      this.edgeKind = grown(this.edgeKind);
      this.edgeSource = grown(this.edgeSource);
      this.edgeTarget = grown(this.edgeTarget);
      this.edgeFileIndex = grown(this.edgeFileIndex);
    }
    this.edgeKind[edge] = EDGE_CODE[kind];
    this.edgeSource[edge] = s;
    this.edgeTarget[edge] = t;
    this.edgeFileIndex[edge] = index;
    const a = e.attributes;
    if (a.kind === "relation") {
      this.relTypes.set(edge, a.relType);
      if (a.evidence) this.relationEvidence.push({ edge, evidence: a.evidence });
    }
    // keyOf(edge) is the default key unless ownKeys says otherwise: the default from the record's own ends.
    this.lastOwnKey = !isEdgeKey(e.key, kind, e.source, e.target, a.kind === "relation" ? a.relType : undefined);
    if (this.lastOwnKey) this.ownKeys.set(edge, e.key);
    this.slots[2 * slot] = edge + 1;
    this.slots[2 * slot + 1] = h;
    // At most half full, so that probes stay short.
    if (4 * this.edgeCount > this.slots.length) this.rehash();

    if (kind === "actor") this.parties[t]! |= HAS_ACTOR;
    else if (kind === "target") this.parties[s]! |= HAS_TARGET;
    else if (kind === "source") this.parties[s]! |= HAS_SOURCE;
    this.lastSource = s;
    this.lastTarget = t;
    return true;
  }

  /**
   * All the problems, once every record has been given: the same list, in the same order, as
   * GraphFileBuilder.finish gives for the graph these records make.
   */
  finish(attributes: GraphAttributes): Problem[] {
    for (const { ord, i, ev } of this.laterEvidence) this.checkEvidence(ord, i, ev);
    for (const { ord, anchor } of this.laterAnchors) {
      if (!this.ordOf.has(anchor)) this.actionProblem(ord, RANK_ANCHOR, ".time.anchor", `unknown anchor "${anchor}": expected the id of a document or an action`);
    }
    const action = KIND_CODE.action;
    for (let ord = 0; ord < this.keys.length; ord++) {
      if (this.kinds[ord] !== action) continue;
      const has = this.parties[ord]!;
      if ((has & (HAS_ACTOR | HAS_TARGET | HAS_SOURCE)) === (HAS_ACTOR | HAS_TARGET | HAS_SOURCE)) continue;
      const key = this.keys[ord]!;
      if (!(has & HAS_ACTOR)) this.actionProblem(ord, RANK_ACTOR, "", `action "${key}" has no actor: expected at least one`);
      if (!(has & HAS_TARGET)) this.actionProblem(ord, RANK_TARGET, "", `action "${key}" has no target: expected at least one`);
      if (!(has & HAS_SOURCE)) this.actionProblem(ord, RANK_SOURCE, "", `action "${key}" has no source document: expected a source edge`);
    }
    const integrity = this.actionProblems.sort((a, b) => a.ord - b.ord || a.rank - b.rank).map((p) => p.problem);
    for (const { edge, evidence } of this.relationEvidence) {
      evidence.forEach((ev, i) => {
        const wrong = this.evidenceProblem(ev);
        if (wrong) integrity.push({ ...this.edgeAt(this.edgeFileIndex[edge]!, `.attributes.evidence[${i}]${wrong.field}`), message: wrong.message });
      });
    }
    for (const [i, doc] of attributes.documents.entries()) {
      if (!this.isDocument(doc)) integrity.push({ file: this.file, path: `$.attributes.documents[${i}]`, message: `lists "${doc}", which is not a document node of the graph` });
    }
    return [...this.keyProblems, ...this.assemblyProblems, ...integrity];
  }

  private actionProblem(ord: number, rank: number, field: string, message: string): void {
    this.actionProblems.push({ ord, rank, problem: { file: this.file, path: this.nodeAt(this.fileIndex[ord]!, `.attributes${field}`), message } });
  }

  private checkEvidence(ord: number, i: number, ev: Evidence, doc?: number): void {
    const wrong = this.evidenceProblem(ev, doc);
    if (wrong) this.actionProblem(ord, RANK_EVIDENCE + i, `.evidence[${i}]${wrong.field}`, wrong.message);
  }

  private isDocument(key: string): boolean {
    const ord = this.ordOf.get(key);
    return ord !== undefined && this.kinds[ord] === KIND_CODE.document;
  }

  /** `doc`: the number of the node ev.doc names, if it is known. */
  private evidenceProblem(ev: Evidence, doc = this.ordOf.get(ev.doc)): { field: string; message: string } | undefined {
    return spanProblem(doc !== undefined && this.kinds[doc] === KIND_CODE.document ? this.texts.get(doc) : undefined, ev);
  }

  /** As the Assembler's endpointProblem: a missing node (with the nearest id of the kind wanted) or one of the wrong kind; false. */
  private endpointProblem(key: string, wantKind: NodeKind, end: "source" | "target", edgeKind: string, at: { file: string; path: string }): false {
    const ord = this.ordOf.get(key);
    if (ord === undefined) {
      const want = KIND_CODE[wantKind];
      const similar = nearest(key, this.keys.filter((_k, i) => this.kinds[i] === want));
      this.assemblyProblems.push({ ...at, message: `unknown ${wantKind} "${key}"${similar ? `; did you mean "${similar}"?` : ""}` });
    } else {
      this.assemblyProblems.push({ ...at, message: `expected ${withArticle(wantKind)} as the ${end} of ${withArticle(edgeKind)} edge, got the ${KIND_NAME[this.kinds[ord]!]} "${key}"` });
    }
    return false;
  }

  /** The key of kept edge `edge`: its own, or the default one for its kind and nodes. */
  private keyOf(edge: number): string {
    const own = this.ownKeys.get(edge);
    if (own !== undefined) return own;
    return edgeKey(EDGE_KINDS[this.edgeKind[edge]!]!, this.keys[this.edgeSource[edge]!]!, this.keys[this.edgeTarget[edge]!]!, this.relTypes.get(edge));
  }

  private rehash(): void {
    const size = this.slots.length; // slots, twice as many as before
    const slots = new Int32Array(2 * size);
    const mask = size - 1;
    for (let old = 0; old < this.slots.length; old += 2) {
      const taken = this.slots[old]!;
      if (taken === 0) continue;
      const h = this.slots[old + 1]!;
      let slot = h & mask;
      while (slots[2 * slot] !== 0) slot = (slot + 1) & mask;
      slots[2 * slot] = taken;
      slots[2 * slot + 1] = h;
    }
    this.slots = slots;
  }
}

/** Node ids to their numbers, a table for each kind: the few entities' stay in the processor's caches while a million actions' do not. */
class NodeIds {
  private readonly tables: IdTable[];

  constructor(keys: readonly string[]) {
    this.tables = KIND_NAME.map(() => new IdTable(keys));
  }

  /** The table of the ids of a kind (KIND_CODE). */
  of(kind: number): IdTable {
    return this.tables[kind]!;
  }

  get(id: string): number | undefined {
    const kind = kindOfId(id);
    return kind === undefined ? undefined : this.tables[KIND_CODE[kind]]!.get(id);
  }

  has(id: string): boolean {
    return this.get(id) !== undefined;
  }
}

/**
 * Node ids of one kind to their numbers: open addressing over the numbers (+ 1; 0: empty) with each id's
 * hash beside it, the ids themselves in `keys`. Two to three times faster than a Map of a
 * million ids whose entries and keys lie scattered in memory: a probe reads one slot, and
 * the id it holds only when the hashes agree.
 */
class IdTable {
  private slots = new Int32Array(2 << 12);
  private count = 0;
  /** The hash of the id last given to find, for insert. */
  private lastHash = 0;

  constructor(private readonly keys: readonly string[]) {}

  /** The number of `id` if it is in the table; otherwise -1 - the slot it would go in (for insert). */
  find(id: string): number {
    const h = hash32(id);
    this.lastHash = h;
    const slots = this.slots;
    const mask = (slots.length >> 1) - 1;
    for (let slot = h & mask; ; slot = (slot + 1) & mask) {
      const taken = slots[2 * slot]!;
      if (taken === 0) return -1 - slot;
      if (slots[2 * slot + 1] === h && this.keys[taken - 1] === id) return taken - 1;
    }
  }

  get(id: string): number | undefined {
    const found = this.find(id);
    return found >= 0 ? found : undefined;
  }

  /** Put number `ord` (whose id is keys[ord]) in the free slot find just gave for that id. */
  insert(found: number, ord: number): void {
    const slot = -1 - found;
    this.slots[2 * slot] = ord + 1;
    this.slots[2 * slot + 1] = this.lastHash;
    // At most half full, so that probes stay short.
    if (4 * ++this.count > this.slots.length) this.grow();
  }

  private grow(): void {
    const old = this.slots;
    const slots = new Int32Array(2 * old.length);
    const mask = (slots.length >> 1) - 1;
    for (let i = 0; i < old.length; i += 2) {
      const taken = old[i]!;
      if (taken === 0) continue;
      let slot = old[i + 1]! & mask;
      while (slots[2 * slot] !== 0) slot = (slot + 1) & mask;
      slots[2 * slot] = taken;
      slots[2 * slot + 1] = old[i + 1]!;
    }
    this.slots = slots;
  }
}

function grown<T extends Uint8Array | Int32Array>(a: T): T {
  const b = new (a.constructor as new (n: number) => T)(a.length * 2);
  b.set(a);
  return b;
}
