/**
 * rivalgraph/viewer/period-analysis: the analysis panel of the period the time slider is in.
 *
 * The slider shows one day; the panel shows the figures of the calendar period (year, quarter
 * or month, chosen at export) that holds that day: every tie active at some time in that
 * period, as `analyze --by-period <period> --json` gives them (docs/viewer.md). Time has one
 * meaning: when a tie of that period starts after the slider's day, those figures would count
 * what came after it, so the panel shows the last period that none starts after. They were
 * computed at export (io/html/periods.ts); the page only looks them up. Names are display
 * names, set as text (dom.ts), never as markup.
 */
import type { ViewerPeriod, ViewerPeriods } from '../presentation/payload.js';
import { labelOf, type DataIndex } from './data.js';
import { el } from './dom.js';
import { formatDay, formatNumber } from './format.js';

/** Most factions listed before "and N more"; most names listed per faction and of switchers. */
const MAX_FACTIONS = 5;
const MAX_NAMES = 12;

/** The period holding `day` (periods are in time order and do not overlap), or null. O(log periods). */
export function periodAt(list: readonly ViewerPeriod[], day: number): ViewerPeriod | null {
  let lo = 0;
  let hi = list.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const p = list[mid]!;
    if (day < p.first) hi = mid - 1;
    else if (day > p.last) lo = mid + 1;
    else return p;
  }
  return null;
}

/** Start days of the dated ties, ascending, per payload (built once). */
const startsOf = new WeakMap<DataIndex, Float64Array>();

function tieStarts(index: DataIndex): Float64Array {
  let starts = startsOf.get(index);
  if (!starts) {
    const days: number[] = [];
    for (const t of index.payload.ties) if (t.from !== null) days.push(t.from);
    starts = Float64Array.from(days).sort();
    startsOf.set(index, starts);
  }
  return starts;
}

/** Whether a tie starts after `day` and on or before `last`. O(log ties). */
function startsBetween(starts: Float64Array, day: number, last: number): boolean {
  let lo = 0;
  let hi = starts.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (starts[mid]! <= day) lo = mid + 1;
    else hi = mid;
  }
  return lo < starts.length && starts[lo]! <= last;
}

/**
 * The period whose figures the slider's day may show: the one holding the day when none of
 * its ties starts after the day, else the one before it (wholly before the day), else null.
 */
export function periodShown(index: DataIndex, list: readonly ViewerPeriod[], day: number): { readonly period: ViewerPeriod | null; readonly later: ViewerPeriod | null } {
  const p = periodAt(list, day);
  if (!p || !startsBetween(tieStarts(index), day, p.last)) return { period: p, later: null };
  const at = list.indexOf(p);
  return { period: at > 0 ? list[at - 1]! : null, later: p };
}

/** The command that prints the same figures. */
export function sameAs(periods: ViewerPeriods): string {
  const w = periods.window;
  const dates = [w.from !== undefined ? ` --from ${w.from}` : '', w.to !== undefined ? ` --to ${w.to}` : '', w.asOf !== undefined ? ` --as-of ${w.asOf}` : ''].join('');
  return `rivalgraph analyze --by-period ${periods.period}${dates} --budget ${periods.budget} --seed ${periods.seed} --json`;
}

function fact(name: string, key: string, value: number | string | boolean | null, text: string, title?: string): HTMLElement[] {
  return [el('dt', title ? { attrs: { title } } : {}, name), el('dd', { attrs: { 'data-key': key, 'data-value': String(value) } }, text)];
}

/** Display names, sorted, the first `max` and "and N more". */
function names(index: DataIndex, ids: readonly string[], max = MAX_NAMES): string {
  const shown = ids.map((id) => labelOf(index, id)).sort((a, b) => a.localeCompare(b, 'en'));
  return shown.slice(0, max).join(', ') + (shown.length > max ? ` and ${shown.length - max} more` : '');
}

function frustrationText(f: ViewerPeriod['frustration']): string {
  return f.exact || f.lower === f.upper ? `${formatNumber(f.index, 3)}${f.exact ? ' (exact)' : ''}` : `${formatNumber(f.lower, 3)} – ${formatNumber(f.upper, 3)} (bounds)`;
}

