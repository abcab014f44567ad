/**
 * Other tools read what rivalgraph writes: the GEXF validates against the GEXF 1.2draft XSD and the
 * GraphML against the GraphML XSD (xmllint, tests/xsd), networkx reads both and finds the same
 * node and edge counts, and graphology's own GEXF and GraphML parsers agree.
 * Debian's libxml2-utils and python3-networkx are installed on first use (tests/helpers/system.ts).
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { MultiGraph } from 'graphology';
import { parse as parseGexf } from 'graphology-gexf';
import { parse as parseGraphml } from 'graphology-graphml';
import { buildTieGraph } from '../../src/model/graph.js';
import { loadModel } from '../../src/model/load.js';
import type { Model } from '../../src/model/types.js';
import { toGexf } from '../../src/io/exporters/gexf.js';
import { toGraphml } from '../../src/io/exporters/graphml.js';
import { BUILTIN_GRAPH } from '../../src/io/builtin.js';
import { modelArb } from '../helpers/arbitrary.js';
import { requireSystemTools, SYSTEM_PYTHON } from '../helpers/system.js';
import { fixture } from '../helpers/cli.js';

const XSD = (name: string) => fixture('..', 'xsd', name);

/** networkx as Debian 12 ships it (2.8, which knows GEXF up to 1.2draft): no version registered by hand. */
const NX_COUNTS = `
import sys, json
import networkx as nx
out = {}
for path in sys.argv[1:]:
    g = nx.read_gexf(path) if path.endswith(".gexf") else nx.read_graphml(path)
    out[path] = [g.number_of_nodes(), g.number_of_edges()]
print(json.dumps(out))
`;

const mixed = loadModel(
  'mixed.yaml',
  `rivalgraph: 1
title: mixed & parallel
nodes:
  - { id: A, label: "A <&> \\"a\\"", kind: actor, type: state }
  - { id: B, label: B, kind: actor, type: state }
ties:
  - { source: A, target: B, polarity: conflict, relation: fights, domain: military, start: 2015-11-24 }
  - { source: A, target: B, polarity: cooperation, relation: patrols-with, domain: security, directed: false, start: 2020-03, end: ongoing }
  - { source: B, target: A, polarity: cooperation, relation: supplies, domain: energy, start: 2005, end: 2019 }
`,
);

let dir: string;
const models: Model[] = [];
const files: { path: string; model: Model }[] = [];

beforeAll(() => {
  requireSystemTools('xmllint', 'networkx');
  dir = mkdtempSync(join(tmpdir(), 'rivalgraph-interop-'));
  models.push(loadModel(BUILTIN_GRAPH, readFileSync(BUILTIN_GRAPH, 'utf8')), mixed, ...fc.sample(modelArb, { numRuns: 25, seed: 2020 }));
  models.forEach((model, i) => {
    const graph = buildTieGraph(model);
    for (const [ext, text] of [
      ['gexf', toGexf(graph)],
      ['graphml', toGraphml(graph)],
    ] as const) {
      const path = join(dir, `g${i}.${ext}`);
      writeFileSync(path, text);
      files.push({ path, model });
    }
  });
}, 20 * 60_000);

afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe.each([
  ['gexf', 'gexf-1.2draft/gexf.xsd'],
  ['graphml', 'graphml.xsd'],
])('%s output', (ext, xsd) => {
  const paths = () => files.filter((f) => f.path.endsWith(`.${ext}`)).map((f) => f.path);

  it(`validates against ${xsd} with xmllint`, () => {
    const r = spawnSync('xmllint', ['--noout', '--nonet', '--schema', XSD(xsd), ...paths()], { encoding: 'utf8' });
    expect(r.stderr.split('\n').filter((l) => l && !l.endsWith(' validates'))).toEqual([]);
    expect(r.status).toBe(0);
  });

  it('is read by networkx with the same node and edge counts', () => {
    const r = spawnSync(SYSTEM_PYTHON, ['-c', NX_COUNTS, ...paths()], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
    expect(r.status, r.stderr).toBe(0);
    const counts = JSON.parse(r.stdout) as Record<string, [number, number]>;
    for (const f of files.filter((x) => x.path.endsWith(`.${ext}`))) {
      expect(counts[f.path]).toEqual([f.model.nodes.length, f.model.ties.length]);
    }
  });

  it("is read by graphology's own parser with the same node and edge counts", () => {
    for (const f of files.filter((x) => x.path.endsWith(`.${ext}`))) {
      const text = readFileSync(f.path, 'utf8');
      const g = ext === 'gexf' ? parseGexf(MultiGraph, text) : parseGraphml(MultiGraph, text);
      expect([g.order, g.size]).toEqual([f.model.nodes.length, f.model.ties.length]);
    }
  });
});

describe('xmllint catches what the schema forbids', () => {
  it('rejects a GEXF edge with an element the format does not have', () => {
    const bad = join(dir, 'bad.gexf');
    writeFileSync(bad, toGexf(buildTieGraph(mixed)).replace('<spells>', '<spellz>').replace('</spells>', '</spellz>'));
    const r = spawnSync('xmllint', ['--noout', '--nonet', '--schema', XSD('gexf-1.2draft/gexf.xsd'), bad], { encoding: 'utf8' });
    expect(r.status).not.toBe(0);
    expect(r.stderr).toMatch(/spellz/);
  });
});
