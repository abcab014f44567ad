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

/** The panel's rows as the bytes of one Parquet file. */
export function panelParquet(records: readonly PanelRecord[]): Uint8Array {
  const n = records.length;
  const columnData: ColumnSource[] = PARQUET_COLUMNS.map(([name, kind, nullable]) => {
    let data: ColumnSource['data'];
    if (kind === 'double') data = Float64Array.from(records, (r) => r[name] as number);
    else if ((kind === 'int' || kind === 'date') && !nullable) data = Int32Array.from(records, (r) => r[name] as number);
    else {
      const values: (string | number | null)[] = new Array(n);
      for (let k = 0; k < n; k++) values[k] = records[k]![name];
      data = values as ColumnSource['data'];
    }
    return { name, data, nullable };
  });
  const schema: SchemaElement[] = [{ name: 'root', num_children: PARQUET_COLUMNS.length }, ...PARQUET_COLUMNS.map(([name, kind, nullable]) => element(name, kind, nullable))];
  return new Uint8Array(parquetWriteBuffer({ columnData, schema, createdBy: 'rivalgraph' }));
}
