/**
 * rivalgraph/io/readers/edge-list: an edge list (CSV, TSV, KONECT, SNAP, ...) to a model.
 *
 * `analyze` reads edge lists straight into typed arrays (csv-edges.ts);
 * `info`, `validate`, `export` and the focus analysis need a model, so this
 * reader walks the same rows with the same dialect (edge-dialect.ts) and
 * the same row rule (csv-rows.ts), and keeps each row's cells: a file
 * rivalgraph exported (`id,source,target,polarity,relation,...`) comes back
 * whole; any other edge list gets the defaults of flat.ts (relation
 * `cooperates`/`opposes`, intensity |weight| when in (0, 10]). Dates from the
 * time column (loose ISO dates or unix seconds) become each tie's `start`.
 * O(rows).
 */
import { existsSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { InputError } from '../../model/errors.js';
import type { Model } from '../../model/types.js';
import { collectEdgeRows, headerlessColumns } from '../csv-rows.js';
import { scanPlain, scanQuotedWith, type CsvRow } from '../csv-scan.js';
import { rethrowCsvError } from '../csv-error.js';
import { delimiterText, quotesMatter, sniffDialect } from '../edge-dialect.js';
import { looseDateOf } from '../edge-time.js';
import { modelFromRaw, type Cell, type RawRecord } from '../flat.js';
import type { ReadOptions } from '../read-options.js';
import { readTextFile } from '../read.js';

const OPEN = Object.freeze({ from: -Infinity, to: Infinity });

/** Read an edge list's text into a model; throws `InputError` with every located problem. */
export function readEdgeList(file: string, text: string, options: ReadOptions = {}): Model {
  const bytes = Buffer.from(text, 'utf8');
  const names = options.columns ?? {};
  const dialect = sniffDialect(bytes, names);
  if (dialect.empty) throw new InputError([{ file, line: 1, message: 'the file is empty', hint: 'an edge list starts with a header such as source,target,sign, or rows of source target weight' }]);
  const collector = collectEdgeRows(file, OPEN, dialect.header ? undefined : headerlessColumns(file, names), 1024, names);
  let header: string[] | undefined;
  const nodes = new Map<string, RawRecord>();
  const edges: RawRecord[] = [];
  const directed = dialect.konect?.directed;
  const visit = (row: CsvRow): void => {
    if (dialect.header && !header) {
      collector.visit(row);
      header = Array.from({ length: row.count }, (_, i) => row.text(i).toLowerCase().replace(/^\uFEFF/, ''));
      return;
    }
    const before = collector.rows().count;
    collector.visit(row);
    const rows = collector.rows();
    if (rows.count === before) return; // a bad row, reported by the collector
    const col = collector.columns()!;
    const value = rows.value[before]!;
    const cells = new Map<string, Cell>();
    if (header) for (let i = 0; i < row.count; i++) if (header[i] && !row.empty(i)) cells.set(header[i]!, { value: row.text(i), at: row.position(i) });
    const at = row.position(0);
    // The sign as the row rule read it (a rating of 10 is cooperation), and its size as the weight.
    const signAt = row.position(col.sign >= 0 ? col.sign : col.weight);
    cells.delete('polarity');
    cells.set('sign', { value: value > 0 ? '1' : '-1', at: signAt });
    if (!cells.has('intensity')) cells.set('weight', { value: String(Math.abs(value)), at: signAt });
    if (col.date >= 0 && !row.empty(col.date)) {
      const d = looseDateOf(row.text(col.date));
      if ('date' in d) cells.set('start', { value: d.date, at: row.position(col.date) });
    }
    const source = row.text(col.source);
    const target = row.text(col.target);
    for (const [name, i] of [[source, col.source], [target, col.target]] as const) {
      if (!nodes.has(name)) nodes.set(name, { id: name, cells: new Map(), at: row.position(i) });
    }
    // A tie's theater (rivalgraph's own edges.csv) is a node of kind theater.
    const theater = cells.get('theater');
    if (theater) {
      const known = nodes.get(theater.value);
      if (!known) nodes.set(theater.value, { id: theater.value, cells: new Map([['kind', { value: 'theater', at: theater.at ?? at }]]), at: theater.at ?? at });
      else if (!known.cells.has('kind')) (known.cells as Map<string, Cell>).set('kind', { value: 'theater', at: theater.at });
    }
    edges.push({ id: cells.get('id')?.value ?? '', source, target, ...(directed !== undefined ? { directed } : {}), cells, at });
  };
  const fromLine = dialect.skippedLines + 1;
  if (quotesMatter(dialect, bytes)) {
    try {
      scanQuotedWith(parse, text, visit, delimiterText(dialect), fromLine);
    } catch (err) {
      rethrowCsvError(file, err, text, delimiterText(dialect)); // csv-parse's faults, located (io/csv-error.ts)
    }
  }
  else scanPlain(bytes, visit, { start: dialect.bodyStart, firstLine: fromLine, bom: false, delimiter: dialect.delimiter });
  const { badRows, problems } = collector.rows();
  if (badRows) {
    const all = [...problems];
    if (badRows > all.length) all.push({ file, message: `${badRows - all.length} more bad rows`, hint: 'fix them; `analyze --skip-bad-rows` skips and counts them' });
    throw new InputError(all);
  }
  const folder = basename(file).toLowerCase() === 'edges.csv' ? exportedFolder(file, nodes) : undefined;
  return modelFromRaw(file, {
    title: basename(file).replace(/\.gz$/i, '').replace(/\.[^.]+$/, ''),
    sources: { ...citedSources(edges), ...folder?.sources },
    at: { line: 1, column: 1 },
    nodes: [...nodes.values()],
    edges,
  });
}

/** A table of `export -f csv -o DIR` beside edges.csv, as records with their line; undefined when absent. */
function siblingTable(file: string, name: string): { record: Record<string, string>; line: number; file: string }[] | undefined {
  const path = join(dirname(file), name);
  if (!existsSync(path)) return undefined;
  const rows = parse(readTextFile(path), { columns: true, skip_empty_lines: true, relax_column_count: true, info: true }) as { record: Record<string, string>; info: { lines: number } }[];
  return rows.map((r) => ({ record: r.record, line: r.info.lines, file: path }));
}

/**
 * The folder `export -f csv -o DIR` writes: nodes.csv gives the nodes their fields (and keeps
 * nodes without ties), sources.csv the sources, so the folder reads back whole but for the title.
 */
function exportedFolder(file: string, nodes: Map<string, RawRecord>): { sources: Record<string, Record<string, string>> } {
  for (const { record, line } of siblingTable(file, 'nodes.csv') ?? []) {
    const id = record.id ?? '';
    const at = { line, column: 1 };
    const cells = new Map<string, Cell>();
    for (const [k, v] of Object.entries(record)) if (k !== 'id' && v !== '') cells.set(k, { value: v, at });
    nodes.set(id, { id, cells, at });
  }
  const sources: Record<string, Record<string, string>> = {};
  for (const { record } of siblingTable(file, 'sources.csv') ?? []) {
    const { id, ...fields } = record;
    if (id) sources[id] = Object.fromEntries(Object.entries(fields).filter(([, v]) => v !== ''));
  }
  return { sources };
}

/**
 * Sources the ties' evidence cites (rivalgraph's own edges.csv carries evidence as JSON), each
 * declared by its id alone: an edge list has no sources table, and the quotes stay with their ties.
 */
function citedSources(edges: readonly RawRecord[]): Record<string, { title: string }> {
  const out: Record<string, { title: string }> = {};
  for (const e of edges) {
    const text = e.cells.get('evidence')?.value;
    if (!text?.trim().startsWith('[')) continue;
    try {
      for (const item of JSON.parse(text) as unknown[]) {
        const id = (item as { source?: unknown } | null)?.source;
        if (typeof id === 'string' && !Object.hasOwn(out, id)) out[id] = { title: id };
      }
    } catch {
      // Not JSON: flat.ts reports it at its cell.
    }
  }
  return out;
}
