import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { expectedRows, scanPlain, scanQuoted, type CsvRow } from '../../src/io/csv-scan.js';

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

/** Every row's field positions, as `line:column`, for fields 0 .. count (the last one missing). */
function positions(scan: (text: string, visit: (row: CsvRow) => void) => unknown, text: string): string[][] {
  const out: string[][] = [];
  scan(text, (row) => out.push(Array.from({ length: row.count + 1 }, (_, i) => `${row.position(i).line}:${row.position(i).column}`)));
  return out;
}

/** Line and column (1-based, in code points) of string index `at` of `text`. */
function where(text: string, at: number): string {
  const before = text.slice(0, at);
  const lineStart = before.lastIndexOf('\n') + 1;
  return `${before.split('\n').length}:${[...before.slice(lineStart)].length + 1}`;
}

describe('field positions (for messages)', () => {
  it('point at the first character after blanks, in characters, past the end for a missing field', () => {
    expect(positions(plain, '\uFEFFsource,target\r\n\n  \u00e9\u00e9 ,\tb,x\r\nc')).toEqual([
      ['1:1', '1:8', '1:14'],
      ['3:3', '3:8', '3:10', '3:11'],
      ['4:1', '4:2'],
    ]);
  });

  it('follow quoted records over blank lines, quoted commas and line breaks', async () => {
    const text = 'source,target,sign\n"a, x",b,1\n\nb,"c\nd",x\n"\u00e9",  c, maybe\n';
    const found: string[][] = [];
    await scanQuoted(text, (row) => found.push(Array.from({ length: row.count + 1 }, (_, i) => `${row.position(i).line}:${row.position(i).column}`)));
    expect(found).toEqual([
      ['1:1', '1:8', '1:15', '1:19'],
      ['2:1', '2:8', '2:10', '2:11'],
      ['4:1', '4:3', '5:4', '5:5'],
      ['6:1', '6:7', '6:10', '6:15'],
    ]);
  });

  const piece = fc.stringMatching(/^[a-z\u00e9\u4e00 ]{0,4}$/);
  it('agree with the text itself on any plain rows (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.array(piece, { minLength: 1, maxLength: 4 }), { minLength: 1, maxLength: 8 }), fc.boolean(), (rows, crlf) => {
        const lines = rows.map((fields) => fields.join(','));
        if (lines.some((line) => line.trim() === '')) return; // blank lines are not rows
        const text = lines.join(crlf ? '\r\n' : '\n');
        const expected = rows.map((fields, r) => {
          let at = lines.slice(0, r).reduce((sum, line) => sum + line.length + (crlf ? 2 : 1), 0);
          const cells = fields.map((f) => {
            const cell = where(text, at + (f.length - f.trimStart().length));
            at += f.length + 1;
            return cell;
          });
          return [...cells, where(text, at - 1)];
        });
        expect(positions(plain, text)).toEqual(expected);
      }),
      { numRuns: 200 },
    );
  });

  it('agree with the text itself on any quoted rows (property)', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(fc.array(fc.tuple(piece, fc.boolean(), fc.constantFrom('', ',', '\n', '""')), { minLength: 1, maxLength: 4 }), { minLength: 1, maxLength: 6 }), async (rows) => {
        // Quoted fields may hold commas, line breaks and doubled quotes; where each field starts is kept while writing.
        let text = '';
        const starts: number[][] = [];
        for (const fields of rows) {
          const at: number[] = [];
          fields.forEach(([f, quote, extra], i) => {
            if (i > 0) text += ',';
            at.push(text.length + (quote ? 0 : f.length - f.trimStart().length));
            text += quote ? `"${f}${extra}"` : f;
          });
          at.push(text.length);
          starts.push(at);
          text += '\n';
        }
        const expected = starts.map((at) => at.map((i) => where(text, i)));
        if (rows.some((fields) => fields.length === 1 && !fields[0]![1] && fields[0]![0] === '')) return; // an empty line is not a record
        const found: string[][] = [];
        await scanQuoted(text, (row) => found.push(Array.from({ length: row.count + 1 }, (_, i) => `${row.position(i).line}:${row.position(i).column}`)));
        expect(found).toEqual(expected);
      }),
      { numRuns: 200 },
    );
  });
});

describe('expectedRows', () => {
  it('reserves a little more than the rows of a file whose lines are alike', () => {
    const body = Buffer.from(Array.from({ length: 50_000 }, (_, i) => `n${i % 977},n${(i * 7) % 1013},${i % 3 ? 1 : -1}\n`).join(''));
    const rows = expectedRows(body, 0);
    expect(rows).toBeGreaterThanOrEqual(50_000);
    expect(rows).toBeLessThan(50_000 * 1.1 + 1024);
  });

  it('keeps at least 1,024 rows, and at most one per 8 bytes beyond them when the first lines are shorter than the rest', () => {
    expect(expectedRows(Buffer.from('source,target,sign\n'), 19)).toBe(1024);
    const skewed = Buffer.concat([Buffer.from('a,b,1\n'.repeat(20_000)), Buffer.from(`${'x'.repeat(200)},y,1\n`.repeat(20_000))]);
    expect(expectedRows(skewed, 0)).toBe(1024 + Math.ceil(skewed.length / 8));
  });
});
