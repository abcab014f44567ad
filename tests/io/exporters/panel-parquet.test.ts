import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import { parse } from 'csv-parse/sync';
import { parquetMetadata, parquetReadObjects, parquetSchema } from 'hyparquet';
import { describe, expect, it } from 'vitest';
import { ledger } from '../../../src/analysis/focus/ledger.js';
import { buildTieGraph } from '../../../src/model/graph.js';
import { PANEL_COLUMNS, panelFormatFor, panelRecords } from '../../../src/io/exporters/panel.js';
import { panelParquet } from '../../../src/io/exporters/panel-parquet.js';
import { loadGraphFile } from '../../../src/io/load-file.js';
import { model, node, tie } from '../../helpers/graphs.js';
import { runMain } from '../../helpers/in-process.js';

const dir = mkdtempSync(join(tmpdir(), 'panel-parquet-'));

/** A file's bytes as the ArrayBuffer hyparquet reads. */
function bytesOf(path: string): ArrayBuffer {
  const b = readFileSync(path);
  return b.buffer.slice(b.byteOffset, b.byteOffset + b.byteLength) as ArrayBuffer;
}

/** A CSV panel row with the types the Parquet file declares (empty = null, days as ISO dates). */
function typedCsvRow(row: Record<string, string>): Record<string, string | number | null> {
  const out: Record<string, string | number | null> = {};
  for (const c of PANEL_COLUMNS) {
    const v = row[c]!;
    if (v === '') out[c] = null;
    else if (/count$|^cow_|^cooperation$|^conflict$|^net$/.test(c)) out[c] = Number(v);
    else out[c] = v;
  }
  return out;
}

/** Rows of a DuckDB query as plain objects (dates as ISO text). */
async function duckdbRows(sql: string): Promise<Record<string, unknown>[]> {
  const db = await DuckDBInstance.create(':memory:');
  const conn = await db.connect();
  try {
    return (await conn.runAndReadAll(sql)).getRowObjectsJson() as Record<string, unknown>[];
  } finally {
    conn.closeSync();
    db.closeSync();
  }
}

describe('export -f panel as Parquet', async () => {
  const csv = join(dir, 'panel.csv');
  const parquet = join(dir, 'panel.parquet');
  const csvRun = await runMain(['export', '-f', 'panel', '--period', 'quarter', '-o', csv]);
  const parquetRun = await runMain(['export', '-f', 'panel', '--period', 'quarter', '-o', parquet]);
  const csvRows = (parse(readFileSync(csv, 'utf8'), { columns: true }) as Record<string, string>[]).map(typedCsvRow);

  it('is chosen by the .parquet extension and starts and ends with the Parquet magic', () => {
    expect([csvRun.code, parquetRun.code]).toEqual([0, 0]);
    const bytes = readFileSync(parquet);
    expect(bytes.subarray(0, 4).toString('latin1')).toBe('PAR1');
    expect(bytes.subarray(-4).toString('latin1')).toBe('PAR1');
    expect(readFileSync(csv, 'utf8').startsWith('period,')).toBe(true);
  });

  it('reads back with hyparquet: the columns typed as documented, the rows those of the CSV panel', async () => {
    const file = bytesOf(parquet);
    const meta = parquetMetadata(file);
    const types = Object.fromEntries(parquetSchema(meta).children.map((c) => [c.element.name, [c.element.type, c.element.converted_type ?? '', c.element.repetition_type]]));
    expect(Object.keys(types)).toEqual([...PANEL_COLUMNS]);
    expect(types.period).toEqual(['BYTE_ARRAY', 'UTF8', 'REQUIRED']);
    expect(types.period_start).toEqual(['INT32', 'DATE', 'REQUIRED']);
    expect(types.iso3_a).toEqual(['BYTE_ARRAY', 'UTF8', 'OPTIONAL']);
    expect(types.cow_b).toEqual(['INT32', '', 'OPTIONAL']);
    expect(types.conflict_count).toEqual(['INT32', '', 'REQUIRED']);
    expect(types.net).toEqual(['DOUBLE', '', 'REQUIRED']);
    const rows = (await parquetReadObjects({ file })) as Record<string, unknown>[];
    const asCsv = rows.map((r) => ({ ...r, period_start: (r.period_start as Date).toISOString().slice(0, 10), period_end: (r.period_end as Date).toISOString().slice(0, 10) }));
    expect(asCsv).toHaveLength(csvRows.length);
    expect(asCsv).toEqual(csvRows);
    // Missing codes are nulls, not empty strings.
    expect(rows.some((r) => r.iso3_a === null && r.cow_a === null)).toBe(true);
  });

  it('reads back with DuckDB read_parquet: DATE, INTEGER and DOUBLE columns and the same rows as the CSV', async () => {
    const described = await duckdbRows(`DESCRIBE FROM read_parquet('${parquet}')`);
    expect(Object.fromEntries(described.map((d) => [d.column_name, d.column_type]))).toMatchObject({ period: 'VARCHAR', period_start: 'DATE', cow_a: 'INTEGER', cooperation_count: 'INTEGER', cooperation: 'DOUBLE', net: 'DOUBLE' });
    const rows = await duckdbRows(`SELECT * REPLACE (strftime(period_start, '%Y-%m-%d') AS period_start, strftime(period_end, '%Y-%m-%d') AS period_end) FROM read_parquet('${parquet}')`);
    expect(rows).toEqual(csvRows);
  });

  it('sums, for the focus pair, to the ledger', async () => {
    const { graph } = loadGraphFile(undefined);
    const [a, b] = graph.getAttribute('focus') as [string, string];
    const l = ledger(graph, { a, b } as never);
    const [lo, hi] = a < b ? [a, b] : [b, a];
    const [s] = await duckdbRows(
      `SELECT sum(cooperation_count)::INTEGER AS cc, round(sum(cooperation), 4) AS c, sum(conflict_count)::INTEGER AS kc, round(sum(conflict), 4) AS k FROM read_parquet('${parquet}') WHERE actor_a = '${lo}' AND actor_b = '${hi}'`,
    );
    expect(s).toEqual({ cc: l.cooperation.count, c: l.cooperation.intensity, kc: l.conflict.count, k: l.conflict.intensity });
  });

  it('gives the same bytes for the same input', async () => {
    const again = join(dir, 'again.parquet');
    expect((await runMain(['export', '-f', 'panel', '--period', 'quarter', '-o', again])).code).toBe(0);
    expect(readFileSync(again).equals(readFileSync(parquet))).toBe(true);
    // Written through a temporary beside it and renamed, like every output: none is left behind.
    expect(readdirSync(dir).filter((f) => f.includes('rivalgraph-tmp'))).toEqual([]);
  });
});

