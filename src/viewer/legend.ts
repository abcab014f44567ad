/**
 * rivalgraph/viewer/legend: what colours, widths, arrows and curves mean.
 */
import { el } from './dom.js';
import type { Palette } from './theme.js';

function swatch(cls: string, color: string): HTMLElement {
  const s = el('span', { class: cls, attrs: { 'aria-hidden': 'true' } });
  s.style.background = color;
  return s;
}

/** What widths, arrows, curves and sizes mean: in the side panel, and as the dock legend's tooltip. */
export const LEGEND_NOTE = 'Width: intensity (0–10). Arrow: directed tie. Curves: several ties between one pair. Node size: summed intensity of its ties.';

/** The legend for the kinds present, one line for the dock; `repaint` follows theme changes. */
export function legendPanel(kinds: readonly string[]): { root: HTMLElement; repaint: (p: Palette) => void } {
  const root = el('div', { class: 'rg-legend', attrs: { id: 'rg-legend', role: 'group', 'aria-label': 'Legend', title: LEGEND_NOTE } });
  const repaint = (p: Palette) => {
    root.replaceChildren(
      el(
        'ul',
        {},
        el('li', {}, swatch('rg-line', p.cooperation), ' cooperation'),
        el('li', {}, swatch('rg-line', p.conflict), ' conflict'),
        ...kinds.map((k) => el('li', {}, swatch('rg-disc', p.kinds[k] ?? p.kinds.actor!), ` ${k}`)),
      ),
    );
  };
  return { root, repaint };
}
