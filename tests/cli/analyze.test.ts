import { describe, expect, it } from 'vitest';
import { fixture, runCli } from '../helpers/cli.js';

describe('rivalgraph analyze', () => {
  it('analyses the built-in graph', async () => {
    const r = await runCli(['analyze']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/Signed network analysis/);
    expect(r.stdout).toMatch(/frustration index/);
  });

  it('prints the JSON contract, byte-identical on two runs', async () => {
    const args = ['analyze', fixture('analysis', 'highland-tribes.csv'), '--json'];
    const r = await runCli(args);
    expect(r.code).toBe(0);
    expect((await runCli(args)).stdout).toBe(r.stdout);
    const json = JSON.parse(r.stdout);
    expect(Object.keys(json)).toEqual(['rivalgraph', 'file', 'nodes', 'edges', 'input', 'components', 'balance', 'centrality', 'factions']);
    expect(json.balance.triangles.byNegatives).toHaveLength(4);
    expect(json.balance.frustration).toMatchObject({ index: 7, exact: true, lower: 7, upper: 7 });
    expect(json.balance.frustration.partition).toHaveLength(2);
    expect(json.centrality.degree.GAVEV).toMatchObject({ positive: expect.any(Number), negative: expect.any(Number) });
    expect(typeof json.centrality.pn.GAVEV).toBe('number');
    expect(json.factions.k).toBe(3);
  });

  it('exits 2 with file:line:column on a bad CSV row, and skips it with --skip-bad-rows', async () => {
    const bad = await runCli(['analyze', 'tests/fixtures/analysis/bad-row.csv']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/bad-row\.csv:4:5: sign "maybe" is not a sign/);
    expect(bad.stderr).not.toMatch(/at .*\.js/);
    const skipped = await runCli(['analyze', 'tests/fixtures/analysis/bad-row.csv', '--skip-bad-rows', '--json']);
    expect(skipped.code).toBe(0);
    expect(JSON.parse(skipped.stdout).badRows).toBe(1);
  });

  it('exits 2 on bad flags', async () => {
    const metric = await runCli(['analyze', '--metrics', 'nope']);
    expect(metric.code).toBe(2);
    expect(metric.stderr).toMatch(/unknown metric "nope"/);
    expect((await runCli(['analyze', '--at', '2020', '--from', '2019'])).code).toBe(2);
    expect((await runCli(['analyze', '--budget', '0'])).code).toBe(2);
  });

  it('runs only the chosen metrics', async () => {
    const r = await runCli(['analyze', fixture('analysis', 'highland-tribes.csv'), '--json', '--metrics', 'triangles,degree']);
    const json = JSON.parse(r.stdout);
    expect(Object.keys(json.balance)).toEqual(['triangles', 'ratio']);
    expect(Object.keys(json.centrality)).toEqual(['degree']);
    expect(json.factions).toBeUndefined();
  });
});
