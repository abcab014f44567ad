/**
 * Duplicate JSON keys and located problems: counted in one pass, located only when present.
 */
import { describe, expect, it } from 'vitest';
import { countDataKeys, countTextKeys, duplicateKeys } from '../../src/model/json-keys.js';
import { offsetToPosition, positionIndex } from '../../src/model/position.js';

describe('duplicateKeys', () => {
  it('finds none in JSON without duplicates, whatever the strings hold', () => {
    const text = '{"a":"x\\":y","b":[{"c":1,"d":"\\\\"},{"c":2}],"__proto__":{"e":":"}}';
    const data = JSON.parse(text);
    expect(countTextKeys(text)).toBe(countDataKeys(data));
    expect(duplicateKeys(text, data)).toEqual([]);
  });

  it('locates the second writing of a key at any depth', () => {
    const text = '{"a":1,"b":{"c":1,"c" :2},"a":3}';
    const found = duplicateKeys(text, JSON.parse(text));
    expect(found.map((d) => d.key)).toEqual(['c', 'a']);
    expect(text.slice(found[0]!.offset, found[0]!.offset + 3)).toBe('"c"');
  });
});

describe('positionIndex', () => {
  it('places every offset as offsetToPosition does', () => {
    const text = 'ab\ncd\r\n\nxyz\n';
    const at = positionIndex(text);
    for (let i = 0; i <= text.length; i++) expect(at(i)).toEqual(offsetToPosition(text, i));
  });
});
