/**
 * The date options on every command, in-process (main(argv, ctx)): one meaning of time for
 * every section of analyze, report, scenario and export.
 */
import { describe, expect, it } from 'vitest';
import { Writable } from 'node:stream';
import { main } from '../../src/cli/main.js';
import { loadGraphFile } from '../../src/io/load-file.js';
import { analyzeFocus } from '../../src/analysis/focus/index.js';
import { overlaps, tieSpan } from '../../src/model/span.js';
import { windowDays } from '../../src/model/time.js';

/** Run the CLI in this process and collect what it writes. */
async function run(argv: readonly string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  const sink = () => {
    const chunks: string[] = [];
    const w = new Writable({
      write(chunk, _enc, done) {
        chunks.push(String(chunk));
        done();
      },
    });
    return { w, text: () => chunks.join('') };
  };
  const out = sink();
  const err = sink();
  const code = await main(argv, { stdout: out.w, stderr: err.w, env: { NO_COLOR: '1' } });
  return { code, stdout: out.text(), stderr: err.text() };
}

const daysAfter = (text: string, d: string) => [...new Set(text.match(/\d{4}-\d{2}-\d{2}/g) ?? [])].filter((x) => x > d);

describe('date options: one meaning everywhere', () => {
  it('analyze --as-of 2020-11-13 --json holds no date after 2020-11-13, in any section', async () => {
    const r = await run(['analyze', '--as-of', '2020-11-13', '--json', '--budget', '1']);
    expect(r.code).toBe(0);
    expect(daysAfter(r.stdout, '2020-11-13')).toEqual([]);
    const j = JSON.parse(r.stdout);
    expect(j.focus.timeline.asOf).toBe('2020-11-13');
    // The verdict words and agreement the docs promise.
    expect(['drawing-closer', 'rivalry-growing', 'compartmentalised-rivalry', 'steady', 'cannot-tell']).toContain(j.focus.outlook.verdict);
    expect(j.focus.outlook.agreement).toBeGreaterThanOrEqual(0);
    expect(j.focus.outlook.agreement).toBeLessThanOrEqual(1);
    expect(j.focus.outlook.grid).toHaveLength(12);
  }, 30_000);
  it('--at and --from/--to cut the ledger, the mediated list and the signed metrics alike', async () => {
    const { graph } = loadGraphFile(undefined);
    for (const argv of [['--at', '2015-12-01'], ['--from', '2016', '--to', '2018']]) {
      // Every node (--nodes all): the signed metrics then count the ties themselves, not the actor pairs projects make.
      const r = await run(['analyze', ...argv, '--json', '--metrics', 'balance', '--budget', '1', '--nodes', 'all']);
      expect(r.code).toBe(0);
      const j = JSON.parse(r.stdout);
      const w = argv[0] === '--at' ? { at: argv[1]! } : { from: argv[1]!, to: argv[3]! };
      const { from, to } = windowDays(w);
      const [a, b] = graph.getAttribute('focus')!;
      const direct = graph.filterEdges((_k, t) => [t.source, t.target].sort().join() === [a, b].sort().join() && overlaps(tieSpan(t), from, to));
      expect(j.focus.ledger.cooperation.count + j.focus.ledger.conflict.count).toBe(direct.length);
      expect(j.focus.ledger).toEqual(analyzeFocus(graph, w).ledger);
      for (const s of [...j.focus.mediated.sharedProjects, ...j.focus.mediated.proxies]) {
        expect(s.span.from >= (argv[0] === '--at' ? '2015-12-01' : '2016-01-01')).toBe(true);
        expect(s.span.to <= (argv[0] === '--at' ? '2015-12-01' : '2018-12-31')).toBe(true);
      }
      // The signed metrics read the same ties: every tie active in the window, and no other.
      expect(j.input.ties).toBe(graph.filterEdges((_k, t) => overlaps(tieSpan(t), from, to)).length);
      expect(j.input.ties + j.input.outsideWindow).toBe(graph.size);
    }
  }, 30_000);
  it('warns when --as-of runs past the record, in text and JSON', async () => {
    const r = await run(['analyze', '--as-of', '2030', '--metrics', 'balance', '--budget', '1']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/warning: --as-of 2030-12-31 is [\d.]+ years after the last dated event/);
  }, 30_000);
  it('report, scenario and export take the same options', async () => {
    const md = await run(['report', '--as-of', '2020-11-13', '-o', '-']);
    expect(md.code).toBe(0);
    expect(daysAfter(md.stdout, '2020-11-13')).toEqual([]);
    const sc = await run(['scenario', 'graphs/turkey-russia.yaml', 'graphs/scenarios/renewed-idlib-clash.yaml', '--as-of', '2019', '--json']);
    expect(sc.code).toBe(0);
    expect(JSON.parse(sc.stdout).scenario.before.timeline.asOf).toBe('2019-12-31');
    const ex = await run(['export', '-f', 'json', '--as-of', '2020-11-13', '-o', '-']);
    expect(ex.code).toBe(0);
    // The analysis carried with the data (the HTML's panel reads the same) is cut as the data is.
    const analysis = JSON.parse(ex.stdout).analysis;
    expect(analysis.focus.timeline.asOf).toBe('2020-11-13');
    expect(analysis.input.window).toEqual({ asOf: '2020-11-13' });
    expect(daysAfter(JSON.stringify(analysis), '2020-11-13')).toEqual([]);
    const ties = JSON.parse(ex.stdout).edges.map((e: { attributes: { start?: string; end?: string } }) => e.attributes);
    expect(ties.every((t: { start?: string; end?: string }) => t.end !== 'ongoing' && !daysAfter(`${t.start ?? ''} ${t.end ?? ''}`, '2020-11-13').length)).toBe(true);
    expect(ties.some((t: { end?: string }) => t.end === '2020-11-13')).toBe(true);
  }, 60_000);
  it('refuses combinations that make no sense, with exit 2', async () => {
    for (const argv of [
      ['analyze', '--at', '2015', '--from', '2014'],
      ['analyze', '--as-of', '2015', '--to', '2016'],
      ['report', '--from', '2019', '--to', '2018', '-o', '-'],
      ['export', '--as-of', '2015-02-30', '-o', '-'],
    ]) {
      const r = await run(argv);
      expect(r.code, argv.join(' ')).toBe(2);
      expect(r.stderr).toMatch(/rivalgraph: |error: /);
    }
  }, 30_000);
});
