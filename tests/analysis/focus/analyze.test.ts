import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { graphFromYaml, graphOf, node, tie } from '../../helpers/graphs.js';
import { fixture } from '../../helpers/cli.js';
import { analyzeFocus, DEFAULT_FOCUS_OPTIONS, resolveFocusOptions } from '../../../src/analysis/focus/index.js';
import { UserError } from '../../../src/model/errors.js';
import type { Tie } from '../../../src/model/types.js';
import type { TieGraph } from '../../../src/model/graph.js';

const story = () => graphFromYaml(readFileSync(fixture('focus', 'story.yaml'), 'utf8'));

/** A small seeded generator (mulberry32), so the "random" graphs are the same every run. */
function rng(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function randomGraph(seed: number): TieGraph {
  const r = rng(seed);
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(r() * xs.length)]!;
  const domains = ['energy', 'military', 'diplomatic', 'economic'] as const;
  const ties: Tie[] = [];
  const n = 12 + Math.floor(r() * 14);
  for (let i = 0; i < n; i++) {
    const year = 2010 + Math.floor(r() * 11);
    const [s, t, polarity, relation] = pick([
      ['A', 'B', pick(['cooperation', 'conflict'] as const), 'cooperates'],
      ['A', 'P', 'cooperation', 'buys'],
      ['B', 'P', 'cooperation', 'supplies'],
      ['A', 'X', 'cooperation', 'backs'],
      ['B', 'Y', 'cooperation', 'backs'],
      ['X', 'Y', 'conflict', 'fights'],
      ['B', 'X', 'conflict', 'strikes'],
    ] as const);
    ties.push(
      tie(s, t, polarity, {
        id: `t${i}`,
        relation,
        domain: pick(domains),
        intensity: Math.round((0.5 + r() * 9.5) * 10) / 10,
        ...(r() < 0.1 ? {} : { start: String(year) }),
        ...(r() < 0.5 ? { end: r() < 0.3 ? 'ongoing' : String(Math.min(2020, year + Math.floor(r() * 4))) } : {}),
        ...(r() < 0.5 ? { theater: pick(['S', 'L']) } : {}),
        // Some ties as an importer writes them: their domain derived from the event code.
        ...(i % 3 === 0 ? { tags: ['coded-domain'] } : {}), // no draw from r: the other figures keep their random graphs
      }),
    );
  }
  const theaters = ['S', 'L'].map((id) => node(id, { kind: 'theater', type: 'war' }));
  return graphOf(ties, { focus: ['A', 'B'], nodes: [...theaters, node('P', { kind: 'project', type: 'pipeline' })] });
}

/** Numeric leaves by path, array positions kept. */
function numbers(value: unknown, path = '', out = new Map<string, number>()): Map<string, number> {
  if (typeof value === 'number') out.set(path, value);
  else if (Array.isArray(value)) value.forEach((v, i) => numbers(v, `${path}[${i}]`, out));
  else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) numbers(v, path ? `${path}.${k}` : k, out);
  return out;
}

describe('focus/analyze', () => {
  it('has the documented sections and is deterministic', () => {
    const a = analyzeFocus(story());
    expect(Object.keys(a)).toEqual(['pair', 'ledger', 'mediated', 'compartmentalization', 'buffers', 'timeline', 'outlook', 'events', 'warnings']);
    expect(JSON.stringify(analyzeFocus(story()))).toBe(JSON.stringify(a));
  });
  it('freezes its defaults and rejects bad options as user errors', () => {
    expect(Object.isFrozen(DEFAULT_FOCUS_OPTIONS)).toBe(true);
    expect(resolveFocusOptions({ period: 'month' }).window).toBe(12);
    expect(() => resolveFocusOptions({ window: 2 })).toThrow(UserError);
    expect(() => resolveFocusOptions({ asOf: '2021-02-30' })).toThrow(/does not exist/);
    expect(() => resolveFocusOptions({ period: 'week' as never })).toThrow(/unknown period/);
  });
  it('computes every figure from the graph: no number is the same across different inputs', () => {
    const runs = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10].map((seed) => numbers(JSON.parse(JSON.stringify(analyzeFocus(randomGraph(seed))))));
    // Echoes of options and list positions are not figures.
    const echo = /(^outlook\.confidence$|\.n$|\.rank$|^outlook\.window\.periods$|^outlook\.chosen\.window$)/;
    const paths = new Set(runs.flatMap((m) => [...m.keys()]).filter((p) => !echo.test(p)));
    const constant: string[] = [];
    for (const p of paths) {
      const values = runs.map((m) => m.get(p)).filter((v) => v !== undefined);
      if (values.length >= 5 && new Set(values).size === 1) constant.push(p);
    }
    // Summary paths (not inside lists) must all vary; inside lists a few positions may agree by chance.
    expect(constant.filter((p) => !p.includes('['))).toEqual([]);
  });
  it('--as-of stops open ends and moves the timeline', () => {
    const a = analyzeFocus(story(), { asOf: '2018' });
    expect(a.timeline.asOf).toBe('2018-12-31');
    expect(a.timeline.rows[a.timeline.rows.length - 1]!.period).toBe('2018');
  });
});
