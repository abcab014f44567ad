/**
 * rivalgraph/io/exporters/types: the contract every export format fulfils.
 *
 * An exporter turns a loaded graph into bytes: one file, or several files
 * for a folder (CSV). The `export` command picks one by `--format` and
 * writes its output atomically; exporters never touch the disk themselves.
 */
import type { LoadedGraph } from '../load-file.js';
import type { TieSource } from '../../model/tie-source.js';
import type { OutputData } from '../write.js';
import { DEFAULT_SEED } from '../../analysis/rng.js';
import type { PeriodExportOptions } from '../html/periods.js';

/** What an exporter produces. */
export type ExportOutput =
  | { readonly kind: 'file'; readonly data: string | Uint8Array }
  /** One file as text chunks, written as they come (a JSON export of a million ties is hundreds of megabytes). */
  | { readonly kind: 'stream'; chunks(): Iterable<string> }
  /** Several files; a large one as text written as it is produced (io/write.ts `ProducedText`). */
  | { readonly kind: 'files'; readonly files: Readonly<Record<string, OutputData>> };

/** Options shared by exporters; each reads the ones it understands. */
export interface ExportOptions {
  /** Seed for anything randomised (layouts), so outputs are byte-identical. */
  readonly seed: number;
  /** Show progress on this stream when set (a terminal). */
  readonly progress?: NodeJS.WritableStream;
  /** Analysis results for formats that can carry them (json, html): the analyze command's JSON document (io/json/analysis.ts). */
  readonly analysis?: unknown;
  /** Figures per period for the HTML analysis panel (`--format html`; html/periods.ts). */
  readonly periods?: PeriodExportOptions;
  /** Period, direction and file format of the dyad panel (`--format panel`); CSV unless `format` says Parquet. */
  readonly panel?: { readonly period?: 'year' | 'quarter' | 'month'; readonly directed?: boolean; readonly format?: 'csv' | 'parquet' };
}

export const DEFAULT_EXPORT_OPTIONS: ExportOptions = Object.freeze({ seed: DEFAULT_SEED });

/** The whole text of a one-file output (tests and small outputs; the export command streams). */
export function outputText(output: ExportOutput): string {
  if (output.kind === 'stream') return [...output.chunks()].join('');
  if (output.kind === 'file') return typeof output.data === 'string' ? output.data : Buffer.from(output.data).toString('utf8');
  throw new Error('a folder of files is not one text');
}

/** A file's nodes and ties without a graph (a tie table read as rows, io/load-ties.ts). */
export interface LoadedTies {
  readonly file: string;
  readonly ties: TieSource;
}

/** One export format. */
export interface Exporter {
  readonly id: string;
  readonly description: string;
  /** File extension with the dot, for default output names. */
  readonly extension: string;
  /** 'file': one output file (or stdout); 'folder': several files into `-o DIR`. */
  readonly target: 'file' | 'folder';
  /** For folder formats: the one file written when `-o` names a file (`-o edges.csv`) or stdout (`-o -`). */
  readonly primary?: string;
  run(input: LoadedGraph, options: ExportOptions): ExportOutput | Promise<ExportOutput>;
  /**
   * The same output from nodes and ties alone, for formats that need no graph structure: a
   * large tie table is then exported without building its graph. Absent: the format needs the graph.
   */
  runTies?(input: LoadedTies, options: ExportOptions): ExportOutput | Promise<ExportOutput>;
}
