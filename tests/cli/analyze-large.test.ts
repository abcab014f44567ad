import { describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { BIN, runCli } from '../helpers/cli.js';
import { readCsvEdges } from '../../src/io/csv-edges.js';
import { runAnalysis } from '../../src/analysis/analyze.js';
import { degreeRecord, tidy, triangleRecord } from '../../src/analysis/node-columns.js';
import { analysisJson } from '../helpers/analysis-json.js';
import { seededRandom } from '../../src/analysis/rng.js';
import { PARALLEL_MIN_BYTES, parallelAvailable, useWorkerLoader } from '../../src/parallel/executor.js';

const LOADER = new URL('../setup/ts-register.mjs', import.meta.url).href;

/** Run `f` with worker threads off (no loader for the sources): the one-thread reference. */
async function inOneThread<T>(f: () => Promise<T>): Promise<T> {
  useWorkerLoader(undefined);
  try {
    return await f();
  } finally {
    useWorkerLoader(LOADER);
  }
}

const hasTaskset = spawnSync('taskset', ['-c', '0', 'true']).status === 0;

/** A seeded edge list over PARALLEL_MIN_BYTES, with names of several lengths and a bad row near the end. */
function bigEdgeList(badLine?: number): string {
  const random = seededRandom(5);
  const lines = ['source,target,sign,weight'];
  const names = ['RUS', 'TUR', '\u00e9tat-tampon', 'a-rather-long-node-name'];
  let size = lines[0]!.length;
  while (size < PARALLEL_MIN_BYTES * 1.3) {
    const x = Math.floor(random() * 30_000);
    const y = Math.floor(random() * 30_000);
    const a = x % 97 === 0 ? names[x % 4]! : `n${x}`;
    const sign = random() < 0.3 ? -1 : 1;
    const line = lines.length + 1 === badLine ? `${a},n${y},maybe,1` : `${a},n${y},${sign},${1 + (y % 3)}`;
    lines.push(line);
    size += line.length + 1;
  }
  return lines.join('\n') + '\n';
}

describe('rivalgraph analyze on a large CSV (read by two threads)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'rivalgraph-large-'));

  it('runs the helper thread from the sources too (tests/setup/workers.ts)', () => {
    expect(parallelAvailable()).toBe(true);
  });

  it('reads the same graph as one thread does: same node order, pairs and degrees', async () => {
    const file = join(dir, 'big.csv');
    writeFileSync(file, bigEdgeList());
    const r = await runCli(['analyze', file, '--json', '--metrics', 'components,degree']);
    expect(r.code).toBe(0);
    const one = await inOneThread(async () => runAnalysis((await readCsvEdges(file)).pairs, { metrics: ['components', 'degree'] }));
    const json = JSON.parse(r.stdout);
    expect(json.nodes).toBe(one.nodes);
    expect(json.edges).toBe(one.edges);
    expect(json.input).toEqual(JSON.parse(JSON.stringify(one.input)));
    expect(JSON.stringify(json.centrality.degree)).toBe(JSON.stringify(analysisJson(one).centrality.degree));
  }, 60_000);

  it('streams --json as JSON.stringify writes the whole result: same key order (index-like ids first), same text', async () => {
    // 3,000 nodes named by numbers and by words: the per-node sections span several blocks.
    const random = seededRandom(9);
    const name = (x: number): string => (x % 4 === 0 ? `n${x}` : String(x));
    const lines = ['source,target,sign'];
    for (let i = 0; i < 12_000; i++) lines.push(`${name(Math.floor(random() * 3000))},${name(Math.floor(random() * 3000))},${random() < 0.3 ? -1 : 1}`);
    const file = join(dir, 'numeric.csv');
    writeFileSync(file, lines.join('\n') + '\n');
    const r = await runCli(['analyze', file, '--json']);
    expect(r.code).toBe(0);
    // Parsing rebuilds the objects in JS key order; writing them again must give the same bytes.
    expect(r.stdout).toBe(JSON.stringify(JSON.parse(r.stdout), null, 2) + '\n');
    const one = await inOneThread(async () => runAnalysis((await readCsvEdges(file)).pairs, {}));
    const json = JSON.parse(r.stdout);
    // The reference: plain objects filled in node order, as JavaScript orders their keys.
    const byId = (value: (x: number) => unknown): Record<string, unknown> => {
      const o: Record<string, unknown> = {};
      one.ids.forEach((id, x) => void (o[id] = value(x)));
      return o;
    };
    const c = one.centrality!;
    expect(JSON.stringify(json.centrality)).toBe(JSON.stringify({ pn: byId((x) => tidy(c.pn![x]!)), degree: byId((x) => degreeRecord(c.degree!, x)), ...(c.eigen ? { eigen: byId((x) => tidy(c.eigen![x]!)) } : { eigen: null, eigenNote: c.eigenNote }) }));
    const t = one.balance!.triangles!;
    expect(JSON.stringify(json.balance.triangles)).toBe(JSON.stringify({ byNegatives: t.byNegatives, total: t.total, perNode: byId((x) => triangleRecord(t.perNode, x)) }));
  }, 60_000);

  it.skipIf(!hasTaskset)('reads and analyses the same on one core, where no helper thread is started', async () => {
    const file = join(dir, 'one-core.csv');
    writeFileSync(file, bigEdgeList());
    const args = [BIN, 'analyze', file, '--json', '--metrics', 'components,degree,factions'];
    const one = spawnSync('taskset', ['-c', '0', process.execPath, ...args], { encoding: 'utf8', maxBuffer: 1 << 28 });
    const two = spawnSync(process.execPath, args, { encoding: 'utf8', maxBuffer: 1 << 28 });
    expect(one.status).toBe(0);
    expect(two.status).toBe(0);
    expect(one.stdout).toBe(two.stdout);
  }, 60_000);

  it('reports a bad row in the second part at its line and column in the file', async () => {
    const text = bigEdgeList();
    const total = text.split('\n').length - 1;
    const file = join(dir, 'bad.csv');
    const bad = bigEdgeList(total - 5);
    writeFileSync(file, bad);
    // The column counts characters of the bad line (a node name may hold a non-ASCII one).
    const badText = bad.split('\n')[total - 6]!;
    const column = [...badText.slice(0, badText.indexOf('maybe'))].length + 1;
    const r = await runCli(['analyze', file]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`bad.csv:${total - 5}:${column}: sign "maybe" is not a sign`);
    rmSync(dir, { recursive: true, force: true });
  }, 60_000);
});
