/**
 * rivalgraph/model/import-summary: what an import read, kept and dropped, and why: plain data
 * that the importers (io/import) fill and the report (report/import-summary.ts) renders.
 */
import { dict } from './dict.js';

/** Why a well-formed row was left out, in the order the filters run. */
export const FILTER_REASONS = [
  'blank-actor',
  'not-an-actor',
  'unmapped-country',
  'domestic',
  'actors',
  'dyad',
  'date',
  'root',
  'mentions',
  'neutral',
] as const;
export type FilterReason = (typeof FILTER_REASONS)[number];

/** How many first malformed lines a summary names. */
export const MALFORMED_SHOWN = 10;

/** Counters of one import (or one part of it, merged later). */
export interface ImportCounts {
  /** Data rows read (header and blank lines excluded). */
  rows: number;
  /** Rows that passed every filter (duplicates included). */
  kept: number;
  /** Kept rows that repeat an event already counted (same date, actors and event code). */
  duplicates: number;
  filtered: Record<FilterReason, number>;
  malformed: number;
  /** `file:line:column: reason` of the first malformed rows (the column of the field at fault). */
  malformedLines: string[];
  /** ICEWS country names with no CAMEO code in the shipped table, with counts. */
  unmapped: Record<string, number>;
}

/** Zeroed counters. */
export function emptyCounts(): ImportCounts {
  return {
    rows: 0,
    kept: 0,
    duplicates: 0,
    filtered: Object.fromEntries(FILTER_REASONS.map((r) => [r, 0])) as Record<FilterReason, number>,
    malformed: 0,
    malformedLines: [],
    unmapped: dict<number>(), // keyed by country names from the file
  };
}

/** Add counters of another part into `into` (malformed lines stay in the order given). */
export function mergeCounts(into: ImportCounts, part: ImportCounts): void {
  into.rows += part.rows;
  into.kept += part.kept;
  into.duplicates += part.duplicates;
  for (const r of FILTER_REASONS) into.filtered[r] += part.filtered[r];
  into.malformed += part.malformed;
  for (const l of part.malformedLines) if (into.malformedLines.length < MALFORMED_SHOWN) into.malformedLines.push(l);
  for (const [k, v] of Object.entries(part.unmapped)) into.unmapped[k] = (into.unmapped[k] ?? 0) + v;
}

/** The final summary of an import. */
export interface ImportSummary extends ImportCounts {
  /** Files read, with the layout detected in each. */
  readonly files: readonly { readonly file: string; readonly layout: string }[];
  /** Distinct events after deduplication. */
  readonly events: number;
  readonly ties: number;
  readonly nodes: number;
}
