/**
 * rivalgraph/viewer/metrics: the graph's summary, the live focus ledger, and analysis figures when exported.
 *
 * Nothing that was not computed is shown: the analysis block appears only
 * with the keys the payload carries.
 */
import { explain, MEASURES } from '../presentation/wording.js';
import { labelOf, type DataIndex } from './data.js';
import { clear, el } from './dom.js';
import { formatDay, formatNumber } from './format.js';
import type { FocusLedger } from './ledger.js';
import { analysisBlock } from './analysis.js';
import { periodBlock } from './period-analysis.js';

function row(name: string, value: Node | string): HTMLElement[] {
  return [el('dt', {}, name), el('dd', {}, value)];
}

/** The metrics panel; `update` redraws the live parts (visible ties, ledger). */
export function metricsPanel(index: DataIndex): { root: HTMLElement; update: (visibleTies: number, ledger: FocusLedger | null, day: number | null) => void } {
  const { payload } = index;
  const s = payload.summary;
  const root = el('div', { class: 'rg-metrics' });
  const live = el('div', {});
  const ledgerBox = el('section', { class: 'rg-ledger', attrs: { id: 'rg-ledger', 'aria-live': 'polite' } });
  root.append(
    el(
      'dl',
      { class: 'rg-facts' },
      ...row('nodes', String(s.nodes.total)),
      ...row('ties', `${s.ties.total} (${s.ties.byPolarity.cooperation ?? 0} cooperation, ${s.ties.byPolarity.conflict ?? 0} conflict)`),
      ...(s.dates.first ? row('dates', `${s.dates.first} – ${s.dates.last ?? ''}`) : []),
      ...(s.sources.length ? row('sources', String(s.sources.length)) : []),
    ),
    live,
    payload.focus ? ledgerBox : '',
  );
  const analysis = analysisBlock(index);
  if (analysis) root.append(analysis);
  // With per-period figures, the panel follows the slider: the period of its day, or the whole graph at all dates.
  const periods = payload.periods;
  const periodBox = el('div', { class: 'rg-period-box' });
  let shownPeriod: string | null = null;
  if (periods) {
    root.append(periodBox);
    analysis?.append(el('p', { class: 'rg-hint' }, `Move the time slider for the figures of each ${periods.period}.`));
  }
  const follow = (day: number | null) => {
    if (!periods) return;
    if (analysis) analysis.hidden = day !== null;
    periodBox.hidden = day === null;
    if (day === null) return;
    const block = periodBlock(index, periods, day);
    const key = block.dataset.period !== undefined ? `${block.dataset.period}|${block.dataset.later ?? ''}` : `none:${day}`;
    if (key !== shownPeriod) periodBox.replaceChildren(block);
    shownPeriod = key;
  };
  const update = (visibleTies: number, ledger: FocusLedger | null, day: number | null) => {
    follow(day);
    const date = day === null ? 'all dates' : formatDay(day);
    live.replaceChildren(el('p', { class: 'rg-status', attrs: { id: 'rg-status', 'data-visible-ties': String(visibleTies) } }, `${visibleTies} of ${s.ties.total} ties shown`));
    if (!payload.focus || !ledger) return;
    const [a, b] = payload.focus;
    const net = ledger.cooperation.intensity - ledger.conflict.intensity;
    clear(ledgerBox);
    ledgerBox.append(
      el('h3', {}, `${labelOf(index, a)} – ${labelOf(index, b)}, ${date}`),
      el(
        'table',
        {},
        el('thead', {}, el('tr', {}, el('th', {}, ''), el('th', {}, 'ties'), el('th', {}, 'Σ intensity'))),
        el(
          'tbody',
          {},
          el('tr', { class: 'rg-cooperation' }, el('th', {}, 'cooperation'), el('td', {}, String(ledger.cooperation.count)), el('td', {}, formatNumber(ledger.cooperation.intensity))),
          el('tr', { class: 'rg-conflict' }, el('th', {}, 'conflict'), el('td', {}, String(ledger.conflict.count)), el('td', {}, formatNumber(ledger.conflict.intensity))),
          el('tr', { attrs: { title: explain(MEASURES.net) } }, el('th', {}, MEASURES.net.name), el('td', {}, ''), el('td', {}, (net > 0 ? '+' : '') + formatNumber(net))),
        ),
      ),
      el('p', { class: 'rg-hint' }, 'Direct ties between the focus pair among the ties shown.'),
    );
  };
  return { root, update };
}
