/**
 * rivalgraph/report/scenario: a scenario comparison as a terminal report.
 */
import type { ScenarioReport, MetricValue } from '../analysis/scenario.js';
import type { Style } from './style.js';
import { table } from './table.js';

const show = (v: MetricValue) => (v === null ? '-' : typeof v === 'number' ? String(Math.round(v * 100) / 100) : v);

/** Render every figure before, after and the difference; changed rows stand out. */
export function renderScenario(s: ScenarioReport, style: Style): string {
  const out: string[] = [];
  const { a, b, labels } = s.after.pair;
  out.push(style.bold(`Scenario: ${s.overlays.join(' + ')}`));
  out.push(`Focus: ${labels[0]} (${a}) - ${labels[1]} (${b}); open ends stop at ${s.after.timeline.asOf}`);
  out.push(`Ties: ${s.edits.added.length} added, ${s.edits.removed.length} removed, ${s.edits.changed.length} changed`);
  for (const [sign, ids] of [['+', s.edits.added], ['-', s.edits.removed], ['~', s.edits.changed]] as const) {
    if (ids.length) out.push(style.dim(`  ${sign} ${ids.join(', ')}`));
  }
  out.push('');
  const rows = s.metrics.map((m) => {
    const delta = m.delta === null ? (m.changed ? 'changed' : '') : m.delta === 0 ? '0' : `${m.delta > 0 ? '+' : ''}${show(m.delta)}`;
    const colour = !m.changed ? (x: string) => x : m.delta !== null && m.delta < 0 ? style.red : m.delta !== null ? style.green : style.yellow;
    return [m.changed ? style.bold(m.key) : m.key, show(m.before), show(m.after), colour(delta)];
  });
  out.push(table([['measure', 'before', 'after', 'difference'], ...rows], ['l', 'r', 'r', 'r']));
  out.push('');
  out.push(style.bold('Outlook'));
  out.push(`  before: ${s.before.outlook.text}`);
  out.push(`  after:  ${s.after.outlook.text}`);
  out.push(style.bold('Compartments'));
  out.push(`  before: ${s.before.compartmentalization.text}`);
  out.push(`  after:  ${s.after.compartmentalization.text}`);
  return out.join('\n') + '\n';
}
