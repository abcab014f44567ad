/**
 * rivalgraph/presentation/payload: the data the HTML viewer reads, as types shared by the
 * exporter that writes it (io/html/payload.ts) and the viewer that reads it (src/viewer).
 *
 * Dates travel as day numbers (`from`/`to`, null = open), so the browser needs no date parser.
 */
import type { Evidence, NodeRecord, Source, Tie } from '../model/types.js';
import type { GraphSummary } from '../analysis/summary.js';

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
}
