import { describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fixture, ROOT, runCli } from '../helpers/cli.js';
import { parseOverlay, applyOverlay } from '../../src/model/overlay.js';
import { loadModel } from '../../src/model/load.js';
import { BUILTIN_GRAPH } from '../../src/io/builtin.js';

const story = fixture('focus', 'story.yaml');
const clash = fixture('focus', 'clash.overlay.yaml');

describe('rivalgraph analyze: focus section', () => {
  it('adds a focus object with the documented keys to --json', async () => {
    const r = await runCli(['analyze', story, '--json', '--metrics', 'triangles']);
    expect(r.code).toBe(0);
    const focus = JSON.parse(r.stdout).focus;
    expect(Object.keys(focus)).toEqual(['pair', 'ledger', 'mediated', 'compartmentalization', 'buffers', 'timeline', 'outlook', 'events', 'warnings']);
    expect(focus.pair).toMatchObject({ a: 'A', b: 'B' });
    expect(focus.ledger.net).toBe(-7);
  });
  it('prints the verdict and the sections, plain when piped', async () => {
    const r = await runCli(['analyze', story, '--metrics', 'triangles', '--period', 'quarter']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^Focus: Alpha \(A\) - Beta \(B\)\nOutlook: /);
    expect(r.stdout).toMatch(/Timeline by quarter/);
    expect(r.stdout).toMatch(/2020-Q1/);
    expect(r.stdout).not.toMatch(/\x1b\[/);
  });
  it('--focus overrides the pair; an unknown id is exit 2 with a hint', async () => {
    expect(JSON.parse((await runCli(['analyze', story, '--json', '--metrics', 'triangles', '--focus', 'A', 'X'])).stdout).focus.pair).toMatchObject({ a: 'A', b: 'X', from: 'option' });
    const bad = await runCli(['analyze', story, '--focus', 'A', 'BB']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/unknown node "BB".*\n.*did you mean "B"/);
    expect((await runCli(['analyze', story, '--focus', 'A', 'B', 'X'])).code).toBe(2);
  });
  it('--claims checks the buffers an analyst names', async () => {
    const claims = JSON.parse((await runCli(['analyze', story, '--json', '--metrics', 'triangles', '--claims', 'Pipe Stream,Nuke Plant'])).stdout).focus.buffers.claims;
    expect(claims.map((c: { claim: string; found: boolean }) => [c.claim, c.found])).toEqual([
      ['Pipe Stream', true],
      ['Nuke Plant', false],
    ]);
  });
  it('runs on the built-in graph with its focus TUR, RUS', async () => {
    const r = await runCli(['analyze', '--json', '--metrics', 'triangles']);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).focus.pair).toMatchObject({ a: 'TUR', b: 'RUS' });
  });
});

describe('rivalgraph scenario', () => {
  it('shows every focus figure and balance/frustration before, after and the difference', async () => {
    const r = await runCli(['scenario', story, clash]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/Ties: 1 added, 1 removed, 1 changed/);
    // The added strike (8) raises direct conflict from 10 to 18.
    expect(r.stdout).toMatch(/ledger\.conflict\.intensity\s+10\s+18\s+\+8/);
    expect(r.stdout).toMatch(/frustration\.index\s+\S+\s+\S+/);
    expect(r.stdout).toMatch(/outlook\.verdict/);
  });
  it('prints JSON with the metrics and both reports', async () => {
    const r = await runCli(['scenario', story, clash, '--json']);
    const s = JSON.parse(r.stdout).scenario;
    expect(s.edits).toEqual({ added: ['b-a-strike'], removed: ['a-plant'], changed: ['a-b-talks'] });
    expect(s.metrics.find((m: { key: string }) => m.key === 'ledger.net')).toMatchObject({ before: -7, after: -17, delta: -10 });
    expect(s.metrics.some((m: { key: string }) => m.key === 'balance.ratio.strong')).toBe(true);
  });
  it('locates overlay problems and exits 2', async () => {
    const r = await runCli(['scenario', story, fixture('focus', 'bad.overlay.yaml')]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/bad\.overlay\.yaml:4:\d+: no tie "a-pipee" in the base graph \(did you mean "a-pipe"\?\)/);
  });
  it('ships the article\'s overlays, valid against the built-in graph once it names their ties', async () => {
    const dir = join(ROOT, 'graphs', 'scenarios');
    const files = readdirSync(dir).sort();
    expect(files).toEqual(['remote-monitoring-only.yaml', 'renewed-idlib-clash.yaml', 'turkish-troops-karabakh.yaml']);
    const base = loadModel('turkey-russia.yaml', readFileSync(BUILTIN_GRAPH, 'utf8'));
    const ids = new Set([...base.ties.map((t) => t.id), ...base.nodes.map((n) => n.id)]);
    for (const f of files) {
      const o = parseOverlay(f, readFileSync(join(dir, f), 'utf8'));
      const refs = [...(o.data.remove ?? []), ...(o.data.change ?? []).map((c) => c.id), ...(o.data.add ?? []).flatMap((t) => [t.source, t.target, ...(t.theater ? [t.theater] : [])])];
      if (refs.every((id) => ids.has(id))) expect(applyOverlay(base, o).ties.length).toBeGreaterThan(0);
    }
  });
});

describe('rivalgraph report', () => {
  it('writes Markdown with a timeline table and an SVG chart beside it, byte-identical on reruns', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'rg-report-'));
    const out = join(dir, 'report.md');
    const r = await runCli(['report', story, '-o', out]);
    expect(r.code).toBe(0);
    const md = readFileSync(out, 'utf8');
    expect(md).toMatch(/^# Alpha and Beta: cooperation and rivalry\n\nGraph: Story fixture \(`/);
    expect(md).toMatch(/## Timeline by year\n\n!\[Cooperation and conflict by year\]\(report\.timeline\.svg\)/);
    // Onset counting: the 2012 cooperation counts in 2012 only, so 2015 holds the conflict alone.
    expect(md).toMatch(/\| 2015 \| 0.0 \| 10.0 \| -10.0 \| 1.00 \|/);
    const svg = readFileSync(join(dir, 'report.timeline.svg'), 'utf8');
    expect(svg).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg"/);
    expect(svg).toMatch(/<polyline/);
    expect(svg).not.toMatch(/<script|href=/);
    await runCli(['report', story, '-o', join(dir, 'again.md')]);
    expect(readFileSync(join(dir, 'again.timeline.svg'), 'utf8')).toBe(svg);
    expect(readFileSync(join(dir, 'again.md'), 'utf8')).toBe(md.replace('report.timeline.svg', 'again.timeline.svg'));
  });
  it('prints to stdout with the chart inlined, and refuses to overwrite its input', async () => {
    const r = await runCli(['report', story]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/!\[Cooperation and conflict by year\]\(data:image\/svg\+xml;base64,/);
    const same = await runCli(['report', story, '-o', story]);
    expect(same.code).toBe(2);
    expect(same.stderr).toMatch(/refusing to overwrite an input/);
  });
});
