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

/** Characters (code points) in UTF-8 bytes [s, e), for columns of byte-scanned text: the bytes that do not continue a sequence. */
export function utf8Characters(bytes: Uint8Array, s: number, e: number): number {
  let count = 0;
  for (let i = s; i < e; i++) if ((bytes[i]! & 0xc0) !== 0x80) count++;
  return count;
}
