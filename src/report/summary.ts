/**
 * rivalgraph/report/summary: the `info` report as terminal text.
 */
import type { GraphSummary } from '../analysis/summary.js';
import type { Style } from './style.js';
import { table } from './table.js';
import { PIPE_WIDTH } from './layout.js';

/** Render a graph summary for reading top to bottom in a terminal. */
export function renderSummary(s: GraphSummary, file: string, style: Style, options: { readonly width?: number } = {}): string {
  const width = options.width ?? PIPE_WIDTH;
  const out: string[] = [];
  out.push(style.bold(s.title));
  out.push(style.dim(file));
  if (s.focus) out.push(`focus: ${s.focus[0]} - ${s.focus[1]}`);
  out.push('');
  out.push(style.bold(`Nodes: ${s.nodes.total}`));
  out.push(table(Object.entries(s.nodes.byType).map(([k, n]) => [k, String(n)]), ['l', 'r']));
  out.push('');
  const { cooperation = 0, conflict = 0 } = s.ties.byPolarity;
  out.push(style.bold(`Ties: ${s.ties.total}`) + `  (${style.green(`${cooperation} cooperation`)}, ${style.red(`${conflict} conflict`)}; ${s.ties.directed} directed, ${s.ties.undirected} undirected)`);
  out.push(table(Object.entries(s.ties.byDomain).map(([k, n]) => [k, String(n)]), ['l', 'r']));
  out.push('');
  const years = Object.entries(s.ties.byYear);
  if (years.length) {
    out.push(style.bold(`Dated ties by year`) + `  ${s.dates.first ?? ''} .. ${s.dates.last ?? ''}` + (s.ties.undated ? `  (${s.ties.undated} undated)` : ''));
    out.push(
      table(
        [['year', 'coop', 'conflict'], ...years.map(([y, c]) => [y, String(c.cooperation), String(c.conflict)])],
        ['l', 'r', 'r'],
      ),
    );
    out.push('');
  }
  out.push(style.bold(`Sources: ${s.sources.length}`) + `  (${s.ties.withEvidence} of ${s.ties.total} ties evidenced)`);
  out.push(table(s.sources.map((src) => [src.id, `${src.cited} ties`, src.title]), ['l', 'r', 'l'], { width }));
  return out.join('\n') + '\n';
}
