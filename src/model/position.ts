/**
 * rivalgraph/model/position: character offsets to line and column.
 *
 * Apart from parse.ts so readers of plain text (io/read.ts, CSV edge lists)
 * can locate problems without loading the YAML and JSON parsers.
 */

/** A 1-based position in the text. */
export interface Position {
  readonly line: number;
  readonly column: number;
}

/** Convert a character offset into a 1-based line and column. */
export function offsetToPosition(text: string, offset: number): Position {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset && i < text.length; i++) {
    if (text.charCodeAt(i) === 10) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: offset - lineStart + 1 };
}
