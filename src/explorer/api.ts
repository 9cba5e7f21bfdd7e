/**
 * The page's client for the local server's review API (src/server/, README "Reviewing in the
 * browser"). Every failure becomes an ApiError carrying the server's message and problems, so
 * the page can show them as the CLI would.
 */
import type { ReviewItem } from "../graph/review-item.ts";
import type { Problem, Quantity, Time } from "../schema/index.ts";

export type { ReviewItem };

export class ApiError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly problems: readonly Problem[] = [],
  ) {
    super(message);
  }
}

async function call<T>(path: string, init: RequestInit = {}): Promise<T> {
  let res: Response;
  try {
    res = await fetch(path, { ...init, headers: { accept: "application/json", ...(init.headers ?? {}) } });
  } catch (err) {
    throw new ApiError(0, `the server cannot be reached (${err instanceof Error ? err.message : String(err)}): is \`npm start\` still running?`);
  }
  let body: any;
  try {
    body = await res.json();
  } catch {
    throw new ApiError(res.status, `the server answered ${res.status} ${res.statusText} without JSON`);
  }
  if (!res.ok) throw new ApiError(res.status, typeof body?.error === "string" ? body.error : `HTTP ${res.status}`, Array.isArray(body?.problems) ? body.problems : []);
  return body as T;
}

const json = (body: unknown, headers: Record<string, string> = {}): RequestInit => ({
  method: "POST",
  headers: { "content-type": "application/json", ...headers },
  body: JSON.stringify(body),
});

/** Whether a review server is behind the page: the static build has none. */
export async function probe(): Promise<boolean> {
  try {
    const res = await fetch("api/review", { method: "GET", headers: { accept: "application/json" } });
    return res.ok && (res.headers.get("content-type") ?? "").includes("application/json");
  } catch {
    return false;
  }
}

/** The queue, and what an undo would take back now (null: nothing). */
export const listItems = () => call<{ items: ReviewItem[]; undo: string | null }>("api/review");

export type DecisionBody = { decision: "accept" } | { decision: "reject" } | { decision: "edit"; changes: Record<string, unknown> };

export const decide = (item: Pick<ReviewItem, "id" | "version">, body: DecisionBody) =>
  call<ReviewItem | { id: string; removed: true }>(`api/review/${encodeURIComponent(item.id)}`, json(body, { "if-match": `"${item.version}"` }));

export const undo = () => call<{ undone: string; next: string | null }>("api/undo", json({}));

export const mergeEntities = (keep: string, drop: string) => call<{ keep: ReviewItem; annotations: string[] }>("api/entities/merge", json({ keep, drop }));

export interface NewActionBody {
  doc: string;
  actionType: string;
  status: string;
  summary: string;
  actors: string[];
  targets: string[];
  evidence: { start: number; end: number }[];
  quantity?: Quantity;
  time?: Time;
}
export const addAction = (body: NewActionBody) => call<ReviewItem>("api/actions", json(body));

/** A new entity, proposed, its category guessed from the name by the server when not given. */
export const createEntity = (name: string) => call<ReviewItem>("api/entities", json({ name }));

export interface IngestResult {
  report: { doc: string; document: "added" | "unchanged"; annotation: string; entitiesAdded: string[]; actions: number };
  items: ReviewItem[];
}

export function ingest(text: string, info: { title?: string; date?: string; url?: string }): Promise<IngestResult> {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(info)) if (v?.trim()) q.set(k, v.trim());
  return call<IngestResult>(`api/ingest${q.size ? `?${q}` : ""}`, { method: "POST", headers: { "content-type": "text/plain; charset=utf-8" }, body: text });
}
