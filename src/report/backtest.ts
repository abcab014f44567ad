/**
 * rivalgraph/report/backtest: a backtest of the outlook as a terminal report.
 *
 * One table per date (measure, call, realised, hit) for a single date; one
 * line per date and the hit rates per measure for a rolling backtest.
 * Pure: takes a `Backtest` and a `Style`, returns text.
 */
import type { Backtest, BacktestRun, HitRate } from '../analysis/backtest.js';
import { verdictWords } from '../analysis/focus/grid.js';
import type { Style } from './style.js';
import { table } from './table.js';
import { share } from './layout.js';

const pct = (x: number | null) => (x === null ? '-' : `${Math.round(x * 100)}%`);
const slope = (x: number | null) => (x === null ? '-' : x === 0 ? '0' : `${x > 0 ? '+' : ''}${share(x)}`);

function runTable(r: BacktestRun, style: Style): string {
  return table(
    [
      ['measure', 'called', 'slope', 'realised', 'slope', 'hit', 'no-change'],
      ...r.checks.map((c) => [c.measure, c.predicted, slope(c.predictedSlope), c.realised, slope(c.realisedSlope), c.hit ? style.green('yes') : style.red('no'), c.baselineHit ? 'yes' : 'no']),
    ],
    ['l', 'l', 'r', 'l', 'r', 'l', 'l'],
  );
}

function rateLine(label: string, h: HitRate): string {
  return `${label}: outlook ${h.hits} of ${h.checks} (${pct(h.hitRate)}), no-change baseline ${h.baselineHits} of ${h.checks} (${pct(h.baselineHitRate)})`;
}

/** Render a backtest for a terminal. */
export function renderBacktest(b: Backtest, style: Style): string {
  const out: string[] = [];
  const rolling = b.every !== null;
  out.push(style.bold(`Backtest of the outlook: ${b.horizon} ahead, trends over ${b.window} ${b.period}s (${b.count} counting)`));
  if (!rolling) {
    for (const r of b.runs) {
      out.push(`As of ${r.asOf}: ${verdictWords(r.verdict)} (agreement ${pct(r.agreement)})`);
      out.push(style.dim(`Realised: ${r.realisedPeriods} whole ${b.period}s, ${r.realisedFrom}..${r.realisedTo}`));
      if (r.shortened) out.push(style.yellow(`warning: ${r.shortened}`));
      out.push(runTable(r, style));
    }
  } else {
    out.push(
      table(
        [['as of', 'verdict', 'agree', 'hits', 'no-change'], ...b.runs.map((r) => [r.asOf, verdictWords(r.verdict), pct(r.agreement), `${r.hits}/${r.checks.length}`, `${r.baselineHits}/${r.checks.length}`])],
        ['l', 'l', 'r', 'r', 'r'],
      ),
    );
    out.push('', style.bold('Hit rate by measure'));
    out.push(
      table(
        [['measure', 'checks', 'outlook', 'no-change'], ...Object.entries(b.summary.byMeasure).map(([m, h]) => [m, String(h.checks), pct(h.hitRate), pct(h.baselineHitRate)])],
        ['l', 'r', 'r', 'r'],
      ),
    );
  }
  for (const s of b.skipped) out.push(style.yellow(`skipped ${s.asOf}: ${s.reason}`));
  out.push('', rateLine('Hits', b.summary));
  if (b.summary.checks && b.summary.hitRate !== null && b.summary.baselineHitRate !== null) {
    const cmp = b.summary.hitRate > b.summary.baselineHitRate ? 'beats' : b.summary.hitRate < b.summary.baselineHitRate ? 'does worse than' : 'ties with';
    out.push(`The outlook ${cmp} the naive no-change call here; see docs/focus.md, "Backtest", for what that does and does not show.`);
  }
  return out.join('\n') + '\n';
}
