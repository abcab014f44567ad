/**
 * rivalgraph/io/csv-scan: row and field access for CSV text, fast for plain edge lists.
 *
 * Two sources of rows behind one `CsvRow` interface:
 * - `scanPlain`: text without any double quote (the usual edge list) is cut
 *   into fields by character codes, without allocating a string per field;
 *   node ids are interned by a hash table over text ranges (FNV-1a, open
 *   addressing), so a million rows create one string per distinct node.
 * - `scanQuoted`: any text with a double quote is parsed by `csv-parse`
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

/** Sign of a short field from its character codes. */
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

/** Scan text with no double quote; the header row is visited like any other. */
export function scanPlain(text: string, visit: Visit): Interned {
  const ids: string[] = [];
  let mask = 1023;
  // Open addressing: slot h holds (node index + 1, hash) side by side, 0 = empty, so a probe
  // rejects other keys without touching per-node data.
  let slots = new Int32Array(2 * (mask + 1));
  let starts = new Int32Array(16);
  let ends = new Int32Array(16);

  // Per node, in one cache line: hash, key length * 2 + packed flag, and short keys (up to 8
  // one-byte characters) packed into two ints, so most lookups are verified without touching
  // the node's string (a cache miss).
  let meta = new Int32Array(4 * 1024);
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
    let exact = e - s <= 8;
    for (let i = s; i < e; i++) {
      const c = text.charCodeAt(i);
      hash = Math.imul(hash ^ c, 0x01000193);
      if (c > 255) exact = false;
      const j = i - s;
      if (j < 4) a |= (c & 255) << (8 * j);
      else if (j < 8) b |= (c & 255) << (8 * (j - 4));
    }
    const lengthBits = (e - s) << 1;
    let h = hash & mask;
    for (;;) {
      const slot = slots[2 * h]!;
      if (slot === 0) break;
      if (slots[2 * h + 1] === hash) {
        // Same key: same length, same first 8 characters, and (unless those were the whole one-byte key) same text.
        const q = 4 * (slot - 1);
        const lengthFlag = meta[q + 1]!;
        if ((lengthFlag & ~1) === lengthBits && meta[q + 2] === a && meta[q + 3] === b && (((lengthFlag & 1) === 1 && exact) || text.startsWith(ids[slot - 1]!, s))) return slot - 1;
      }
      h = (h + 1) & mask;
    }
    const node = ids.length;
    if (4 * node === meta.length) {
      const next = new Int32Array(2 * meta.length);
      next.set(meta);
      meta = next;
    }
    const q = 4 * node;
    meta[q] = hash;
    meta[q + 1] = ((e - s) << 1) | (exact ? 1 : 0);
    meta[q + 2] = a;
    meta[q + 3] = b;
    ids.push(text.slice(s, e));
    slots[2 * h] = node + 1;
    slots[2 * h + 1] = hash;
    if (ids.length * 2 > mask) grow();
    return node;
  };

  const row: CsvRow = {
    line: 0,
    count: 0,
    text: (i) => (i < row.count ? text.slice(starts[i], ends[i]) : ''),
    empty: (i) => i >= row.count || starts[i] === ends[i],
    id: (i) => intern(starts[i]!, ends[i]!),
    shortSign: (i) => (i < row.count ? shortSignOf(ends[i]! - starts[i]!, text.charCodeAt(starts[i]!), text.charCodeAt(starts[i]! + 1)) : undefined),
  };
  let pos = 0;
  const length = text.length;
  while (pos < length) {
    row.line++;
    let field = 0;
    let s = pos;
    let c = 0;
    for (;;) {
      c = pos < length ? text.charCodeAt(pos) : NEWLINE;
      if (c === COMMA || c === NEWLINE) {
        let e = pos;
        if (c === NEWLINE && e > s && text.charCodeAt(e - 1) === CR) e--;
        let a = s;
        while (a < e && (text.charCodeAt(a) === SPACE || text.charCodeAt(a) === TAB)) a++;
        while (e > a && (text.charCodeAt(e - 1) === SPACE || text.charCodeAt(e - 1) === TAB)) e--;
        if (field === starts.length) {
          const bigger = (old: Int32Array): Int32Array<ArrayBuffer> => {
            const next = new Int32Array(old.length * 2);
            next.set(old);
            return next;
          };
          starts = bigger(starts);
          ends = bigger(ends);
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
