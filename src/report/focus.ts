/**
 * rivalgraph/report/focus: the focus-pair analysis as a terminal report, read top to bottom.
 *
 * Verdict first, then the figures that support it: ledger, mediated ties,
 * compartments, buffers, timeline (bars and sparklines) and the trends.
 * Every line fits `width` (report/layout.ts): prose wraps, long table cells
 * end in "…". Numbers print at one precision per kind (layout.ts). Pure:
 * takes a `FocusReport`, a `Style` and options, returns text.
 */
import type { FocusReport } from '../analysis/focus/index.js';
import { PERIODS_PER_YEAR } from '../analysis/focus/grid.js';
import type { Style } from './style.js';
import { table, wrap } from './table.js';
import { intensity, PIPE_WIDTH, share } from './layout.js';
import { MEASURES } from '../presentation/wording.js';

const SPARKS = '▁▂▃▄▅▆▇█';

/** Options of the text report. */
export interface FocusTextOptions {
  /** Widest line, in columns. */
  readonly width: number;
}

export const DEFAULT_FOCUS_TEXT_OPTIONS: Readonly<FocusTextOptions> = Object.freeze({ width: PIPE_WIDTH });

/** A sparkline of non-negative values, scaled to their maximum. */
export function sparkline(values: readonly number[]): string {
  const max = Math.max(0, ...values);
  return values.map((v) => (max > 0 ? SPARKS[Math.min(SPARKS.length - 1, Math.round((v / max) * (SPARKS.length - 1)))] : SPARKS[0])).join('');
}

