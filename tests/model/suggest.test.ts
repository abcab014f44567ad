import { describe, expect, it } from 'vitest';
import { closest, didYouMean } from '../../src/model/suggest.js';

describe('did you mean', () => {
  it('suggests nothing when no candidate is close', () => {
    expect(closest('zzz', ['TUR', 'RUS'])).toBeUndefined();
    expect(didYouMean('zzz', ['a', 'b'])).toBe('one of a, b');
  });

  it('finds misspelt keys and swapped letters', () => {
    expect(closest('polarty', ['polarity', 'relation'])).toBe('polarity');
    expect(closest('RSU', ['TUR', 'RUS'])).toBe('RUS');
    expect(closest('confict', ['cooperation', 'conflict'])).toBe('conflict');
  });

  it('does not mistake one short id for another', () => {
    expect(closest('TUR', ['RUS', 'AZE'])).toBeUndefined();
  });
});
