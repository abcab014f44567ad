import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { readTieRows } from '../../../src/io/readers/tie-rows.js';
import { readTieTable } from '../../../src/io/readers/tie-table.js';
import { loadTieRows, modelOfRows } from '../../../src/io/load-ties.js';
import { loadGraphFile } from '../../../src/io/load-file.js';
import { readTextFile } from '../../../src/io/read.js';
import { summarize, summarizeTies } from '../../../src/analysis/summary.js';
import { renderSummary } from '../../../src/report/summary.js';
import { exportGraph, exportTies } from '../../../src/io/export-file.js';
import { cutTieSource } from '../../../src/model/tie-source.js';
import { cutGraph } from '../../../src/model/time.js';
import { modelFromGraph } from '../../../src/model/graph.js';
import { createStyle } from '../../../src/report/style.js';
import { InputError } from '../../../src/model/errors.js';
import { seededRandom } from '../../../src/analysis/rng.js';
import { runCli } from '../../helpers/cli.js';
import { tempDir, writeText } from '../../helpers/events.js';

const HEADER = 'id,source,target,polarity,sign,weight,start,end,relation,domain,intensity,events,mentions,dataset,tags,evidence,notes,source_label,source_type,target_label,target_type';
const ACTORS = [['TUR', 'Türkiye', 'state'], ['RUS', 'Russia', 'state'], ['NATO', 'NATO', 'alliance'], ['HEZ', 'Hezbollah', 'armed-group'], ['UNO', 'United Nations', 'organization']] as const;
const DOMAINS = ['diplomatic', 'military', 'security', 'economic'];

/** A tie table as `rivalgraph import` writes it: `n` seeded rows, some quoted (a URL with a comma), some odd dates and decimals. */
function table(n: number, seed: number, options: { quoted?: boolean } = {}): string {
  const r = seededRandom(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(r() * xs.length)]!;
  const lines = [HEADER];
  for (let i = 0; i < n; i++) {
    const [a, b] = [pick(ACTORS), pick(ACTORS)];
    if (a === b) continue;
    const polarity = r() < 0.5 ? 'cooperation' : 'conflict';
    const y = 1990 + Math.floor(r() * 40);
    const m = String(1 + Math.floor(r() * 12)).padStart(2, '0');
    const start = r() < 0.2 ? String(y) : r() < 0.5 ? `${y}-${m}` : `${y}-${m}-1${Math.floor(r() * 9)}`;
    const end = r() < 0.7 ? start : String(y + 1);
    const intensity = pick(['1', '2.5', '10', '0.25', '7.125']);
    const url = options.quoted && r() < 0.3 ? '"https://x.example/a,b?q=""1"""' : `https://n${i}.example/s${i}|story ${i} (Pub)`;
    const dataset = pick(['gdelt', 'icews', 'mine']);
    const notes = options.quoted && r() < 0.1 ? `"${i} events,\nsecond line; ""quoted"""` : `${i} events; mean 1.00`;
    lines.push([`t${i}`, a[0], b[0], polarity, polarity === 'conflict' ? -1 : 1, intensity, start, end, polarity === 'conflict' ? 'threatens' : 'meets', pick(DOMAINS), intensity, 1, 2, dataset, `${dataset} cameo-0${i % 9}`, url, notes, a[1], a[2], b[1], b[2]].join(','));
  }
  return `${lines.join('\n')}\n`;
}

/** Both paths on one file: the rows (no graph) and the graph that every other command builds. */
function bothPaths(path: string) {
  const rows = loadTieRows(path);
  if (!rows) throw new Error('expected rows');
  return { rows, graph: loadGraphFile(path) };
}

const style = createStyle(false);

