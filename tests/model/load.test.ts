import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parse as parseYaml, stringify } from 'yaml';
import { checkText, loadModel } from '../../src/model/load.js';
import { InputError, UserError } from '../../src/model/errors.js';
import { buildTieGraph, modelFromGraph } from '../../src/model/graph.js';
import { DOMAINS, POLARITIES } from '../../src/model/vocabulary.js';
import type { Model } from '../../src/model/types.js';

const MINIMAL = `rivalgraph: 1
title: minimal
focus: [A, B]
sources:
  s1: { title: A report, date: 2020 }
nodes:
  - { id: A, label: Alpha, kind: actor, type: state }
  - { id: B, label: Beta, kind: actor, type: state }
  - { id: P, label: Pipe, kind: project, type: pipeline }
  - { id: W, label: War, kind: theater, type: war }
ties:
  - { source: A, target: B, polarity: conflict, relation: fights, domain: military, intensity: 9, start: 2015-11-24, theater: W, evidence: [{ source: s1, quote: "They fought." }] }
  - { source: A, target: P, polarity: cooperation, relation: builds, domain: energy, start: 2016, end: ongoing }
  - { source: B, target: P, polarity: cooperation, relation: builds, domain: energy, directed: false, start: 2016 }
  - { id: custom, source: B, target: A, polarity: cooperation, relation: patrols-with, domain: security, start: 2020-03, end: 2021 }
`;

describe('loadModel', () => {
  it('throws an InputError (a UserError) listing located problems on invalid input', () => {
    let caught: unknown;
    try {
      loadModel('x.yaml', 'rivalgraph: 2\ntitle: x\nnodes: []\nties: []\n');
    } catch (e) {
      caught = e;
    }
    expect(caught).toBeInstanceOf(InputError);
    expect(caught).toBeInstanceOf(UserError);
    expect((caught as InputError).problems[0]).toMatchObject({ file: 'x.yaml', line: 1, column: 13 });
  });

  it('applies defaults and generates stable readable tie ids', () => {
    const m = loadModel('m.yaml', MINIMAL);
    expect(m.ties.map((t) => t.id)).toEqual(['A-fights-B-2015-11-24', 'A-builds-P-2016', 'B-builds-P-2016', 'custom']);
    expect(m.ties[1]).toMatchObject({ intensity: 1, directed: true, evidence: [], tags: [], end: 'ongoing' });
    expect(m.ties[2]!.directed).toBe(false);
    expect(m.sources.s1!.date).toBe('2020');
    expect(m.nodes[0]).toMatchObject({ id: 'A', aliases: [], tags: [] });
  });

  it('disambiguates generated ids that would collide', () => {
    const text = MINIMAL.replace('ties:\n', 'ties:\n  - { source: A, target: B, polarity: conflict, relation: fights, domain: military, start: 2015-11-24 }\n');
    const ids = loadModel('m.yaml', text).ties.map((t) => t.id);
    expect(ids.slice(0, 2)).toEqual(['A-fights-B-2015-11-24', 'A-fights-B-2015-11-24-2']);
  });

  it('reads the same graph from JSON as from YAML', () => {
    const fromYaml = loadModel('m.yaml', MINIMAL);
    const json = JSON.stringify(parseYaml(MINIMAL));
    expect(loadModel('m.json', json)).toEqual(fromYaml);
  });

  it('treats a bare year number as a year', () => {
    const m = loadModel('m.yaml', MINIMAL.replace('start: 2016, end: ongoing', 'start: 2016, end: 2019'));
    expect(m.ties[1]).toMatchObject({ start: '2016', end: '2019' });
  });

  it('collects problems without throwing through checkText', () => {
    const r = checkText('m.yaml', MINIMAL.replace('kind: theater, type: war', 'kind: theater, type: pipeline'));
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.problems.map((p) => p.message)).toEqual(['type "pipeline" does not fit kind "theater"']);
  });

  it('refuses a tie whose theater is not a theater, and a self-loop', () => {
    const r = checkText('m.yaml', MINIMAL.replace('theater: W', 'theater: P').replace('target: P, polarity: cooperation, relation: builds, domain: energy, start: 2016, end', 'target: A, polarity: cooperation, relation: builds, domain: energy, start: 2016, end'));
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.problems.map((p) => p.message)).toEqual(['"P" is not a theater', 'tie joins "A" to itself']);
      expect(r.problems[0]).toMatchObject({ line: 12 });
    }
  });

  it('reads claims that name nodes by id, label or alias, and locates one that names none', () => {
    const ok = loadModel('m.yaml', MINIMAL.replace('focus: [A, B]', 'focus: [A, B]\nclaims: [pipe, P]'.replace('P]', 'Beta]')));
    expect(ok.claims).toEqual(['pipe', 'Beta']);
    expect(buildTieGraph(ok).getAttribute('claims')).toEqual(['pipe', 'Beta']);
    expect(modelFromGraph(buildTieGraph(ok)).claims).toEqual(['pipe', 'Beta']);
    const r = checkText('m.yaml', MINIMAL.replace('focus: [A, B]', 'focus: [A, B]\nclaims: [Pipe, Pipo, War, w]'));
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.problems.map((p) => [p.message, p.line, p.hint])).toEqual([
        ['claim "Pipo" names no node', 4, 'did you mean "Pipe"?'],
        ['claims "War" and "w" both name node "W"', 4, 'list each claimed buffer once'],
      ]);
    }
    const empty = checkText('m.yaml', MINIMAL.replace('focus: [A, B]', 'focus: [A, B]\nclaims: [""]'));
    expect(empty.ok).toBe(false);
  });
});

