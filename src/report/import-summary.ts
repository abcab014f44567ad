/**
 * rivalgraph/report/import-summary: the end-of-import summary, as text for stderr.
 */
import type { ImportSummary } from '../model/import-summary.js';
import { FILTER_REASONS } from '../model/import-summary.js';

const n = (v: number): string => v.toLocaleString('en-US');

/** Lines telling what was read, kept, filtered (by reason) and malformed (first line numbers). */
export function formatImportSummary(s: ImportSummary, output: string): string {
  const lines: string[] = [];
  for (const f of s.files) lines.push(`read ${f.file} (${f.layout})`);
  const filtered = FILTER_REASONS.reduce((t, r) => t + s.filtered[r], 0);
  lines.push(`rows: ${n(s.rows)} read, ${n(s.kept)} kept, ${n(filtered)} filtered, ${n(s.malformed)} malformed`);
  const reasons = FILTER_REASONS.filter((r) => s.filtered[r] > 0).map((r) => `${r} ${n(s.filtered[r])}`);
  if (reasons.length) lines.push(`filtered: ${reasons.join(', ')}`);
  const unmapped = Object.entries(s.unmapped).sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
  if (unmapped.length) lines.push(`unmapped country names: ${unmapped.slice(0, 8).map(([k, v]) => `${k} (${n(v)})`).join(', ')}${unmapped.length > 8 ? ', ...' : ''}`);
  if (s.malformed) {
    lines.push(`first malformed rows:`);
    for (const l of s.malformedLines) lines.push(`  ${l}`);
  }
  lines.push(`events: ${n(s.events)} after removing ${n(s.duplicates)} duplicate reports`);
  lines.push(`wrote ${output}: ${n(s.nodes)} actors, ${n(s.ties)} ties`);
  if (s.ties === 0) lines.push('  hint: no row passed the filters; check --actors, --dyad, --from/--to and --root-codes against the counts above');
  return lines.join('\n') + '\n';
}

/** The summary as plain data for `import --json` (docs/import.md). */
export function importSummaryJson(s: ImportSummary, output: string, format: string): object {
  const filtered = FILTER_REASONS.reduce((t, r) => t + s.filtered[r], 0);
  return {
    rivalgraph: 1,
    format,
    output,
    files: s.files,
    rows: s.rows,
    kept: s.kept,
    filtered,
    filteredBy: s.filtered,
    malformed: s.malformed,
    malformedLines: s.malformedLines,
    unmapped: s.unmapped,
    duplicates: s.duplicates,
    events: s.events,
    nodes: s.nodes,
    ties: s.ties,
  };
}
