import { describe, expect, it } from 'vitest';
import { escapeAttribute, toGexf, rgbOf } from '../../../src/io/exporters/gexf.js';
import { readGexf } from '../../../src/io/readers/gexf.js';
import { pictureGeometry } from '../../../src/io/html/payload.js';
import { PALETTES } from '../../../src/viewer/theme.js';
import { parseXml, descendants } from '../../../src/io/xml.js';
import { UserError } from '../../../src/model/errors.js';
import { graphOf, node, tie } from '../../helpers/graphs.js';

const edgesOf = (text: string) => descendants(parseXml('t.gexf', text).documentElement!, 'edge');
const spellOf = (edge: ReturnType<typeof edgesOf>[number]) => descendants(edge, 'spell')[0];

describe('gexf exporter', () => {
  it('plays dated ties on the timeline: one spell per dated tie, covering the period written', () => {
    const text = toGexf(
      graphOf([
        tie('A', 'B', 'cooperation', { id: 'year', start: '2005' }),
        tie('A', 'B', 'conflict', { id: 'month', start: '2015-11' }),
        tie('A', 'B', 'conflict', { id: 'range', start: '2015-11-24', end: '2016-06' }),
        tie('A', 'B', 'cooperation', { id: 'open', start: '2020-03', end: 'ongoing' }),
        tie('A', 'B', 'cooperation', { id: 'timeless' }),
      ]),
    );
    expect(text).toMatch(/<graph defaultedgetype="directed" mode="dynamic" timeformat="date">/);
    const spells = edgesOf(text).map((e) => (spellOf(e) ? [spellOf(e)!.getAttribute('start'), spellOf(e)!.getAttribute('end')] : null));
    expect(spells).toEqual([
      ['2005-01-01', '2005-12-31'],
      ['2015-11-01', '2015-11-30'],
      ['2015-11-24', '2016-06-30'],
      ['2020-03-01', null],
      null,
    ]);
  });

  it('colours edges by polarity and sizes them by intensity', () => {
    const text = toGexf(graphOf([tie('A', 'B', 'cooperation', { intensity: 6.4 }), tie('B', 'A', 'conflict')]));
    const colours = edgesOf(text).map((e) => {
      const c = descendants(e, 'color')[0]!;
      return `rgb(${c.getAttribute('r')},${c.getAttribute('g')},${c.getAttribute('b')})`;
    });
    const rgb = (hex: string) => Object.values(rgbOf(hex)).join(',');
    expect(colours).toEqual([`rgb(${rgb(PALETTES.light.cooperation)})`, `rgb(${rgb(PALETTES.light.conflict)})`]);
    expect(descendants(edgesOf(text)[0]!, 'thickness')[0]!.getAttribute('value')).toBe('6.4');
    expect(edgesOf(text)[0]!.getAttribute('weight')).toBe('6.4');
  });

  it('writes mixed graphs as directed edges with the truth in the directed attribute (networkx reads no mixed GEXF)', () => {
    const mixed = toGexf(graphOf([tie('A', 'B', 'cooperation'), tie('A', 'B', 'cooperation', { directed: false })]));
    expect(edgesOf(mixed).map((e) => e.getAttribute('type'))).toEqual([null, null]);
    expect(mixed).toMatch(/<attvalue for="directed" value="false"\/>/);
    const undirected = toGexf(graphOf([tie('A', 'B', 'conflict', { directed: false })]));
    expect(undirected).toMatch(/defaultedgetype="undirected" mode="static"/);
  });

  it('is GEXF 1.2draft, the version networkx 2.8 and 3, Gephi and graphology-gexf all read', () => {
    const root = parseXml('t.gexf', toGexf(graphOf([tie('A', 'B', 'cooperation')]))).documentElement!;
    expect([root.namespaceURI, root.getAttribute('version')]).toEqual(['http://www.gexf.net/1.2draft', '1.2']);
    expect(descendants(root, 'edge')[0]!.hasAttribute('kind')).toBe(false);
  });

  it('opens in Gephi as the exported page shows it: the same positions and sizes for a seed, nodes coloured by kind', () => {
    const graph = graphOf([tie('A', 'B', 'cooperation'), tie('B', 'C', 'conflict'), tie('A', 'C', 'conflict')]);
    const text = toGexf(graph, { layout: { seed: 7 } });
    const { sizes, positions } = pictureGeometry(graph, { seed: 7 });
    const nodes = descendants(parseXml('t.gexf', text).documentElement!, 'node');
    for (const n of nodes) {
      const id = n.getAttribute('id')!;
      const p = descendants(n, 'position')[0]!;
      expect([Number(p.getAttribute('x')), Number(p.getAttribute('y'))]).toEqual([positions[id]!.x, positions[id]!.y]);
      expect(Number(descendants(n, 'size')[0]!.getAttribute('value'))).toBe(sizes[id]);
      expect(descendants(n, 'color')[0]!.getAttribute('r')).toBe(rgbOf(PALETTES.light.kinds.actor!).r);
    }
    expect(toGexf(graph, { layout: { seed: 7 } })).toBe(text);
  });

  it('keeps title, description, focus and sources in an element of its own namespace inside <meta>, with no comment', () => {
    const text = toGexf(graphOf([tie('A', 'B', 'cooperation')], { title: 'x -- y <&>', focus: ['A', 'B'] }));
    expect(text).not.toContain('<!--');
    expect(text).toMatch(/<meta>[^]*<rg:graph xmlns:rg="https:\/\/rivalgraph\.dev\/ns\/gexf\/1" title="x -- y &lt;&amp;&gt;" focus="A B"\/>/);
    const back = readGexf('t.gexf', text);
    expect([back.title, back.focus]).toEqual(['x -- y <&>', ['A', 'B']]);
  });

  it('escapes what an XML parser would change in an attribute: markup, tabs and line ends', () => {
    expect(escapeAttribute('a & <b> "c"\td\ne\rf')).toBe('a &amp; &lt;b&gt; &quot;c&quot;&#9;d&#10;e&#13;f');
    const text = toGexf(graphOf([tie('A', 'B', 'cooperation', { notes: 'line 1\n\tline 2 & <3>' })]));
    const notes = descendants(parseXml('t.gexf', text).documentElement!, 'attvalue').find((v) => v.getAttribute('for') === 'notes');
    expect(notes?.getAttribute('value')).toBe('line 1\n\tline 2 & <3>');
  });

  it('refuses characters XML cannot hold, saying where they are', () => {
    expect(() => toGexf(graphOf([tie('A', 'B', 'cooperation')], { nodes: [node('A', { label: 'bell\u0007' })] }))).toThrow(UserError);
    expect(() => toGexf(graphOf([tie('A', 'B', 'cooperation')], { nodes: [node('A', { label: 'bell\u0007' })] }))).toThrow(/node A label: character U\+0007/);
  });
});
