import { AmbiguousNameError, NotFoundError, QuerySyntaxError } from "../../schema/index.ts";
import type { Derived } from "../derive.ts";
import { el } from "../dom.ts";

/** Rows listed at first, and added by each "Show more". */
export const ROW_PAGE = 100;

/** The query box's results: rows with their evidence, or the error pointing at the pattern. */
export function renderQueryResult(query: Derived["query"], onPick: (actionId: string) => void): HTMLElement[] {
  if (query === null) return [];
  if ("error" in query) {
    const err = query.error;
    const out: HTMLElement[] = [el("p", { className: "error", text: err instanceof Error ? err.message : String(err), attrs: { role: "alert" } })];
    const position = err instanceof QuerySyntaxError || err instanceof NotFoundError || err instanceof AmbiguousNameError ? err.position : undefined;
    if (position) out.push(el("pre", { className: "caret", text: `${position.pattern}\n${" ".repeat(position.column - 1)}^` }));
    return out;
  }
  const { result } = query;
  if (result.total === 0) return [el("p", { className: "muted", text: "No action matches this pattern." })];
  const row = (r: (typeof result.rows)[number]) => {
    const b = el(
      "button",
      { className: "row", attrs: { type: "button", "data-action": r.action.id } },
      el("span", { className: "row-line", text: `${r.actor.name} → ${r.action.type.replace(/_/g, " ")} (${r.action.status}) → ${r.target.name}` }),
      el("span", { className: "row-quote", text: `“${r.evidence[0]?.quote ?? ""}”` }),
    );
    b.addEventListener("click", () => onPick(r.action.id));
    return el("li", {}, b);
  };
  // A broad pattern on a large graph answers with thousands of rows: list them a page at a time.
  const list = el("ol", { className: "query-rows" });
  const more = el("button", { className: "more", attrs: { type: "button", id: "query-more" } });
  let shown = 0;
  const page = () => {
    const next = Math.min(result.rows.length, shown + ROW_PAGE);
    for (; shown < next; shown++) list.append(row(result.rows[shown]!));
    more.textContent = `Show ${Math.min(ROW_PAGE, result.rows.length - shown)} more of ${result.rows.length - shown}`;
    more.hidden = shown >= result.rows.length;
  };
  more.addEventListener("click", page);
  page();
  return [el("p", { className: "muted", text: `${result.total} row${result.total === 1 ? "" : "s"}` }), list, more];
}
