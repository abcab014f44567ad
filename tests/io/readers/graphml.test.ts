import { describe, expect, it } from 'vitest';
import { readGraphml } from '../../../src/io/readers/graphml.js';
import { InputError } from '../../../src/model/errors.js';

const NETWORKX = `<?xml version="1.0" encoding="utf-8"?>
<graphml xmlns="http://graphml.graphdrawing.org/xmlns">
  <key id="d0" for="edge" attr.name="Sign" attr.type="long"/>
  <key id="d1" for="edge" attr.name="weight" attr.type="double"/>
  <key id="d2" for="node" attr.name="kind" attr.type="string"><default>actor</default></key>
  <graph edgedefault="undirected">
    <node id="TUR"/>
    <node id="SYR"><data key="d2">theater</data></node>
    <node id="RUS"/>
    <edge source="TUR" target="RUS"><data key="d0">1</data><data key="d1">4</data></edge>
    <edge source="TUR" target="RUS" directed="true"><data key="d0">-1</data></edge>
    <edge source="RUS" target="TUR"/>
  </graph>
</graphml>
`;

const YED = `<?xml version="1.0" encoding="UTF-8"?>
<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:y="http://www.yworks.com/xml/graphml">
  <key for="node" id="d6" yfiles.type="nodegraphics"/>
  <key attr.name="polarity" attr.type="string" for="edge" id="d9"/>
  <graph edgedefault="directed" id="G">
    <node id="n0"><data key="d6"><y:ShapeNode><y:NodeLabel>Türkiye &amp; co</y:NodeLabel></y:ShapeNode></data></node>
    <node id="n1"><data key="d6"><y:ShapeNode><y:NodeLabel>Russia</y:NodeLabel></y:ShapeNode></data></node>
    <edge id="e0" source="n0" target="n1"><data key="d9">cooperation</data></edge>
  </graph>
</graphml>
`;

describe('readGraphml', () => {
  it('refuses edges with neither sign nor polarity, each at its own line', () => {
    try {
      readGraphml('nx.graphml', NETWORKX);
      throw new Error('expected an InputError');
    } catch (err) {
      expect(err).toBeInstanceOf(InputError);
      expect((err as InputError).problems).toEqual([
        expect.objectContaining({ file: 'nx.graphml', line: 12, message: 'edge "e2" has no sign or polarity attribute' }),
      ]);
    }
  });

  it('reads networkx output: sign keys, key defaults, weight as intensity, directed edge attribute', () => {
    const model = readGraphml('nx.graphml', NETWORKX.replace('<edge source="RUS" target="TUR"/>', ''));
    expect(model.title).toBe('nx');
    expect(model.nodes.map((n) => `${n.id}:${n.kind}:${n.type}`)).toEqual(['TUR:actor:state', 'SYR:theater:region', 'RUS:actor:state']);
    expect(model.ties.map((t) => [t.id, t.polarity, t.intensity, t.directed])).toEqual([
      ['e0', 'cooperation', 4, false],
      ['e1', 'conflict', 1, true],
    ]);
  });

  it('reads yEd labels and a polarity key', () => {
    const model = readGraphml('yed.graphml', YED);
    expect(model.nodes.map((n) => n.label)).toEqual(['Türkiye & co', 'Russia']);
    expect(model.ties[0]).toMatchObject({ polarity: 'cooperation', directed: true });
  });
});
