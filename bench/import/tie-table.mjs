/**
 * bench/import/tie-table: `info` and `export` of a tie table, each under `/usr/bin/time -v` in its
 * own process (wall seconds, CPU seconds, peak RSS), next to DuckDB reading the same table
 * (duckdb-table.mjs: the GROUP BY equivalent of `info`, and a COPY of the table for `export -f csv`).
 * Used by run.mjs after each import case; alone: node bench/import/tie-table.mjs <ties.csv>
 * [--before <older build>/bin/rivalgraph.js] (to measure the same steps of another build in the same run).
 * Needs the build (bin/ runs dist/) and /usr/bin/time.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = fileURLToPath(new URL('.', import.meta.url));
const BIN = fileURLToPath(new URL('../../bin/rivalgraph.js', import.meta.url));
const binAt = process.argv.indexOf('--before');

/** Run `node args...` under /usr/bin/time -v: wall and CPU seconds, peak RSS in MB. */
function timed(name, args) {
  const r = spawnSync('/usr/bin/time', ['-v', process.execPath, ...args], { encoding: 'utf8', maxBuffer: 1 << 26, stdio: ['ignore', 'ignore', 'pipe'] });
  const field = (label) => new RegExp(`${label}[^:]*: (.+)`).exec(r.stderr)?.[1]?.trim();
  if (r.status !== 0) throw new Error(`${name} failed (${r.status}): ${r.stderr.slice(-2000)}`);
  const wall = /Elapsed \(wall clock\) time \(h:mm:ss or m:ss\): (.+)/.exec(r.stderr)[1].trim().split(':').reduce((acc, x) => acc * 60 + Number(x), 0);
  return { name, seconds: wall, cpuSeconds: Number(field('User time')) + Number(field('System time')), maxRssMB: Number(field('Maximum resident set size')) / 1024 };
}

/**
 * The steps on one tie table; rows for a table with ratios to DuckDB's `info` equivalent. With
 * `before` (the bin/rivalgraph.js of another build, e.g. an older commit's), its `info` and
 * exports are measured too, in the same run.
 */
export function measureTieTable(ties, before) {
  const dir = mkdtempSync(join(tmpdir(), 'rivalgraph-bench-table-'));
  try {
    const old = before
      ? [
          timed('before: rivalgraph info ties.csv', [before, 'info', ties]),
          timed('before: rivalgraph export ties.csv -f panel (year)', [before, 'export', ties, '-f', 'panel', '-o', join(dir, 'panel0.csv')]),
          timed('before: rivalgraph export ties.csv -f csv -o edges.csv', [before, 'export', ties, '-f', 'csv', '-o', join(dir, 'edges0.csv')]),
        ]
      : [];
    return [
      timed('rivalgraph info ties.csv', [BIN, 'info', ties]),
      timed('DuckDB read_csv + GROUP BY (what info counts)', [join(here, 'duckdb-table.mjs'), ties, 'info']),
      timed('rivalgraph export ties.csv -f panel (year)', [BIN, 'export', ties, '-f', 'panel', '-o', join(dir, 'panel.csv')]),
      timed('rivalgraph export ties.csv -f csv -o edges.csv', [BIN, 'export', ties, '-f', 'csv', '-o', join(dir, 'edges.csv')]),
      timed('DuckDB read_csv, COPY to CSV (what export -f csv writes)', [join(here, 'duckdb-table.mjs'), ties, 'copy', join(dir, 'copy.csv')]),
      ...old,
    ];
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Print the steps as a Markdown table, wall time against DuckDB's `info` equivalent. */
export function printTieTable(results) {
  const duck = results[1];
  console.log('\n| step | wall s | CPU s | peak RSS (MB) | wall vs DuckDB info |');
  console.log('|---|---:|---:|---:|---:|');
  for (const r of results) console.log(`| ${r.name} | ${r.seconds.toFixed(2)} | ${r.cpuSeconds.toFixed(2)} | ${r.maxRssMB.toFixed(0)} | ${(r.seconds / duck.seconds).toFixed(2)} |`);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const ties = process.argv[2];
  if (!ties) throw new Error('usage: node bench/import/tie-table.mjs <ties.csv> [--before <other build>/bin/rivalgraph.js]');
  printTieTable(measureTieTable(ties, binAt > 0 ? process.argv[binAt + 1] : undefined));
}