/** Random valid models, to check YAML -> model -> graph -> model round trips. */
const idArb = fc.stringMatching(/^[A-Z][A-Z0-9_-]{0,6}$/);
const dateArb = fc.oneof(
  fc.integer({ min: 1900, max: 2030 }).map(String),
  fc.tuple(fc.integer({ min: 1900, max: 2030 }), fc.integer({ min: 1, max: 12 })).map(([y, m]) => `${y}-${String(m).padStart(2, '0')}`),
  fc.tuple(fc.integer({ min: 1900, max: 2030 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 28 })).map(([y, m, d]) => `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`),
);
const modelArb = fc.uniqueArray(idArb, { minLength: 2, maxLength: 8 }).chain((ids) =>
  fc.record({
    ids: fc.constant(ids),
    labels: fc.array(fc.string({ minLength: 1, maxLength: 20 }), { minLength: ids.length, maxLength: ids.length }),
    ties: fc.array(
      fc.record({
        s: fc.nat(ids.length - 1),
        d: fc.integer({ min: 1, max: ids.length - 1 }),
        polarity: fc.constantFrom(...POLARITIES),
        domain: fc.constantFrom(...DOMAINS),
        intensity: fc.integer({ min: 1, max: 100 }).map((x) => x / 10),
        directed: fc.boolean(),
        start: fc.option(dateArb, { nil: undefined }),
        quote: fc.option(fc.string({ minLength: 1 }), { nil: undefined }),
      }),
      { maxLength: 20 },
    ),
  }),
);

describe('round trip (property)', () => {
  it('YAML -> model -> graph -> model keeps every node, tie and attribute', () => {
    fc.assert(
      fc.property(modelArb, ({ ids, labels, ties }) => {
        const doc = {
          rivalgraph: 1,
          title: 'random',
          sources: { s: { title: 'S' } },
          nodes: ids.map((id, i) => ({ id, label: labels[i], kind: 'actor', type: 'state' })),
          ties: ties.map((t) => ({
            source: ids[t.s],
            target: ids[(t.s + t.d) % ids.length],
            polarity: t.polarity,
            relation: t.polarity === 'conflict' ? 'fights' : 'supplies',
            domain: t.domain,
            intensity: t.intensity,
            directed: t.directed,
            ...(t.start ? { start: t.start } : {}),
            ...(t.quote ? { evidence: [{ source: 's', quote: t.quote }] } : {}),
          })),
        };
        const model: Model = loadModel('r.yaml', stringify(doc));
        const graph = buildTieGraph(model);
        expect(graph.order).toBe(ids.length);
        expect(graph.size).toBe(ties.length);
        expect(modelFromGraph(graph)).toEqual(model);
        const again = loadModel('r.json', JSON.stringify(model));
        expect(again).toEqual(model);
      }),
      { numRuns: 150 },
    );
  });
});
