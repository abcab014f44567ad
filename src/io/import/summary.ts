/**
 * rivalgraph/io/import/summary: the import summary's types and counters, which live in
 * model/import-summary.ts (plain data the report renders without importing io); re-exported
 * here for the importers.
 */
export { FILTER_REASONS, MALFORMED_SHOWN, emptyCounts, mergeCounts } from '../../model/import-summary.js';
export type { FilterReason, ImportCounts, ImportSummary } from '../../model/import-summary.js';
