/**
 * Import, then analyze, info, validate and export the same file, in process: the compact tie
 * table (.csv) and the JSON graph of one import give the same figures; bad input exits 2.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import { GDELT_61, gdeltRow, tempDir, writeText, type Ev } from '../helpers/events.js';

/** Run the CLI in this process, collecting its output. */
async function cli(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const sink = (add: (s: string) => void) => new Writable({ write: (chunk, _e, done) => (add(String(chunk)), done()) });
  const code = await main(args, { stdout: sink((s) => (stdout += s)), stderr: sink((s) => (stderr += s)), env: {} });
  return { code, stdout, stderr };
}

/** Seeded events over a few actors and months, with both signs between most pairs. */
function events(n: number): Ev[] {
  const actors = ['TUR', 'RUS', 'SYR', 'AZE', 'ARM', 'IRN', 'USA'];
  const codes = ['036', '042', '046', '057', '111', '163', '172', '190', '195'];
  let s = 7;
  const next = () => ((s = (s * 1103515245 + 12345) % 2147483648) / 2147483648);
  return Array.from({ length: n }, () => {
    const a = actors[Math.floor(next() * actors.length)]!;
    let b = actors[Math.floor(next() * actors.length)]!;
    if (b === a) b = actors[(actors.indexOf(a) + 1) % actors.length]!;
    const month = 1 + Math.floor(next() * 6);
    const day = 1 + Math.floor(next() * 28);
    return { date: `2020${String(month).padStart(2, '0')}${String(day).padStart(2, '0')}`, a1: a, a2: b, code: codes[Math.floor(next() * codes.length)]!, mentions: 1 + Math.floor(next() * 9), url: `https://n.example/${Math.floor(next() * 50)}` };
  });
}

