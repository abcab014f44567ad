/**
 * rivalgraph/viewer/filters-ui: checkboxes for polarity, domain and kind, a minimum-intensity slider.
 */
import { el } from './dom.js';
import type { Store, ViewState } from './state.js';

type ListKey = 'polarities' | 'domains' | 'kinds';

function checkboxGroup(store: Store, key: ListKey, legend: string, values: readonly string[]): { root: HTMLElement; sync: (s: ViewState) => void } {
  const boxes = values.map((v) => {
    const input = el('input', { attrs: { type: 'checkbox', name: key, value: v } });
    input.addEventListener('change', () => {
      const chosen = boxes.filter((b) => b.checked).map((b) => b.value);
      store.set({ [key]: chosen } as Partial<ViewState>);
    });
    return input;
  });
  const root = el('fieldset', { class: 'rg-filter' }, el('legend', {}, legend), ...boxes.map((b) => el('label', { class: `rg-check rg-${b.value}` }, b, ` ${b.value}`)));
  return {
    root,
    sync: (s) => {
      const on = new Set(s[key]);
      for (const b of boxes) b.checked = on.has(b.value);
    },
  };
}

/** The filter controls; `sync` updates them from the state (hash restore). */
export function filtersPanel(store: Store, all: { polarities: readonly string[]; domains: readonly string[]; kinds: readonly string[] }): { root: HTMLElement; sync: (s: ViewState) => void } {
  const groups = [
    checkboxGroup(store, 'polarities', 'Polarity', all.polarities),
    checkboxGroup(store, 'domains', 'Domain', all.domains),
    checkboxGroup(store, 'kinds', 'Node kind', all.kinds),
  ];
  const range = el('input', { attrs: { type: 'range', min: '0', max: '10', step: '0.5', id: 'rg-min-intensity', 'aria-label': 'Minimum intensity' } });
  const value = el('output', { attrs: { for: 'rg-min-intensity' } });
  range.addEventListener('input', () => store.set({ minIntensity: Number(range.value) }));
  const intensity = el('fieldset', { class: 'rg-filter' }, el('legend', {}, 'Minimum intensity'), range, ' ', value);
  const root = el('div', { class: 'rg-filters' }, ...groups.map((g) => g.root), intensity);
  return {
    root,
    sync: (s) => {
      for (const g of groups) g.sync(s);
      range.value = String(s.minIntensity);
      value.textContent = String(s.minIntensity);
    },
  };
}
