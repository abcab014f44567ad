#!/usr/bin/env node
/**
 * bench/timeline-count: which way should the focus timeline count a tie? Measures the three
 * counts (onset, spread, active) on a graph file (default: the built-in graph), for
 * docs/focus.md, "Timeline": nothing is asserted, the figures are printed.
 *
 * Run: npm run build && node bench/timeline-count.mjs [file] [--as-of 2020-11-13]
 *
 * - r1: mean lag-1 autocorrelation of the conflict trend's residuals over the 12 grid cells
 *   (high r1 = neighbouring periods share ties; the intervals then lean on n_eff);
 * - agreement: the robust verdict and its agreement at the as-of date;
 * - revised: share of the quarterly timeline values at D that change when the record runs on
 *   to D + 2y (a count whose past moves as the record grows cannot be backtested honestly);
 * - backtest: hit rate of the outlook and of the no-change call, every 6 months 2010..2019,
 *   2-year horizon, quarters.
 */
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const { loadGraphFile } = await import(`${ROOT}dist/io/load-file.js`);
const { analyzeFocus, timeline, focusEvents, fitTrend } = await import(`${ROOT}dist/analysis/focus/index.js`);
const { backtest, rollingDates } = await import(`${ROOT}dist/analysis/backtest.js`);
const { parseDate, formatDay } = await import(`${ROOT}dist/model/dates.js`);

const args = process.argv.slice(2);
const at = args.indexOf('--as-of');
const asOf = at >= 0 ? args[at + 1] : '2020-11-13';
const file = args.find((a, i) => !a.startsWith('--') && args[i - 1] !== '--as-of');
const { graph } = loadGraphFile(file);
const later = formatDay(parseDate(asOf).last + 730);

const rows = [];
for (const count of ['onset', 'spread', 'active']) {
  const f = analyzeFocus(graph, { asOf, count });
  const ev = focusEvents(graph, { asOf, count });
  let r1 = 0;
  let cells = 0;
  for (const period of ['year', 'quarter', 'month']) {
    const tl = timeline(ev.events, period, ev.asOf, 180, count, ev.start);
    for (const years of [3, 4, 5, 6]) {
      const w = years * { year: 1, quarter: 4, month: 12 }[period];
      const ys = tl.rows.slice(-w).map((r) => r.conflict);
      if (ys.length >= 3) {
        r1 += fitTrend(ys, 0.95).r1;
        cells++;
      }
    }
  }
  const q = (d) => new Map(analyzeFocus(graph, { asOf: d, count, period: 'quarter' }).timeline.rows.map((r) => [r.period, r.net]));
  const now = q(asOf);
  const then = q(later);
  let revised = 0;
  let total = 0;
  for (const [k, v] of now) {
    if (k === [...now.keys()].pop()) continue; // the period holding D is partial at D
    total++;
    if (then.get(k) !== v) revised++;
  }
  const b = backtest(graph, rollingDates('2010-12-31', '2019-06-30', '6m'), { horizon: '2y', period: 'quarter', count, every: '6m' });
  rows.push({
    count,
    r1: (r1 / cells).toFixed(2),
    verdict: `${f.outlook.verdict} ${Math.round(f.outlook.agreement * 12)}/12`,
    revised: `${revised}/${total}`,
    backtest: `${b.summary.hits}/${b.summary.checks} vs no-change ${b.summary.baselineHits}/${b.summary.checks}`,
  });
}
console.log(`as of ${asOf} (revision checked against ${later})`);
console.table(rows);
