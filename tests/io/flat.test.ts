import { describe, expect, it } from 'vitest';
import { flatNode, flatTie, modelFromRaw, rawToDocument, type Cell, type RawRecord } from '../../src/io/flat.js';
import type { InputError } from '../../src/model/errors.js';
import { node, tie } from '../helpers/graphs.js';

const at = { line: 1, column: 1 };
const cells = (o: Record<string, string>) => new Map<string, Cell>(Object.entries(o).map(([k, value]) => [k, { value, at }]));
const edge = (id: string, c: Record<string, string>): RawRecord => ({ id, source: 'A', target: 'B', cells: cells(c), at });
const raw = (edges: RawRecord[]) => ({ title: 't', at, nodes: [{ id: 'A', cells: cells({}), at }, { id: 'B', cells: cells({}), at }], edges });

describe('flat form', () => {
  it('writes lists and evidence as JSON text, sign from polarity, and leaves empty lists out', () => {
    expect(flatNode(node('TUR', { aliases: ['TR'], tags: [] }))).toEqual({ label: 'TUR', kind: 'actor', type: 'state', aliases: '["TR"]' });
    const flat = flatTie(tie('A', 'B', 'conflict', { evidence: [{ source: 's', page: 3 }], start: '2015' }));
    expect(flat).toMatchObject({ polarity: 'conflict', sign: -1, directed: true, start: '2015', evidence: '[{"source":"s","page":3}]' });
    expect('tags' in flat).toBe(false);
  });

  it.each([
    [{ polarity: 'cooperation' }, 'cooperation'],
    [{ polarity: 'Negative' }, 'conflict'],
    [{ sign: '+' }, 'cooperation'],
    [{ sign: '-1' }, 'conflict'],
    [{ sign: '0.5' }, 'cooperation'],
    [{ sign: '-3' }, 'conflict'],
  ])('reads polarity from %o', (c, polarity) => {
    expect(modelFromRaw('f', raw([edge('e', c)])).ties[0]!.polarity).toBe(polarity);
  });

  it('reports unsigned and zero-signed edges once each, and bad JSON lists at their cell', () => {
    const { problems } = rawToDocument('f', raw([edge('a', {}), edge('b', { sign: 'zero' }), edge('c', { sign: '1', tags: '[oops' })]));
    expect(problems.map((p) => p.message)).toEqual([
      'edge "a" has no sign or polarity attribute',
      'edge "b": sign "zero" is neither positive nor negative',
      'tags of "c" is not valid JSON',
    ]);
    try {
      modelFromRaw('f', raw([edge('a', {})]));
      throw new Error('expected an InputError');
    } catch (err) {
      expect((err as InputError).problems).toHaveLength(1);
    }
  });
});
