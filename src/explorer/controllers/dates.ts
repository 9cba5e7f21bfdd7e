import type { RegkgGraph } from "../../graph/index.ts";
import { dateRange } from "../../query/index.ts";
import type { Visibility } from "../derive.ts";
import { el } from "../dom.ts";

const DAY_MS = 86_400_000;
const toDay = (iso: string) => Math.round(Date.parse(`${iso}T00:00:00Z`) / DAY_MS);
const toIso = (day: number) => new Date(day * DAY_MS).toISOString().slice(0, 10);

/** The first and last day any dated action can mean, or null when no action has a date. */
export function dateExtent(graph: RegkgGraph): [string, string] | null {
  let min: string | null = null;
  let max: string | null = null;
  graph.forEachNode((_n, a) => {
    if (a.kind !== "action" || !a.time?.date) return;
    const [first, last] = dateRange(a.time.date);
    if (min === null || first < min) min = first;
    if (max === null || last > max) max = last;
  });
  return min !== null && max !== null ? [min, max] : null;
}

/** A from-to slider over the dated actions; undated actions are counted apart and always shown. */
export function renderDateFilter(
  extent: [string, string] | null,
  chosen: readonly [string, string] | null,
  visibility: Visibility,
  onChange: (dates: [string, string] | null) => void,
): HTMLElement {
  const box = el("fieldset", { className: "facet dates" }, el("legend", { text: "Date" }));
  if (!extent) {
    box.append(el("p", { className: "muted", text: `No action here has a calendar date (${visibility.undatedActions} undated), so there is no range to choose.` }));
    return box;
  }
  const [lo, hi] = [toDay(extent[0]), toDay(extent[1])];
  const [from, to] = chosen ? [toDay(chosen[0]), toDay(chosen[1])] : [lo, hi];
  const slider = (id: string, label: string, value: number) =>
    el("input", { attrs: { type: "range", id, min: String(lo), max: String(hi), step: "1", value: String(value), "aria-label": label } });
  const fromInput = slider("date-from", "From", from);
  const toInput = slider("date-to", "To", to);
  const shown = el("p", { className: "date-range", text: `${toIso(from)} – ${toIso(to)}` });
  const update = (commit: boolean) => {
    let a = Number(fromInput.value);
    let b = Number(toInput.value);
    if (a > b) [a, b] = [b, a];
    shown.textContent = `${toIso(a)} – ${toIso(b)}`;
    if (commit) onChange(a === lo && b === hi ? null : [toIso(a), toIso(b)]);
  };
  for (const input of [fromInput, toInput]) {
    input.addEventListener("input", () => update(false));
    input.addEventListener("change", () => update(true));
  }
  box.append(shown, fromInput, toInput);
  if (visibility.undatedActions > 0) box.append(el("p", { className: "muted", text: `${visibility.undatedActions} undated actions are always shown.` }));
  return box;
}
