import { normalizeName, type QueryIndex } from "../../query/index.ts";
import { byId, el } from "../dom.ts";

export interface SearchHit {
  id: string;
  name: string;
  category: string;
  /** The alias or Chinese name that matched, when it was not the name itself. */
  via?: string;
}

/**
 * Entities whose name, alias, Chinese name or id contains the text: exact matches first, then
 * those starting with it, then the rest, each group by name.
 */
export function searchEntities(index: Pick<QueryIndex, "names" | "graph">, text: string, limit = 8): SearchHit[] {
  const q = normalizeName(text);
  if (!q) return [];
  const best = new Map<string, { rank: number; key: string }>();
  for (const [key, ids] of index.names) {
    const at = key.indexOf(q);
    if (at < 0) continue;
    const rank = key === q ? 0 : at === 0 ? 1 : 2;
    for (const id of ids) {
      const prev = best.get(id);
      if (!prev || rank < prev.rank) best.set(id, { rank, key });
    }
  }
  return [...best]
    .map(([id, { rank, key }]) => {
      const a = index.graph.getNodeAttributes(id);
      if (a.kind !== "entity") throw new Error(`${id} is not an entity`);
      const matched = [a.name, ...a.aliases, a.nameZh ?? "", id].find((n) => normalizeName(n) === key);
      return { rank, hit: { id, name: a.name, category: a.category, ...(matched && matched !== a.name ? { via: matched } : {}) } };
    })
    .sort((x, y) => x.rank - y.rank || x.hit.name.localeCompare(y.hit.name))
    .slice(0, limit)
    .map((x) => x.hit);
}

/** The search box over regkg's entities: `index` gives the names table (the query index's, or the same table built alone). */
export function mountSearch(index: () => Pick<QueryIndex, "names" | "graph">, onChoose: (id: string) => void, signal: AbortSignal): void {
  mountSearchBox((text) => searchEntities(index(), text), onChoose, signal);
}

/** The search box: a combobox with a listbox of the hits `find` gives, keyboard and mouse. */
export function mountSearchBox(find: (text: string) => SearchHit[], onChoose: (id: string) => void, signal: AbortSignal): void {
  const input = byId<HTMLInputElement>("search");
  const list = byId<HTMLUListElement>("search-results");
  let hits: SearchHit[] = [];
  let active = -1;

  const render = () => {
    list.replaceChildren(
      ...hits.map((h, i) => {
        const li = el("li", { attrs: { role: "option", id: `search-hit-${i}`, "aria-selected": String(i === active) } }, el("span", { className: "hit-name", text: h.name }));
        if (h.via) li.append(el("span", { className: "hit-via", text: h.via }));
        if (h.category) li.append(el("span", { className: "hit-category", text: h.category.replace(/_/g, " ") }));
        li.addEventListener("mousedown", (e) => {
          e.preventDefault();
          choose(i);
        });
        return li;
      }),
    );
    list.hidden = hits.length === 0;
    input.setAttribute("aria-expanded", String(hits.length > 0));
    if (active >= 0) input.setAttribute("aria-activedescendant", `search-hit-${active}`);
    else input.removeAttribute("aria-activedescendant");
  };
  const choose = (i: number) => {
    const hit = hits[i];
    if (!hit) return;
    input.value = hit.name;
    hits = [];
    active = -1;
    render();
    onChoose(hit.id);
  };

  input.addEventListener("input", () => {
    hits = find(input.value);
    active = hits.length > 0 ? 0 : -1;
    render();
  }, { signal });
  input.addEventListener("keydown", (e) => {
    if (e.key === "ArrowDown" || e.key === "ArrowUp") {
      if (hits.length === 0) return;
      e.preventDefault();
      active = (active + (e.key === "ArrowDown" ? 1 : hits.length - 1)) % hits.length;
      render();
    } else if (e.key === "Enter") {
      e.preventDefault();
      choose(Math.max(active, 0));
    } else if (e.key === "Escape") {
      hits = [];
      active = -1;
      render();
    }
  }, { signal });
  input.addEventListener("blur", () => {
    hits = [];
    render();
  }, { signal });
}
