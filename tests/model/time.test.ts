/**
 * model/time: one meaning of --as-of, --at and --from/--to, and the property that makes it
 * trustworthy: the analysis as of D equals the analysis of the graph with every later tie
 * deleted and the rest clipped at D (a brute-force cut written here, apart from the code).
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { graphOf, node, tie } from '../helpers/graphs.js';
import { addDuration, clipTie, cutGraph, lastDatedDay, parseDuration, pastRecordWarning, windowDays } from '../../src/model/time.js';
import { formatDay, parseDate } from '../../src/model/dates.js';
import { UserError } from '../../src/model/errors.js';
import { analyzeFocus } from '../../src/analysis/focus/index.js';
import { runAnalysis } from '../../src/analysis/analyze.js';
import type { Tie } from '../../src/model/types.js';

const day = (s: string) => parseDate(s).first;

describe('model/time: windows', () => {
  it('reads --as-of as the window that ends on its last day, and --at as one date (or month, or year)', () => {
    expect(windowDays({ asOf: '2020-11-13' })).toEqual({ from: -Infinity, to: day('2020-11-13') });
    expect(windowDays({ asOf: '2020' })).toEqual({ from: -Infinity, to: day('2020-12-31') });
    expect(windowDays({ at: '2015-12' })).toEqual({ from: day('2015-12-01'), to: day('2015-12-31') });
    expect(windowDays({ from: '2016', to: '2018' })).toEqual({ from: day('2016-01-01'), to: day('2018-12-31') });
    expect(windowDays({})).toEqual({ from: -Infinity, to: Infinity });
  });
  it('rejects combinations that make no sense as user errors', () => {
    expect(() => windowDays({ at: '2015', from: '2014' })).toThrow(UserError);
    expect(() => windowDays({ at: '2015', asOf: '2016' })).toThrow(/--at cannot be combined/);
    expect(() => windowDays({ asOf: '2015', to: '2016' })).toThrow(/both set the last day/);
    expect(() => windowDays({ from: '2019', to: '2018' })).toThrow(/empty/);
    expect(() => windowDays({ asOf: '2021-02-30' })).toThrow(UserError);
  });
});

describe('model/time: clipping', () => {
  const r = windowDays({ asOf: '2020-11-13' });
  it('deletes ties that start later, clips later and ongoing ends, keeps the rest as they are', () => {
    expect(clipTie({ start: '2020-11-14' }, r)).toBeUndefined();
    expect(clipTie({ start: '2020-12' }, r)).toBeUndefined();
    expect(clipTie({ start: '2019', end: '2020-01' }, r)).toEqual({ start: '2019', end: '2020-01' });
    expect(clipTie({ start: '2019', end: 'ongoing' }, r)).toEqual({ start: '2019', end: '2020-11-13' });
    // A month-precision start holding D lasts until D.
    expect(clipTie({ start: '2020-11' }, r)).toEqual({ start: '2020-11', end: '2020-11-13' });
    // Timeless ties hold at every time.
    expect(clipTie({}, r)).toEqual({});
  });
  it('clips both sides for a window, giving a clipped start its own end', () => {
    const w = windowDays({ from: '2016-03-01', to: '2018' });
    expect(clipTie({ start: '2016' }, w)).toEqual({ start: '2016-03-01', end: '2016-12-31' });
    expect(clipTie({ start: '2010', end: 'ongoing' }, w)).toEqual({ start: '2016-03-01', end: '2018-12-31' });
    expect(clipTie({ start: '2015', end: '2016-02' }, w)).toBeUndefined();
  });
  it('warns when the window runs past the last dated event, not otherwise', () => {
    const g = graphOf([tie('A', 'B', 'conflict', { start: '2019-05-01' }), tie('A', 'B', 'cooperation', { start: '2018', end: 'ongoing' })]);
    expect(formatDay(lastDatedDay(g)!)).toBe('2019-05-01');
    expect(pastRecordWarning(g, { asOf: '2030' })).toMatch(/^--as-of 2030-12-31 is 11\.7 years after the last dated event \(2019-05-01\)/);
    expect(pastRecordWarning(g, { at: '2019-06-01' })).toMatch(/^--at 2019-06-01 is 31 days after/);
    expect(pastRecordWarning(g, { asOf: '2019-01-01' })).toBeUndefined();
    expect(pastRecordWarning(g, {})).toBeUndefined();
  });
});

describe('model/time: durations', () => {
  it('parses y, q, m, w and d and steps months without drifting past a month end', () => {
    expect(parseDuration('2y')).toEqual({ months: 24, days: 0, text: '2y' });
    expect(parseDuration('3q')).toMatchObject({ months: 9 });
    expect(parseDuration('90d')).toMatchObject({ months: 0, days: 90 });
    for (const bad of ['', '2', 'y', '0m', '-1y', '1.5y', '2 years']) expect(parseDuration(bad)).toBeUndefined();
    expect(formatDay(addDuration(day('2020-11-13'), parseDuration('2y')!))).toBe('2022-11-13');
    expect(formatDay(addDuration(day('2020-08-31'), parseDuration('6m')!))).toBe('2021-02-28');
    expect(formatDay(addDuration(day('2019-12-31'), parseDuration('2m')!))).toBe('2020-02-29');
    expect(formatDay(addDuration(day('2020-01-01'), parseDuration('2w')!))).toBe('2020-01-15');
  });
});

// Random graphs: two actors, two clients, a project and a theater; ties of every date precision.
const ACTORS = ['A', 'B', 'X', 'Y', 'P'];
const dateArb = fc
  .tuple(fc.integer({ min: 2010, max: 2022 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 28 }), fc.constantFrom(0, 1, 2))
  .map(([y, m, d, p]) => (p === 0 ? String(y) : p === 1 ? `${y}-${String(m).padStart(2, '0')}` : `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`));
const tieArb = fc.record({
  s: fc.constantFrom(...ACTORS),
  t: fc.constantFrom(...ACTORS),
  conflict: fc.boolean(),
  relation: fc.constantFrom('backs', 'buys', 'supplies', 'fights', 'visits'),
  domain: fc.constantFrom('energy', 'military', 'diplomatic'),
  theater: fc.constantFrom(undefined, 'S'),
  intensity: fc.integer({ min: 1, max: 10 }),
  start: fc.option(dateArb, { freq: 8, nil: undefined }),
  end: fc.oneof(fc.constant(undefined), fc.constant('ongoing'), fc.integer({ min: 0, max: 6 })),
});
type RawTie = typeof tieArb extends fc.Arbitrary<infer T> ? T : never;

function ties(raw: readonly RawTie[]): Tie[] {
  return raw
    .filter((r) => r.s !== r.t)
    .map((r, i) => {
      let end: string | undefined;
      if (r.start !== undefined && r.end !== undefined) end = typeof r.end === 'string' ? r.end : String(Number(r.start.slice(0, 4)) + r.end);
      return tie(r.s, r.t, r.conflict ? 'conflict' : 'cooperation', {
        id: `t${i}`,
        relation: r.relation,
        domain: r.domain as Tie['domain'],
        intensity: r.intensity,
        ...(r.theater ? { theater: r.theater } : {}),
        ...(r.start !== undefined ? { start: r.start } : {}),
        ...(end !== undefined ? { end } : {}),
      });
    });
}
const extra = { focus: ['A', 'B'] as const, nodes: [node('A'), node('B'), node('X'), node('Y'), node('S', { kind: 'theater', type: 'war' }), node('P', { kind: 'project', type: 'pipeline' })] };

/** The cut written out by hand: delete what starts after D, end what runs past D on D. */
function bruteCut(ts: readonly Tie[], d: string): Tie[] {
  const D = parseDate(d).last;
  const out: Tie[] = [];
  for (const t of ts) {
    if (t.start === undefined) {
      out.push(t);
      continue;
    }
    const first = parseDate(t.start).first;
    const last = t.end === 'ongoing' ? Infinity : parseDate(t.end ?? t.start).last;
    if (first > D) continue;
    out.push(last > D ? { ...t, end: formatDay(D) } : t);
  }
  return out;
}

