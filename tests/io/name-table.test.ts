import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { NameTable } from '../../src/io/name-table.js';

describe('NameTable', () => {
  it('interns byte ranges in first-seen order, as a Map of decoded strings does', () => {
    const name = fc.oneof(fc.constantFrom('a', 'abcdefgh', 'abcdefgh1', 'abcdefgh2', '\u00e9t\u00e9', '\u00e9\u00e9\u00e9\u00e9\u00e9x', '\u00e9\u00e9\u00e9\u00e9\u00e9y', '\u{1F30D}'), fc.stringMatching(/^[a-z0-9]{1,14}$/));
    fc.assert(
      fc.property(fc.array(name, { minLength: 1, maxLength: 3000 }), (names) => {
        const bytes = Buffer.from(names.join(','), 'utf8');
        const table = new NameTable(bytes);
        const map = new Map<string, number>();
        let at = 0;
        for (const n of names) {
          const length = Buffer.byteLength(n);
          const id = table.intern(at, at + length);
          if (!map.has(n)) map.set(n, map.size);
          expect(id).toBe(map.get(n));
          expect(table.length(id)).toBe(length);
          at += length + 1;
        }
        expect(table.size).toBe(map.size);
        expect(table.decodeNames()).toEqual([...map.keys()]);
        // First occurrences point at the name's bytes.
        table.decodeNames().forEach((n, i) => expect(bytes.toString('utf8', table.first(i), table.first(i) + table.length(i))).toBe(n));
      }),
      { numRuns: 60 },
    );
  });

  it('decodes names added after a first read of the ids', () => {
    const bytes = Buffer.from('x,y,z');
    const table = new NameTable(bytes);
    table.intern(0, 1);
    expect(table.decodeNames()).toEqual(['x']);
    table.intern(2, 3);
    table.intern(4, 5);
    expect(table.decodeNames()).toEqual(['x', 'y', 'z']);
  });
});
