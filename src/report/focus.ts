/**
 * rivalgraph/report/focus: the focus-pair analysis as a terminal report, read top to bottom.
 *
 * Verdict first, then the figures that support it: ledger, mediated ties,
 * compartments, buffers, timeline (bars and sparklines) and the trends.
 * Pure: takes a `FocusReport` and a `Style`, returns text.
 */
import type { FocusReport } from '../analysis/focus/index.js';
import { PERIODS_PER_YEAR } from '../analysis/focus/grid.js';
import type { Style } from './style.js';
import { table } from './table.js';

const SPARKS = '▁▂▃▄▅▆▇█';

/** A sparkline of non-negative values, scaled to their maximum. */
export function sparkline(values: readonly number[]): string {
  const max = Math.max(0, ...values);
  return values.map((v) => (max > 0 ? SPARKS[Math.min(SPARKS.length - 1, Math.round((v / max) * (SPARKS.length - 1)))] : SPARKS[0])).join('');
}

/** A horizontal bar of `width` cells at most for `value` out of `max`. */
export function bar(value: number, max: number, width = 20): string {
  return max > 0 && value > 0 ? '█'.repeat(Math.max(1, Math.round((value / max) * width))) : '';
}

/** A number as printed in reports: at most 2 decimals, '-' for null. */
export function num(x: number | null | undefined, digits = 2): string {
  if (x === null || x === undefined) return '-';
  return String(Math.round(x * 10 ** digits) / 10 ** digits);
}

/** Verdicts short enough for a grid that fits 80 columns. */
export const SHORT_VERDICT: Readonly<Record<FocusReport['outlook']['verdict'], string>> = Object.freeze({
  'compartmentalised-rivalry': 'compart. rivalry',
  'rivalry-growing': 'rivalry growing',
  'drawing-closer': 'drawing closer',
  steady: 'steady',
  'cannot-tell': 'cannot tell',
});

/** The verdict of every window choice: one row per window span, one column per period length. */
export function gridTable(grid: FocusReport['outlook']['grid']): string {
  const periods = [...new Set(grid.map((c) => c.period))];
  const spans = [...new Set(grid.map((c) => c.window / PERIODS_PER_YEAR[c.period]))];
  const cell = (p: string, y: number) => grid.find((c) => c.period === p && c.window / PERIODS_PER_YEAR[c.period] === y);
  return table(
    [['window', ...periods.map((p) => `by ${p}`)], ...spans.map((y) => [`last ${y} years`, ...periods.map((p) => SHORT_VERDICT[cell(p, y)?.verdict ?? 'cannot-tell'])])],
    ['l', ...periods.map(() => 'l' as const)],
  );
}

