/**
 * bench/import/duckdb-table: the peer for `info` and `export -f csv` of a tie table. DuckDB reads
 * the same CSV and computes what `info` prints (ties by polarity, domain, year and polarity,
 * dataset; first and last date; nodes by type), or copies the table to a CSV file.
 * Usage: node bench/import/duckdb-table.mjs <ties.csv> info|copy [out.csv]; prints one JSON line.
 */
import { DuckDBInstance } from '@duckdb/node-api';

const [file, what, out] = process.argv.slice(2);
const t = performance.now();
const db = await DuckDBInstance.create(':memory:');
const conn = await db.connect();
const csv = `read_csv('${file}', header = true, all_varchar = true)`;
let rows = 0;
if (what === 'copy') {
  await conn.run(`COPY (SELECT * FROM ${csv}) TO '${out}' (HEADER, DELIMITER ',')`);
} else {
  await conn.run(`CREATE TABLE t AS SELECT source, target, polarity, domain, start, "end", dataset, source_type, target_type FROM ${csv}`);
  const result = await conn.runAndReadAll(`
    SELECT 'polarity' AS k, polarity AS v, count(*) AS n FROM t GROUP BY polarity
    UNION ALL SELECT 'domain', domain, count(*) FROM t GROUP BY domain
    UNION ALL SELECT 'year', substr(start, 1, 4) || ' ' || polarity, count(*) FROM t GROUP BY 2
    UNION ALL SELECT 'dataset', dataset, count(*) FROM t GROUP BY dataset
    UNION ALL SELECT 'first', min(start), 0 FROM t
    UNION ALL SELECT 'last', max("end"), 0 FROM t
    UNION ALL SELECT 'nodes', type, count(*) FROM (SELECT DISTINCT source AS id, source_type AS type FROM t UNION SELECT target, target_type FROM t) GROUP BY type`);
  rows = result.getRowObjectsJS().length;
}
conn.closeSync();
db.closeSync();
console.log(JSON.stringify({ seconds: (performance.now() - t) / 1000, rows }));
