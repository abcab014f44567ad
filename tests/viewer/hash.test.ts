import { describe, expect, it } from 'vitest';
import { decodeHash, encodeHash } from '../../src/viewer/hash.js';
import type { ViewState } from '../../src/viewer/state.js';

const defaults: ViewState = {
  polarities: ['conflict', 'cooperation'],
  domains: ['energy', 'military'],
  kinds: ['actor', 'project'],
  minIntensity: 0,
  date: null,
  selected: null,
  camera: null,
  theme: 'light',
};
const exists = (_kind: 'node' | 'tie', id: string) => id === 'TUR' || id === 't1';

describe('URL hash state', () => {
  it('writes nothing for the default view', () => {
    expect(encodeHash(defaults, defaults)).toBe('');
  });

  it('round-trips a changed view', () => {
    const state: ViewState = {
      ...defaults,
      polarities: ['cooperation'],
      domains: [],
      minIntensity: 2.5,
      date: 18_000,
      selected: { kind: 'node', id: 'TUR' },
      camera: { x: 0.25, y: 0.75, ratio: 0.5, angle: 0 },
      theme: 'dark',
    };
    const hash = encodeHash(state, defaults);
    expect(hash).toContain('pol=cooperation');
    expect(hash).toContain('date=2019-04-14');
    expect(decodeHash(`#${hash}`, defaults, exists)).toEqual(state);
  });

  it('ignores unknown values, ids and malformed numbers', () => {
    const s = decodeHash('#pol=cooperation,peace&node=XXX&min=-3&date=2019-13-01&cam=1,2&theme=pink&kind=', defaults, exists);
    expect(s.polarities).toEqual(['cooperation']);
    expect(s.selected).toBeNull();
    expect(s.minIntensity).toBe(0);
    expect(s.date).toBeNull();
    expect(s.camera).toBeNull();
    expect(s.theme).toBe('light');
    expect(s.kinds).toEqual([]);
  });
});
