/**
 * rivalgraph/viewer/search: find a node by label, id or alias, with suggestions (a datalist).
 */
import type { DataIndex } from './data.js';
import { el } from './dom.js';

/** Resolve typed text to a node id: exact label, id or alias first, then a unique prefix. */
export function findNode(index: DataIndex, text: string): string | null {
  const q = text.trim().toLowerCase();
  if (!q) return null;
  const nodes = index.payload.nodes;
  const exact = nodes.find((n) => n.label.toLowerCase() === q || n.id.toLowerCase() === q || n.aliases?.some((a) => a.toLowerCase() === q));
  if (exact) return exact.id;
  const prefix = nodes.find((n) => n.label.toLowerCase().startsWith(q));
  if (prefix) return prefix.id;
  return nodes.find((n) => n.label.toLowerCase().includes(q))?.id ?? null;
}

/** Graphs of more nodes than this get no suggestion list: a 20,000-option datalist costs the page half a second. */
export const SUGGEST_MAX = 5_000;

/** The search box; `found` receives the chosen node id. */
export function searchBox(index: DataIndex, found: (id: string) => void): HTMLInputElement {
  const list = el('datalist', { attrs: { id: 'rg-search-list' } });
  for (const n of index.payload.nodes.length <= SUGGEST_MAX ? index.payload.nodes : []) {
    const option = document.createElement('option');
    option.value = n.label;
    if (n.label !== n.id) option.label = n.id;
    list.append(option);
  }
  const input = el('input', { class: 'rg-search', attrs: { type: 'search', id: 'rg-search', list: 'rg-search-list', placeholder: 'Search  ( / )', 'aria-label': 'Search a node', autocomplete: 'off' } });
  const go = () => {
    const id = findNode(index, input.value);
    input.setAttribute('aria-invalid', id === null && input.value.trim() !== '' ? 'true' : 'false');
    if (id !== null) found(id);
  };
  input.addEventListener('change', go);
  input.addEventListener('keydown', (e) => {
    if (e.key === 'Enter') go();
  });
  document.body.append(list);
  return input;
}