/** The figures of one period. */
function figures(index: DataIndex, periods: ViewerPeriods, p: ViewerPeriod, previous: ViewerPeriod | null): HTMLElement[] {
  const out: HTMLElement[] = [];
  const ratio = (v: number | null) => (v === null ? 'no triangle' : formatNumber(v, 3));
  out.push(
    el(
      'dl',
      { class: 'rg-facts' },
      ...fact('actors', 'nodes', p.nodes, String(p.nodes), 'actors with a signed pair in the period'),
      ...fact('signed pairs', 'edges', p.edges, `${p.edges} (${p.negative} negative)`),
      ...fact('triangles', 'triangles', p.triangles, String(p.triangles)),
      ...fact('strong balance', 'strong', p.strong, ratio(p.strong), 'share of triangles with an even number of negative pairs'),
      ...fact('weak balance', 'weak', p.weak, ratio(p.weak), 'share of triangles that are not two-positive-one-negative'),
      ...fact('frustration', 'frustration', p.frustration.index, frustrationText(p.frustration), 'least total weight of pairs to flip for two camps'),
    ),
  );
  const factions = p.factions.slice(0, MAX_FACTIONS).map((f) =>
    el('li', { attrs: { 'data-label': f.label } }, el('strong', {}, f.label), el('span', { class: 'rg-meta' }, ` (${f.members.length}) `), names(index, f.members)),
  );
  if (p.factions.length > MAX_FACTIONS) {
    const rest = p.factions.slice(MAX_FACTIONS);
    factions.push(el('li', { class: 'rg-hint' }, `and ${rest.length} more factions (${rest.reduce((s, f) => s + f.members.length, 0)} actors)`));
  }
  out.push(el('h4', {}, `Factions (${p.factions.length})`), factions.length ? el('ul', { class: 'rg-compact rg-factions' }, ...factions) : el('p', { class: 'rg-hint' }, 'no actor with a signed pair'));
  if (previous) {
    const moves = p.switched.slice(0, MAX_NAMES).map((s) => el('li', { attrs: { 'data-node': s.node } }, labelOf(index, s.node), el('span', { class: 'rg-meta' }, `: ${s.from} → ${s.to}`)));
    if (p.switched.length > MAX_NAMES) moves.push(el('li', { class: 'rg-hint' }, `and ${p.switched.length - MAX_NAMES} more`));
    out.push(el('h4', {}, `Switched faction since ${previous.period} (${p.switched.length})`), moves.length ? el('ul', { class: 'rg-compact rg-switched' }, ...moves) : el('p', { class: 'rg-hint' }, 'nobody'));
  }
  // The command, broken only between options so it reads as typed.
  const parts = sameAs(periods).split(/ (?=--)/).map((part, i) => [i ? ' ' : '', el('span', { class: 'rg-nowrap' }, part)]).flat();
  out.push(el('p', { class: 'rg-hint rg-same-as' }, 'Same figures as ', el('code', {}, ...parts), '.'));
  return out;
}

/** The block for the slider's day: that period's figures, or why there are none. */
export function periodBlock(index: DataIndex, periods: ViewerPeriods, day: number): HTMLElement {
  const { period: p, later } = periodShown(index, periods.list, day);
  const section = el('section', { class: 'rg-analysis rg-period', attrs: { id: 'rg-period', ...(p ? { 'data-period': p.period } : {}), ...(later ? { 'data-later': later.period } : {}) } });
  if (periods.skipped !== undefined) {
    section.append(el('h3', {}, `Analysis by ${periods.period}`), el('p', { class: 'rg-hint' }, `Figures per ${periods.period} ${periods.skipped}.`));
    return section;
  }
  const notYet = later ? `The ${periods.period} ${later.period} has ties starting after ${formatDay(day)}. ` : '';
  if (!p) {
    const why = later ? notYet : `No ${periods.period} with ties holds ${formatDay(day)}.`;
    section.append(el('h3', {}, `Analysis by ${periods.period}`), el('p', { class: 'rg-hint' }, why.trim()));
    return section;
  }
  const at = periods.list.indexOf(p);
  const which = later ? `the last ${periods.period} with nothing after the slider's day` : `the ${periods.period} of the slider's day`;
  section.append(
    el('h3', {}, `Analysis, ${periods.period} ${p.period}`),
    el('p', { class: 'rg-hint' }, `${notYet}Ties active from ${p.from} to ${p.to}, ${which}. All dates: the whole graph.`),
    ...figures(index, periods, p, at > 0 ? periods.list[at - 1]! : null),
  );
  return section;
}
