/**
 * rivalgraph/report/scenario: a scenario comparison as a terminal report.
 */
import type { ScenarioReport, MetricValue } from '../analysis/scenario.js';
import type { Style } from './style.js';
import { table, wrap } from './table.js';
import { PIPE_WIDTH } from './layout.js';

const show = (v: MetricValue) => (v === null ? '-' : typeof v === 'number' ? String(Math.round(v * 100) / 100) : v);

/** Render every figure before, after and the difference; changed rows stand out. */
export function renderScenario(s: ScenarioReport, style: Style, options: { readonly width?: number } = {}): string {
  const width = options.width ?? PIPE_WIDTH;
  const out: string[] = [];
  const { a, b, labels } = s.after.pair;
  out.push(style.bold(wrap(`Scenario: ${s.overlays.join(' + ')}`, width, '', '  ')));
  out.push(wrap(`Focus: ${labels[0]} (${a}) - ${labels[1]} (${b}); open ends stop at ${s.after.timeline.asOf}`, width, '', '  '));
  out.push(`Ties: ${s.edits.added.length} added, ${s.edits.removed.length} removed, ${s.edits.changed.length} changed`);
  for (const [sign, ids] of [['+', s.edits.added], ['-', s.edits.removed], ['~', s.edits.changed]] as const) {
    if (ids.length) out.push(style.dim(wrap(ids.join(', '), width, `  ${sign} `)));
  }
  out.push('');
  // Words too long for a column (a buffer's text, a verdict sentence) are listed under the table.
  const long = (v: MetricValue) => typeof v === 'string' && v.length > 16;
  const rows = s.metrics.filter((m) => !long(m.before) && !long(m.after)).map((m) => {
    const delta = m.delta === null ? (m.changed ? 'changed' : '') : m.delta === 0 ? '0' : `${m.delta > 0 ? '+' : ''}${show(m.delta)}`;
    const colour = !m.changed ? (x: string) => x : m.delta !== null && m.delta < 0 ? style.red : m.delta !== null ? style.green : style.yellow;
    return [m.changed ? style.bold(m.key) : m.key, show(m.before), show(m.after), colour(delta)];
  });
  out.push(table([['measure', 'before', 'after', 'difference'], ...rows], ['l', 'r', 'r', 'r'], { width }));
  for (const m of s.metrics.filter((x) => long(x.before) || long(x.after))) {
    const key = m.changed ? style.bold(m.key) : m.key;
    out.push(wrap(m.changed ? `${show(m.before)} -> ${show(m.after)}` : `${show(m.before)} (unchanged)`, width, `  ${key}: `, '    '));
  }
  out.push('');
  out.push(style.bold('Outlook'));
  const said = (label: string, text: string) => out.push(wrap(text, width, `  ${label.padEnd(8)}`, '          '));
  said('before:', s.before.outlook.text);
  said('after:', s.after.outlook.text);
  out.push(style.bold('Compartments'));
  said('before:', s.before.compartmentalization.text);
  said('after:', s.after.compartmentalization.text);
  return out.join('\n') + '\n';
}
