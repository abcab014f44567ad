/**
 * Edge lists as analysts have them: the dialect sniffed (separator, comments, header), the sign
 * from the weight or a rating, times as unix seconds or ISO dates, gzip; and every hostile file
 * a located exit 2.
 */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { sniffDialect, sniffDelimiter } from '../../src/io/edge-dialect.js';
import { WHITESPACE } from '../../src/io/csv-scan.js';
import { readCsvEdges } from '../../src/io/csv-edges.js';
import { loadModelFile } from '../../src/io/load-file.js';
import { looseDateOf } from '../../src/io/edge-time.js';
import { modelNodeIds } from '../../src/io/flat.js';
import { cli } from '../helpers/cli-inprocess.js';
import { fixture } from '../helpers/cli.js';

const dir = mkdtempSync(join(tmpdir(), 'rivalgraph-dialect-'));
const file = (name: string, text: string | Uint8Array): string => {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
};
const bytes = (text: string) => Buffer.from(text, 'utf8');
/** Signed pairs of a read edge list, as `a-b:value` sorted. */
const pairsOf = async (path: string, options = {}) => {
  const { pairs } = await readCsvEdges(path, options);
  const out: string[] = [];
  for (let e = 0; e < pairs.m; e++) out.push(`${pairs.ids[pairs.u[e]!]}-${pairs.ids[pairs.v[e]!]}:${pairs.sign[e]! * pairs.weight[e]!}`);
  return out.sort();
};

describe('sniffDialect', () => {
  it('finds the separator that splits every sampled line the same number of times', () => {
    expect(sniffDelimiter(['a,b,1', 'c,d,-1'])).toBe(44);
    expect(sniffDelimiter(['a;b;1,5', 'c;d;-1,5'])).toBe(59); // European decimals: two semicolons beat one comma
    expect(sniffDelimiter(['Korea, South\tJapan\t-1', 'China\tJapan\t1'])).toBe(9);
    expect(sniffDelimiter(['1 2  1', '2   3 -1'])).toBe(WHITESPACE);
  });

  it('skips leading % and # lines, reads a KONECT header, and tells a header row from data', () => {
    const konect = sniffDialect(bytes('% asym signed\n% 2 3 3\n1 2 1\n2 3 -1\n'));
    expect(konect).toMatchObject({ delimiter: WHITESPACE, skippedLines: 2, header: false, konect: { directed: true, weights: 'signed' } });
    expect(sniffDialect(bytes('# SNAP\n# FromNodeId\tToNodeId\tSign\n0\t1\t-1\n')).header).toBe(false);
    expect(sniffDialect(bytes('source,target,sign\na,b,1\n')).header).toBe(true);
    expect(sniffDialect(bytes('from,to,rating\na,b,10\n'), { sign: 'rating' }).header).toBe(true);
    expect(sniffDialect(bytes('% only comments\n\n')).empty).toBe(true);
  });
});