/** A horizontal bar of `width` cells at most for `value` out of `max`. */
export function bar(value: number, max: number, width = 20): string {
  return max > 0 && value > 0 ? '█'.repeat(Math.max(1, Math.round((value / max) * width))) : '';
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
export function gridTable(grid: FocusReport['outlook']['grid'], width = PIPE_WIDTH): string {
  const periods = [...new Set(grid.map((c) => c.period))];
  const spans = [...new Set(grid.map((c) => c.window / PERIODS_PER_YEAR[c.period]))];
  const cell = (p: string, y: number) => grid.find((c) => c.period === p && c.window / PERIODS_PER_YEAR[c.period] === y);
  return table(
    [['window', ...periods.map((p) => `by ${p}`)], ...spans.map((y) => [`last ${y} years`, ...periods.map((p) => SHORT_VERDICT[cell(p, y)?.verdict ?? 'cannot-tell'])])],
    ['l', ...periods.map(() => 'l' as const)],
    { width },
  );
}

const span = (s: { from: string | null; to: string | null }) => (s.from === null ? 'undated' : `${s.from}..${s.to ?? ''}`);

/** The compartments in a table: per domain and character, the theaters (heaviest first; "(none)" for ties without one). */
function compartmentSummary(r: FocusReport, style: Style, width: number): string {
  const groups = new Map<string, { domain: string; character: 'cooperation' | 'conflict' | 'mixed'; theaters: string[] }>();
  for (const character of ['cooperation', 'conflict', 'mixed'] as const) {
    for (const c of r.compartmentalization.compartments) {
      if (c.character !== character) continue;
      const key = `${c.domain} ${character}`;
      const g = groups.get(key) ?? { domain: c.domain, character, theaters: [] };
      g.theaters.push(c.theater);
      groups.set(key, g);
    }
  }
  const colour = { cooperation: style.green, conflict: style.red, mixed: style.yellow };
  return table([['domain', 'character', 'theaters'], ...[...groups.values()].map((g) => [g.domain, colour[g.character](g.character), g.theaters.join(', ')])], ['l', 'l', 'l'], { width });
}

/** Render the focus report for a terminal of `width` columns (80 by default). */
export function renderFocus(r: FocusReport, style: Style, options: Partial<FocusTextOptions> = {}): string {
  const { width } = { ...DEFAULT_FOCUS_TEXT_OPTIONS, ...options };
  const out: string[] = [];
  const h = (s: string) => out.push('', style.bold(wrap(s, width, '', '  ')));
  const say = (text: string, indent = '  ', hang = indent + '  ') => out.push(wrap(text, width, indent, hang));
  const { a, b, labels } = r.pair;
  out.push(style.bold(wrap(`Focus: ${labels[0]} (${a}) - ${labels[1]} (${b})`, width)));
  const verdictColour = r.outlook.verdict === 'drawing-closer' ? style.green : r.outlook.verdict === 'cannot-tell' || r.outlook.verdict === 'steady' ? style.yellow : style.red;
  out.push(verdictColour(wrap(`Outlook: ${r.outlook.text}`, width, '', '  ')));
  for (const w of r.warnings ?? []) out.push(style.yellow(wrap(`warning: ${w}`, width, '', '  ')));
  out.push(style.dim(wrap(`${r.events.direct} direct and ${r.events.mediated} mediated events; ${r.events.undated} undated; open ends stop at ${r.timeline.asOf}`, width)));

  h('Ledger (direct ties)');
  const L = r.ledger;
  out.push(
    table(
      [
        ['', 'ties', 'intensity'],
        [style.green('cooperation'), String(L.cooperation.count), intensity(L.cooperation.intensity)],
        [style.red('conflict'), String(L.conflict.count), intensity(L.conflict.intensity)],
      ],
      ['l', 'r', 'r'],
      { width },
    ),
  );
  say(`${MEASURES.net.name} ${intensity(L.net)} (${MEASURES.net.meaning}); ${MEASURES.ambivalence.name} ${share(L.ambivalence)} (${MEASURES.ambivalence.meaning})`);
  const domains = Object.entries(L.byDomain);
  if (domains.length) out.push(table([['domain', 'coop', 'conflict'], ...domains.map(([d, x]) => [d, intensity(x.cooperation.intensity), intensity(x.conflict.intensity)])], ['l', 'r', 'r'], { width }));
  const theaters = Object.entries(L.byTheater);
  if (theaters.length) out.push(table([['theater', 'coop', 'conflict'], ...theaters.map(([t, x]) => [t, intensity(x.cooperation.intensity), intensity(x.conflict.intensity)])], ['l', 'r', 'r'], { width }));

  h(`Mediated: ${r.mediated.sharedProjects.length} shared projects, ${r.mediated.proxies.length} proxy paths`);
  for (const s of r.mediated.sharedProjects) say(`${style.green('+')} ${s.label}: ${s.path} ${style.dim(`(${span(s.span)})`)}`, '  ', '    ');
  for (const p of r.mediated.proxies) say(`${style.red('-')} ${p.kind}: ${p.path} ${style.dim(`(${span(p.span)})`)}`, '  ', '    ');

  const C = r.compartmentalization;
  h(`Compartmentalisation: ${share(C.index)} (${C.level})`);
  if (C.caveat) out.push(style.yellow(wrap(`caveat: ${C.caveat}`, width, '  ', '    ')));
  out.push(style.dim(wrap(`by domain ${share(C.byDomain)}, by theater ${share(C.byTheater)}; ${MEASURES.compartmentalisation.meaning}`, width, '  ', '  ')));
  if (C.compartments.length) {
    out.push(compartmentSummary(r, style, width));
    out.push(
      table(
        [['domain', 'theater', 'coop', 'conflict', ''], ...C.compartments.map((c) => [c.domain, c.theater, intensity(c.cooperation), intensity(c.conflict), c.character === 'cooperation' ? style.green(c.character) : c.character === 'conflict' ? style.red(c.character) : style.yellow(c.character)])],
        ['l', 'l', 'r', 'r', 'l'],
        { width },
      ),
    );
  } else say(C.text);

  h(`Buffers: cooperation active through ${r.buffers.escalations} escalation episodes`);
  if (r.buffers.ranked.length) {
    out.push(
      table(
        [['#', 'buffer', 'weight', 'coverage', 'days', 'through'], ...r.buffers.ranked.slice(0, 10).map((x) => [String(x.rank), x.kind === 'direct' ? `${x.text} [${x.event}]` : x.text, intensity(x.weight), share(x.coverage), String(x.durationDays), String(x.through.length)])],
        ['r', 'l', 'r', 'r', 'r', 'r'],
        { width },
      ),
    );
  } else say('none: no cooperation event spans a whole escalation episode');
  for (const c of r.buffers.claims) say(`${c.found ? style.green('yes') : style.red('no ')} ${c.claim}: ${c.reason}`, '  ', '      ');

  h(`Timeline by ${r.timeline.period}`);
  const rows = r.timeline.rows;
  if (rows.length) {
    const max = Math.max(...rows.map((x) => Math.max(x.cooperation, x.conflict)));
    // The bars take what the figures leave: 16 cells each on 80 columns, 4 at least.
    const cells = Math.max(4, Math.min(16, Math.floor((width - 46) / 2)));
    out.push(
      table(
        [['period', 'coop', '', 'conflict', '', 'net', 'comp.'], ...rows.map((x) => [x.period, intensity(x.cooperation), style.green(bar(x.cooperation, max, cells)), intensity(x.conflict), style.red(bar(x.conflict, max, cells)), intensity(x.net), share(x.compartmentalization)])],
        ['l', 'r', 'l', 'r', 'l', 'r', 'r'],
        { width },
      ),
    );
    const room = Math.max(1, width - 14);
    out.push(`  cooperation ${style.green(sparkline(rows.map((x) => x.cooperation)).slice(-room))}`);
    out.push(`  conflict    ${style.red(sparkline(rows.map((x) => x.conflict)).slice(-room))}`);
  } else say('no dated events between the pair');
  for (const e of r.timeline.episodes) {
    const kind = e.kind === 'escalation' ? style.red('escalation   ') : style.green('normalisation');
    say(`${e.from}..${e.to} ${intensity(e.intensity)}: ${e.name}`, `  ${kind} `, '                ');
  }

  const O = r.outlook;
  h(`Outlook: ${O.text}`);
  out.push(gridTable(O.grid, width));
  h(`Trends over ${O.window.periods} ${r.timeline.period}s (${O.window.from ?? '-'}..${O.window.to ?? '-'}), ${Math.round(O.confidence * 100)}% intervals`);
  if (O.net && O.conflict && O.cooperation) {
    out.push(
      table(
        [['series', 'slope/period', 'interval', MEASURES.trend.name], ...(['net', 'conflict', 'cooperation'] as const).map((k) => [k, share(O[k]!.slope), `[${share(O[k]!.low)}, ${share(O[k]!.high)}]`, O[k]!.direction])],
        ['l', 'r', 'l', 'l'],
        { width },
      ),
    );
  }
  out.push(verdictColour(wrap(O.chosen.text, width, '  ', '    ')));
  for (const d of O.drivers) say(`${d.polarity === 'conflict' ? style.red('-') : style.green('+')} ${d.text} ${style.dim(`(${d.start ?? 'undated'}, weight ${intensity(d.weight)})`)}`, '  ', '    ');
  return out.join('\n') + '\n';
}