describe('panel file format', () => {
  it('--panel-format wins over the extension; a name without .parquet is CSV', () => {
    expect(panelFormatFor('out/panel.parquet')).toBe('parquet');
    expect(panelFormatFor('PANEL.PARQUET')).toBe('parquet');
    expect(panelFormatFor('panel.csv')).toBe('csv');
    expect(panelFormatFor('-')).toBe('csv');
    expect(panelFormatFor('panel.parquet', 'csv')).toBe('csv');
    expect(panelFormatFor('-', 'parquet')).toBe('parquet');
  });

  it('writes Parquet to a pipe with --panel-format parquet, and refuses a terminal with exit 2', async () => {
    const piped = await runMain(['export', '-f', 'panel', '--panel-format', 'parquet', '-o', '-']);
    expect(piped.code).toBe(0);
    const tty = await runMain(['export', '-f', 'panel', '--panel-format', 'parquet', '-o', '-'], { columns: 80 });
    expect(tty.code).toBe(2);
    expect(tty.stderr).toMatch(/terminal/);
    const bad = await runMain(['export', '-f', 'panel', '--panel-format', 'xlsx', '-o', '-']);
    expect(bad.code).toBe(2);
  });

  it('writes a panel of no rows (no dated tie) as a valid empty file', async () => {
    const graph = buildTieGraph(model([tie('A', 'B', 'cooperation', { id: 't1' })]));
    const bytes = panelParquet(panelRecords(graph));
    const path = join(dir, 'empty.parquet');
    writeFileSync(path, bytes);
    expect(await parquetReadObjects({ file: bytesOf(path) })).toEqual([]);
    expect(await duckdbRows(`SELECT count(*)::INTEGER AS n FROM read_parquet('${path}')`)).toEqual([{ n: 0 }]);
  });

  it('keeps labels with quotes, commas, newlines and non-Latin text, and nulls apart from empty strings', async () => {
    const graph = buildTieGraph(
      model([tie('TUR', 'X', 'conflict', { id: 't1', start: '2020-03', intensity: 2.5 })], { nodes: [node('TUR'), node('X', { label: 'Ölçü, "quoted"\nline 2 — 東京' })] }),
    );
    const records = panelRecords(graph, { period: 'month' });
    const path = join(dir, 'labels.parquet');
    writeFileSync(path, panelParquet(records));
    const rows = (await parquetReadObjects({ file: bytesOf(path) })) as Record<string, unknown>[];
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ period: '2020-03', actor_a: 'TUR', label_b: 'Ölçü, "quoted"\nline 2 — 東京', iso3_a: 'TUR', cow_a: 640, iso3_b: null, cow_b: null, conflict_count: 1, conflict: 2.5, net: -2.5 });
  });
});
