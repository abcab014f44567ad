import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { dyadRecords } from '../../../src/io/import/aggregate.js';
import { mergeResults, planJobs, readGdelt, runJob } from '../../../src/io/import/gdelt.js';
import { resolveImportOptions } from '../../../src/io/import/options.js';
import { gdeltRow, tempDir, writeText, type Ev } from '../../helpers/events.js';

const CODES: [string, number][] = [['046', 7], ['190', -10], ['111', -2], ['036', 4], ['010', 0], ['0874', 10]];
const QUAD: Record<string, number> = { '04': 1, '19': 4, '11': 3, '03': 1, '01': 1, '08': 2 };

/** Brute force: the documented rules written the obvious way (split, string keys, full event lists). */
function bruteForce(events: Ev[]) {
  const groups = new Map<string, { events: Map<string, number>; mentions: number; weighted: number; urls: Map<string, number> }>();
  for (const e of events) {
    if (!e.a1 || !e.a2 || e.a1 === e.a2 || e.g === 0) continue;
    const root = e.code.slice(0, 2);
    const polarity = QUAD[root]! <= 2 ? 'cooperation' : 'conflict';
    const key = [e.a1, e.a2, `${e.date.slice(0, 4)}-${e.date.slice(4, 6)}`, polarity, root].join('|');
    const g = groups.get(key) ?? { events: new Map(), mentions: 0, weighted: 0, urls: new Map() };
    groups.set(key, g);
    const ev = `${e.date}|${e.code}`;
    g.events.set(ev, Math.max(g.events.get(ev) ?? 0, Math.abs(e.g!)));
    g.mentions += e.mentions!;
    g.weighted += e.mentions! * Math.abs(e.g!);
    if (e.url?.startsWith('https://')) g.urls.set(e.url, Math.max(g.urls.get(e.url) ?? -1, e.mentions!));
  }
  return [...groups].map(([key, g]) => {
    const [source, target, period, polarity, root] = key.split('|');
    return {
      source, target, period, polarity, root,
      events: g.events.size,
      absGoldstein: [...g.events.values()].reduce((a, b) => a + b, 0),
      mentions: g.mentions,
      weightedAbsGoldstein: g.weighted,
      urls: [...g.urls].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).slice(0, 3).map(([u]) => u),
    };
  }).sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b)));
}

const event = fc
  .record({
    day: fc.integer({ min: 1, max: 70 }),
    a1: fc.constantFrom('TUR', 'RUS', 'SYR', ''),
    a2: fc.constantFrom('TUR', 'RUS', 'SYR'),
    code: fc.integer({ min: 0, max: CODES.length - 1 }),
    mentions: fc.integer({ min: 0, max: 9 }),
    url: fc.integer({ min: 0, max: 6 }),
  })
  .map(({ day, a1, a2, code, mentions, url }): Ev => {
    const d = new Date(Date.UTC(2020, 0, day)).toISOString().slice(0, 10).replace(/-/g, '');
    const [c, g] = CODES[code]!;
    return { date: d, a1, a2, code: c, g, mentions, url: url === 0 ? 'BBC Monitoring' : `https://u.example/${url}` };
  });

describe('aggregation against brute force (property)', () => {
  it('one pass, and any split into byte ranges, give the brute-force groups', async () => {
    const dir = tempDir();
    let n = 0;
    await fc.assert(
      // At least one row: an empty file is refused (no row in GDELT's layout).
      fc.asyncProperty(fc.array(event, { minLength: 1, maxLength: 120 }), fc.integer({ min: 1, max: 4 }), async (events, parts) => {
        const file = writeText(dir, `p${n++}.CSV`, events.map((e, i) => gdeltRow(e, 61, i)).join('\n') + '\n');
        const expected = bruteForce(events);
        const sort = (r: ReturnType<typeof dyadRecords>) => [...r].sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b)));
        const one = sort(dyadRecords((await readGdelt([file], { workers: 1 })).aggregator));
        const o = resolveImportOptions({});
        const jobs = planJobs([file], parts);
        const split = sort(dyadRecords(mergeResults(jobs, await Promise.all(jobs.map((j) => runJob(j, o))), o).aggregator));
        expect(one).toEqual(expected);
        expect(split).toEqual(expected);
      }),
      { numRuns: 60 },
    );
  });
});
