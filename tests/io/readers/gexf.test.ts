import { describe, expect, it } from 'vitest';
import { readGexf } from '../../../src/io/readers/gexf.js';
import { InputError } from '../../../src/model/errors.js';

/** Build a GEXF document; `version` picks the namespace. */
function gexf(edges: string, { version = '1.3', graph = 'defaultedgetype="directed"', attrs = '' } = {}): string {
  const ns = version === '1.3' ? 'http://gexf.net/1.3' : 'http://www.gexf.net/1.2draft';
  return `<?xml version="1.0" encoding="UTF-8"?>
<gexf xmlns="${ns}" version="${version}">
  <meta><description>From Gephi</description></meta>
  <graph ${graph}>
    <attributes class="edge">
      <attribute id="0" title="sign" type="integer"/>
      ${attrs}
    </attributes>
    <nodes>
      <node id="TUR" label="Turkey"/>
      <node id="RUS" label="Russia"/>
    </nodes>
    <edges>
${edges}
    </edges>
  </graph>
</gexf>
`;
}

function problemsOf(fn: () => unknown): InputError['problems'] {
  try {
    fn();
  } catch (err) {
    if (err instanceof InputError) return err.problems;
    throw err;
  }
  throw new Error('expected an InputError');
}

describe('readGexf', () => {
  it('refuses an edge with neither sign nor polarity, pointing at its line', () => {
    const problems = problemsOf(() => readGexf('g.gexf', gexf('      <edge id="e1" source="TUR" target="RUS"/>')));
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ file: 'g.gexf', line: 14, message: 'edge "e1" has no sign or polarity attribute' });
    expect(problems[0]!.hint).toMatch(/polarity.*sign/);
  });

  it('reads a foreign file: polarity from a numeric sign, intensity from weight, dates from spells, defaults for the rest', () => {
    const model = readGexf(
      'g.gexf',
      gexf(
        `      <edge id="e1" source="TUR" target="RUS" weight="3.5" label="supplies">
        <attvalues><attvalue for="0" value="1"/></attvalues>
        <spells><spell start="2005-01-01" end="2019-12-31"/></spells>
      </edge>
      <edge id="e2" source="RUS" target="TUR" type="undirected">
        <attvalues><attvalue for="0" value="-2"/></attvalues>
        <spells><spell start="2015-11-24"/></spells>
      </edge>`,
        { graph: 'defaultedgetype="directed" mode="dynamic" timeformat="date"' },
      ),
    );
    expect(model.title).toBe('From Gephi');
    expect(model.nodes.map((n) => [n.id, n.label, n.kind, n.type])).toEqual([
      ['TUR', 'Turkey', 'actor', 'state'],
      ['RUS', 'Russia', 'actor', 'state'],
    ]);
    expect(model.ties[0]).toMatchObject({ id: 'e1', polarity: 'cooperation', relation: 'supplies', intensity: 3.5, directed: true, start: '2005-01-01', end: '2019-12-31' });
    expect(model.ties[1]).toMatchObject({ id: 'e2', polarity: 'conflict', relation: 'opposes', directed: false, start: '2015-11-24', end: 'ongoing' });
  });

  it('reads a polarity attribute and 1.2draft files', () => {
    const model = readGexf(
      'g.gexf',
      gexf('      <edge id="e1" source="TUR" target="RUS"><attvalues><attvalue for="p" value="conflict"/></attvalues></edge>', {
        version: '1.2',
        attrs: '<attribute id="p" title="polarity" type="string"/>',
      }),
    );
    expect(model.ties[0]!.polarity).toBe('conflict');
  });

  it('locates a sign that is neither positive nor negative at its attvalue', () => {
    const problems = problemsOf(() =>
      readGexf('g.gexf', gexf(`      <edge id="e1" source="TUR" target="RUS">\n        <attvalues><attvalue for="0" value="0"/></attvalues>\n      </edge>`)),
    );
    expect(problems[0]).toMatchObject({ line: 15, message: 'edge "e1": sign "0" is neither positive nor negative' });
  });

  it('reports unknown nodes and bad XML with their position', () => {
    const unknown = problemsOf(() =>
      readGexf('g.gexf', gexf('      <edge id="e1" source="TUR" target="GRC"><attvalues><attvalue for="0" value="1"/></attvalues></edge>')),
    );
    expect(unknown[0]).toMatchObject({ line: 14, message: 'unknown node "GRC" as target' });
    const broken = problemsOf(() => readGexf('g.gexf', '<gexf>\n  <graph>\n</gexf>'));
    expect(broken[0]).toMatchObject({ line: 2, message: 'invalid XML: Opening and ending tag mismatch: "graph" != "gexf"' });
    const other = problemsOf(() => readGexf('g.gexf', '<graphml/>'));
    expect(other[0]!.message).toMatch(/not a GEXF file/);
  });

  it('expands no DTD entities: no entity bombs, no external files', () => {
    const text = '<?xml version="1.0"?>\n<!DOCTYPE g [<!ENTITY a "aaaa"><!ENTITY b "&a;&a;&a;&a;"><!ENTITY x SYSTEM "file:///etc/passwd">]>\n<gexf xmlns="http://gexf.net/1.3" version="1.3"><graph><nodes><node id="n" label="&x;"/></nodes></graph></gexf>';
    const problems = problemsOf(() => readGexf('g.gexf', text));
    expect(problems[0]!.message).toMatch(/^invalid XML: entity not found/);
  });
});
