/**
 * rivalgraph/viewer/metrics: the graph's summary, the live focus ledger, and analysis figures when exported.
 *
 * Nothing that was not computed is shown: the analysis block appears only
 * with the keys the payload carries.
 */
import type { ViewerPayload } from '../io/html/payload.js';
import { labelOf, type DataIndex } from './data.js';
import { clear, el } from './dom.js';
import { formatNumber } from './format.js';
import type { FocusLedger } from './ledger.js';

/** A value of unknown shape as text or a small definition list (depth-limited). */
export function renderValue(value: unknown, depth = 0): Node {
  if (typeof value === 'number') return document.createTextNode(formatNumber(value, 3));
  if (typeof value === 'string' || typeof value === 'boolean') return document.createTextNode(String(value));
  if (value === null || value === undefined) return document.createTextNode('–');
  if (Array.isArray(value)) {
    if (depth >= 2) return document.createTextNode(`${value.length} items`);
    return el('ul', {}, ...value.slice(0, 10).map((v) => el('li', {}, renderValue(v, depth + 1))), value.length > 10 ? el('li', {}, `and ${value.length - 10} more`) : null);
  }
  if (typeof value === 'object') {
    if (depth >= 2) return document.createTextNode('…');
    const dl = el('dl', { class: 'rg-facts' });
    for (const [k, v] of Object.entries(value as Record<string, unknown>)) dl.append(el('dt', {}, k), el('dd', {}, renderValue(v, depth + 1)));
    return dl;
  }
  return document.createTextNode(String(value));
}

function row(name: string, value: Node | string): HTMLElement[] {
  return [el('dt', {}, name), el('dd', {}, value)];
}

function analysisBlock(payload: ViewerPayload): HTMLElement | null {
  const a = payload.analysis;
  if (!a) return null;
  const rows: HTMLElement[] = [];
  if (a.focus?.ledger !== undefined) rows.push(...row('focus ledger', renderValue(a.focus.ledger)));
  if (a.focus?.compartmentalization !== undefined) rows.push(...row('compartmentalisation', renderValue(a.focus.compartmentalization)));
  if (a.balance?.ratio !== undefined) rows.push(...row('balance ratio', renderValue(a.balance.ratio)));
  if (a.balance?.frustration !== undefined) rows.push(...row('frustration', renderValue(a.balance.frustration)));
  if (!rows.length) return null;
  return el('section', { class: 'rg-analysis' }, el('h3', {}, 'Analysis (whole graph)'), el('dl', { class: 'rg-facts' }, ...rows));
}

/** The metrics panel; `update` redraws the live parts (visible ties, ledger). */
export function metricsPanel(index: DataIndex): { root: HTMLElement; update: (visibleTies: number, ledger: FocusLedger | null, date: string) => void } {
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
  const analysis = analysisBlock(payload);
  if (analysis) root.append(analysis);
  const update = (visibleTies: number, ledger: FocusLedger | null, date: string) => {
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
          el('tr', {}, el('th', {}, 'net'), el('td', {}, ''), el('td', {}, (net > 0 ? '+' : '') + formatNumber(net))),
        ),
      ),
      el('p', { class: 'rg-hint' }, 'Direct ties between the focus pair among the ties shown.'),
    );
  };
  return { root, update };
}