/** Render the focus report for a terminal. */
export function renderFocus(r: FocusReport, style: Style): string {
  const out: string[] = [];
  const h = (s: string) => out.push('', style.bold(s));
  const { a, b, labels } = r.pair;
  out.push(style.bold(`Focus: ${labels[0]} (${a}) - ${labels[1]} (${b})`));
  const verdictColour = r.outlook.verdict === 'drawing-closer' ? style.green : r.outlook.verdict === 'cannot-tell' || r.outlook.verdict === 'steady' ? style.yellow : style.red;
  out.push(`Outlook: ${verdictColour(r.outlook.text)}`);
  for (const w of r.warnings ?? []) out.push(style.yellow(`warning: ${w}`));
  out.push(style.dim(`${r.events.direct} direct and ${r.events.mediated} mediated events; ${r.events.undated} undated; open ends stop at ${r.timeline.asOf}`));

  h('Ledger (direct ties)');
  const L = r.ledger;
  out.push(
    table(
      [
        ['', 'ties', 'intensity'],
        [style.green('cooperation'), String(L.cooperation.count), num(L.cooperation.intensity)],
        [style.red('conflict'), String(L.conflict.count), num(L.conflict.intensity)],
      ],
      ['l', 'r', 'r'],
    ),
  );
  out.push(`  net ${num(L.net)}, ambivalence ${num(L.ambivalence)} (min/max of the two sums)`);
  const domains = Object.entries(L.byDomain);
  if (domains.length) {
    out.push(table([['domain', 'coop', 'conflict'], ...domains.map(([d, x]) => [d, num(x.cooperation.intensity), num(x.conflict.intensity)])], ['l', 'r', 'r']));
  }
  const theaters = Object.entries(L.byTheater);
  if (theaters.length) {
    out.push(table([['theater', 'coop', 'conflict'], ...theaters.map(([t, x]) => [t, num(x.cooperation.intensity), num(x.conflict.intensity)])], ['l', 'r', 'r']));
  }

  h(`Mediated: ${r.mediated.sharedProjects.length} shared projects, ${r.mediated.proxies.length} proxy paths`);
  for (const s of r.mediated.sharedProjects) out.push(`  ${style.green('+')} ${s.label}: ${s.path}  ${style.dim(`${s.span.from ?? 'undated'}..${s.span.to ?? ''}`)}`);
  for (const p of r.mediated.proxies) out.push(`  ${style.red('-')} ${p.kind}: ${p.path}  ${style.dim(`${p.span.from ?? 'undated'}..${p.span.to ?? ''}`)}`);

  const C = r.compartmentalization;
  h(`Compartmentalisation: ${num(C.index)} (${C.level})`);
  out.push(`  ${C.text}`);
  if (C.caveat) out.push(style.yellow(`  caveat: ${C.caveat}`));
  out.push(style.dim(`  by domain ${num(C.byDomain)}, by theater ${num(C.byTheater)}; 1 = cooperation and conflict never share a domain x theater cell`));
  if (C.compartments.length) {
    out.push(
      table(
        [['domain', 'theater', 'coop', 'conflict', ''], ...C.compartments.map((c) => [c.domain, c.theater, num(c.cooperation), num(c.conflict), c.character === 'cooperation' ? style.green(c.character) : c.character === 'conflict' ? style.red(c.character) : style.yellow(c.character)])],
        ['l', 'l', 'r', 'r', 'l'],
      ),
    );
  }

  h(`Buffers: cooperation active through ${r.buffers.escalations} escalation episodes`);
  if (r.buffers.ranked.length) {
    out.push(
      table(
        [['#', 'buffer', 'weight', 'coverage', 'days', 'through'], ...r.buffers.ranked.slice(0, 10).map((x) => [String(x.rank), x.kind === 'direct' ? `${x.text} ${style.dim(`[${x.event}]`)}` : x.text, num(x.weight), num(x.coverage), String(x.durationDays), String(x.through.length)])],
        ['r', 'l', 'r', 'r', 'r', 'r'],
      ),
    );
  } else out.push('  none: no cooperation event spans a whole escalation episode');
  for (const c of r.buffers.claims) out.push(`  ${c.found ? style.green('yes') : style.red('no ')} ${c.claim}: ${c.reason}`);

  h(`Timeline by ${r.timeline.period}`);
  const rows = r.timeline.rows;
  if (rows.length) {
    const max = Math.max(...rows.map((x) => Math.max(x.cooperation, x.conflict)));
    out.push(
      table(
        [['period', 'coop', '', 'conflict', '', 'net', 'comp.'], ...rows.map((x) => [x.period, num(x.cooperation), style.green(bar(x.cooperation, max, 16)), num(x.conflict), style.red(bar(x.conflict, max, 16)), num(x.net), num(x.compartmentalization)])],
        ['l', 'r', 'l', 'r', 'l', 'r', 'r'],
      ),
    );
    out.push(`  cooperation ${style.green(sparkline(rows.map((x) => x.cooperation)))}`);
    out.push(`  conflict    ${style.red(sparkline(rows.map((x) => x.conflict)))}`);
  } else out.push('  no dated events between the pair');
  for (const e of r.timeline.episodes) out.push(`  ${e.kind === 'escalation' ? style.red('escalation   ') : style.green('normalisation')} ${e.from}..${e.to}  ${num(e.intensity)}  ${e.name}`);

  const O = r.outlook;
  h(`Outlook: ${O.text}`);
  out.push(gridTable(O.grid));
  h(`Trends over ${O.window.periods} ${r.timeline.period}s (${O.window.from ?? '-'}..${O.window.to ?? '-'}), ${Math.round(O.confidence * 100)}% intervals`);
  if (O.net && O.conflict && O.cooperation) {
    out.push(
      table(
        [['series', 'slope/period', 'interval', 'trend'], ...(['net', 'conflict', 'cooperation'] as const).map((k) => [k, num(O[k]!.slope), `[${num(O[k]!.low)}, ${num(O[k]!.high)}]`, O[k]!.direction])],
        ['l', 'r', 'l', 'l'],
      ),
    );
  }
  out.push(`  ${verdictColour(O.chosen.text)}`);
  for (const d of O.drivers) out.push(`  ${d.polarity === 'conflict' ? style.red('-') : style.green('+')} ${d.text} ${style.dim(`(${d.start ?? 'undated'}, weight ${num(d.weight)})`)}`);
  return out.join('\n') + '\n';
}
