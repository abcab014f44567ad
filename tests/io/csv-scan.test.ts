import { describe, expect, it } from 'vitest';
import { scanPlain, scanQuoted, type CsvRow } from '../../src/io/csv-scan.js';

/** scanPlain over the UTF-8 bytes of a text. */
const plain = (text: string, visit: (row: CsvRow) => void): { ids: string[] } => ({ ids: scanPlain(Buffer.from(text, 'utf8'), visit).names.decodeNames() });

function rows(scan: (text: string, visit: (row: CsvRow) => void) => unknown, text: string): { line: number; fields: string[]; ids: number[] }[] {
  const out: { line: number; fields: string[]; ids: number[] }[] = [];
  scan(text, (row) => out.push({ line: row.line, fields: Array.from({ length: row.count }, (_, i) => row.text(i)), ids: row.count > 1 ? [row.id(0), row.id(1)] : [] }));
  return out;
}

describe('scanPlain', () => {
  it('cuts fields, trims blanks, skips empty lines and keeps line numbers', () => {
    const r = rows(plain, 'a , b,1\r\n\n c,a ,-1\nb,c,+');
    expect(r.map((x) => x.line)).toEqual([1, 3, 4]);
    expect(r[1]!.fields).toEqual(['c', 'a', '-1']);
    expect(r.map((x) => x.ids)).toEqual([[0, 1], [2, 0], [1, 2]]);
  });

  it('interns many distinct ids through table growth, one string each', () => {
    const text = Array.from({ length: 5000 }, (_, i) => `n${i},n${(i * 7) % 5000},1`).join('\n');
    const seen: number[] = [];
    const { ids } = plain(text, (row) => seen.push(row.id(0), row.id(1)));
    expect(ids).toHaveLength(5000);
    expect(new Set(ids).size).toBe(5000);
    expect(ids[seen[2]!]).toBe('n1');
  });

  it('tells apart ids sharing a packed prefix, long or non-Latin-1', () => {
    const { ids } = plain('abcdefgh1,abcdefgh2,1\n\u00e9,\u01e9,1\nabcdefgh1,\u00e9,1\n\u01e9,abcdefgh2,1', (row) => {
      row.id(0);
      row.id(1);
    });
    expect(ids).toEqual(['abcdefgh1', 'abcdefgh2', '\u00e9', '\u01e9']);
    // Multi-byte keys past 8 bytes that share their first 8 bytes, compared byte by byte.
    const long = plain('\u00e9\u00e9\u00e9\u00e9\u00e9x,\u00e9\u00e9\u00e9\u00e9\u00e9y,1\n\u00e9\u00e9\u00e9\u00e9\u00e9y,\u00e9\u00e9\u00e9\u00e9\u00e9x,1', (row) => {
      row.id(0);
      row.id(1);
    });
    expect(long.ids).toEqual(['\u00e9\u00e9\u00e9\u00e9\u00e9x', '\u00e9\u00e9\u00e9\u00e9\u00e9y']);
  });

  it('skips a byte-order mark before the first field', () => {
    expect(rows(plain, '\uFEFFsource,target\na,b')[0]!.fields).toEqual(['source', 'target']);
  });

  it('reads short signs from character codes', () => {
    const signs: (number | undefined)[] = [];
    plain('1\n-1\n+\n-\n+1\n11\npositive', (row) => signs.push(row.shortSign(0)));
    expect(signs).toEqual([1, -1, 1, -1, 1, undefined, undefined]);
  });
});

describe('scanQuoted', () => {
  it('keeps commas inside quotes and the line of each record', async () => {
    const out: string[][] = [];
    const { ids } = await scanQuoted('"a, b",c\n\n"d ""e""",a, b\n', (row) => {
      out.push(Array.from({ length: row.count }, (_, i) => row.text(i)));
      row.id(0);
    });
    expect(out).toEqual([['a, b', 'c'], ['d "e"', 'a', 'b']]);
    expect(ids).toEqual(['a, b', 'd "e"']);
  });
});
