/**
 * rivalgraph/viewer/details: the side panel for a clicked node or tie.
 *
 * A node shows its visible ties grouped by polarity, then domain, each read
 * actor, relation, target ("Russia strikes Turkey") whichever end the panel
 * belongs to; a tie shows
 * its dates, relation, intensity, evidence quotes and source links. Every data
 * string is inserted as text (dom.ts).
 */
import type { ViewerTie } from '../presentation/payload.js';
import { labelOf, type DataIndex } from './data.js';
import { append, button, clear, el, link } from './dom.js';
import { describeSpan, formatNumber } from './format.js';
import type { Selection } from './state.js';
import { hasKey } from '../model/dict.js';

/** Most ties listed for one node before "and N more". */
const MAX_LISTED = 200;

function endpoints(index: DataIndex, t: ViewerTie): string {
  return `${labelOf(index, t.source)} ${t.directed ? '→' : '—'} ${labelOf(index, t.target)}`;
}

/** A tie as a sentence, actor first: "Russia strikes Turkey". */
export function tieSentence(index: DataIndex, t: ViewerTie): string {
  return `${labelOf(index, t.source)} ${t.relation} ${labelOf(index, t.target)}`;
}

function evidenceList(index: DataIndex, t: ViewerTie): HTMLElement | null {
  if (!t.evidence?.length) return null;
  return el(
    'ul',
    { class: 'rg-evidence' },
    ...t.evidence.map((e) => {
      const source = hasKey(index.payload.sources, e.source) ? index.payload.sources[e.source] : undefined;
      const title = source?.title ?? e.source;
      const url = e.url ?? source?.url;
      return el(
        'li',
        {},
        e.quote ? el('blockquote', {}, e.quote) : null,
        el('div', { class: 'rg-source' }, link(url, title), source?.publisher ? ` · ${source.publisher}` : null, source?.date ? ` · ${source.date}` : null, e.page !== undefined ? ` · p. ${e.page}` : null),
      );
    }),
  );
}

function tieFacts(index: DataIndex, t: ViewerTie): HTMLElement {
  return el(
    'dl',
    { class: 'rg-facts' },
    el('dt', {}, 'relation'),
    el('dd', {}, t.relation),
    el('dt', {}, 'domain'),
    el('dd', {}, t.domain),
    el('dt', {}, 'dates'),
    el('dd', {}, describeSpan(t)),
    el('dt', {}, 'intensity'),
    el('dd', {}, formatNumber(t.intensity)),
    t.theater ? el('dt', {}, 'theater') : null,
    t.theater ? el('dd', {}, labelOf(index, t.theater)) : null,
    t.confidence !== undefined ? el('dt', {}, 'confidence') : null,
    t.confidence !== undefined ? el('dd', {}, formatNumber(t.confidence)) : null,
  );
}

function badge(polarity: string): HTMLElement {
  return el('span', { class: `rg-badge rg-${polarity}` }, polarity);
}

/** Render the panel for a selection; `select` is called when a listed tie is chosen. */
export function renderDetails(root: HTMLElement, index: DataIndex, selection: Selection | null, visibleTies: ReadonlySet<string>, select: (s: Selection | null) => void): void {
  clear(root);
  root.hidden = selection === null;
  if (!selection) return;
  const close = button('×', 'Close the panel (Esc)', () => select(null), 'rg-btn rg-close');
  if (selection.kind === 'tie') {
    const t = index.ties.get(selection.id);
    if (!t) return;
    append(
      root,
      close,
      el('h2', {}, endpoints(index, t)),
      el('p', {}, badge(t.polarity), ` ${t.relation}, ${t.domain}, ${describeSpan(t)}`),
      tieFacts(index, t),
      t.notes ? el('p', { class: 'rg-notes' }, t.notes) : null,
      evidenceList(index, t),
    );
    return;
  }
  const n = index.nodes.get(selection.id);
  if (!n) return;
  const all = index.tiesOf.get(n.id) ?? [];
  const shown = all.filter((t) => visibleTies.has(t.id));
  append(
    root,
    close,
    el('h2', {}, n.label),
    el('p', { class: 'rg-kind' }, `${n.kind} · ${n.type}`, n.aliases?.length ? ` · also ${n.aliases.join(', ')}` : null),
    n.notes ? el('p', { class: 'rg-notes' }, n.notes) : null,
    el('p', {}, `${shown.length} of ${all.length} ties shown`),
  );
  let listed = 0;
  for (const polarity of ['cooperation', 'conflict'] as const) {
    const ofPolarity = shown.filter((t) => t.polarity === polarity);
    if (!ofPolarity.length) continue;
    const section = el('section', { class: `rg-group rg-${polarity}` }, el('h3', {}, badge(polarity), ` ${ofPolarity.length}`));
    const domains = [...new Set(ofPolarity.map((t) => t.domain))].sort();
    for (const domain of domains) {
      const items = ofPolarity.filter((t) => t.domain === domain);
      const ul = el('ul', { class: 'rg-ties' });
      for (const t of items) {
        if (listed++ >= MAX_LISTED) break;
        // Who did what to whom: actor, relation, target, whichever end this panel belongs to.
        const open = button(tieSentence(index, t), 'Show this tie', () => select({ kind: 'tie', id: t.id }), 'rg-link');
        open.removeAttribute('aria-label'); // its visible text names it
        ul.append(el('li', {}, open, el('span', { class: 'rg-meta' }, ` ${describeSpan(t)} · intensity ${formatNumber(t.intensity)}`), evidenceList(index, t)));
      }
      section.append(el('h4', {}, `${domain} (${items.length})`), ul);
    }
    root.append(section);
  }
  if (listed > MAX_LISTED) root.append(el('p', {}, `and ${listed - MAX_LISTED} more`));
}
