/**
 * The one JSON writer of an analysis (src/io/json), checked against the schema of docs/json.md
 * (schema/rivalgraph-analysis.schema.json, ajv) on the built-in graph and on generated edge lists:
 * unweighted, weighted, ids that read as array indices, a node named __proto__.
 */
import { describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { runAnalysis } from '../../../src/analysis/analyze.js';
import { readCsvEdges } from '../../../src/io/csv-edges.js';
import { analysisDocument } from '../../../src/io/json/analysis.js';
import { jsonChunks } from '../../../src/io/json/chunks.js';
import { seededRandom } from '../../../src/analysis/rng.js';
import { fixture, runCli } from '../../helpers/cli.js';
import { analysisText } from '../../helpers/analysis-json.js';

const read = (name: string): Record<string, unknown> => JSON.parse(readFileSync(fixture('..', '..', 'schema', name), 'utf8')) as Record<string, unknown>;
const ajv = new Ajv2020({ allErrors: true, strict: false });
const validate = ajv.compile(read('rivalgraph-analysis.schema.json'));
// The export schema refers to the analysis schema for its `analysis` member ($ref, resolved by $id).
const validateExport = new Ajv2020({ allErrors: true, strict: false }).addSchema(read('rivalgraph-analysis.schema.json')).compile(read('rivalgraph-export.schema.json'));

/** The schema accepts the text, and the text is what JSON.stringify writes for the objects JSON.parse rebuilds from it. */
function check(text: string): Record<string, unknown> {
  const json = JSON.parse(text) as Record<string, unknown>;
  expect(validate(json), JSON.stringify(validate.errors?.slice(0, 3))).toBe(true);
  expect(text).toBe(`${JSON.stringify(json, null, 2)}\n`);
  return json;
}

/** A seeded edge list of `n` nodes named by `name`: source,target,sign[,weight]. */
function edgeList(n: number, m: number, name: (x: number) => string, weighted: boolean, seed = 3): string {
  const random = seededRandom(seed);
  const lines = [weighted ? 'source,target,sign,weight' : 'source,target,sign'];
  for (let i = 0; i < m; i++) {
    const x = Math.floor(random() * n);
    const y = (x + 1 + Math.floor(random() * 6)) % n; // ring-local: many triangles
    const sign = random() < 0.3 ? -1 : 1;
    lines.push(`${name(x)},${name(y)},${sign}${weighted ? `,${(1 + Math.floor(random() * 40) / 8).toFixed(3)}` : ''}`);
  }
  return `${lines.join('\n')}\n`;
}

describe('the analysis JSON writer (io/json)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'rivalgraph-json-'));

  it('writes the documented JSON of the built-in graph, with the focus pair, partners, periods, contexts and a null model', async () => {
    for (const args of [[], ['--focus', 'TUR'], ['--by-period', 'year', '--from', '2015', '--null-model', 'sign-shuffle', '--samples', '5'], ['--directed', '--nodes', 'all', '--metrics', 'all']]) {
      const r = await runCli(['analyze', '--json', ...args]);
      expect(r.code, r.stderr).toBe(0);
      const json = check(r.stdout);
      expect(Object.keys(json)).not.toContain('ids'); // the result's id list is not part of the contract
    }
  }, 60_000);

  const cases: [string, (x: number) => string, boolean][] = [
    ['unweighted', (x) => `n${x}`, false],
    ['weighted', (x) => `actor ${x}`, true],
    // "0", "10", "2": a JS object puts index-like keys first, ascending; "007" and "-1" are not indices.
    ['numeric-looking ids and __proto__', (x) => (x === 7 ? '__proto__' : x === 9 ? '007' : x === 11 ? '-1' : x % 3 ? String(x) : `n${x}`), false],
  ];
  for (const [label, name, weighted] of cases) {
    it(`writes the documented JSON of a generated graph: ${label}`, async () => {
      const file = join(dir, `${label.replace(/\W+/g, '-')}.csv`);
      writeFileSync(file, edgeList(30, 90, name, weighted));
      const r = await runCli(['analyze', file, '--json', '--null-model', 'degree-preserving', '--samples', '5']);
      expect(r.code, r.stderr).toBe(0);
      const json = check(r.stdout) as { balance: { triangles: { perNode: Record<string, unknown> }; frustration: { weighted: boolean } }; centrality: { pn: object; degree: object } };
      const { pairs } = await readCsvEdges(file);
      const a = await runAnalysis(pairs, { nullModel: { model: 'degree-preserving', samples: 5 } });
      expect(r.stdout).toBe(analysisText(a, { file }));
      // Every node in every per-node section, keyed as a JS object orders them.
      const perNode = Object.keys(json.balance.triangles.perNode);
      expect(perNode.sort()).toEqual([...a.ids].sort());
      const order = Object.keys(JSON.parse(r.stdout).centrality.pn);
      const indexLike = order.filter((id) => /^(0|[1-9]\d*)$/.test(id));
      expect(order.slice(0, indexLike.length)).toEqual([...indexLike].sort((p, q) => Number(p) - Number(q)));
      if (weighted) expect(json.balance.frustration.weighted).toBe(true);
      if (label.includes('__proto__')) {
        expect(Object.keys(json.centrality.degree)).toContain('__proto__');
        expect(indexLike.length).toBeGreaterThan(10);
      }
      // Plain data: a structured clone of the result writes the same bytes.
      expect(analysisText(structuredClone(a), { file })).toBe(r.stdout);
    }, 30_000);
  }

  it('streams the per-node sections: the writer never asks a record object to build itself whole', async () => {
    const file = join(dir, 'blocks.csv');
    writeFileSync(file, edgeList(5000, 12_000, (x) => (x % 2 ? String(x) : `n${x}`), true));
    const { pairs } = await readCsvEdges(file);
    const doc = analysisDocument(await runAnalysis(pairs, { metrics: ['triangles', 'pn', 'degree'] }));
    const balance = doc.balance as { triangles: { perNode: { toJSON(): unknown } } };
    balance.triangles.perNode.toJSON = () => {
      throw new Error('built whole');
    };
    const chunks = [...jsonChunks(doc)];
    expect(chunks.length).toBeGreaterThan(3);
    check(chunks.join(''));
  });

  it('the schema refuses what is not the contract', () => {
    const base = { rivalgraph: 1, nodes: 1, edges: 0, input: { ties: 0, directed: false, outsideWindow: 0, selfLoops: 0, window: {}, ambivalent: [], netZero: [], positive: 0, negative: 0 } };
    expect(validate(base)).toBe(true);
    expect(validate({ ...base, ids: ['a'] })).toBe(false);
    expect(validate({ ...base, centrality: { pn: { 0: 1, 1: 'x' } } })).toBe(false);
    expect(validate({ ...base, balance: { triangles: { byNegatives: [1, 2, 3], total: 6, perNode: {} } } })).toBe(false);
    expect(validate({ ...base, balance: { frustration: { index: 1, exact: true, lower: 1, upper: 1, weighted: false, method: 'ilp', partition: [['a']], frustratedEdges: [] } } })).toBe(false);
  });

  it('writes the JSON export with the same analysis document, accepted by both schemas', async () => {
    const out = join(dir, 'export.json');
    const r = await runCli(['export', '-f', 'json', '-o', out]);
    expect(r.code, r.stderr).toBe(0);
    const text = readFileSync(out, 'utf8');
    const doc = JSON.parse(text) as { analysis: Record<string, unknown> };
    expect(validateExport(doc), JSON.stringify(validateExport.errors?.slice(0, 3))).toBe(true);
    expect(validate(doc.analysis), JSON.stringify(validate.errors?.slice(0, 3))).toBe(true);
    expect(text).toBe(`${JSON.stringify(doc, null, 2)}\n`);
    // The export schema checks the analysis member against the analysis schema, not as any object.
    const balance = doc.analysis.balance as { triangles: Record<string, unknown> };
    expect(validateExport({ ...doc, analysis: { ...doc.analysis, balance: { ...balance, triangles: { ...balance.triangles, byNegatives: [1, 2, 3] } } } })).toBe(false);
    expect(validateExport({ ...doc, analysis: { ...doc.analysis, file: 'x.csv' } })).toBe(true);
    expect(validateExport({ ...doc, analysis: { ...doc.analysis, ids: ['a'] } })).toBe(false);
    expect(Object.keys(doc.analysis).slice(-1)).toEqual(['focus']);
    rmSync(dir, { recursive: true, force: true });
  }, 60_000);
});

