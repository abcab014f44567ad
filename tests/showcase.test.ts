/**
 * Generic code knows no showcase: no Turkey-Russia id, name, claim or tie of
 * graphs/turkey-russia.yaml appears in src/, and a graph without those ids
 * hears nothing about them.
 */
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { ROOT } from './helpers/cli.js';
import { graphOf, node, tie } from './helpers/graphs.js';
import { analyzeFocus } from '../src/analysis/focus/index.js';
import { renderFocus } from '../src/report/focus.js';
import { renderFocusMarkdown } from '../src/report/markdown.js';
import { createStyle } from '../src/report/style.js';

/** Tables of country and event codes: TUR and RUS belong there as codes, not as the showcase. */
const CODE_TABLES = new Set(['src/io/import/countries.ts', 'src/io/import/goldstein-table.ts']);

function sources(dir: string): string[] {
  return readdirSync(join(ROOT, dir), { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? sources(join(dir, e.name)) : /\.(ts|mjs|js|css|html)$/.test(e.name) ? [join(dir, e.name)] : [],
  );
}

interface Showcase {
  nodes: { id: string; label: string; kind: string }[];
  ties: { id?: string }[];
  claims?: string[];
}
const showcase = parse(readFileSync(join(ROOT, 'graphs/turkey-russia.yaml'), 'utf8')) as Showcase;
const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

describe('no showcase in generic code', () => {
  const files = sources('src').filter((f) => !CODE_TABLES.has(f));
  const text = new Map(files.map((f) => [f, readFileSync(join(ROOT, f), 'utf8')]));

  it('reads the showcase it guards against', () => {
    expect(showcase.claims).toEqual(['TurkStream', 'Blue Stream', 'Akkuyu', 'S-400']);
    expect(files.length).toBeGreaterThan(50);
  });

  it('names no project, theater, claim or tie of the showcase anywhere in src/', () => {
    // Ids as written (upper case: "Syria" in prose is not the node SYRIA); names of projects and
    // claims in any case. Actor ids are checked below, as values.
    const ids = [...showcase.nodes.filter((n) => n.kind !== 'actor').map((n) => n.id), ...showcase.ties.flatMap((t) => (t.id ? [t.id] : []))];
    const names = [
      ...showcase.nodes.filter((n) => n.kind === 'project').map((n) => n.label.split(/ (gas|nuclear|air|pipeline)/)[0]!),
      ...(showcase.claims ?? []),
      'Balyun',
      'Su-24',
    ].filter((w) => !/^(Joint|North|South|Black)\b/i.test(w));
    const found: string[] = [];
    const word = (w: string, flags: string) => new RegExp(`(?<![\\w-])${escapeRe(w)}(?![\\w-])`, flags);
    for (const [f, src] of text) {
      for (const w of new Set(ids)) if (word(w, '').test(src)) found.push(`${f}: ${w}`);
      for (const w of new Set(names)) if (word(w, 'i').test(src)) found.push(`${f}: ${w}`);
    }
    expect(found).toEqual([]);
  });

  it('uses no showcase actor id as a value (TUR, RUS, ... in quotes)', () => {
    const ids = showcase.nodes.filter((n) => n.kind === 'actor').map((n) => n.id);
    const found: string[] = [];
    for (const [f, src] of text) {
      for (const id of ids) if (new RegExp(`['"\`]${escapeRe(id)}['"\`]`).test(src)) found.push(`${f}: ${id}`);
    }
    expect(found).toEqual([]);
  });

  it('analyses a graph without the showcase ids and says nothing about them', () => {
    const pipe = node('PIPE', { kind: 'project', type: 'pipeline', label: 'Aegean Link' });
    const g = graphOf(
      [
        tie('GRC', 'TUR2', 'conflict', { relation: 'threatens', intensity: 6, start: '2020-08' }),
        tie('GRC', 'PIPE', 'cooperation', { relation: 'buys', domain: 'energy', intensity: 5, start: '2018', end: 'ongoing' }),
        tie('TUR2', 'PIPE', 'cooperation', { relation: 'supplies', domain: 'energy', intensity: 5, start: '2018', end: 'ongoing' }),
        tie('GRC', 'TUR2', 'cooperation', { relation: 'negotiates', intensity: 4, start: '2021-01' }),
      ],
      { focus: ['GRC', 'TUR2'], nodes: [pipe] },
    );
    const r = analyzeFocus(g);
    expect(r.buffers.claims).toEqual([]);
    const words = [renderFocus(r, createStyle(false)), renderFocusMarkdown(r, { title: 't', file: 'g.yaml', chart: 'c.svg' }), JSON.stringify(r)].join('\n');
    for (const w of ['TurkStream', 'Blue Stream', 'Akkuyu', 'S-400', 'no node named']) expect(words).not.toContain(w);
  });
});
