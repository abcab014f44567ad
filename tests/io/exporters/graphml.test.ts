import { describe, expect, it } from 'vitest';
import { toGraphml, GRAPHML_NS } from '../../../src/io/exporters/graphml.js';
import { child, children, parseXml } from '../../../src/io/xml.js';
import { graphOf, tie } from '../../helpers/graphs.js';

describe('graphml exporter', () => {
  const text = toGraphml(
    graphOf(
      [
        tie('A', 'B', 'conflict', { id: 't1', evidence: [{ source: 's', quote: 'a "quote" <here> & there' }] }),
        tie('A', 'B', 'cooperation', { id: 't2', directed: false }),
      ],
      { title: 'T & R', focus: ['A', 'B'], sources: { s: { title: 'S' } } },
    ),
  );
  const root = parseXml('t.graphml', text).documentElement!;
  const graph = child(root, 'graph')!;
  const dataOf = (el: ReturnType<typeof child>) => Object.fromEntries(children(el!, 'data').map((d) => [d.getAttribute('key'), d.textContent]));

  it('declares one typed key per column, in the GraphML namespace', () => {
    expect(root.namespaceURI).toBe(GRAPHML_NS);
    const keys = children(root, 'key').map((k) => `${k.getAttribute('for')}:${k.getAttribute('attr.name')}:${k.getAttribute('attr.type')}`);
    expect(keys).toContain('edge:sign:int');
    expect(keys).toContain('edge:intensity:double');
    expect(keys).toContain('edge:directed:boolean');
    expect(keys).toContain('graph:sources:string');
  });

  it('keeps graph metadata as graph data and evidence as JSON text', () => {
    expect(dataOf(graph)).toMatchObject({ g_title: 'T & R', g_focus: '["A","B"]', g_sources: '{"s":{"title":"S"}}' });
    const [e1, e2] = children(graph, 'edge');
    expect(JSON.parse(dataOf(e1).e_evidence!)).toEqual([{ source: 's', quote: 'a "quote" <here> & there' }]);
    expect(dataOf(e1)).toMatchObject({ e_polarity: 'conflict', e_sign: '-1', e_directed: 'true' });
    expect(dataOf(e2)).toMatchObject({ e_polarity: 'cooperation', e_sign: '1', e_directed: 'false' });
  });

  it('never writes directed="false" on an edge (networkx refuses it) and uses edgedefault only when all agree', () => {
    expect(text).not.toMatch(/<edge[^>]* directed=/);
    expect(graph.getAttribute('edgedefault')).toBe('directed');
    expect(toGraphml(graphOf([tie('A', 'B', 'conflict', { directed: false })]))).toMatch(/edgedefault="undirected"/);
  });
});
