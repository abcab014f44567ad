/**
 * rivalgraph/report/table: aligned plain-text tables and wrapped prose that fit a terminal width.
 *
 * Reports are written for a width (the terminal's columns, 80 in a pipe,
 * report/layout.ts). Prose wraps at word boundaries with a hanging indent; a
 * table too wide for the width narrows its widest left-aligned text column
 * and ends the cells cut there with an ellipsis (colours are dropped from a
 * cut cell, never left open). Widths count code points, ANSI codes excluded.
 */

// eslint-disable-next-line no-control-regex
const ANSI = /\x1b\[[0-9;]*m/g;

/** A string without its ANSI colour codes. */
export function plain(s: string): string {
  return s.replace(ANSI, '');
}

/** Visible width of a string, ignoring ANSI colour codes. */
export function visibleWidth(s: string): number {
  return [...plain(s)].length;
}

/** `s` cut to `width` visible characters, ending with "…" when cut. */
export function truncate(s: string, width: number): string {
  if (visibleWidth(s) <= width) return s;
  const chars = [...plain(s)];
  return width <= 1 ? chars.slice(0, Math.max(0, width)).join('') : chars.slice(0, width - 1).join('').trimEnd() + '…';
}

/** Word-wrap `text` to `width`: the first line starts with `indent`, later lines with `hang` (default: as many spaces). */
export function wrap(text: string, width: number, indent = '', hang = ' '.repeat(visibleWidth(indent))): string {
  const lines: string[] = [];
  let line = indent;
  let empty = true;
  for (const word of text.split(/ +/)) {
    if (!word) continue;
    const fits = visibleWidth(line) + (empty ? 0 : 1) + visibleWidth(word) <= width;
    if (!empty && !fits) {
      lines.push(line);
      line = hang;
      empty = true;
    }
    const room = width - visibleWidth(line);
    line += (empty ? '' : ' ') + (visibleWidth(word) > room && empty ? truncate(word, room) : word);
    empty = false;
  }
  lines.push(line);
  return lines.join('\n');
}

/** Options of `table`. */
export interface TableOptions {
  /** Spaces before each row. */
  readonly indent?: string;
  /** Widest a row may be, indent included; no limit when absent. */
  readonly width?: number;
}

/**
 * Render rows as columns padded to their widest cell; `align` 'r' right-aligns a column.
 * Given a width, the widest left-aligned column shrinks (cells cut with "…") until the rows fit.
 */
export function table(rows: readonly (readonly string[])[], align: readonly ('l' | 'r')[] = [], options: TableOptions | string = {}): string {
  const o: TableOptions = typeof options === 'string' ? { indent: options } : options;
  const indent = o.indent ?? '  ';
  const widths: number[] = [];
  for (const row of rows) row.forEach((cell, i) => (widths[i] = Math.max(widths[i] ?? 0, visibleWidth(cell))));
  if (o.width !== undefined) {
    const total = () => indent.length + widths.reduce((s, w) => s + w, 0) + 2 * Math.max(0, widths.length - 1);
    // Narrow the widest left-aligned (text) column, one character at a time, down to 8; then, if
    // still too wide, the widest of any column (right-aligned text such as a verdict).
    for (let over = total() - o.width; over > 0; over--) {
      const widest = (ok: (i: number) => boolean): number => {
        let best = -1;
        widths.forEach((w, i) => {
          if (ok(i) && w > 8 && (best < 0 || w > widths[best]!)) best = i;
        });
        return best;
      };
      const i = widest((k) => align[k] !== 'r') >= 0 ? widest((k) => align[k] !== 'r') : widest(() => true);
      if (i < 0) break;
      widths[i]!--;
    }
  }
  return rows
    .map((row) =>
      (
        indent +
        row
          .map((cell, i) => {
            const w = widths[i] ?? 0;
            const fitted = visibleWidth(cell) > w ? truncate(cell, w) : cell;
            const pad = ' '.repeat(w - visibleWidth(fitted));
            return align[i] === 'r' ? pad + fitted : i === row.length - 1 ? fitted : fitted + pad;
          })
          .join('  ')
      ).trimEnd(),
    )
    // Last resort on a very narrow terminal: columns cannot shrink below 8, so cut the row.
    .map((line) => (o.width !== undefined && visibleWidth(line) > o.width ? truncate(line, o.width) : line))
    .join('\n');
}

/** Every line of `text` cut to `width` with an ellipsis: the last resort for a section laid out for 80 columns on a narrower terminal. */
export function fitLines(text: string, width: number): string {
  return text
    .split('\n')
    .map((line) => (visibleWidth(line) > width ? truncate(line, width) : line))
    .join('\n');
}
