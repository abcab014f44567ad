/**
 * rivalgraph/viewer/analysis: the "Analysis (whole graph)" block, figures of `analyze --json`.
 *
 * Each figure is read by its documented shape (docs/json.md) and rendered as a short
 * row or table; a key that is absent is not shown, and a value of another shape falls
 * back to a plain number or word, so the block never overflows the side panel.
 */
import { labelOf, type DataIndex } from './data.js';
import { el, type Child } from './dom.js';
import { formatNumber } from './format.js';
import { explain, MEASURES } from '../presentation/wording.js';

/** Most compartments listed before "and N more". */
const MAX_COMPARTMENTS = 4;

type Rec = Record<string, unknown>;

function rec(v: unknown): Rec | null {
  return typeof v === 'object' && v !== null && !Array.isArray(v) ? (v as Rec) : null;
}

function num(v: unknown): number | null {
  return typeof v === 'number' && Number.isFinite(v) ? v : null;
}

/** A scalar as short text; objects and lists of unknown shape are summarised, never expanded. */
function scalar(v: unknown): string {
  if (typeof v === 'number') return formatNumber(v, 3);
  if (typeof v === 'string' || typeof v === 'boolean') return String(v);
  if (Array.isArray(v)) return `${v.length} items`;
  return '–';
}

function row(name: string, ...value: Child[]): HTMLElement[] {
  return [el('dt', {}, name), el('dd', {}, ...value)];
}

function signed(v: number): string {
  return (v > 0 ? '+' : '') + formatNumber(v, 1);
}

/** The focus pair's ledger over every tie: counts, summed intensity, net, ambivalence. */
function ledgerTable(ledger: unknown): HTMLElement | null {
  const l = rec(ledger);
  if (!l) return ledger === undefined ? null : el('p', {}, scalar(ledger));
  const side = (name: 'cooperation' | 'conflict') => {
    const s = rec(l[name]);
    if (!s) return null;
    return el('tr', { class: `rg-${name}` }, el('th', {}, name), el('td', {}, scalar(s.count)), el('td', {}, scalar(num(s.intensity) ?? s.intensity)));
  };
  const net = num(l.net);
  const amb = num(l.ambivalence);
  const body = [
    side('cooperation'),
    side('conflict'),
    net !== null ? el('tr', { attrs: { title: explain(MEASURES.net) } }, el('th', {}, MEASURES.net.name), el('td', {}, ''), el('td', {}, signed(net))) : null,
    amb !== null ? el('tr', { attrs: { title: explain(MEASURES.ambivalence) } }, el('th', {}, MEASURES.ambivalence.name), el('td', {}, ''), el('td', {}, formatNumber(amb, 2))) : null,
  ].filter((x): x is HTMLTableRowElement => x !== null);
  if (!body.length) return null;
  return el('table', { class: 'rg-table' }, el('thead', {}, el('tr', {}, el('th', {}, 'all ties'), el('th', {}, 'ties'), el('th', {}, 'Σ intensity'))), el('tbody', {}, ...body));
}

/** Compartmentalisation: index and level, then the first named compartments in one line each. */
function compartmentRows(index: DataIndex, value: unknown): HTMLElement[] {
  const c = rec(value);
  if (!c) return row('compartmentalisation', scalar(value));
  const out = [el('div', { class: 'rg-wide', attrs: { title: explain(MEASURES.compartmentalisation) } }, el('span', { class: 'rg-label' }, `${MEASURES.compartmentalisation.name} `), scalar(c.index), typeof c.level === 'string' ? ` (${c.level})` : null)];
  if (typeof c.caveat === 'string') out.push(el('div', { class: 'rg-wide rg-hint' }, `caveat: ${c.caveat}`));
  const parts = Array.isArray(c.compartments) ? c.compartments.map(rec).filter((x): x is Rec => x !== null) : [];
  if (parts.length) {
    const items = parts.slice(0, MAX_COMPARTMENTS).map((p) => {
      const theater = typeof p.theater === 'string' && !p.theater.startsWith('(') ? ` · ${labelOf(index, p.theater)}` : '';
      const share = num(p.cooperationShare);
      const character = typeof p.character === 'string' ? p.character : '';
      return el('li', { class: character ? `rg-${character}` : '' }, `${scalar(p.domain)}${theater}: `, el('span', { class: 'rg-character' }, character), share !== null ? ` (${Math.round(share * 100)}% coop.)` : null);
    });
    if (parts.length > MAX_COMPARTMENTS) items.push(el('li', { class: 'rg-hint' }, `and ${parts.length - MAX_COMPARTMENTS} more`));
    out.push(el('div', { class: 'rg-wide' }, el('h4', {}, 'Compartments, most weight first'), el('ul', { class: 'rg-compact' }, ...items)));
  }
  return out;
}

