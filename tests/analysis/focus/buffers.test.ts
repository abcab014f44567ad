import { describe, expect, it } from 'vitest';
import { graphOf, node, tie } from '../../helpers/graphs.js';
import { analyzeFocus } from '../../../src/analysis/focus/index.js';
import type { Tie } from '../../../src/model/types.js';

const conflicts = [
  tie('A', 'B', 'conflict', { id: 'shootdown', relation: 'shoots-down', domain: 'military', intensity: 10, start: '2015-11-24' }),
  tie('A', 'B', 'conflict', { id: 'clash', domain: 'military', intensity: 4, start: '2018-03' }),
];
const talks = tie('A', 'B', 'cooperation', { id: 'talks', relation: 'negotiates', intensity: 9, start: '2016-01', end: '2018-12' });
const pipe = (start: string) => tie('A', 'B', 'cooperation', { id: 'pipe', relation: 'supplies', domain: 'energy', intensity: 6, start, end: 'ongoing' });
const focus = { focus: ['A', 'B'] as const };

describe('focus/buffers', () => {
  it('ranks cooperation active through escalation episodes by weight x coverage', () => {
    const r = analyzeFocus(graphOf([...conflicts, talks, pipe('2010')], focus));
    // Two escalations: 2015-11-24 (1 day) and 2018-03 (31 days); 32 escalation days in all.
    expect(r.buffers.escalations).toBe(2);
    // talks spans only the 2018 episode: 9 x 31/32 = 8.71875; pipe spans both: 6 x 32/32 = 6.
    expect(r.buffers.ranked.map((b) => [b.event, b.score, b.through.length])).toEqual([
      ['talks', 8.7188, 1],
      ['pipe', 6, 2],
    ]);
    expect(r.buffers.ranked[0]!.partly).toEqual([]);
    expect(r.buffers.ranked[1]!.coverage).toBe(1);
  });
  it('changes when a cooperation tie\'s dates change', () => {
    const later = analyzeFocus(graphOf([...conflicts, talks, pipe('2016')], focus));
    // From 2016 the pipe holds through the 2018 episode only: 6 x 31/32 = 5.8125.
    expect(later.buffers.ranked.find((b) => b.event === 'pipe')).toMatchObject({ score: 5.8125, through: ['2018-03-01..2018-03-31'] });
    const tooLate = analyzeFocus(graphOf([...conflicts, talks, pipe('2019')], focus));
    expect(tooLate.buffers.ranked.map((b) => b.event)).toEqual(['talks']);
  });
  it('confirms a claimed buffer or says why not', () => {
    const BS = node('BS', { kind: 'project', type: 'pipeline', label: 'Blue Stream' });
    const AK = node('AK', { kind: 'project', type: 'power-plant', label: 'Akkuyu Nuclear Power Plant' });
    const ties: Tie[] = [
      ...conflicts,
      tie('A', 'BS', 'cooperation', { relation: 'buys', domain: 'energy', intensity: 6, start: '2005', end: 'ongoing' }),
      tie('B', 'BS', 'cooperation', { relation: 'supplies', domain: 'energy', intensity: 6, start: '2005', end: 'ongoing' }),
      tie('B', 'AK', 'cooperation', { relation: 'builds', domain: 'nuclear', intensity: 5, start: '2018', end: 'ongoing' }),
    ];
    const claims = analyzeFocus(graphOf(ties, { ...focus, nodes: [BS, AK] }), { claims: ['TurkStream', 'Blue Stream', 'Akkuyu', 'S-400'] }).buffers.claims;
    expect(claims.map((c) => [c.claim, c.found, c.node])).toEqual([
      ['TurkStream', false, null],
      ['Blue Stream', true, 'BS'],
      ['Akkuyu', false, 'AK'],
      ['S-400', false, null],
    ]);
    expect(claims[0]!.reason).toMatch(/no node named "TurkStream"/);
    expect(claims[1]!.reason).toMatch(/buffer #1.*through 2 of 2/);
    expect(claims[2]!.reason).toMatch(/A has no tie to it; B builds it/);
  });
  it('takes the claims from the file, lets the option replace them, and names nothing without either', () => {
    const BS = node('BS', { kind: 'project', type: 'pipeline', label: 'Blue Stream' });
    const ties: Tie[] = [
      ...conflicts,
      tie('A', 'BS', 'cooperation', { relation: 'buys', domain: 'energy', intensity: 6, start: '2005', end: 'ongoing' }),
      tie('B', 'BS', 'cooperation', { relation: 'supplies', domain: 'energy', intensity: 6, start: '2005', end: 'ongoing' }),
    ];
    const none = analyzeFocus(graphOf(ties, { ...focus, nodes: [BS] })).buffers;
    expect(none.claims).toEqual([]);
    expect(none.ranked.length).toBeGreaterThan(0);
    const fromFile = graphOf(ties, { ...focus, nodes: [BS], claims: ['blue stream'] });
    expect(analyzeFocus(fromFile).buffers.claims.map((c) => [c.claim, c.node, c.found])).toEqual([['blue stream', 'BS', true]]);
    expect(analyzeFocus(fromFile, { claims: ['A'] }).buffers.claims.map((c) => c.claim)).toEqual(['A']);
  });
  it('explains a claim whose project never overlaps an escalation', () => {
    const TS = node('TS', { kind: 'project', type: 'pipeline', label: 'TurkStream' });
    const ties: Tie[] = [
      ...conflicts,
      tie('A', 'TS', 'cooperation', { relation: 'buys', domain: 'energy', start: '2020', end: 'ongoing' }),
      tie('B', 'TS', 'cooperation', { relation: 'builds', domain: 'energy', start: '2020', end: 'ongoing' }),
    ];
    const c = analyzeFocus(graphOf(ties, { ...focus, nodes: [TS] }), { claims: ['TurkStream'] }).buffers.claims[0]!;
    expect(c.found).toBe(false);
    expect(c.reason).toMatch(/through no whole escalation episode/);
  });
});
