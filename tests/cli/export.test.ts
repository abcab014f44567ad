import { describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
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

  it('adds the focus section only when the graph names a pair, the signed figures either way', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'rivalgraph-export-'));
    const node = (id: string): string => `  - { id: ${id}, label: ${id}, kind: actor, type: state }`;
    const ties = [
      '  - { id: ab, source: A, target: B, polarity: cooperation, relation: supplies, domain: energy, start: 2019, intensity: 2 }',
      '  - { id: ab2, source: A, target: B, polarity: conflict, relation: strikes, domain: military, start: 2020 }',
      '  - { id: bc, source: B, target: C, polarity: conflict, relation: strikes, domain: military, start: 2019 }',
      '  - { id: ac, source: A, target: C, polarity: conflict, relation: strikes, domain: military, start: 2019 }',
    ];
    const file = (focus: boolean): string => {
      const path = join(dir, focus ? 'focus.yaml' : 'plain.yaml');
      writeFileSync(path, ['rivalgraph: 1', 'title: t', ...(focus ? ['focus: [A, B]'] : []), 'nodes:', ...['A', 'B', 'C'].map(node), 'ties:', ...ties, ''].join('\n'));
      return path;
    };
    try {
      const plain = await runCli(['export', file(false), '-f', 'json', '-o', '-']);
      expect(plain.code, plain.stderr).toBe(0);
      const a = JSON.parse(plain.stdout).analysis;
      expect(a.focus).toBeUndefined();
      expect(a.balance.triangles.byNegatives).toEqual([0, 0, 1, 0]); // A-B net +1: one positive, two negative pairs
      const focused = await runCli(['export', file(true), '-f', 'json', '-o', '-']);
      expect(focused.code, focused.stderr).toBe(0);
      const b = JSON.parse(focused.stdout).analysis;
      expect([b.focus.ledger.cooperation.count, b.focus.ledger.conflict.count]).toEqual([1, 1]);
      expect(b.balance).toEqual(a.balance);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
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
