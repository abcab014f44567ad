/**
 * rivalgraph/io/csv-scan: row and field access for CSV text, fast for plain edge lists.
 *
 * Two sources of rows behind one `CsvRow` interface:
 * - `scanPlain`: UTF-8 bytes without any double quote (the usual edge list)
 *   are cut into fields byte by byte, without decoding the file or
 *   allocating a string per field; node ids are interned by a hash table
 *   over byte ranges (FNV-1a, open addressing), so a million rows create one
 *   string per distinct node.
 * - `scanQuoted`: any file with a double quote is decoded and parsed by `csv-parse`
 *   (well kept, RFC 4180 quoting), then ids interned with a Map.
 * O(characters) time; memory O(rows) for the caller's arrays, O(nodes) here.
 */

/** One row: its 1-based line, field count, and accessors by column. */
export interface CsvRow {
  line: number;
  count: number;
  /** Field text, trimmed. */
  text(i: number): string;
  /** Whether the field is empty after trimming (or missing). */
  empty(i: number): boolean;
  /** Index of the node named by the field, interned in first-seen order. */
  id(i: number): number;
  /** +1 / -1 for the short sign spellings `1`, `+`, `+1`, `-1`, `-`; undefined otherwise (then read `text`). */
  shortSign(i: number): 1 | -1 | undefined;
}

/** Sign of a short field from its first two character codes (or bytes). */
function shortSignOf(length: number, c0: number, c1: number): 1 | -1 | undefined {
  if (length === 1) return c0 === 49 || c0 === 43 ? 1 : c0 === 45 ? -1 : undefined; // 1 + -
  if (length === 2 && c1 === 49) return c0 === 43 ? 1 : c0 === 45 ? -1 : undefined; // +1 -1
  return undefined;
}

/** Distinct node names in first-seen order. */
export interface Interned {
  readonly ids: string[];
}

type Visit = (row: CsvRow) => void;

const COMMA = 44;
const NEWLINE = 10;
const CR = 13;
const SPACE = 32;
const TAB = 9;

