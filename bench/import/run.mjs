/**
 * bench/import/run: 1M generated GDELT 2.0 rows (deterministic, ~280 MB, in a temp folder, deleted
 * after) imported by rivalgraph, next to DuckDB (read_csv + GROUP BY of the same aggregation) and a
 * plain readline + split loop, each in its own process, in the same run.
 * Usage: npm run build && node bench/import/run.mjs [rows=1000000] [--workers N]
 * Prints rows/s (wall clock and per CPU-second, all threads of the process), peak RSS and ratios; needs the build (dist/) and the devDependency @duckdb/node-api.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { cpus, tmpdir, loadavg } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generate } from './generate.mjs';

const here = fileURLToPath(new URL('.', import.meta.url));
const rows = Number(process.argv.find((a, i) => i >= 2 && /^\d+$/.test(a)) ?? 1_000_000);
const wi = process.argv.indexOf('--workers');
const workers = wi > 0 ? ['--workers', process.argv[wi + 1]] : [];
const dir = mkdtempSync(join(tmpdir(), 'rivalgraph-bench-import-'));
try {
  const file = join(dir, 'events.export.CSV');
  let t = performance.now();
  await generate(file, rows);
  const mb = statSync(file).size / 1e6;
  console.log(`generated ${rows.toLocaleString('en-US')} GDELT 2.0 rows, ${mb.toFixed(0)} MB, in ${((performance.now() - t) / 1000).toFixed(1)} s`);
  console.log(`machine: ${cpus().length} cores, load average ${loadavg().map((x) => x.toFixed(2)).join(' ')} (shared)`);
  const run = (name, script, args) => {
    const r = spawnSync(process.execPath, [join(here, script), ...args], { encoding: 'utf8', maxBuffer: 1 << 26 });
    if (r.status !== 0) throw new Error(`${name} failed: ${r.stderr}`);
    const j = JSON.parse(r.stdout.trim().split('\n').pop());
    return { name, ...j, rate: rows / j.seconds };
  };
  const results = [
    run(`rivalgraph import gdelt${workers.length ? ` --workers ${workers[1]}` : ' (default: a thread per core)'}`, 'rivalgraph.mjs', [file, join(dir, 'graph.json'), ...workers]),
    run('DuckDB read_csv + GROUP BY', 'duckdb.mjs', [file, join(dir, 'dyads.csv')]),
    run('readline + split loop', 'readline.mjs', [file]),
    run('rivalgraph import gdelt --workers 1', 'rivalgraph.mjs', [file, join(dir, 'graph1.json'), '--workers', '1']),
  ];
  const ours = results[0];
  console.log('\n| tool | wall s | rows/s (wall) | CPU s | rows per CPU-second | peak RSS (MB) | wall rate vs rivalgraph |');
  console.log('|---|---:|---:|---:|---:|---:|---:|');
  for (const r of results) {
    const perCpu = Math.round(rows / r.cpuSeconds).toLocaleString('en-US');
    console.log(`| ${r.name} | ${r.seconds.toFixed(2)} | ${Math.round(r.rate).toLocaleString('en-US')} | ${r.cpuSeconds.toFixed(2)} | ${perCpu} | ${r.maxRssMB.toFixed(0)} | ${(r.rate / ours.rate).toFixed(2)} |`);
  }
  console.log(`\nrivalgraph / DuckDB rate: ${(ours.rate / results[1].rate).toFixed(2)}x; peak memory ${ours.maxRssMB.toFixed(0)} MB (target < 250 MB, >= DuckDB's rate)`);
  console.log(`ties/groups (must agree): rivalgraph ${results[0].groups}, DuckDB ${results[1].groups}, readline ${results[2].groups}, rivalgraph 1 thread ${results[3].groups}`);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
