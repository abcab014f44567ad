/**
 * Graphs and records keyed by any string, Object.prototype's names and __proto__ included.
 */
import fc from 'fast-check';
import { MultiGraph } from 'graphology';
import { describe, expect, it } from 'vitest';
import { hardenGraph } from '../../src/model/safe-graph.js';
import { dict, dictFrom, hasKey, sortedDict } from '../../src/model/dict.js';

const NAMES = [...new Set([...Object.getOwnPropertyNames(Object.prototype), '__proto__', 'A', 'B'])];

describe('hardenGraph', () => {
  it('throws on a graph that already has nodes', () => {
    const g = new MultiGraph();
    g.addNode('a');
    expect(() => hardenGraph(g)).toThrow(/must be empty/);
  });

  it('is needed: a plain graphology graph breaks on an edge to "constructor"', () => {
    const g = new MultiGraph({ type: 'mixed' });
    g.addNode('A');
    g.addNode('constructor');
    g.addDirectedEdge('A', 'constructor');
    expect(() => g.forEachEdge('A', () => undefined)).toThrow();
    delete (Object as unknown as Record<string, unknown>).previous; // graphology linked the edge to Object itself
  });

  it('keeps edges, degrees and neighbours right for any ids, against a brute-force count', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.constantFrom(...NAMES), fc.constantFrom(...NAMES), fc.boolean()), { maxLength: 40 }), (edges) => {
        const g = hardenGraph(new MultiGraph({ type: 'mixed', allowSelfLoops: false }));
        for (const n of NAMES) g.addNode(n);
        const kept = edges.filter(([a, b]) => a !== b);
        for (const [a, b, directed] of kept) (directed ? g.addDirectedEdge(a, b) : g.addUndirectedEdge(a, b));
        for (const n of NAMES) {
          let seen = 0;
          g.forEachEdge(n, () => void seen++);
          expect(seen).toBe(kept.filter(([a, b]) => a === n || b === n).length);
          expect(g.degree(n)).toBe(seen);
        }
        for (const [a, b] of kept) expect(g.edges(a, b).length + g.edges(b, a).length).toBeGreaterThan(0);
        g.clearEdges();
        expect(g.size).toBe(0);
        if (kept.length) g.addDirectedEdge(kept[0]![0], kept[0]![1]);
      }),
      { numRuns: 60 },
    );
  });
});

describe('dict', () => {
  it('holds __proto__ and constructor as ordinary keys', () => {
    const d = dict<number>();
    const proto = '__proto__';
    d[proto] = 1;
    expect(d.constructor).toBeUndefined();
    expect(Object.keys(d)).toEqual(['__proto__']);
    expect(JSON.parse(JSON.stringify(d))).toEqual(JSON.parse('{"__proto__":1}'));
    const s = sortedDict(dictFrom([['b', 1], ['__proto__', 2], ['a', 3]]));
    expect(Object.keys(s)).toEqual(['__proto__', 'a', 'b']);
    expect(hasKey(s, 'toString')).toBe(false);
    expect(hasKey(s, '__proto__')).toBe(true);
  });
});
