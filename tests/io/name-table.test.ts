import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { NameTable } from '../../src/io/name-table.js';

describe('NameTable', () => {
  it('interns byte ranges in first-seen order, as a Map of decoded strings does', () => {
    // Names that differ only in length (a trailing NUL byte packs like none), and lengths around
    // 255, where the slot's tag stops holding the length.
    const tricky = ['ab', 'ab\u0000', 'ab\u0000\u0000', 'x'.repeat(254), 'x'.repeat(255), 'x'.repeat(256), `${'x'.repeat(300)}a`, `${'x'.repeat(300)}b`];
    const name = fc.oneof(fc.constantFrom('a', 'abcdefgh', 'abcdefgh1', 'abcdefgh2', '\u00e9t\u00e9', '\u00e9\u00e9\u00e9\u00e9\u00e9x', '\u00e9\u00e9\u00e9\u00e9\u00e9y', '\u{1F30D}', ...tricky), fc.stringMatching(/^[a-z0-9]{1,14}$/));
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

  it('tells apart names whose packed bytes and 24-bit hashes agree but whose lengths differ', () => {
    // FNV-1a of "bi4s9" and "bi4s9\0" agree in their low 24 bits (found by search), and a
    // trailing NUL packs like no byte: only the length in the slot's tag separates them.
    const bytes = Buffer.from('bi4s9,bi4s9\u0000,bi4s9');
    const table = new NameTable(bytes);
    expect([table.intern(0, 5), table.intern(6, 12), table.intern(13, 18)]).toEqual([0, 1, 0]);
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
