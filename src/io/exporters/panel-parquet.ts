/**
 * rivalgraph/io/exporters/panel-parquet: the dyad x period panel as one Parquet file.
 *
 * Written by hyparquet-writer (pure JavaScript, no native module), with an
 * explicit schema so every reader sees the same types: `period` and the ids,
 * labels, kinds and ISO codes as UTF-8 strings, `period_start` / `period_end`
 * as DATE, the COW numbers and the counts as INT32, the sums and `net` as
 * DOUBLE. Kinds and codes are nullable (null where unknown); the rest is
 * required. Snappy compression, statistics on, no timestamp or host in the
 * metadata: the same panel gives the same bytes. O(rows).
 */
import { parquetWriteBuffer, type ColumnSource } from 'hyparquet-writer';
import type { PANEL_COLUMNS, PanelRecord } from './panel.js';

/** A Parquet schema element, as the writer's own hyparquet types it. */
type SchemaElement = NonNullable<Parameters<typeof parquetWriteBuffer>[0]['schema']>[number];

type Column = (typeof PANEL_COLUMNS)[number];
type Kind = 'string' | 'date' | 'int' | 'double';

/** Each column's type and whether it may be null, in the panel's column order. */
const PARQUET_COLUMNS: readonly (readonly [Column, Kind, boolean])[] = [
  ['period', 'string', false],
  ['period_start', 'date', false],
  ['period_end', 'date', false],
  ['actor_a', 'string', false],
  ['actor_b', 'string', false],
  ['label_a', 'string', false],
  ['label_b', 'string', false],
  ['kind_a', 'string', true],
  ['kind_b', 'string', true],
  ['iso3_a', 'string', true],
  ['iso3_b', 'string', true],
  ['cow_a', 'int', true],
  ['cow_b', 'int', true],
  ['cooperation_count', 'int', false],
  ['cooperation', 'double', false],
  ['conflict_count', 'int', false],
  ['conflict', 'double', false],
  ['net', 'double', false],
];

/** The Parquet schema element of a column. */
function element(name: Column, kind: Kind, nullable: boolean): SchemaElement {
  const repetition_type = nullable ? 'OPTIONAL' : 'REQUIRED';
  switch (kind) {
    case 'string':
      return { name, type: 'BYTE_ARRAY', converted_type: 'UTF8', logical_type: { type: 'STRING' }, repetition_type };
    case 'date':
      return { name, type: 'INT32', converted_type: 'DATE', logical_type: { type: 'DATE' }, repetition_type };
    case 'int':
      return { name, type: 'INT32', repetition_type };
    case 'double':
      return { name, type: 'DOUBLE', repetition_type };
  }
}

/** The panel's columns as arrays (typed where no value is missing), read in one pass with fixed property names. */
function columnsOf(records: readonly PanelRecord[]): Record<Column, ColumnSource['data']> {
  const n = records.length;
  const ints = (): Int32Array => new Int32Array(n);
  const doubles = (): Float64Array => new Float64Array(n);
  const values = <T>(): T[] => new Array<T>(n);
  const c = {
    period: values<string>(),
    period_start: ints(),
    period_end: ints(),
    actor_a: values<string>(),
    actor_b: values<string>(),
    label_a: values<string>(),
    label_b: values<string>(),
    kind_a: values<string | null>(),
    kind_b: values<string | null>(),
    iso3_a: values<string | null>(),
    iso3_b: values<string | null>(),
    cow_a: values<number | null>(),
    cow_b: values<number | null>(),
    cooperation_count: ints(),
    cooperation: doubles(),
    conflict_count: ints(),
    conflict: doubles(),
    net: doubles(),
  };
  for (let k = 0; k < n; k++) {
    const r = records[k]!;
    c.period[k] = r.period;
    c.period_start[k] = r.period_start;
    c.period_end[k] = r.period_end;
    c.actor_a[k] = r.actor_a;
    c.actor_b[k] = r.actor_b;
    c.label_a[k] = r.label_a;
    c.label_b[k] = r.label_b;
    c.kind_a[k] = r.kind_a;
    c.kind_b[k] = r.kind_b;
    c.iso3_a[k] = r.iso3_a;
    c.iso3_b[k] = r.iso3_b;
    c.cow_a[k] = r.cow_a;
    c.cow_b[k] = r.cow_b;
    c.cooperation_count[k] = r.cooperation_count;
    c.cooperation[k] = r.cooperation;
    c.conflict_count[k] = r.conflict_count;
    c.conflict[k] = r.conflict;
    c.net[k] = r.net;
  }
  return c as Record<Column, ColumnSource['data']>;
}

/** The panel's rows as the bytes of one Parquet file. */
export function panelParquet(records: readonly PanelRecord[]): Uint8Array {
  const columns = columnsOf(records);
  const columnData: ColumnSource[] = PARQUET_COLUMNS.map(([name, , nullable]) => ({ name, data: columns[name], nullable }));
  const schema: SchemaElement[] = [{ name: 'root', num_children: PARQUET_COLUMNS.length }, ...PARQUET_COLUMNS.map(([name, kind, nullable]) => element(name, kind, nullable))];
  return new Uint8Array(parquetWriteBuffer({ columnData, schema, createdBy: 'rivalgraph' }));
}
