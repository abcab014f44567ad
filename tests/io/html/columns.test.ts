import { describe, expect, it } from 'vitest';
import { buildColumns, buildPayload } from '../../../src/io/html/payload.js';
import { decodePayload, encodePayload } from '../../../src/presentation/columns.js';
import { graphOf, tie } from '../../helpers/graphs.js';
import { buildTieGraph } from '../../../src/model/graph.js';
import { sampleModel } from '../../viewer/fixtures.js';

describe('payload columns', () => {
  const graph = buildTieGraph(sampleModel());

  it('decode gives back the records, and encoding them gives the same columns the exporter writes', () => {
    const columns = buildColumns(graph, { layout: { seed: 3 } });
    const records = buildPayload(graph, { layout: { seed: 3 } });
    expect(decodePayload(columns)).toEqual(records);
    expect(encodePayload(records)).toEqual(columns);
    const t4 = records.ties.find((t) => t.id === 't4')!;
    expect(t4.evidence?.[0]?.quote).toBe('Alpha and Gamma fought over the river.');
    expect(t4.end).toBe('ongoing');
    expect(records.ties.find((t) => t.id === 't3')!.start).toBeUndefined();
    expect(records.nodes.find((n) => n.id === 'B')!.aliases).toEqual(['BET']);
  });

  it('is less than half the size of one object per tie on many ties', () => {
    const ties = Array.from({ length: 2000 }, (_v, i) => tie(`N${i % 97}`, `M${(i * 7 + 1) % 89}`, i % 3 ? 'cooperation' : 'conflict', { id: `t${i}`, start: String(2000 + (i % 20)), intensity: 1 + (i % 9) }));
    const g = graphOf(ties);
    const columns = JSON.stringify(buildColumns(g, { layout: { iterations: 1 } }));
    const records = JSON.stringify(buildPayload(g, { layout: { iterations: 1 } }));
    expect(columns.length).toBeLessThan(records.length / 2);
  });
});
