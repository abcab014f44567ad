/**
 * bench/import/run: two cases of 1M generated GDELT rows (deterministic, ~280 MB each, in a temp
 * folder, deleted after), each imported by rivalgraph into its tie table (`-o ties.csv`) next to
 * DuckDB (read_csv + GROUP BY of the same aggregation, its result COPY'd to a CSV file), in the
 * same run, each in its own process; then `rivalgraph analyze` of the tie table written, and
 * `info` / `export -f panel|csv` of it next to DuckDB reading the same table (tie-table.mjs).
 *   - "20k": GDELT 2.0 rows of one month, Zipf-like actors and codes (~20,000 groups);
 *   - "700k": GDELT 1.0 daily rows over 400 months and 200 actors (~750,000 groups).
 * Usage: npm run build && node bench/import/run.mjs [rows=1000000] [--case 20k|700k]
 * Prints wall and CPU seconds (all threads of the process), peak RSS and ratios; needs the build
 * (dist/) and the devDependency @duckdb/node-api.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { cpus, tmpdir, loadavg } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generate } from './generate.mjs';
import { measureTieTable, printTieTable } from './tie-table.mjs';

const here = fileURLToPath(new URL('.', import.meta.url));
const rows = Number(process.argv.find((a, i) => i >= 2 && /^\d+$/.test(a)) ?? 1_000_000);
const ci = process.argv.indexOf('--case');
const cases = [
  { name: '20k', spread: false, what: 'GDELT 2.0 rows, one month' },
  { name: '700k', spread: true, what: 'GDELT 1.0 daily rows, 400 months, 200 actors' },
].filter((c) => ci < 0 || c.name === process.argv[ci + 1]);

const run = (name, script, args) => {
  const r = spawnSync(process.execPath, [join(here, script), ...args], { encoding: 'utf8', maxBuffer: 1 << 26 });
  if (r.status !== 0) throw new Error(`${name} failed: ${r.stderr}`);
  const j = JSON.parse(r.stdout.trim().split('\n').pop());
  return { name, ...j };
};

console.log(`machine: ${cpus().length} cores, load average ${loadavg().map((x) => x.toFixed(2)).join(' ')} (shared)`);
for (const c of cases) {
  const dir = mkdtempSync(join(tmpdir(), 'rivalgraph-bench-import-'));
  try {
    const file = join(dir, 'events.export.CSV');
    const t = performance.now();
    await generate(file, rows, 20201, c.spread);
    const mb = statSync(file).size / 1e6;
    console.log(`\n### ${c.name}: ${rows.toLocaleString('en-US')} ${c.what}, ${mb.toFixed(0)} MB, generated in ${((performance.now() - t) / 1000).toFixed(1)} s`);
    const ties = join(dir, 'ties.csv');
    const results = [
      run('rivalgraph import gdelt -o ties.csv (default: one thread for one file)', 'rivalgraph.mjs', [file, ties]),
      run('DuckDB read_csv + GROUP BY, COPY to CSV', 'duckdb.mjs', [file, join(dir, 'dyads.csv'), c.spread ? '58' : '61']),
      run('rivalgraph import gdelt -o ties.csv --workers 2 (file split in two)', 'rivalgraph.mjs', [file, join(dir, 'ties2.csv'), '--workers', '2']),
      run('rivalgraph analyze ties.csv (after the import)', 'analyze.mjs', [ties]),
    ];
    const [ours, duck] = results;
    console.log('\n| step | wall s | CPU s | peak RSS (MB) | groups | wall vs DuckDB |');
    console.log('|---|---:|---:|---:|---:|---:|');
    for (const r of results) {
      console.log(`| ${r.name} | ${r.seconds.toFixed(2)} | ${r.cpuSeconds.toFixed(2)} | ${r.maxRssMB.toFixed(0)} | ${r.groups ? r.groups.toLocaleString('en-US') : ''} | ${(r.seconds / duck.seconds).toFixed(2)} |`);
    }
    console.log(`\nrivalgraph / DuckDB wall time: ${(ours.seconds / duck.seconds).toFixed(2)} (target <= 1), peak ${ours.maxRssMB.toFixed(0)} MB (target <= 300); groups agree: ${ours.groups === duck.groups && results[2].groups === duck.groups}`);
    // info and export of the tie table just written, under /usr/bin/time -v, next to DuckDB reading it.
    printTieTable(measureTieTable(ties));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
