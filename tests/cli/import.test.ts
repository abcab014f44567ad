import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { runCli } from '../helpers/cli.js';
import { gdeltRow, icewsRow, ICEWS_HEADER, tempDir, writeText, writeZip, type Ev } from '../helpers/events.js';

const EVENTS: Ev[] = [
  { date: '20200305', a1: 'TUR', a2: 'RUS', code: '046', mentions: 10, url: 'https://a.example/moscow-protocol' },
  { date: '20200305', a1: 'TUR', a2: 'RUS', code: '046', mentions: 4, url: 'https://b.example/moscow' },
  { date: '20200227', a1: 'RUS', a2: 'TUR', code: '195', mentions: 50, url: 'https://d.example/balyun' },
  { date: '20200228', a1: 'TUR', a2: '', a2Group: 'NAT', code: '111', mentions: 2 },
  { date: '20201001', a1: 'AZE', a2: 'ARM', code: '190', mentions: 30, url: 'https://e.example/karabakh' },
];
const text = EVENTS.map((e, i) => gdeltRow(e, 61, i + 1)).join('\n') + '\nnot a row\n';

describe('rivalgraph import (end to end)', () => {
  it('imports GDELT into a YAML graph that validate accepts, with a summary on stderr', async () => {
    const dir = tempDir();
    const input = writeText(dir, '20200305.export.CSV', text);
    const out = join(dir, 'graph.yaml');
    const r = await runCli(['import', 'gdelt', input, '-o', out]);
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/GDELT 2\.0 \(61 columns\)/);
    expect(r.stderr).toMatch(/rows: 6 read, 5 kept, 0 filtered, 1 malformed/);
    expect(r.stderr).toMatch(/20200305\.export\.CSV:6:10: 1 fields/);
    expect(r.stderr).toMatch(/events: 4 after removing 1 duplicate reports/);
    const v = await runCli(['validate', out]);
    expect(v.stdout + v.stderr).toMatch(/^ok .*graph\.yaml: 5 nodes, 4 ties/);
    const doc = parse(readFileSync(out, 'utf8'));
    const tie = doc.ties.find((t: { id: string }) => t.id === 'TUR-RUS-2020-03-cooperation-04');
    expect(tie).toMatchObject({ polarity: 'cooperation', relation: 'consults', domain: 'diplomatic', intensity: 7, start: '2020-03', end: '2020-03' });
    expect(tie.evidence).toEqual([
      { source: 'gdelt', url: 'https://a.example/moscow-protocol' },
      { source: 'gdelt', url: 'https://b.example/moscow' },
    ]);
    expect(doc.nodes.find((n: { id: string }) => n.id === 'TUR')).toMatchObject({ kind: 'actor', type: 'state', label: 'Turkey' });
    expect(doc.nodes.find((n: { id: string }) => n.id === 'NAT')).toMatchObject({ type: 'alliance' });
    expect(doc.ties.find((t: { id: string }) => t.id === 'RUS-TUR-2020-02-conflict-19')).toMatchObject({ domain: 'military', intensity: 10 });
  });

  it('writes JSON by extension, byte-identical across runs and across worker counts', async () => {
    const dir = tempDir();
    const input = await writeZip(dir, 'e.CSV.zip', 'e.CSV', text);
    const a = await runCli(['import', 'gdelt', input, '-o', join(dir, 'a.json'), '--workers', '1']);
    const b = await runCli(['import', 'gdelt', input, writeText(dir, 'e.CSV', text), '-o', join(dir, 'b.json'), '--workers', '2', '--dyad', 'TUR,RUS']);
    expect(a.code).toBe(0);
    expect(b.code).toBe(0);
    const ja = JSON.parse(readFileSync(join(dir, 'a.json'), 'utf8'));
    const jb = JSON.parse(readFileSync(join(dir, 'b.json'), 'utf8'));
    expect(ja.ties).toHaveLength(4);
    expect(ja.focus).toBeUndefined();
    expect(jb.focus).toEqual(['TUR', 'RUS']);
    // The same events read twice (zip + plain) are deduplicated to the same ties.
    expect(jb.ties.map((t: { id: string }) => t.id)).toEqual(ja.ties.filter((t: { source: string; target: string }) => [t.source, t.target].sort().join() === 'RUS,TUR').map((t: { id: string }) => t.id));
    await runCli(['import', 'gdelt', input, '-o', join(dir, 'c.json'), '--workers', '1']);
    expect(readFileSync(join(dir, 'c.json'), 'utf8')).toBe(readFileSync(join(dir, 'a.json'), 'utf8'));
  });

  it('imports ICEWS with M/D/YYYY dates and NA values', async () => {
    const dir = tempDir();
    const rows = [
      ICEWS_HEADER.join('\t'),
      icewsRow({ date: '3/5/2017', src: 'Turkey', tgt: 'Russian Federation', code: '046', intensity: '7.0', story: 11 }),
      icewsRow({ date: '2017-03-05', src: 'Turkey', tgt: 'Russian Federation', code: '046', story: 12 }),
      icewsRow({ date: '3/7/2017', src: 'Russian Federation', tgt: 'Syria', code: '190' }),
      icewsRow({ date: '3/8/2017', src: 'NA', tgt: 'Syria', code: '190' }),
      icewsRow({ date: '3/8/2017', src: 'Narnia', tgt: 'Syria', code: '190' }),
      icewsRow({ date: '13/8/2017', src: 'Turkey', tgt: 'Syria', code: '190' }),
      icewsRow({ date: '3/9/2017', src: 'Turkey', tgt: 'Syria', code: 'NA' }),
    ];
    const input = writeText(dir, 'Events.2017.20201006.tab', rows.join('\n') + '\n');
    const out = join(dir, 'icews.yaml');
    const r = await runCli(['import', 'icews', input, '-o', out, '--quad-scheme', 'icews']);
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/rows: 7 read, 3 kept, 2 filtered, 2 malformed/);
    expect(r.stderr).toMatch(/unmapped country names: Narnia \(1\)/);
    expect((await runCli(['validate', out])).code).toBe(0);
    const doc = parse(readFileSync(out, 'utf8'));
    expect(doc.ties.map((t: { id: string }) => t.id)).toEqual(['RUS-SYR-2017-03-conflict-19', 'TUR-RUS-2017-03-cooperation-04']);
    expect(doc.ties[1].evidence).toEqual([{ source: 'icews', page: 'story 11 (Wire)' }, { source: 'icews', page: 'story 12 (Wire)' }]);
  });

  it('exits 2 with a located message under --strict, and on bad flags or files', async () => {
    const dir = tempDir();
    const input = writeText(dir, 'x.CSV', text);
    const s = await runCli(['import', 'gdelt', input, '-o', join(dir, 'g.yaml'), '--strict']);
    expect(s.code).toBe(2);
    expect(s.stderr).toMatch(/x\.CSV:6:10: malformed row: 1 fields/);
    expect(s.stderr).not.toMatch(/at .*\.js/);
    expect((await runCli(['import', 'gdelt', input, '-o', join(dir, 'g.yaml'), '--root-codes', '21'])).code).toBe(2);
    expect((await runCli(['import', 'gdelt', input, '-o', join(dir, 'g.yaml'), '--dyad', 'TUR'])).code).toBe(2);
    expect((await runCli(['import', 'gdelt', input, '-o', join(dir, 'g.yaml'), '--from', '2020-13'])).code).toBe(2);
    expect((await runCli(['import', 'csv', input, '-o', join(dir, 'g.yaml')])).code).toBe(2);
    const missing = await runCli(['import', 'gdelt', join(dir, 'nope.CSV'), '-o', join(dir, 'g.yaml')]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/nope\.CSV: no such file/);
    expect((await runCli(['import', 'gdelt', input, '-o', input])).stderr).toMatch(/refusing to overwrite an input/);
  });
});