describe('edge lists', () => {
  it('read the same signed pairs whatever the separator, comments or gzip', async () => {
    const expected = ['a-b:1', 'b-c:-1'];
    expect(await pairsOf(file('comma.csv', 'source,target,sign\na,b,1\nb,c,-1\n'))).toEqual(expected);
    expect(await pairsOf(file('semi.csv', 'source;target;sign\na;b;1\nb;c;-1\n'))).toEqual(expected);
    expect(await pairsOf(file('tab.tsv', 'source\ttarget\tsign\na\tb\t1\nb\tc\t-1\n'))).toEqual(expected);
    expect(await pairsOf(file('spaces.txt', '# c\n  a   b 1  \nb\tc  -1\n'))).toEqual(expected);
    expect(await pairsOf(file('out.konect', '% sym signed\n% 2 3 3\na b 1\nb c -1\n'))).toEqual(expected);
    expect(await pairsOf(file('comma.csv.gz', gzipSync('a,b,1\nb,c,-1\n')))).toEqual(expected);
    expect(await pairsOf(file('quoted-semi.csv', '"source";"target";"sign"\n"a";"b";1\n"b";"c";-1\n'))).toEqual(expected);
  });

  it('take the sign from the weight in headerless rows, and its size as the weight', async () => {
    // SNAP's soc-sign-bitcoinotc.csv: source,target,rating,time with ratings from -10 to 10.
    const btc = file('btc.csv', '6,2,4,1289241911.72836\n6,5,2,1289241941.53378\n1,15,1,1289243140.39049\n4,3,-7,1289245277.36975\n');
    expect(await pairsOf(btc)).toEqual(['1-15:1', '4-3:-7', '6-2:4', '6-5:2']);
    // The times are unix seconds: 2010-11-08 and 2010-11-08 again.
    expect(await pairsOf(btc, { window: { to: '2010-11-07' } })).toEqual([]);
    expect(await pairsOf(btc, { window: { at: '2010-11-08' } })).toHaveLength(4);
  });

  it('read a signed rating in a column named sign as the sign and, with no weight column, the weight', async () => {
    const rating = file('rating.csv', 'source,target,sign,when\na,b,10,2020-01-05T10:00:00Z\nb,c,-3,2021-03-01\n');
    expect(await pairsOf(rating)).toEqual(['a-b:10', 'b-c:-3']);
    expect(await pairsOf(rating, { window: { from: '2021' }, columns: { time: 'when' } })).toEqual(['b-c:-3']);
    const named = file('named.csv', 'from_id,source,target,score,w\nx,a,b,-2,5\n');
    expect(await pairsOf(named, { columns: { sign: 'score', weight: 'w' } })).toEqual(['a-b:-5']);
    const usual = file('usual.csv', 'source,target,polarity,timestamp\na,b,conflict,1600000000\n');
    expect(await pairsOf(usual, { window: { from: '2020-09-13' } })).toEqual(['a-b:-1']);
    expect(await pairsOf(usual, { window: { to: '2020-09-12' } })).toEqual([]);
    expect(await pairsOf(file('numbered.txt', 'a b 0.5 -1\n'), { columns: { sign: '4', weight: '3' } })).toEqual(['a-b:-0.5']);
  });

  it('load as a model for info, validate and export: dates from unix seconds, KONECT direction, ids with spaces', () => {
    const { model } = loadModelFile(file('out.asym', '% sym signed\nNew_York Boston 1 1289241911\nBoston Paris -2\n'));
    expect(model.ties.map((t) => [t.source, t.target, t.polarity, t.intensity, t.start, t.directed])).toEqual([
      ['New_York', 'Boston', 'cooperation', 1, '2010-11-08', false],
      ['Boston', 'Paris', 'conflict', 2, undefined, false],
    ]);
    const spaced = loadModelFile(file('spaced.csv', 'source;target;sign\nNew York;Boston;1\n')).model;
    expect(spaced.nodes.map((n) => [n.id, n.label])).toEqual([['New_York', 'New York'], ['Boston', 'Boston']]);
  });

  it('turn times into days: ISO dates (a time after them dropped) and unix seconds, years kept as years', () => {
    expect(looseDateOf('2015')).toEqual({ date: '2015' });
    expect(looseDateOf('2015-11-24 09:30:00')).toEqual({ date: '2015-11-24' });
    expect(looseDateOf('0')).toEqual({ date: '1970-01-01' });
    expect(looseDateOf('1e20')).toMatchObject({ problem: expect.stringMatching(/not a date/) });
    expect(looseDateOf('99999999999999')).toMatchObject({ problem: expect.stringMatching(/out of range/) });
  });

  it('give other tools\' node ids a model id, keeping valid ones and never two the same', () => {
    expect([...modelNodeIds(['New York', 'New_York', '#3', 'ok.id', '  '])]).toEqual([
      ['New York', 'New_York-2'],
      ['New_York', 'New_York'],
      ['#3', '3'],
      ['ok.id', 'ok.id'],
      ['  ', 'node'],
    ]);
  });
});

