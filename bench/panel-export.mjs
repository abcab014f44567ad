// Panel export benchmark: the dyad x period panel of a large generated dated graph written as CSV
// (panelCsv; csv-stringify, its former writer, as a peer on the same cells, one run) and as Parquet
// (hyparquet-writer), with DuckDB as the peer writing the same rows to Parquet in the same run
// (COPY ... (FORMAT parquet), with one thread like ours, and with two).
// Usage: npm run build && node bench/panel-export.mjs [ties] [nodes] [period]   (default: 20000 1000 quarter)
// Ties are dated 2010-2019, so a quarter panel has 40 periods per dyad. Files go to bench/out/ (git-ignored);
// prints a Markdown table. Every rivalgraph figure is the median of 3 runs; DuckDB's too.
import { mkdirSync, statSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { DuckDBInstance } from '@duckdb/node-api';
import { stringify } from 'csv-stringify/sync';
import { buildTieGraph } from '../dist/model/graph.js';
import { PANEL_COLUMNS, panelCsv, panelRecords } from '../dist/io/exporters/panel.js';
import { formatDay } from '../dist/model/dates.js';
import { panelParquet } from '../dist/io/exporters/panel-parquet.js';
import { seededRandom } from '../dist/analysis/rng.js';

const [ties = 20000, nodes = 1000] = process.argv.slice(2, 4).map(Number);
const period = process.argv[4] ?? 'quarter';
const out = fileURLToPath(new URL('./out/', import.meta.url));
mkdirSync(out, { recursive: true });

/** m ties over n nodes (every tenth a country code, so the crosswalk columns are filled), dated 2010-2019 to the day. */
function synthetic(m, n, seed = 1) {
  const r = seededRandom(seed);
  const codes = ['TUR', 'RUS', 'USA', 'CHN', 'FRA', 'DEU', 'IRN', 'ISR', 'GBR', 'IND'];
  const id = (i) => (i < codes.length ? codes[i] : `N${i}`);
  const list = Array.from({ length: n }, (_, i) => ({ id: id(i), label: `Node ${i}`, kind: 'actor', type: 'state', aliases: [], tags: [] }));
  const edges = [];
  for (let k = 0; k < m; k++) {
    // A skewed choice of ends, as in event data: a few busy actors, many quiet ones.
    const a = Math.floor(n * r() ** 2);
    let b = Math.floor(n * r() ** 2);
    if (b === a) b = (a + 1) % n;
    const polarity = r() < 0.6 ? 'cooperation' : 'conflict';
    const day = new Date(Date.UTC(2010, 0, 1) + Math.floor(r() * 3652) * 86400000).toISOString().slice(0, 10);
    edges.push({
      id: `t${k}`, source: id(a), target: id(b), polarity, relation: polarity === 'cooperation' ? 'cooperates' : 'opposes',
      domain: 'diplomatic', intensity: Math.round((1 + r() * 9) * 10) / 10, directed: true, start: day, evidence: [], tags: [],
    });
  }
  return { rivalgraph: 1, title: `Synthetic ${m} ties`, sources: {}, nodes: list, ties: edges };
}

const median = (xs) => [...xs].sort((p, q) => p - q)[Math.floor(xs.length / 2)];
const time = (f) => {
  const t = performance.now();
  const v = f();
  return [performance.now() - t, v];
};

const graph = buildTieGraph(synthetic(ties, nodes));
const build = [];
const csv = [];
const parquet = [];
let records;
let csvText;
let parquetBytes;
for (let k = 0; k < 3; k++) {
  let ms;
  [ms, records] = time(() => panelRecords(graph, { period }));
  build.push(ms);
  [ms, csvText] = time(() => panelCsv(records));
  csv.push(ms);
  [ms, parquetBytes] = time(() => panelParquet(records));
  parquet.push(ms);
}
// The former writer on the same cells (one run: it is the slow one).
const cells = records.map((r) => PANEL_COLUMNS.map((c) => (r[c] === null ? '' : c === 'period_start' || c === 'period_end' ? formatDay(r[c]) : String(r[c]))));
const [stringifyMs, stringified] = time(() => stringify(cells, { header: true, columns: [...PANEL_COLUMNS], record_delimiter: 'unix' }));
const sameCsv = stringified === csvText;
const csvPath = `${out}panel.csv`;
const pqPath = `${out}panel.parquet`;
writeFileSync(csvPath, csvText);
writeFileSync(pqPath, parquetBytes);
const rows = records.length;
records = undefined;
csvText = undefined;

// DuckDB: the same rows (read from our CSV, not timed) into a table, then COPY to Parquet, timed.
const db = await DuckDBInstance.create(':memory:');
const conn = await db.connect();
await conn.run(`CREATE TABLE panel AS FROM read_csv('${csvPath}', types = {'period': 'VARCHAR', 'cow_a': 'INTEGER', 'cow_b': 'INTEGER', 'cooperation_count': 'INTEGER', 'conflict_count': 'INTEGER'})`);
const duck = {};
for (const threads of [1, 2]) {
  await conn.run(`SET threads = ${threads}`);
  const ms = [];
  for (let k = 0; k < 3; k++) {
    const t = performance.now();
    await conn.run(`COPY panel TO '${out}panel-duckdb-${threads}.parquet' (FORMAT parquet)`);
    ms.push(performance.now() - t);
  }
  duck[threads] = median(ms);
}
// The route docs/formats.md used to give: DuckDB converting the CSV file to Parquet (parse + write).
const convert = [];
for (let k = 0; k < 3; k++) {
  const t = performance.now();
  await conn.run(`COPY (FROM read_csv('${csvPath}')) TO '${out}panel-duckdb-from-csv.parquet' (FORMAT parquet)`);
  convert.push(performance.now() - t);
}
const same = (await conn.runAndReadAll(`SELECT count(*)::INTEGER AS n FROM (FROM read_parquet('${pqPath}') EXCEPT ALL FROM read_parquet('${out}panel-duckdb-1.parquet'))`)).getRowObjectsJS()[0].n;
conn.closeSync();
db.closeSync();

const s = (ms) => `${(ms / 1000).toFixed(2)} s`;
const mb = (path) => `${(statSync(path).size / 1e6).toFixed(1)} MB`;
const b = median(build);
console.error(`${ties} ties, ${nodes} nodes, ${period}: ${rows.toLocaleString('en')} panel rows; rows differing between our Parquet and DuckDB's: ${same}; CSV identical to csv-stringify's: ${sameCsv}`);
console.log(`| writer | ${rows.toLocaleString('en')} rows (${ties.toLocaleString('en')} ties, ${nodes.toLocaleString('en')} nodes, by ${period}) | file size | vs CSV writer |`);
console.log('|---|---:|---:|---:|');
console.log(`| panel rows built (both formats) | ${s(b)} | | |`);
console.log(`| rivalgraph CSV | ${s(median(csv))} | ${mb(csvPath)} | 1.00x |`);
console.log(`| csv-stringify, same cells (the former writer) | ${s(stringifyMs)} | same bytes: ${sameCsv} | ${(stringifyMs / median(csv)).toFixed(2)}x |`);
console.log(`| rivalgraph Parquet (hyparquet-writer) | ${s(median(parquet))} | ${mb(pqPath)} | ${(median(parquet) / median(csv)).toFixed(2)}x |`);
console.log(`| DuckDB COPY table to Parquet, 1 thread | ${s(duck[1])} | ${mb(`${out}panel-duckdb-1.parquet`)} | ${(duck[1] / median(csv)).toFixed(2)}x |`);
console.log(`| DuckDB COPY table to Parquet, 2 threads | ${s(duck[2])} | ${mb(`${out}panel-duckdb-2.parquet`)} | ${(duck[2] / median(csv)).toFixed(2)}x |`);
console.log(`| DuckDB CSV file to Parquet (parse + write) | ${s(median(convert))} | ${mb(`${out}panel-duckdb-from-csv.parquet`)} | ${(median(convert) / median(csv)).toFixed(2)}x |`);
console.log(`\nmax RSS ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB`);