describe('a tie table read as rows', () => {
  it('refuses a hostile table first: large tables get located problems (exit 2) instead of a graph', () => {
    const bad = (body: string) => () => readTieRows('t.csv', Buffer.from(`${HEADER}\n${body}\n`), { fallbackBytes: 0 });
    const row = (over: Record<number, string>) => {
      const f = ['a', 'TUR', 'RUS', 'conflict', '-1', '5', '2020', '2020', 'fights', 'military', '5', '1', '1', 'gdelt', 'gdelt', 'https://x.example/', 'n', 'Türkiye', 'state', 'Russia', 'state'];
      for (const [k, v] of Object.entries(over)) f[Number(k)] = v;
      return f.join(',');
    };
    expect(bad(row({ 10: '1e400' }))).toThrow(/t\.csv:2:\d+: intensity "1e400" is not a number in \(0, 10\]/);
    expect(bad(row({ 10: '99999999999999999999' }))).toThrow(InputError);
    expect(bad(row({ 10: 'NaN' }))).toThrow(InputError);
    expect(bad(row({ 3: 'friendship' }))).toThrow(/t\.csv:2:\d+: "friendship" is neither cooperation nor conflict/);
    expect(bad(row({ 2: 'TUR' }))).toThrow(/joins "TUR" to itself/);
    expect(bad(row({ 6: '2021-02-29', 7: '2021-02-29' }))).toThrow(/"2021-02-29" is not a date/);
    expect(bad(row({ 6: '2021', 7: '2019' }))).toThrow(/end 2019 is before start 2021/);
    expect(bad(row({ 18: 'planet' }))).toThrow(/"planet" is not an actor type/);
    expect(bad(row({ 1: 'two words' }))).toThrow(/"two words" is not an id/);
    expect(bad(`${row({})}\n${row({})}`)).toThrow(/t\.csv:3:1: duplicate tie id "a"/);
    expect(bad(`${row({})}\n${row({ 0: 'b', 15: '"https://x.example/a,b' })}`)).toThrow(/t\.csv:3:1: a quoted field is not closed/);
    // Where a row is wrong, its column is given (the 11th field starts at character 55 here).
    try {
      bad(row({ 10: '1e400' }))();
    } catch (err) {
      expect((err as InputError).problems[0]).toMatchObject({ line: 2, column: row({}).split(',').slice(0, 10).join(',').length + 2 });
    }
    // Small tables outside the rules are not refused here: the graph path reads them (with its own messages).
    expect(readTieRows('t.csv', Buffer.from(`${HEADER}\n${row({ 3: 'positive' })}\n`))).toBeUndefined();
    // Not a tie table, or an empty one: the graph path too.
    expect(readTieRows('t.csv', Buffer.from('source,target,sign\nA,B,1\n'))).toBeUndefined();
    expect(readTieRows('t.csv', Buffer.from(`${HEADER}\n`))).toBeUndefined();
  });

  it('gives exit 2 with a located message for hostile tables in info and export (bad rows, huge numbers, bad encoding)', async () => {
    const dir = tempDir();
    const good = table(20, 7).split('\n');
    const cases: [string, string | Buffer][] = [
      ['huge.csv', [...good.slice(0, 3), good[3]!.replace(/,(1|2\.5|10|0\.25|7\.125),(\d),/, ',1e308,$2,').replace(/^([^,]*,[^,]*,[^,]*,[^,]*,[^,]*,[^,]*,[^,]*,[^,]*,[^,]*,[^,]*,)[^,]*/, '$1123456789012345678901234567890'), ...good.slice(4)].join('\n')],
      ['loop.csv', [good[0], good[1]!.replace(/^(t\d+),(\w+),(\w+),/, '$1,$2,$2,'), ...good.slice(2)].join('\n')],
      ['dup.csv', [...good, good[1]].join('\n')],
      ['badutf8.csv', Buffer.concat([Buffer.from(good.slice(0, 3).join('\n')), Buffer.from([0x0a, 0x74, 0xff, 0xfe, 0x2c]), Buffer.from(good.slice(3).join('\n'))])],
    ];
    for (const [name, text] of cases) {
      const path = join(dir, name);
      writeFileSync(path, text);
      for (const args of [['info', path], ['export', path, '-f', 'panel', '-o', join(dir, 'p.csv')], ['export', path, '-f', 'gexf', '-o', join(dir, 'g.gexf')]]) {
        const r = await runCli(args);
        expect({ name, code: r.code }).toEqual({ name, code: 2 });
        expect(r.stderr).toMatch(new RegExp(`${name}:\\d+:\\d+: `));
        expect(r.stderr).not.toMatch(/ at .*\.ts:\d+/);
      }
    }
  });

  it('gives info the figures, and the text, that the graph gives, on random tables (quoted rows too)', () => {
    const dir = tempDir();
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 120 }), fc.integer({ min: 1, max: 1e6 }), fc.boolean(), (n, seed, quoted) => {
        const path = writeText(dir, `t${seed}.csv`, table(n, seed, { quoted }));
        const { rows, graph } = bothPaths(path);
        const a = summarizeTies(rows);
        const b = summarize(graph.graph);
        expect(a).toEqual(b);
        expect(renderSummary(a, rows.file, style, { width: 80 })).toBe(renderSummary(b, graph.file, style, { width: 80 }));
        // The rows make the very model the graph path reads (what json, gexf, graphml and html export).
        expect(modelOfRows(rows)).toEqual(readTieTable(rows.file, readTextFile(path)));
      }),
      { numRuns: 15 },
    );
  });

  it('exports panel, csv and pajek byte for byte as the graph does, with and without a time window', async () => {
    const dir = tempDir();
    for (const [seed, quoted] of [[3, false], [4, true]] as const) {
      const path = writeText(dir, `t${seed}.csv`, table(100, seed, { quoted }));
      const { rows, graph } = bothPaths(path);
      for (const window of [{}, { asOf: '2010-06-15' }, { from: '2000', to: '2012-03' }]) {
        const ties = cutTieSource(rows, window);
        const cut = cutGraph(graph.graph, window);
        const loaded = cut === graph.graph ? graph : { ...graph, graph: cut, model: modelFromGraph(cut) };
        expect(ties.size).toBe(cut.size);
        for (const [format, options] of [['panel', {}], ['panel', { period: 'month', directed: true }], ['csv', {}], ['pajek', {}]] as const) {
          const opts = { seed: 1, panel: options, inputs: [path] };
          const out = `${format}-${JSON.stringify(options).replace(/\W/g, '')}`;
          const [x] = await exportTies({ file: rows.file, ties }, format, join(dir, `${out}-rows`), opts);
          const [y] = await exportGraph(loaded, format, join(dir, `${out}-graph`), opts);
          const read = (p: string) => (format === 'csv' ? ['nodes.csv', 'edges.csv', 'sources.csv'].map((f) => readFileSync(join(p, f), 'utf8')).join('\f') : readFileSync(p, 'utf8'));
          expect(read(format === 'csv' ? join(dir, `${out}-rows`) : x!)).toBe(read(format === 'csv' ? join(dir, `${out}-graph`) : y!));
        }
      }
    }
  });

  it('is what `info` and `export` read: the CLI prints the graph path\'s text and refuses graph formats past their size before building the graph', async () => {
    const dir = tempDir();
    const path = writeText(dir, 'ties.csv', table(60, 11));
    const g = loadGraphFile(path);
    const info = await runCli(['info', path, '--json']);
    expect(info.code).toBe(0);
    expect(JSON.parse(info.stdout)).toEqual(JSON.parse(JSON.stringify({ rivalgraph: 1, file: g.file, ...summarize(g.graph) })));
    const big = await runCli(['export', path, '-f', 'gexf', '--max-ties', '10', '-o', join(dir, 'x.gexf')]);
    expect(big.code).toBe(2);
    expect(big.stderr).toMatch(/the graph has \d+ ties, over the 10 ties a gexf export takes/);
    const panel = await runCli(['export', path, '-f', 'panel', '-o', join(dir, 'p.csv')]);
    expect(panel.code).toBe(0);
    expect(readFileSync(join(dir, 'p.csv'), 'utf8').split('\n')[0]).toMatch(/^period,period_start/);
  });
});