describe('what `export -f csv` writes, read back', () => {
  it('-o DIR: edges.csv reads nodes.csv and sources.csv beside it, giving the model back but for title and focus', async () => {
    const out = join(dir, 'folder');
    expect((await cli(['export', '-f', 'csv', '-o', out])).code).toBe(0);
    const back = loadModelFile(join(out, 'edges.csv')).model;
    const { model } = loadModelFile(undefined);
    const byId = <T extends { id: string }>(xs: readonly T[]) => [...xs].sort((a, b) => a.id.localeCompare(b.id));
    expect(byId(back.nodes)).toEqual(byId(model.nodes));
    expect(back.ties).toEqual(model.ties);
    expect(back.sources).toEqual(model.sources);
    const nodes = await cli(['validate', join(out, 'nodes.csv')]);
    expect([nodes.code, nodes.stderr]).toEqual([2, expect.stringMatching(/nodes\.csv:1:1: .*read the edges\.csv beside it/)]);
  });

  it('-o edges.csv: the edge list alone, which info and validate read (theaters as theater nodes, cited sources declared)', async () => {
    mkdirSync(join(dir, 'alone'));
    const path = join(dir, 'alone', 'edges.csv');
    const r = await cli(['export', '-f', 'csv', '-o', path]);
    expect([r.code, r.stderr]).toEqual([0, `wrote ${path}\n`]);
    const { model } = loadModelFile(undefined);
    const back = loadModelFile(path).model;
    expect(back.ties).toEqual(model.ties);
    expect((await cli(['info', path])).code).toBe(0);
  });
});

describe('hostile edge lists, Pajek, GraphML and gzip files', () => {
  // Each: the file, and the located first line the user sees.
  const cases: [string, RegExp][] = [
    ['out.zero-weight', /out\.zero-weight:4:5: weight "0" is not a signed number/],
    ['snap-bad-sign.txt', /snap-bad-sign\.txt:4:5: weight "x" is not a signed number/],
    ['bad-time.csv', /bad-time\.csv:2:8: date: month 13 does not exist/],
    ['bad-vertex.net', /bad-vertex\.net:7:3: vertex "7" is not a vertex number \(1 to 3\)/],
    ['unknown-section.paj', /unknown-section\.paj:4:1: unknown section "\*Bogus"/],
    ['corrupt.csv.gz', /corrupt\.csv\.gz: is not gzip data, though named \.gz/],
    ['truncated.csv.gz', /truncated\.csv\.gz: is not valid gzip data/],
    ['multi-key.graphml', /multi-key\.graphml:8:52: edge "0": sign "zero" is neither positive nor negative/],
  ];
  it.each(cases)('%s: exit 2 with a located message, in analyze and validate', async (name, message) => {
    for (const command of ['analyze', 'validate']) {
      const r = await cli([command, fixture('bad', name)]);
      expect(r.code, `${command} ${name}: ${r.stderr}`).toBe(2);
      expect(r.stderr).toMatch(message);
      expect(r.stderr).not.toMatch(/\n\s+at /);
    }
  });

  it('--relations naming no relation of the file, and column options the file has not, are located errors', async () => {
    const r = await cli(['validate', fixture('bad', 'bad-vertex.net'), '--relations', 'ENEMY']);
    expect(r.code).toBe(2);
    const net = file('ok.net', '*Vertices 2\n1 "A"\n2 "B"\n*Arcs :1 "ALLY"\n1 2 1\n');
    const rel = await cli(['validate', net, '--relations', 'ENEMY']);
    expect([rel.code, rel.stderr]).toEqual([2, expect.stringMatching(/ok\.net:1:1: --relations: no relation "ENEMY" in the file \(relations: 1 ALLY\)/)]);
    const csv = file('cols.csv', 'source,target,sign\na,b,1\n');
    const col = await cli(['analyze', csv, '--weight-column', 'w']);
    expect([col.code, col.stderr]).toEqual([2, expect.stringMatching(/cols\.csv:1:1: --weight-column "w" is not a column of the header/)]);
    const headerless = await cli(['analyze', file('h.txt', 'a b 1\n'), '--time-column', 'when']);
    expect([headerless.code, headerless.stderr]).toEqual([2, expect.stringMatching(/h\.txt:1:1: --time-column "when": the file has no header row/)]);
  });
});
