import { describe, expect, it } from 'vitest';
import { graphOf, node, tie } from '../../helpers/graphs.js';
import { analyzeFocus, rankPartners } from '../../../src/analysis/focus/index.js';
import { UserError } from '../../../src/model/errors.js';
import type { Tie } from '../../../src/model/types.js';

const years = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => String(from + i));
// A draws closer to B (cooperation each year, growing), fights C more each year, and meets D once.
const ties: Tie[] = [
  ...years(2014, 2021).map((y, i) => tie('A', 'B', 'cooperation', { id: `ab-${y}`, intensity: 1 + i, start: y })),
  ...years(2014, 2021).map((y, i) => tie('C', 'A', 'conflict', { id: `ca-${y}`, intensity: 1 + i, start: y })),
  tie('A', 'D', 'cooperation', { id: 'ad', intensity: 2, start: '2016' }),
  tie('A', 'P', 'cooperation', { id: 'ap', relation: 'builds', intensity: 5, start: '2015', end: 'ongoing' }),
  tie('B', 'C', 'conflict', { id: 'bc', intensity: 1, start: '2018' }),
];
const graph = graphOf(ties, { nodes: [node('P', { kind: 'project', type: 'pipeline', label: 'Pipe' })] });

describe('focus/partners', () => {
  it('ranks every actor with a direct tie by net and by trend, as the pair analysis of each', () => {
    const r = rankPartners(graph, 'A');
    expect(r.actor).toEqual({ id: 'A', label: 'A' });
    // P is a project, not a partner.
    expect(r.partners.map((p) => [p.id, p.netRank, p.trendRank])).toEqual([
      ['B', 1, 1],
      ['D', 2, 2],
      ['C', 3, 3],
    ]);
    for (const p of r.partners) {
      const pair = analyzeFocus(graph, { focus: ['A', p.id], claims: [] });
      expect(p.net).toBe(pair.ledger.net);
      expect(p.ties).toBe(pair.ledger.cooperation.count + pair.ledger.conflict.count);
      expect(p.trend?.slope ?? null).toBe(pair.outlook.net?.slope ?? null);
      expect(p.verdict).toBe(pair.outlook.verdict);
    }
    expect(r.partners[0]!.trend!.direction).toBe('rising');
    expect(r.partners[2]!.trend!.direction).toBe('falling');
    expect(r).toMatchObject({ period: 'year', window: 6, asOf: '2021-12-31' });
  });
  it('follows the period and window options; an unknown id is a user error with a hint', () => {
    expect(rankPartners(graph, 'A', { period: 'quarter', window: 8 })).toMatchObject({ period: 'quarter', window: 8 });
    expect(() => rankPartners(graph, 'AA')).toThrow(UserError);
    expect(() => rankPartners(graph, 'AA')).toThrow(/unknown node "AA"/);
    expect(rankPartners(graph, 'P').partners.map((p) => p.id)).toEqual(['A']);
  });
});
