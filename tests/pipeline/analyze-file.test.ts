import { describe, expect, it } from 'vitest';
import { analyzeFile, type AnalyzeFileOptions } from '../../src/pipeline/analyze-file.js';
import { UserError } from '../../src/model/errors.js';
import { seededRandom } from '../../src/analysis/rng.js';
import { tempDir, writeText } from '../helpers/events.js';

const OPTIONS: AnalyzeFileOptions = {
  window: {},
  nodes: 'actors',
  weight: 'intensity',
  directed: false,
  skipBadRows: false,
  read: { columns: {} },
  analysis: { metrics: ['balance'], budget: 1, seed: 1 },
  focus: {},
};

/** A dated edge list of `n` seeded rows over `years` years from 2010. */
function datedEdges(n: number, years: number): string {
  const r = seededRandom(5);
  const lines = ['source,target,sign,time'];
  for (let i = 0; i < n; i++) {
    const [s, t] = [Math.floor(r() * 12), Math.floor(r() * 12)];
    if (s !== t) lines.push(`n${s},n${t},${r() < 0.3 ? -1 : 1},${2010 + (i % years)}-0${1 + Math.floor(r() * 9)}-1${Math.floor(r() * 9)}`);
  }
  return `${lines.join('\n')}\n`;
}

describe('analyzeFile', () => {
  it('refuses --focus on an edge list, after reading it', async () => {
    const path = writeText(tempDir(), 'e.csv', datedEdges(40, 3));
    const status: string[] = [];
    const err = await analyzeFile(path, { ...OPTIONS, partnersOf: 'n1' }, { onStatus: (s) => status.push(s) }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(UserError);
    expect((err as Error).message).toBe('--focus needs a graph file');
    expect(status).toEqual([`analyze: reading ${path}`]);
  });

  it('fails on an unknown metric before reading anything', async () => {
    const status: string[] = [];
    await expect(analyzeFile('/no/such/file.yaml', { ...OPTIONS, analysis: { metrics: ['bogus'] } }, { onStatus: (s) => status.push(s) })).rejects.toThrow('unknown metric "bogus"');
    expect(status).toEqual([]);
  });

  it('gives the built-in graph its focus pair, or one actor\'s partners instead, and reports each step', async () => {
    const status: string[] = [];
    const pair = await analyzeFile(undefined, OPTIONS, { onStatus: (s) => status.push(s) });
    expect(pair.focus?.pair.from).toBe('file');
    expect(pair.partners).toBeUndefined();
    expect(pair.badRows).toBe(0);
    expect(pair.result.ids.length).toBeGreaterThan(2);
    expect(status.slice(0, 2)).toEqual(['analyze: reading the built-in graph', 'analyze: focus pair']);
    expect(status.at(-1)).toMatch(/^analyze: \w+ \(\d+ nodes, \d+ pairs\)$/);
    const partners = await analyzeFile(undefined, { ...OPTIONS, partnersOf: pair.focus!.pair.a });
    expect(partners.focus).toBeUndefined();
    expect(partners.partners?.actor.id).toBe(pair.focus!.pair.a);
    expect(partners.partners?.partners.length).toBeGreaterThan(0);
    // The same signed metrics, whichever focus section goes with them.
    expect(partners.result).toEqual(pair.result);
  });

  it('cuts a dated edge list per period, one entry per year', async () => {
    const path = writeText(tempDir(), 'dated.csv', datedEdges(120, 4));
    const status: string[] = [];
    const a = await analyzeFile(path, { ...OPTIONS, byPeriod: 'year' }, { onStatus: (s) => status.push(s) });
    expect(a.focus).toBeUndefined();
    expect(a.periods?.map((p) => p.period)).toEqual(['2010', '2011', '2012', '2013']);
    expect(status).toContain('analyze: period 2012');
    const undated = writeText(tempDir(), 'undated.csv', 'source,target,sign\na,b,1\nb,c,-1\n');
    await expect(analyzeFile(undated, { ...OPTIONS, byPeriod: 'year' })).rejects.toThrow('--by-period needs dated rows');
  });
});
