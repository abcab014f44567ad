import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { defineRecords, lazyRecords, objectKeyOrder } from '../../src/analysis/lazy-records.js';

describe('defineRecords', () => {
  it('gives the records as an enumerable getter, built once', () => {
    const holder: Record<string, unknown> = {};
    let calls = 0;
    defineRecords(holder, 'pn', ['a', 'b'], (x) => {
      calls++;
      return x * 2;
    });
    expect(calls).toBe(0);
    expect(holder.pn).toEqual({ a: 0, b: 2 });
    expect(holder.pn).toBe(holder.pn);
    expect(calls).toBe(2);
    expect(Object.keys(holder)).toEqual(['pn']);
  });

  it('keeps a node named __proto__ as a key', () => {
    const holder: Record<string, unknown> = {};
    defineRecords(holder, 'pn', ['__proto__', 'x'], (x) => x);
    const built = holder.pn as Record<string, number>;
    expect(Object.keys(built)).toEqual(['__proto__', 'x']);
    expect(Object.getPrototypeOf(built)).toBe(Object.prototype);
    expect(JSON.parse(JSON.stringify(holder)) as unknown).toEqual({ pn: JSON.parse('{"__proto__": 0, "x": 1}') as unknown });
  });

  it('registers entries in the key order of the object it builds, for any ids', () => {
    const id = fc.oneof(fc.string({ maxLength: 4 }), fc.nat({ max: 50 }).map(String), fc.constantFrom('007', '-1', '1.5', '4294967294', '4294967295', '__proto__'));
    fc.assert(
      fc.property(fc.uniqueArray(id, { maxLength: 40 }), (ids) => {
        const holder: Record<string, unknown> = {};
        defineRecords(holder, 'r', ids, (x) => ids[x]);
        const records = lazyRecords(holder, 'r')!;
        const streamed = Array.from({ length: records.size }, (_, i) => [records.key(i), records.value(i)]);
        expect(streamed).toEqual(Object.entries(holder.r as object));
      }),
      { numRuns: 300 },
    );
  });

  it('needs no reordering when no id reads as an array index', () => {
    expect(objectKeyOrder(['a', '007', '-1'])).toBeUndefined();
    expect(Array.from(objectKeyOrder(['a', '3', 'b', '1'])!)).toEqual([3, 1, 0, 2]);
  });
});
