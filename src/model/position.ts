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

/**
 * A locator for many offsets of one text: line starts are found in one pass, then each
 * offset is placed by binary search, so 20,000 problems locate in milliseconds (not one
 * rescan of the text each).
 */
export function positionIndex(text: string): (offset: number) => Position {
  let starts: Int32Array | undefined;
  return (offset) => {
    if (!starts) {
      let n = 1;
      for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) n++;
      starts = new Int32Array(n);
      let k = 1;
      for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) starts[k++] = i + 1;
    }
    const at = Math.max(0, Math.min(offset, text.length));
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid]! <= at) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: offset - starts[lo]! + 1 };
  };
}
