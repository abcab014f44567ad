import { describe, expect, it } from 'vitest';
import { parse } from 'csv-parse/sync';
import { csvExporter } from '../../../src/io/exporters/csv.js';
import { DEFAULT_EXPORT_OPTIONS } from '../../../src/io/exporters/types.js';
import { buildTieGraph } from '../../../src/model/graph.js';
import { model, node, tie } from '../../helpers/graphs.js';

describe('csv exporter', () => {
  it('writes three RFC 4180 files with a header row, quoting commas, quotes and newlines', async () => {
    const m = model([tie('TUR', 'RUS', 'conflict', { id: 'jet', start: '2015-11-24', notes: 'shot down, "Su-24"\nnear the border' })], {
      nodes: [node('TUR', { label: 'Türkiye, Republic of', aliases: ['TR', 'TUR'] })],
      sources: { s: { title: 'A, "B"' } },
    });
    const out = await csvExporter.run({ file: 'x', model: m, graph: buildTieGraph(m) }, DEFAULT_EXPORT_OPTIONS);
    if (out.kind !== 'files') throw new Error('expected files');
    expect(csvExporter.target).toBe('folder');
    const edges = String(out.files['edges.csv']);
    expect(edges.split('\n')[0]).toBe('id,source,target,polarity,sign,relation,domain,intensity,directed,start,end,theater,confidence,evidence,tags,notes,weight');
    const [row] = parse(edges, { columns: true }) as Record<string, string>[];
    expect(row).toMatchObject({ id: 'jet', polarity: 'conflict', sign: '-1', directed: 'true', start: '2015-11-24', notes: 'shot down, "Su-24"\nnear the border' });
    const [tur] = parse(String(out.files['nodes.csv']), { columns: true }) as Record<string, string>[];
    expect(tur).toMatchObject({ id: 'TUR', label: 'Türkiye, Republic of', aliases: '["TR","TUR"]' });
    expect(parse(String(out.files['sources.csv']), { columns: true })).toEqual([{ id: 's', title: 'A, "B"', publisher: '', author: '', date: '', url: '', notes: '' }]);
  });

  it('quotes a lone carriage return, which readers take for a line end', async () => {
    const m = model([tie('TUR', 'RUS', 'conflict', { id: 'cr', start: '2015-11-24', notes: 'first\rsecond' })], { nodes: [node('TUR', { label: 'A\rB' })] });
    const out = await csvExporter.run({ file: 'x', model: m, graph: buildTieGraph(m) }, DEFAULT_EXPORT_OPTIONS);
    if (out.kind !== 'files') throw new Error('expected files');
    const edges = String(out.files['edges.csv']);
    expect(edges).toContain('"first\rsecond"');
    expect((parse(edges, { columns: true }) as Record<string, string>[]).map((r) => r.notes)).toEqual(['first\rsecond']);
    expect((parse(String(out.files['nodes.csv']), { columns: true }) as Record<string, string>[]).find((r) => r.id === 'TUR')!.label).toBe('A\rB');
  });
});
