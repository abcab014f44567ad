/**
 * rivalgraph/io/exporters/panel: the dyad x period panel (analysis/panel.ts) as CSV or Parquet.
 *
 * Columns (docs/formats.md, "Panel"): period, period_start, period_end,
 * actor_a, actor_b, label_a, label_b, kind_a, kind_b, iso3_a, iso3_b, cow_a, cow_b,
 * cooperation_count, cooperation, conflict_count, conflict, net. Codes come
 * from the shipped crosswalk (data/countries.csv) where a node's id or one of
 * its aliases is an ISO alpha-3 or CAMEO country code; missing otherwise
 * (empty in the CSV: missing in R and pandas, `.` after Stata's `destring`;
 * null in Parquet). CSV: RFC 4180 text, one header row, `\n` line ends
 * (written here for speed, see `panelCsv`).
 * Parquet: typed columns (panel-parquet.ts).
 */
import { dyadPanel, type PanelOptions } from '../../analysis/panel.js';
import { formatDay, type Day } from '../../model/dates.js';
import type { NodeRecord } from '../../model/types.js';
import type { TieGraph } from '../../model/graph.js';
import { countryBy, type CountryRow } from '../import/countries.js';
import { tieSourceOfGraph, type TieSource } from '../../model/tie-source.js';
import { panelParquet } from './panel-parquet.js';
import type { ExportOptions, ExportOutput, Exporter } from './types.js';

/** The panel's columns, in order. */
export const PANEL_COLUMNS = [
  'period',
  'period_start',
  'period_end',
  'actor_a',
  'actor_b',
  'label_a',
  'label_b',
  'kind_a',
  'kind_b',
  'iso3_a',
  'iso3_b',
  'cow_a',
  'cow_b',
  'cooperation_count',
  'cooperation',
  'conflict_count',
  'conflict',
  'net',
] as const;

/**
 * Most rows a panel export builds: every row is held in memory (about 300 bytes) and the CSV is one
 * string, which V8 caps at 2^29 characters (about 6 million panel rows).
 */
export const MAX_PANEL_ROWS = 4_000_000;

/** The file formats of the panel. */
export const PANEL_FORMATS = ['csv', 'parquet'] as const;
export type PanelFormat = (typeof PANEL_FORMATS)[number];

/** One row of the panel as written: days are day numbers, missing values null. */
export interface PanelRecord {
  readonly period: string;
  readonly period_start: Day;
  readonly period_end: Day;
  readonly actor_a: string;
  readonly actor_b: string;
  readonly label_a: string;
  readonly label_b: string;
  readonly kind_a: string | null;
  readonly kind_b: string | null;
  readonly iso3_a: string | null;
  readonly iso3_b: string | null;
  readonly cow_a: number | null;
  readonly cow_b: number | null;
  readonly cooperation_count: number;
  readonly cooperation: number;
  readonly conflict_count: number;
  readonly conflict: number;
  readonly net: number;
}

/** The crosswalk row of a node whose id or alias is an ISO alpha-3 or CAMEO country code. */
function country(node: NodeRecord | undefined): CountryRow | undefined {
  if (!node) return undefined;
  for (const code of [node.id, ...node.aliases]) {
    if (!/^[A-Z]{3}$/.test(code)) continue;
    const row = countryBy('iso3', code) ?? countryBy('cameo', code);
    if (row) return row;
  }
  return undefined;
}

/** The panel's rows as written, whatever the file format: one definition of every column's value; from a graph or a tie table's rows. */
export function panelRecords(graph: TieGraph | TieSource, options: Partial<PanelOptions> = {}): PanelRecord[] {
  const ties: TieSource = 'forEachTie' in graph ? graph : tieSourceOfGraph(graph);
  const panel = dyadPanel(ties, options);
  const info = new Map<string, { node: NodeRecord | undefined; country: CountryRow | undefined }>();
  const lookup = (id: string): { node: NodeRecord | undefined; country: CountryRow | undefined } => {
    let found = info.get(id);
    if (!found) {
      const node = ties.node(id);
      found = { node, country: country(node) };
      info.set(id, found);
    }
    return found;
  };
  const slots = new Map(panel.periods.map((p) => [p.key, p]));
  return panel.rows.map((r) => {
    const a = lookup(r.a);
    const b = lookup(r.b);
    const slot = slots.get(r.period)!;
    return {
      period: r.period,
      period_start: slot.first,
      period_end: slot.last,
      actor_a: r.a,
      actor_b: r.b,
      label_a: a.node?.label ?? r.a,
      label_b: b.node?.label ?? r.b,
      kind_a: a.node?.kind ?? null,
      kind_b: b.node?.kind ?? null,
      iso3_a: a.country?.iso3 ?? null,
      iso3_b: b.country?.iso3 ?? null,
      cow_a: a.country?.cow ?? null,
      cow_b: b.country?.cow ?? null,
      cooperation_count: r.cooperationCount,
      cooperation: r.cooperation,
      conflict_count: r.conflictCount,
      conflict: r.conflict,
      net: r.net,
    };
  });
}