/** The claimed buffers (the file's `claims` or `--claims`): found yes/no, with the reason as a tooltip. */
function bufferRows(claims: unknown): HTMLElement[] {
  if (!Array.isArray(claims) || !claims.length) return [];
  const items = claims
    .map(rec)
    .filter((x): x is Rec => x !== null)
    .map((c) =>
      el(
        'li',
        { attrs: typeof c.reason === 'string' ? { title: c.reason } : {} },
        el('span', { class: c.found === true ? 'rg-yes' : 'rg-no' }, c.found === true ? '✓ ' : '✗ '),
        scalar(c.claim),
        c.found === true && num(c.rank) !== null ? el('span', { class: 'rg-meta' }, ` #${c.rank as number}`) : c.found === true ? null : el('span', { class: 'rg-meta' }, ' not found'),
      ),
    );
  return [el('div', { class: 'rg-wide' }, el('h4', {}, 'Claimed buffers, found?'), el('ul', { class: 'rg-compact rg-inline' }, ...items))];
}

function ratioRows(value: unknown): HTMLElement[] {
  const r = rec(value);
  if (!r) return row('balance ratio', scalar(value));
  const parts = [num(r.strong) !== null ? `strong ${scalar(r.strong)}` : null, num(r.weak) !== null ? `weak ${scalar(r.weak)}` : null].filter((x) => x !== null);
  return parts.length ? row('balance ratio', parts.join(' · ')) : [];
}

/** Frustration: the exact index or its bounds, and the sizes of the two factions of the partition. */
function frustrationRows(value: unknown): HTMLElement[] {
  const f = rec(value);
  if (!f) return row('frustration', scalar(value));
  const lower = num(f.lower);
  const upper = num(f.upper);
  const text = f.exact === true || lower === null || upper === null || lower === upper ? `${scalar(f.index)}${f.exact === true ? ' (exact)' : ''}` : `${scalar(lower)} – ${scalar(upper)} (bounds)`;
  const out = row('frustration', text);
  if (Array.isArray(f.partition) && f.partition.length === 2 && f.partition.every(Array.isArray)) {
    const [a, b] = f.partition as unknown[][];
    out.push(...row('factions', `${a!.length} vs ${b!.length}`));
  }
  return out;
}

/** The block, or null when the export carries no analysis figure. */
export function analysisBlock(index: DataIndex): HTMLElement | null {
  const a = index.payload.analysis;
  if (!a) return null;
  const focus = a.focus;
  const rows: HTMLElement[] = [];
  if (focus?.compartmentalization !== undefined) rows.push(...compartmentRows(index, focus.compartmentalization));
  if (focus?.buffers?.claims !== undefined) rows.push(...bufferRows(focus.buffers.claims));
  if (a.balance?.ratio !== undefined) rows.push(...ratioRows(a.balance.ratio));
  if (a.balance?.frustration !== undefined) rows.push(...frustrationRows(a.balance.frustration));
  const ledger = ledgerTable(focus?.ledger);
  const outlook = typeof focus?.outlook?.text === 'string' ? el('p', { class: 'rg-hint rg-outlook' }, `Outlook: ${focus.outlook.text}`) : null;
  if (!rows.length && !ledger && !outlook) return null;
  const pair = index.payload.focus;
  return el(
    'section',
    { class: 'rg-analysis' },
    el('h3', {}, 'Analysis (whole graph)'),
    ledger && pair ? el('h4', {}, `${labelOf(index, pair[0])} – ${labelOf(index, pair[1])}`) : null,
    ledger,
    rows.length ? el('dl', { class: 'rg-facts' }, ...rows) : null,
    outlook,
  );
}
