/**
 * rivalgraph/presentation/payload: the data the HTML viewer reads, as types shared by the
 * exporter that writes it (io/html/payload.ts) and the viewer that reads it (src/viewer).
 *
 * Dates travel as day numbers (`from`/`to`, null = open), so the browser needs no date parser.
 */
import type { Evidence, NodeRecord, Source, Tie } from '../model/types.js';
import type { GraphSummary } from '../analysis/summary.js';
import type { PeriodFigures } from '../analysis/by-period.js';
import type { TimelinePeriod } from '../model/periods.js';

/** A node as the viewer draws it: the record plus position and size. */
export interface ViewerNode extends Omit<NodeRecord, 'aliases' | 'tags'> {
  readonly aliases?: readonly string[];
  readonly tags?: readonly string[];
  readonly x: number;
  readonly y: number;
  readonly size: number;
  /** The label drawn on the canvas when it differs from `label` (shortened, still distinct from every other node's). */
  readonly short?: string;
}

/** A tie as the viewer filters it: the record plus its span in days (null = open side). */
export interface ViewerTie extends Omit<Tie, 'evidence' | 'tags'> {
  readonly evidence?: readonly Evidence[];
  readonly tags?: readonly string[];
  readonly from: number | null;
  readonly to: number | null;
}

/**
 * Figures from `rivalgraph analyze --json`, shown in the metrics panel when present.
 * Shapes are open (docs/json.md): the viewer reads the fields it knows and skips the rest.
 */
export interface ViewerAnalysis {
  readonly focus?: {
    readonly ledger?: unknown;
    readonly compartmentalization?: unknown;
    readonly buffers?: { readonly claims?: unknown };
    readonly outlook?: { readonly text?: unknown; readonly verdict?: unknown };
  };
  readonly balance?: { readonly ratio?: unknown; readonly frustration?: unknown };
}

/** One period's figures exactly as `analyze --by-period --json` gives them, plus its days for the time slider. */
export interface ViewerPeriod extends PeriodFigures {
  /** Day numbers of the period's first and last day (`from`, `to`). */
  readonly first: number;
  readonly last: number;
}

/**
 * Balance, frustration, factions and switchers per period, computed at export (io/html/periods.ts)
 * with the code of `analyze --by-period`; the analysis panel shows the period of the slider's day.
 */
export interface ViewerPeriods {
  readonly period: TimelinePeriod;
  /** Seconds of frustration work per period, and the seed: `analyze --by-period <period> --budget <budget> --seed <seed>` gives the same figures. */
  readonly budget: number;
  readonly seed: number;
  /** The date options the figures were cut to, as given to `export` (ISO dates). */
  readonly window: { readonly from?: string; readonly to?: string; readonly asOf?: string };
  /** Why there are no figures (a graph over the default size, `--at`), shown in the panel; absent when computed. */
  readonly skipped?: string;
  /** The periods in time order. */
  readonly list: readonly ViewerPeriod[];
}

/** Everything the page shows. */
export interface ViewerPayload {
  readonly rivalgraph: 1;
  readonly title: string;
  readonly description?: string;
  readonly focus?: readonly [string, string];
  readonly sources: Readonly<Record<string, Source>>;
  readonly nodes: readonly ViewerNode[];
  readonly ties: readonly ViewerTie[];
  readonly summary: GraphSummary;
  /** First and last dated day of any tie, for the time slider; null when no tie is dated. */
  readonly days: { readonly first: number; readonly last: number } | null;
  readonly analysis?: ViewerAnalysis;
  readonly periods?: ViewerPeriods;
}
