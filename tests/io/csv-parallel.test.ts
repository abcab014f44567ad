import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { collectEdgeRows, type EdgeRows } from '../../src/io/csv-rows.js';
import { scanPlain } from '../../src/io/csv-scan.js';
import { NameTable } from '../../src/io/name-table.js';
import { mergeParts, scanCsvRows, splitPoint } from '../../src/io/csv-parallel.js';
import { windowDays } from '../../src/model/signed-pair-graph.js';

const WINDOW = windowDays({ from: '2001', to: '2003' });

/** Rows of a whole body (after a header line), read by one thread. */
function whole(bytes: Uint8Array): { ids: string[]; rows: EdgeRows } {
  const collector = collectEdgeRows('t.csv', WINDOW);
  const { names } = scanPlain(bytes, collector.visit);
  return { ids: names.decodeNames(), rows: collector.rows() };
}

/**
 * The same bytes read in two parts cut at `split` (the second as the helper thread would), then
 * merged: in place when the first part's arrays start with room enough, else in new arrays.
 */
function inTwo(bytes: Uint8Array, split: number, capacity: number): { ids: string[]; rows: EdgeRows } {
  const collector = collectEdgeRows('t.csv', WINDOW, undefined, capacity);
  const names = new NameTable(bytes);
  const end = bytes.indexOf(10) + 1;
  const head = scanPlain(bytes, collector.visit, { start: 0, end, names });
  const body = scanPlain(bytes, collector.visit, { start: end, end: split, firstLine: head.lines + 1, names, bom: false });
  const near = collector.rows();
  const far = scanCsvRows({ bytes: new Uint8Array(bytes.subarray(split)), file: 't.csv', window: WINDOW, columns: collector.columns()! }).result;
  const rows = mergeParts(names, near, head.lines + body.lines, split, far);
  return { ids: names.decodeNames(), rows };
}

const name = fc.oneof(
  fc.constantFrom('A', 'B', 'RUS', 'TUR', 'n1', 'n10', '\u00e9tat', '\u00e9\u00e9\u00e9\u00e9\u00e9x', '\u00e9\u00e9\u00e9\u00e9\u00e9y', 'abcdefgh1', 'abcdefgh2'),
  fc.stringMatching(/^[a-z]{1,12}$/),
);
const row = fc.oneof(
  { weight: 8, arbitrary: fc.tuple(name, name, fc.constantFrom('1', '-1', '+', '-', 'positive', 'conflict'), fc.constantFrom('', '2', '0.5'), fc.constantFrom('', '2000', '2002-03', '2005')).map((f) => f.join(',')) },
  { weight: 1, arbitrary: fc.constantFrom('', '   ', 'x,y', 'a,b,maybe,,', 'a,b,1,-3,', 'a,b,1,,2002-13') },
);

describe('reading a CSV edge list in two parts', () => {
  it('gives the ids, rows, problems and line numbers of one thread reading it all, wherever it is cut', () => {
    fc.assert(
      fc.property(fc.array(row, { minLength: 1, maxLength: 60 }), fc.double({ min: 0, max: 1, noNaN: true }), fc.boolean(), fc.constantFrom(1, 8, 64), (rows, share, crlf, capacity) => {
        const text = ['source,target,sign,weight,date', ...rows].join(crlf ? '\r\n' : '\n');
        const bytes = Buffer.from(text, 'utf8');
        const split = splitPoint(bytes, bytes.indexOf(10) + 1, share);
        const one = whole(bytes);
        const two = inTwo(bytes, split, capacity);
        expect(two.ids).toEqual(one.ids);
        const { a, b, value, count, ...report } = one.rows;
        expect(two.rows.count).toBe(count);
        expect(Array.from(two.rows.a.subarray(0, count))).toEqual(Array.from(a.subarray(0, count)));
        expect(Array.from(two.rows.b.subarray(0, count))).toEqual(Array.from(b.subarray(0, count)));
        expect(Array.from(two.rows.value.subarray(0, count))).toEqual(Array.from(value.subarray(0, count)));
        expect({ outsideWindow: two.rows.outsideWindow, badRows: two.rows.badRows, problems: two.rows.problems }).toEqual(report);
      }),
      { numRuns: 300 },
    );
  });

  it('cuts at a line start, past the share asked for', () => {
    const bytes = Buffer.from('h\naaaa\nbb\ncccccc\n');
    expect(splitPoint(bytes, 2, 0)).toBe(7);
    expect(splitPoint(bytes, 2, 0.5)).toBe(10);
    expect(splitPoint(bytes, 2, 1)).toBe(bytes.length);
  });
});
