import { describe, expect, it } from 'vitest';
import { htmlExporter } from '../../../src/io/exporters/html.js';
import { EXPORTERS } from '../../../src/io/exporters/index.js';
import { buildTieGraph } from '../../../src/model/graph.js';
import type { Tie } from '../../../src/model/types.js';
import { model, tie } from '../../helpers/graphs.js';

function run(ties: readonly Tie[], progress?: NodeJS.WritableStream): string {
  const m = model(ties);
  const out = htmlExporter.run({ file: 'x.yaml', model: m, graph: buildTieGraph(m) }, { seed: 42, ...(progress ? { progress } : {}) });
  if (out instanceof Promise || out.kind !== 'file') throw new Error('expected one file, synchronously');
  return String(out.data);
}

function sink(): NodeJS.WritableStream & { text: string } {
  const s = { text: '', write: (d: string) => ((s.text += d), true) };
  return s as unknown as NodeJS.WritableStream & { text: string };
}

describe('html exporter', () => {
  it('is registered as --format html', () => {
    expect(EXPORTERS.find((e) => e.id === 'html')).toBe(htmlExporter);
    expect(htmlExporter.extension).toBe('.html');
  });

  it('reports layout progress on the given stream for large graphs only', () => {
    const big = Array.from({ length: 2_100 }, (_, k) => tie(`n${k % 60}`, `n${(k * 7 + 1) % 60}`, k % 3 ? 'cooperation' : 'conflict', { id: `t${k}` })).filter((t) => t.source !== t.target);
    const loud = sink();
    run(big, loud);
    expect(loud.text).toMatch(/layout \d+%/);
    expect(loud.text).toContain('layout 100%\n');
    const quiet = sink();
    run(big.slice(0, 50), quiet);
    expect(quiet.text).toBe('');
  });
});

describe('html export size check', () => {
  it('refuses, before any layout, a graph larger than the viewer is written for, with a hint', async () => {
    const { checkHtmlSize, HTML_LIMITS } = await import('../../../src/io/exporters/html.js');
    const { UserError } = await import('../../../src/model/errors.js');
    expect(() => checkHtmlSize('big.yaml', HTML_LIMITS.nodes, HTML_LIMITS.ties)).not.toThrow();
    expect(() => checkHtmlSize('big.yaml', HTML_LIMITS.nodes + 1, 10)).toThrow(UserError);
    expect(() => checkHtmlSize('big.yaml', 10, 2_000_000)).toThrow(/big\.yaml: 10 nodes and 2,000,000 ties are more than the HTML viewer draws \(at most 200,000 nodes and 500,000 ties\)/);
    try {
      checkHtmlSize('big.yaml', 10, 600_000);
    } catch (e) {
      expect((e as InstanceType<typeof UserError>).hint).toMatch(/gexf/);
    }
  });
});