const withoutWarnings = (r: ReturnType<typeof analyzeFocus>) => ({ ...r, warnings: [] });

describe('property: the analysis as of D is the analysis of the graph cut at D', () => {
  it('every section of the focus analysis agrees with the brute-force cut, and holds no day after D', () => {
    fc.assert(
      fc.property(
        fc.array(tieArb, { minLength: 1, maxLength: 14 }),
        dateArb,
        fc.constantFrom('year', 'quarter', 'month'),
        fc.constantFrom('onset', 'spread', 'active'),
        fc.boolean(),
        (raw, d, period, count, includeMediated) => {
          const ts = ties(raw);
          const options = { asOf: d, period, count, includeMediated } as const;
          const got = analyzeFocus(graphOf(ts, extra), options);
          const want = analyzeFocus(graphOf(bruteCut(ts, d), extra), options);
          expect(withoutWarnings(got)).toEqual(withoutWarnings(want));
          const D = formatDay(parseDate(d).last);
          const later = (JSON.stringify(got).match(/\d{4}-\d{2}-\d{2}/g) ?? []).filter((x) => x > D);
          expect(later).toEqual([]);
        },
      ),
      { numRuns: 60 },
    );
  });
  it('the signed metrics as of D are those of the graph cut at D', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(tieArb, { minLength: 1, maxLength: 14 }), dateArb, async (raw, d) => {
        const ts = ties(raw);
        const plain = (x: object) => {
          // The window's own bookkeeping (what was asked, how many ties it left out) differs by design.
          const { input, ...rest } = JSON.parse(JSON.stringify(x)) as { input: Record<string, unknown> };
          const { window: _w, outsideWindow: _o, ...kept } = input;
          return { ...rest, input: kept };
        };
        const got = await runAnalysis(graphOf(ts, extra), { window: { asOf: d }, seed: 1, exactMaxEdges: 0 });
        const want = await runAnalysis(graphOf(bruteCut(ts, d), extra), { seed: 1, exactMaxEdges: 0 });
        expect(plain(got)).toEqual(plain(want));
      }),
      { numRuns: 40 },
    );
  });
  it('cutGraph deletes and clips exactly as the brute-force cut does', () => {
    fc.assert(
      fc.property(fc.array(tieArb, { maxLength: 14 }), dateArb, (raw, d) => {
        const ts = ties(raw);
        const cut = cutGraph(graphOf(ts, extra), { asOf: d });
        const want = graphOf(bruteCut(ts, d), extra);
        const norm = (g: typeof cut) => g.mapEdges((_k, a) => [a.id, a.start, a.end]).sort();
        // The end text may differ in form, never in the days it covers.
        const days = (g: typeof cut) => norm(g).map(([id, s, e]) => [id, s === undefined ? null : parseDate(s as string).first, e === undefined ? null : e === 'ongoing' ? e : parseDate(e as string).last]);
        expect(days(cut)).toEqual(days(want));
      }),
      { numRuns: 150 },
    );
  });
});
