/**
 * rivalgraph/report/table: aligned plain-text tables for terminal reports.
 */

/** Visible width of a string, ignoring ANSI colour codes. */
export function visibleWidth(s: string): number {
  return s.replace(/\x1b\[[0-9;]*m/g, '').length;
}

/** Render rows as columns padded to their widest cell; `align` 'r' right-aligns a column. */
export function table(rows: readonly (readonly string[])[], align: readonly ('l' | 'r')[] = [], indent = '  '): string {
  const widths: number[] = [];
  for (const row of rows) row.forEach((cell, i) => (widths[i] = Math.max(widths[i] ?? 0, visibleWidth(cell))));
  return rows
    .map((row) =>
      indent +
      row
        .map((cell, i) => {
          const pad = ' '.repeat((widths[i] ?? 0) - visibleWidth(cell));
          return align[i] === 'r' ? pad + cell : i === row.length - 1 ? cell : cell + pad;
        })
        .join('  '),
    )
    .join('\n');
}