describe('import -> analyze -> export of the same file', () => {
  it('gives the same analysis, info and export from the tie table (.csv) as from the JSON graph', async () => {
    const dir = tempDir();
    const input = writeText(dir, 'e.CSV', events(250).map((e, i) => gdeltRow(e, 61, i)).join('\n') + '\n');
    const csv = join(dir, 'ties.csv');
    const json = join(dir, 'graph.json');
    const imported = await cli(['import', 'gdelt', input, '-o', csv, '--json']);
    expect(imported.code).toBe(0);
    const summary = JSON.parse(imported.stdout);
    expect(summary).toMatchObject({ rivalgraph: 1, format: 'gdelt', rows: 250, malformed: 0 });
    expect((await cli(['import', 'gdelt', input, '-o', json, '-q'])).code).toBe(0);
    expect(readFileSync(csv, 'utf8').split('\n')[0]).toBe('id,source,target,polarity,sign,weight,start,end,relation,domain,intensity,events,mentions,dataset,tags,evidence,notes,source_label,source_type,target_label,target_type');
    expect(readFileSync(csv, 'utf8').trim().split('\n')).toHaveLength(summary.ties + 1);

    // analyze reads the tie table as an edge list, the JSON as a graph: same balance, same window.
    const strip = (out: string) => {
      const { file: _f, focus: _x, ...rest } = JSON.parse(out);
      return rest;
    };
    for (const window of [[], ['--from', '2020-02', '--to', '2020-04']]) {
      const a = await cli(['analyze', csv, '--json', '--metrics', 'triangles,walk,degree,components', ...window]);
      const b = await cli(['analyze', json, '--json', '--metrics', 'triangles,walk,degree,components', ...window]);
      expect(a.code).toBe(0);
      expect(strip(a.stdout)).toEqual(strip(b.stdout));
    }

    // info, validate and export read the tie table as a graph.
    const infoCsv = JSON.parse((await cli(['info', csv, '--json'])).stdout);
    const infoJson = JSON.parse((await cli(['info', json, '--json'])).stdout);
    // A tie table carries no title: it is named after its file.
    expect({ ...infoCsv, file: '', title: '' }).toEqual({ ...infoJson, file: '', title: '' });
    const v = await cli(['validate', csv, json, '--json']);
    expect(v.code).toBe(0);
    expect(JSON.parse(v.stdout)).toMatchObject({ ok: true, files: [{ ok: true, ties: summary.ties }, { ok: true, ties: summary.ties }] });
    // export: every tie (edge) and node the same, from either file.
    const exported = (file: string, out: string) => cli(['export', file, '--format', 'json', '-o', join(dir, out)]).then((r) => (expect(r.code).toBe(0), JSON.parse(readFileSync(join(dir, out), 'utf8'))));
    const fromCsv = await exported(csv, 'a.export.json');
    const fromJson = await exported(json, 'b.export.json');
    expect(fromCsv.edges.length).toBe(summary.ties);
    expect(fromCsv.edges).toEqual(fromJson.edges);
    expect(fromCsv.nodes).toEqual(fromJson.nodes);
  });

  it('reads a GDELT export saved with commas and a header row; refuses files with no row in GDELT\'s layout (exit 2, never an empty graph)', async () => {
    const dir = tempDir();
    const evs = events(30);
    const quote = (v: string) => (/[",]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);
    const bq = [GDELT_61.join(','), ...evs.map((e, i) => gdeltRow(e, 61, i).split('\t').map((v, j) => quote(j === 6 ? `${v}, DC` : v)).join(','))].join('\r\n');
    const tsv = evs.map((e, i) => gdeltRow(e, 61, i)).join('\n');
    const a = await cli(['import', 'gdelt', writeText(dir, 'bq.csv', '\uFEFF' + bq + '\r\n'), '-o', join(dir, 'a.json'), '--json']);
    const b = await cli(['import', 'gdelt', writeText(dir, 'raw.CSV', tsv + '\n'), '-o', join(dir, 'b.json'), '-q']);
    expect(a.code).toBe(0);
    expect(b.code).toBe(0);
    expect(JSON.parse(a.stdout).files[0].layout).toBe('GDELT 2.0 (61 columns), header row');
    expect(JSON.parse(readFileSync(join(dir, 'a.json'), 'utf8')).ties).toEqual(JSON.parse(readFileSync(join(dir, 'b.json'), 'utf8')).ties);
    const junk = await cli(['import', 'gdelt', writeText(dir, 'junk.csv', 'name,value\nx,1\n'), '-o', join(dir, 'j.json')]);
    expect(junk.code).toBe(2);
    expect(junk.stderr).toMatch(/no row has GDELT's layout in .*junk\.csv/);
    const empty = await cli(['import', 'gdelt', writeText(dir, 'empty.CSV', ''), '-o', join(dir, 'e.json')]);
    expect(empty.code).toBe(2);
    const ext = await cli(['import', 'gdelt', join(dir, 'raw.CSV'), '-o', join(dir, 'out.txt')]);
    expect(ext.code).toBe(2);
    expect(ext.stderr).toMatch(/out\.txt: unknown output type/);
  });

  it('imports POLECAT and ACLED files with a byte-order mark and CRLF line ends, then analyses them', async () => {
    const dir = tempDir();
    const polecat = ['Event Date\tEvent Type\tActor Country\tRecipient Country', '2023-05-02\tASSAULT\tRUS\tUKR', '2023-05-03\tCONSULT\tTUR\tRUS', '2023-05-04\tASSAULT\tTUR\tUKR'].join('\r\n');
    const p = await cli(['import', 'polecat', writeText(dir, 'ngec.txt', '\uFEFF' + polecat + '\r\n'), '-o', join(dir, 'p.csv'), '--json']);
    expect(p.code).toBe(0);
    expect(JSON.parse(p.stdout)).toMatchObject({ rows: 3, kept: 3, ties: 3 });
    expect((await cli(['analyze', join(dir, 'p.csv'), '--metrics', 'triangles'])).code).toBe(0);
    const acled = ['event_date,sub_event_type,actor1,inter1,actor2,inter2,fatalities', '2023-05-02,Armed clash,Military Forces of Russia (2000-),1,"Military Forces of Ukraine (2019-)",1,4'].join('\r\n');
    const a = await cli(['import', 'acled', writeText(dir, 'acled.csv', '\uFEFF' + acled + '\r\n'), '-o', join(dir, 'a.yaml'), '--json']);
    expect(a.code).toBe(0);
    expect(JSON.parse(a.stdout)).toMatchObject({ rows: 1, kept: 1, ties: 1, nodes: 2 });
    expect((await cli(['validate', join(dir, 'a.yaml')])).code).toBe(0);
    const bad = await cli(['import', 'acled', writeText(dir, 'x.csv', 'a,b\n1,2\n'), '-o', join(dir, 'x.yaml')]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/x\.csv:1:1: not a ACLED \(CSV export\) file: no column date, sub, actor1, actor2/);
  });
});