describe('rivalgraph import errors from worker threads', () => {
  it('a broken zip read by a worker is a user error (exit 2), not a crash', async () => {
    const dir = tempDir();
    const zip = writeText(dir, 'broken.CSV.zip', 'not a zip');
    const r = await runCli(['import', 'gdelt', writeText(dir, 'ok.CSV', text), zip, '-o', join(dir, 'g.json'), '--workers', '2']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/broken\.CSV\.zip: not a readable zip archive/);
  });
});

describe('rivalgraph import dyads (end to end)', () => {
  it('reads a BigQuery-style CSV export into a graph validate accepts', async () => {
    const dir = tempDir();
    const table = writeText(
      dir,
      'bq-results.csv',
      'source,target,period,polarity,root,events,abs_goldstein,mentions,weighted_abs_goldstein,top_urls\n' +
        'TUR,RUS,2020-03,cooperation,04,2,14.0,20,140.0,"https://a.example/1 https://b.example/2"\n' +
        'RUS,TUR,2020-02,conflict,19,1,10.0,50,500.0,\n',
    );
    const out = join(dir, 'g.yaml');
    const r = await runCli(['import', 'dyads', table, '-o', out, '--weight-mentions']);
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/rows: 2 read, 2 kept/);
    expect((await runCli(['validate', out])).code).toBe(0);
    const doc = parse(readFileSync(out, 'utf8'));
    expect(doc.sources.dyads.title).toMatch(/SQL/);
    expect(doc.ties[1]).toMatchObject({ id: 'TUR-RUS-2020-03-cooperation-04', intensity: 7, evidence: [{ source: 'dyads', url: 'https://a.example/1' }, { source: 'dyads', url: 'https://b.example/2' }] });
  });
});
