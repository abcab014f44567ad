import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { JsonRecords, objectKeyOrder } from '../../../src/io/json/records.js';

describe('JsonRecords', () => {
  it('builds, with toJSON, the object of one value per id', () => {
    const records = new JsonRecords(['a', 'b'], (x) => x * 2);
    expect(records.toJSON()).toEqual({ a: 0, b: 2 });
    expect(JSON.stringify({ pn: records })).toBe('{"pn":{"a":0,"b":2}}');
  });

  it('keeps a node named __proto__ as a key', () => {
    const built = new JsonRecords(['__proto__', 'x'], (x) => x).toJSON();
    expect(Object.keys(built)).toEqual(['__proto__', 'x']);
    expect(Object.getPrototypeOf(built)).toBe(Object.prototype);
    expect(JSON.parse(JSON.stringify(built)) as unknown).toEqual(JSON.parse('{"__proto__": 0, "x": 1}') as unknown);
  });

  it('gives entries in the key order of the object it builds, for any ids', () => {
    const id = fc.oneof(fc.string({ maxLength: 4 }), fc.nat({ max: 50 }).map(String), fc.constantFrom('007', '-1', '1.5', '4294967294', '4294967295', '__proto__'));
    fc.assert(
      fc.property(fc.uniqueArray(id, { maxLength: 40 }), (ids) => {
        const records = new JsonRecords(ids, (x) => ids[x]);
        const streamed = Array.from({ length: records.size }, (_, i) => [records.key(i), records.value(i)]);
        expect(streamed).toEqual(Object.entries(records.toJSON()));
      }),
      { numRuns: 300 },
    );
  });

  it('needs no reordering when no id reads as an array index', () => {
    expect(objectKeyOrder(['a', '007', '-1'])).toBeUndefined();
    expect(Array.from(objectKeyOrder(['a', '3', 'b', '1'])!)).toEqual([3, 1, 0, 2]);
  });
});
