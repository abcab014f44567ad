import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';

describe('rivalgraph export carries the analysis', () => {
  it('puts the same figures as `analyze --json` into the JSON export, and leaves them out with --no-analysis', async () => {
    const exported = await runCli(['export', '-f', 'json']);
    expect(exported.code, exported.stderr).toBe(0);
    const doc = JSON.parse(exported.stdout);
    const analyzed = JSON.parse((await runCli(['analyze', '--json'])).stdout);
    const { file: _file, ...expected } = analyzed;
    expect(doc.analysis).toEqual(expected);
    expect(doc.analysis.focus.pair).toBeDefined();

    const bare = JSON.parse((await runCli(['export', '-f', 'json', '--no-analysis'])).stdout);
    expect(bare.analysis).toBeUndefined();
    expect(bare.edges).toEqual(doc.edges);
  });

  it('shows the analysis figures in the HTML payload', async () => {
    const html = (await runCli(['export', '-f', 'html'])).stdout;
    const json = /<script type="application\/json" id="rg-data">([\s\S]*?)<\/script>/.exec(html)?.[1];
    expect(json).toBeDefined();
    const payload = JSON.parse(json!.replace(/\\u003c/g, '<'));
    expect(Object.keys(payload.analysis).sort()).toEqual(['balance', 'focus']);
    expect(payload.analysis.focus.compartmentalization.index).toBeGreaterThan(0);
  });
});

describe('rivalgraph export --claims', () => {
  it('checks the claims named on the command line instead of the file\'s', async () => {
    const { runMain } = await import('../helpers/in-process.js');
    const r = await runMain(['export', '--format', 'json', '--claims', 'Akkuyu,Nowhere Pipe', '-o', '-']);
    expect(r.code).toBe(0);
    const claims = JSON.parse(r.stdout).analysis.focus.buffers.claims as { claim: string; found: boolean }[];
    expect(claims.map((c) => [c.claim, c.found])).toEqual([
      ['Akkuyu', true],
      ['Nowhere Pipe', false],
    ]);
    const fromFile = JSON.parse((await runMain(['export', '--format', 'json', '-o', '-'])).stdout);
    expect(fromFile.attributes.claims).toEqual(['TurkStream', 'Blue Stream', 'Akkuyu', 'S-400']);
    expect(fromFile.analysis.focus.buffers.claims).toHaveLength(4);
  });
});
