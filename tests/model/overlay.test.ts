import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { loadModel } from '../../src/model/load.js';
import { applyOverlay, parseOverlay } from '../../src/model/overlay.js';
import { InputError } from '../../src/model/errors.js';
import { fixture } from '../helpers/cli.js';

const base = loadModel('story.yaml', readFileSync(fixture('focus', 'story.yaml'), 'utf8'));

function problems(text: string): string[] {
  try {
    applyOverlay(base, parseOverlay('o.yaml', text));
  } catch (e) {
    if (e instanceof InputError) return e.problems.map((p) => `${p.line}:${p.column} ${p.message}${p.hint ? ` (${p.hint})` : ''}`);
    throw e;
  }
  return [];
}

describe('model/overlay', () => {
  it('adds, removes and changes ties by id', () => {
    const m = applyOverlay(base, parseOverlay('o.yaml', readFileSync(fixture('focus', 'clash.overlay.yaml'), 'utf8')));
    const ids = m.ties.map((t) => t.id);
    expect(ids).toContain('b-a-strike');
    expect(ids).not.toContain('a-plant');
    expect(m.ties.find((t) => t.id === 'a-b-talks')!.intensity).toBe(1);
    expect(m.ties.find((t) => t.id === 'b-a-strike')).toMatchObject({ directed: true, evidence: [], tags: [] });
    expect(m.ties).toHaveLength(base.ties.length);
    expect(m.title).toBe('Story fixture + a renewed clash in Warland');
    expect(m.focus).toEqual(['A', 'B']);
  });
  it('locates an unknown tie id with a did-you-mean hint', () => {
    expect(problems('rivalgraph-overlay: 1\ntitle: t\nremove: [a-plnt]\n')).toEqual(['3:10 no tie "a-plnt" in the base graph (did you mean "a-plant"?)']);
  });
  it('locates schema problems and unknown keys in the overlay', () => {
    expect(problems('rivalgraph-overlay: 1\ntitle: t\nadds: []\n')[0]).toMatch(/^3:1 unknown key "adds" \(did you mean "add"\?\)/);
    expect(problems('title: t\n')[0]).toMatch(/rivalgraph-overlay/);
  });
  it('sends problems of the rebuilt graph back to the overlay line', () => {
    const text = 'rivalgraph-overlay: 1\ntitle: t\nchange:\n  - id: a-b-talks\n    set:\n      end: 2010\n';
    // a-b-talks starts 2016-06; an end in 2010 is before it.
    expect(problems(text)).toEqual([expect.stringMatching(/^6:12 end 2010 is before start 2016-06/)]);
    const add = 'rivalgraph-overlay: 1\ntitle: t\nadd:\n  - { source: A, target: NOPE, polarity: conflict, relation: fights, domain: military }\n';
    expect(problems(add)).toEqual([expect.stringMatching(/^4:.* unknown node "NOPE" as target/)]);
  });
  it('refuses duplicate ids and a tie both removed and changed', () => {
    expect(problems('rivalgraph-overlay: 1\ntitle: t\nadd:\n  - { id: a-pipe, source: A, target: B, polarity: conflict, relation: fights, domain: military }\n')[0]).toMatch(/already in the base graph/);
    expect(problems('rivalgraph-overlay: 1\ntitle: t\nremove: [a-pipe]\nchange:\n  - { id: a-pipe, set: { intensity: 2 } }\n')[0]).toMatch(/both removed and changed/);
  });
});