/** Scan UTF-8 bytes with no double quote; the header row is visited like any other. */
export function scanPlain(bytes: Uint8Array, visit: Visit): Interned {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const ids: string[] = [];
  let mask = 1023;
  // Open addressing: slot h holds (node index + 1, hash) side by side, 0 = empty, so a probe
  // rejects other keys without touching per-node data.
  let slots = new Int32Array(2 * (mask + 1));
  let starts = new Int32Array(16);
  let ends = new Int32Array(16);

  // Per node, 16 bytes: hash, key length in bytes, and its first 8 bytes packed into two ints,
  // so keys up to 8 bytes (most node ids) are verified without another memory access; longer
  // keys are compared with their first occurrence in `bytes` (offset in `first`).
  let meta = new Int32Array(4 * 1024);
  let first = new Int32Array(1024);
  const grow = (): void => {
    mask = mask * 2 + 1;
    slots = new Int32Array(2 * (mask + 1));
    for (let node = 0; node < ids.length; node++) {
      const hash = meta[4 * node]!;
      let h = hash & mask;
      while (slots[2 * h] !== 0) h = (h + 1) & mask;
      slots[2 * h] = node + 1;
      slots[2 * h + 1] = hash;
    }
  };
  const intern = (s: number, e: number): number => {
    // Locals, not closure variables, in this loop: it runs twice per row.
    let hash = 0x811c9dc5;
    let a = 0;
    let b = 0;
    let ascii = true;
    for (let i = s; i < e; i++) {
      const c = bytes[i]!;
      hash = Math.imul(hash ^ c, 0x01000193);
      if (c > 127) ascii = false;
      const j = i - s;
      if (j < 4) a |= c << (8 * j);
      else if (j < 8) b |= c << (8 * (j - 4));
    }
    const length = e - s;
    let h = hash & mask;
    for (;;) {
      const slot = slots[2 * h]!;
      if (slot === 0) break;
      if (slots[2 * h + 1] === hash) {
        // Same key: same length and first 8 bytes, and (past 8 bytes) the same bytes as its first occurrence.
        const q = 4 * (slot - 1);
        if (meta[q + 1] === length && meta[q + 2] === a && meta[q + 3] === b && (length <= 8 || sameBytes(bytes, s, first[slot - 1]!, length))) return slot - 1;
      }
      h = (h + 1) & mask;
    }
    const node = ids.length;
    if (node === first.length) {
      meta = enlarge(meta);
      first = enlarge(first);
    }
    const q = 4 * node;
    meta[q] = hash;
    meta[q + 1] = length;
    meta[q + 2] = a;
    meta[q + 3] = b;
    first[node] = s;
    ids.push(buffer.toString(ascii ? 'latin1' : 'utf8', s, e));
    slots[2 * h] = node + 1;
    slots[2 * h + 1] = hash;
    if (ids.length * 2 > mask) grow();
    return node;
  };

  const row: CsvRow = {
    line: 0,
    count: 0,
    text: (i) => (i < row.count ? buffer.toString('utf8', starts[i], ends[i]) : ''),
    empty: (i) => i >= row.count || starts[i] === ends[i],
    id: (i) => intern(starts[i]!, ends[i]!),
    shortSign: (i) => (i < row.count ? shortSignOf(ends[i]! - starts[i]!, bytes[starts[i]!]!, bytes[starts[i]! + 1] ?? 0) : undefined),
  };
  const length = bytes.length;
  // A byte-order mark is not part of the first field.
  let pos = length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  while (pos < length) {
    row.line++;
    let field = 0;
    let s = pos;
    let c = 0;
    for (;;) {
      c = pos < length ? bytes[pos]! : NEWLINE;
      if (c === COMMA || c === NEWLINE) {
        let e = pos;
        if (c === NEWLINE && e > s && bytes[e - 1] === CR) e--;
        let a = s;
        while (a < e && (bytes[a] === SPACE || bytes[a] === TAB)) a++;
        while (e > a && (bytes[e - 1] === SPACE || bytes[e - 1] === TAB)) e--;
        if (field === starts.length) {
          starts = enlarge(starts);
          ends = enlarge(ends);
        }
        starts[field] = a;
        ends[field] = e;
        field++;
        s = pos + 1;
        if (c === NEWLINE) break;
      }
      pos++;
    }
    pos++;
    row.count = field;
    if (!(field === 1 && starts[0] === ends[0])) visit(row);
  }
  return { ids };
}

/** A copy of `old` twice as long. */
function enlarge(old: Int32Array): Int32Array<ArrayBuffer> {
  const next = new Int32Array(old.length * 2);
  next.set(old);
  return next;
}

/** Whether bytes[x, x + length) equals bytes[y, y + length). */
function sameBytes(bytes: Uint8Array, x: number, y: number, length: number): boolean {
  for (let i = 0; i < length; i++) if (bytes[x + i] !== bytes[y + i]) return false;
  return true;
}

/** Parse quoted CSV with csv-parse, then visit rows through the same interface. */
export async function scanQuoted(text: string, visit: Visit): Promise<Interned> {
  const { parse } = await import('csv-parse/sync');
  const records = parse(text, { info: true, relax_column_count: true, skip_empty_lines: true }) as unknown as { info: { lines: number }; record: string[] }[];
  const ids: string[] = [];
  const index = new Map<string, number>();
  let fields: string[] = [];
  const row: CsvRow = {
    line: 0,
    count: 0,
    text: (i) => (fields[i] ?? '').trim(),
    empty: (i) => (fields[i] ?? '').trim() === '',
    id: (i) => {
      const name = (fields[i] ?? '').trim();
      let node = index.get(name);
      if (node === undefined) {
        node = ids.length;
        index.set(name, node);
        ids.push(name);
      }
      return node;
    },
    shortSign: (i) => {
      const t = (fields[i] ?? '').trim();
      return shortSignOf(t.length, t.charCodeAt(0), t.charCodeAt(1));
    },
  };
  for (const r of records) {
    fields = r.record;
    row.line = r.info.lines;
    row.count = fields.length;
    visit(row);
  }
  return { ids };
}
