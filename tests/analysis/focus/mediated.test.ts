import { describe, expect, it } from 'vitest';
import { graphOf, node, tie } from '../../helpers/graphs.js';
import { proxyPaths, resolvePair, resolveFocusOptions, sharedProjects } from '../../../src/analysis/focus/index.js';

const P = node('P', { kind: 'project', type: 'pipeline', label: 'Pipe' });
const o = resolveFocusOptions();

describe('focus/mediated: shared projects', () => {
  it('finds a project both build or trade in while their ties overlap', () => {
    const g = graphOf(
      [
        tie('A', 'P', 'cooperation', { id: 'ap', relation: 'buys', intensity: 5, start: '2010', end: 'ongoing' }),
        tie('B', 'P', 'cooperation', { id: 'bp', relation: 'supplies', intensity: 7, start: '2012', end: '2014' }),
      ],
      { focus: ['A', 'B'], nodes: [P] },
    );
    const s = sharedProjects(g, resolvePair(g), o);
    expect(s).toHaveLength(1);
    // The weaker link (5) and the overlap of 2010..ongoing with 2012..2014.
    expect(s[0]).toMatchObject({ project: 'P', ties: ['ap', 'bp'], intensity: 5, path: 'A buys P; B supplies P' });
    expect(s[0]!.span.first).toBe(Date.UTC(2012, 0, 1) / 86400000);
    expect(s[0]!.span.last).toBe(Date.UTC(2014, 11, 31) / 86400000);
  });
  it('ignores ties that never overlap, verbs outside the list and non-project nodes', () => {
    const g = graphOf(
      [
        tie('A', 'P', 'cooperation', { relation: 'buys', start: '2010', end: '2011' }),
        tie('B', 'P', 'cooperation', { relation: 'supplies', start: '2012', end: '2014' }),
        tie('A', 'P', 'cooperation', { relation: 'praises' }),
        tie('A', 'C', 'cooperation', { relation: 'buys' }),
        tie('B', 'C', 'cooperation', { relation: 'sells' }),
      ],
      { focus: ['A', 'B'], nodes: [P] },
    );
    expect(sharedProjects(g, resolvePair(g), o)).toEqual([]);
  });
});

describe('focus/mediated: proxy rivalry', () => {
  const g = graphOf(
    [
      tie('A', 'X', 'cooperation', { id: 'ax', relation: 'backs', intensity: 5, start: '2016', end: 'ongoing' }),
      tie('B', 'Y', 'cooperation', { id: 'by', relation: 'arms', intensity: 7, start: '2015', end: 'ongoing' }),
      tie('X', 'Y', 'conflict', { id: 'xy', relation: 'fights', intensity: 9, directed: false, start: '2017', end: '2018' }),
      tie('B', 'X', 'conflict', { id: 'bx', relation: 'strikes', intensity: 3, start: '2019-05' }),
      tie('Y', 'A', 'conflict', { id: 'ya', relation: 'fights', intensity: 2, start: '2014' }), // before B armed Y: no path
      tie('A', 'Z', 'cooperation', { id: 'az', relation: 'visits' }), // not a backing verb
      tie('Z', 'Y', 'conflict', { id: 'zy' }),
    ],
    { focus: ['A', 'B'] },
  );
  const paths = proxyPaths(g, resolvePair(g), o);
  it('reads "A backs X, B backs Y, X fights Y" with its path and weakest link', () => {
    const war = paths.find((p) => p.kind === 'proxy-war')!;
    expect(war).toMatchObject({ via: ['X', 'Y'], ties: ['ax', 'by', 'xy'], intensity: 5, path: 'A backs X; B arms Y; X fights Y' });
  });
  it('reads "A backs X and B strikes X", and drops paths whose ties never coexist', () => {
    const attacks = paths.filter((p) => p.kind === 'proxy-attack');
    expect(attacks.map((p) => p.ties)).toEqual([['ax', 'bx']]);
    expect(attacks[0]!.intensity).toBe(3);
    expect(paths).toHaveLength(2);
  });
});
