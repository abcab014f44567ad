import { describe, expect, it } from 'vitest';
import { activeOn, visibleSets, tieFilter } from '../../src/viewer/filters.js';
import { focusLedger } from '../../src/viewer/ledger.js';
import { defaultState } from '../../src/viewer/state.js';
import { buildPayload } from '../../src/io/html/payload.js';
import { graphOf, node, tie } from '../helpers/graphs.js';

const payload = buildPayload(
  graphOf(
    [
      tie('A', 'B', 'cooperation', { id: '1', intensity: 4, start: '2010', end: '2012', domain: 'energy' }),
      tie('A', 'B', 'conflict', { id: '2', intensity: 8, start: '2015' }),
      tie('B', 'A', 'cooperation', { id: '3', intensity: 2 }),
      tie('A', 'P', 'cooperation', { id: '4', intensity: 1, start: '2011' }),
    ],
    { focus: ['A', 'B'], nodes: [node('P', { kind: 'project', type: 'pipeline' })] },
  ),
  { layout: { iterations: 5, noverlap: false } },
);
const base = defaultState(payload);
const day = (iso: string) => Date.parse(`${iso}T00:00:00Z`) / 86_400_000;

describe('viewer filters', () => {
  it('shows everything by default', () => {
    expect(visibleSets(payload.nodes, payload.ties, base).ties.size).toBe(4);
  });

  it('filters by polarity, domain, kind, minimum intensity and date', () => {
    const count = (patch: Partial<typeof base>) => visibleSets(payload.nodes, payload.ties, { ...base, ...patch }).ties.size;
    expect(count({ polarities: ['conflict'] })).toBe(1);
    expect(count({ domains: ['energy'] })).toBe(1);
    expect(count({ kinds: ['actor'] })).toBe(3);
    expect(count({ minIntensity: 2 })).toBe(3);
    expect(count({ date: day('2011-06-01') })).toBe(3);
    expect(count({ date: day('2015-06-01') })).toBe(2);
  });

  it('treats null bounds as open', () => {
    const timeless = payload.ties.find((t) => t.id === '3')!;
    expect(activeOn(timeless, -1e6)).toBe(true);
  });

  it('counts the focus ledger among visible ties, both directions', () => {
    const all = focusLedger(payload.ties, () => true, ['A', 'B']);
    expect(all).toEqual({ cooperation: { count: 2, intensity: 6 }, conflict: { count: 1, intensity: 8 } });
    const at2011 = focusLedger(payload.ties, tieFilter({ ...base, date: day('2011-06-01') }, () => true), ['A', 'B']);
    expect(at2011).toEqual({ cooperation: { count: 2, intensity: 6 }, conflict: { count: 0, intensity: 0 } });
  });
});
