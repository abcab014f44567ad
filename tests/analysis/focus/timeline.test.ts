import { describe, expect, it } from 'vitest';
import { graphOf, tie } from '../../helpers/graphs.js';
import { analyzeFocus, periodOf, periodsBetween } from '../../../src/analysis/focus/index.js';
import { parseDate } from '../../../src/model/dates.js';

const g = graphOf(
  [
    tie('A', 'B', 'cooperation', { id: 'coop', domain: 'energy', intensity: 2, start: '2018', end: '2020' }),
    tie('A', 'B', 'conflict', { id: 'hit', domain: 'military', intensity: 3, start: '2019-06' }),
    tie('A', 'B', 'conflict', { id: 'hit2', domain: 'military', intensity: 1, start: '2019-09-02' }),
    tie('A', 'B', 'cooperation', { id: 'always', domain: 'diplomatic' }),
  ],
  { focus: ['A', 'B'] },
);

describe('focus/periods', () => {
  it('labels years, quarters and months', () => {
    const d = parseDate('2020-11-15').first;
    expect([periodOf(d, 'year').key, periodOf(d, 'quarter').key, periodOf(d, 'month').key]).toEqual(['2020', '2020-Q4', '2020-11']);
    expect(periodsBetween(parseDate('2019-12-31').first, parseDate('2020-02-01').first, 'month').map((p) => p.key)).toEqual(['2019-12', '2020-01', '2020-02']);
  });
});

describe('focus/timeline', () => {
  it('counts each event once, in the period it began (the default)', () => {
    const t = analyzeFocus(g).timeline;
    expect(t.count).toBe('onset');
    expect(t.rows.map((r) => [r.period, r.cooperation, r.conflict, r.net])).toEqual([
      ['2018', 2, 0, 2],
      ['2019', 0, 4, -4],
      ['2020', 0, 0, 0],
    ]);
    // Still active in 2019 and 2020: the counts of active events do not change with the way weight is counted.
    expect(t.rows.map((r) => r.activeCooperation)).toEqual([1, 1, 1]);
  });
  it('spreads an event over the days it holds, conserving its weight', () => {
    const t = analyzeFocus(g, { count: 'spread' }).timeline;
    // coop: 2 over 2018-01-01..2020-12-31 = 1096 days; 2020 is a leap year.
    expect(t.rows.map((r) => r.cooperation)).toEqual([2 * 365 / 1096, 2 * 365 / 1096, 2 * 366 / 1096].map((x) => Math.round(x * 1e4) / 1e4));
    expect(t.rows.reduce((s, r) => s + r.cooperation, 0)).toBeCloseTo(2, 3);
  });
  it('sums the weight active in each year (count: active)', () => {
    const t = analyzeFocus(g, { count: 'active' }).timeline;
    expect(t.asOf).toBe('2020-12-31');
    expect(t.rows.map((r) => [r.period, r.cooperation, r.conflict, r.net])).toEqual([
      ['2018', 2, 0, 2],
      ['2019', 2, 4, -2],
      ['2020', 2, 0, 2],
    ]);
    expect(t.rows[1]!.started).toEqual(['hit', 'hit2']);
    expect(t.undated).toEqual(['always']);
    // 2019: cooperation all energy, conflict all military: fully separate.
    expect(t.rows[1]!.compartmentalization).toBe(1);
    expect(t.rows[0]!.compartmentalization).toBeNull();
  });
  it('cuts by quarter and by month', () => {
    const q = analyzeFocus(g, { period: 'quarter', count: 'active' }).timeline.rows;
    expect(q).toHaveLength(12);
    expect(q.find((r) => r.period === '2019-Q2')).toMatchObject({ conflict: 3, cooperation: 2 });
    expect(q.find((r) => r.period === '2019-Q3')).toMatchObject({ conflict: 1 });
    const m = analyzeFocus(g, { period: 'month', count: 'active' }).timeline.rows;
    expect(m).toHaveLength(36);
    expect(m.find((r) => r.period === '2019-06')!.conflict).toBe(3);
    expect(m.find((r) => r.period === '2019-07')!.conflict).toBe(0);
  });
  it('clusters onsets into episodes by the gap, named by their ties', () => {
    // hit (2019-06-01) and hit2 (2019-09-02) are 93 days apart.
    const wide = analyzeFocus(g).timeline.episodes.filter((e) => e.kind === 'escalation');
    expect(wide).toHaveLength(1);
    expect(wide[0]).toMatchObject({ from: '2019-06-01', to: '2019-09-02', intensity: 4, name: 'A fights B [hit]; A fights B [hit2]' });
    const narrow = analyzeFocus(g, { episodeGapDays: 60 }).timeline.episodes.filter((e) => e.kind === 'escalation');
    expect(narrow.map((e) => [e.from, e.to])).toEqual([
      ['2019-06-01', '2019-06-30'],
      ['2019-09-02', '2019-09-02'],
    ]);
    const norm = analyzeFocus(g).timeline.episodes.filter((e) => e.kind === 'normalisation');
    // The 2018-2020 tie counts at most 180 days past its onset.
    expect(norm).toEqual([expect.objectContaining({ from: '2018-01-01', to: '2018-06-30', events: ['coop'] })]);
  });
  it('in a --from window, a tie that began before it is no onset and starts no episode', () => {
    const old = graphOf(
      [
        tie('A', 'B', 'conflict', { id: 'war', domain: 'military', intensity: 5, start: '2010', end: 'ongoing' }),
        tie('A', 'B', 'conflict', { id: 'new', domain: 'military', intensity: 2, start: '2019-03' }),
      ],
      { focus: ['A', 'B'] },
    );
    const t = analyzeFocus(old, { from: '2018', to: '2020' }).timeline;
    expect(t.rows.map((r) => [r.period, r.conflict, r.activeConflict])).toEqual([
      ['2018', 0, 1],
      ['2019', 2, 2],
      ['2020', 0, 1],
    ]);
    expect(t.rows[0]!.started).toEqual([]);
    expect(t.episodes.map((e) => e.events)).toEqual([['new']]);
  });
});
