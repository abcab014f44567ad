/**
 * bench/import/duckdb: the peer. DuckDB read_csv + GROUP BY of the same aggregation
 * (the documented SQL, src/io/import/sql.ts), written to a CSV dyad table.
 * Usage: node bench/import/duckdb.mjs <events.CSV> <out.csv> [columns=61 (58: GDELT 1.0 daily)]; prints one JSON line.
 */
import { DuckDBInstance } from '@duckdb/node-api';
import { duckdbDyadsSql } from '../../dist/io/import/sql.js';

const [file, out, columns = '61'] = process.argv.slice(2);
const t = performance.now();
const db = await DuckDBInstance.create(':memory:');
const conn = await db.connect();
await conn.run(`COPY (${duckdbDyadsSql(`'${file}'`, Number(columns))}) TO '${out}' (HEADER, DELIMITER ',')`);
const rows = (await conn.runAndReadAll(`SELECT count(*) AS n FROM read_csv('${out}')`)).getRowObjectsJS()[0].n;
conn.closeSync();
db.closeSync();
console.log(JSON.stringify({ seconds: (performance.now() - t) / 1000, cpuSeconds: cpuSeconds(), maxRssMB: process.resourceUsage().maxRSS / 1024, groups: Number(rows) }));

/** User + system CPU time of the whole process (all threads), in seconds. */
function cpuSeconds() {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1e6;
}
