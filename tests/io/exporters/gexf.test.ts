import { describe, expect, it } from 'vitest';
import { toGexf, POLARITY_COLORS, commentJson } from '../../../src/io/exporters/gexf.js';
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
    expect(colours).toEqual([POLARITY_COLORS.cooperation, POLARITY_COLORS.conflict]);
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

  it('keeps title, focus and sources in a comment that survives any text', () => {
    expect(commentJson({ t: 'a--b---c' })).not.toContain('--');
    expect(JSON.parse(commentJson({ t: 'a--b---c' }))).toEqual({ t: 'a--b---c' });
    const text = toGexf(graphOf([tie('A', 'B', 'cooperation')], { title: 'x -- y', focus: ['A', 'B'] }));
    expect(text.split('\n')[1]).toMatch(/^<!-- rivalgraph-graph \{"title":"x \\u002d- y","focus":\["A","B"\],"sources":\{\}\} -->$/);
  });

  it('refuses characters XML cannot hold, saying where they are', () => {
    expect(() => toGexf(graphOf([tie('A', 'B', 'cooperation')], { nodes: [node('A', { label: 'bell\u0007' })] }))).toThrow(UserError);
    expect(() => toGexf(graphOf([tie('A', 'B', 'cooperation')], { nodes: [node('A', { label: 'bell\u0007' })] }))).toThrow(/node A label: character U\+0007/);
  });
});