/** Lines of CSV joined at a time (see `panelCsv`). */
const CSV_BLOCK_LINES = 4096;

/** A field that needs quoting under RFC 4180: it holds a quote, a comma or a line break. */
const NEEDS_QUOTES = /[",\r\n]/;

/** One CSV field, quoted (quotes doubled) only when it must be, as csv-stringify writes it by default. */
function csvField(text: string): string {
  return NEEDS_QUOTES.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/**
 * The panel as CSV text: days as ISO dates, missing values empty, one header row, `\n` after every row.
 * Written here rather than by csv-stringify: the panel is millions of cells of known shape, and
 * csv-stringify took 11 of the 13 s of a 736,080-row panel (bench/panel-export.mjs); the bytes are
 * csv-stringify's (a test checks it on hostile labels), except that a lone carriage return is
 * quoted, which csv-stringify with `\n` record ends leaves bare, so readers split the row there.
 */
export function panelCsv(records: readonly PanelRecord[]): string {
  const days = new Map<Day, string>();
  const day = (d: Day): string => {
    let text = days.get(d);
    if (text === undefined) {
      text = formatDay(d);
      days.set(d, text);
    }
    return text;
  };
  const text = (v: string | null): string => (v === null ? '' : csvField(v));
  const number = (v: number | null): string => (v === null ? '' : String(v));
  // Lines are joined a block at a time, so each dies young: keeping every line until one join cost
  // more in garbage collection than the writing itself.
  const blocks: string[] = [];
  let lines: string[] = [PANEL_COLUMNS.map(csvField).join(',')];
  for (const r of records) {
    lines.push(
      `${csvField(r.period)},${day(r.period_start)},${day(r.period_end)},${csvField(r.actor_a)},${csvField(r.actor_b)},${csvField(r.label_a)},${csvField(r.label_b)},` +
        `${text(r.kind_a)},${text(r.kind_b)},${text(r.iso3_a)},${text(r.iso3_b)},${number(r.cow_a)},${number(r.cow_b)},` +
        `${r.cooperation_count},${r.cooperation},${r.conflict_count},${r.conflict},${r.net}`,
    );
    if (lines.length === CSV_BLOCK_LINES) {
      blocks.push(lines.join('\n') + '\n');
      lines = [];
    }
  }
  if (lines.length) blocks.push(lines.join('\n') + '\n');
  return blocks.join('');
}

/** The panel's file format: `--panel-format` when given, else Parquet for an output named `.parquet`, else CSV. */
export function panelFormatFor(output: string, explicit?: PanelFormat): PanelFormat {
  if (explicit !== undefined) return explicit;
  return /\.parquet$/i.test(output) ? 'parquet' : 'csv';
}

/** `--format panel`: one row per dyad and period, CSV or Parquet. */
export const panelExporter: Exporter = {
  id: 'panel',
  description: 'a dyad x period panel (CSV, or Parquet for -o *.parquet) of cooperation and conflict counts and sums, for R, Stata and pandas',
  extension: '.csv',
  target: 'file',
  run({ graph }, options) {
    return panelOutput(graph, options);
  },
  // A tie table's rows give the same panel without a graph.
  runTies({ ties }, options) {
    return panelOutput(ties, options);
  },
};

/** The panel file of a graph's ties (a graph, or a tie table's rows). */
function panelOutput(ties: TieGraph | TieSource, options: ExportOptions): ExportOutput {
  const { format, ...panelOptions } = options.panel ?? {};
  const records = panelRecords(ties, { maxRows: MAX_PANEL_ROWS, ...(panelOptions as Partial<PanelOptions>) });
  return { kind: 'file', data: format === 'parquet' ? panelParquet(records) : panelCsv(records) };
}
