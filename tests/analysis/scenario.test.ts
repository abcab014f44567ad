import { describe, expect, it } from 'vitest';
import { graphOf, tie } from '../helpers/graphs.js';
import { compareMetrics, compareScenario, tieEdits } from '../../src/analysis/scenario.js';

describe('analysis/scenario', () => {
  it('lines up figures with their differences', () => {
    expect(compareMetrics({ a: 1, b: 'x', c: null }, { a: 3.5, b: 'y', c: null })).toEqual([
      { key: 'a', before: 1, after: 3.5, delta: 2.5, changed: true },
      { key: 'b', before: 'x', after: 'y', delta: null, changed: true },
      { key: 'c', before: null, after: null, delta: null, changed: false },
    ]);
  });
  it('finds added, removed and changed ties, and moves the focus figures', () => {
    const before = graphOf([tie('A', 'B', 'cooperation', { id: 'c', intensity: 4, start: '2019' }), tie('A', 'B', 'conflict', { id: 'k', intensity: 1, start: '2018' })], { focus: ['A', 'B'] });
    const after = graphOf([tie('A', 'B', 'cooperation', { id: 'c', intensity: 2, start: '2019' }), tie('A', 'B', 'conflict', { id: 'k2', intensity: 5, start: '2020' })], { focus: ['A', 'B'] });
    expect(tieEdits(before, after)).toEqual({ added: ['k2'], removed: ['k'], changed: ['c'] });
    const s = compareScenario(before, after, ['test']);
    // Net: 4 - 1 = 3 before, 2 - 5 = -3 after. Both sides stop open ends at 2020-12-31.
    expect(s.metrics.find((m) => m.key === 'ledger.net')).toMatchObject({ before: 3, after: -3, delta: -6 });
    expect(s.before.timeline.asOf).toBe(s.after.timeline.asOf);
  });
});
