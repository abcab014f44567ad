/**
 * One signed graph in every form analysts have it, analysed to the same triangle census and
 * frustration index as its plain CSV: Read's highland tribes (Read 1954; frustration index 7,
 * tests/analysis/analyze.test.ts) written
 * - by rivalgraph's exporters (GEXF, GraphML, Pajek, CSV edge list, JSON),
 * - as KONECT, SNAP, semicolon, headerless and gzipped edge lists, and as a two-relation Pajek
 *   network (GAMAPOS, GAMANEG) as UCINET and Pajek distribute it,
 * - by networkx (Debian 12's python3-networkx 2.8: GraphML and GEXF 1.2draft and 1.1draft of a
 *   MultiDiGraph, whose multigraph keys become edge ids, with node ids holding spaces; Pajek),
 * - by igraph (python3-igraph: GraphML, Pajek) and graphology-gexf (GEXF 1.3, as Gephi Lite writes).
 * Debian's python3-networkx and python3-igraph are installed on first use (tests/helpers/system.ts).
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MultiDirectedGraph } from 'graphology';
import { write as writeGexf } from 'graphology-gexf';
import { cli } from '../helpers/cli-inprocess.js';
import { fixture } from '../helpers/cli.js';
import { ensureSystemTools, SYSTEM_PYTHON } from '../helpers/system.js';

const CSV = fixture('analysis', 'highland-tribes.csv');
const rows = readFileSync(CSV, 'utf8').trim().split('\n').slice(1).map((l) => l.split(',') as [string, string, string]);
/** Two tribes renamed with spaces, as tools other than rivalgraph allow. */
const SPACED: Record<string, string> = { GAVEV: 'Gavev tribe', OVE: 'Ove people' };

/** Writes the graph with networkx and igraph: argv = the CSV, the output folder. */
const PYTHON = `
import sys, csv
import networkx as nx
import igraph as ig
src, out = sys.argv[1], sys.argv[2]
spaced = ${JSON.stringify(SPACED)}
edges = [(spaced.get(r["source"], r["source"]), spaced.get(r["target"], r["target"]), int(r["sign"])) for r in csv.DictReader(open(src))]
G = nx.MultiDiGraph()
for u, v, s in edges:
    G.add_edge(u, v, sign=s)
nx.write_graphml(G, out + "/nx.graphml")
nx.write_gexf(G, out + "/nx.gexf")
nx.write_gexf(G, out + "/nx-1.1.gexf", version="1.1draft")
P = nx.MultiDiGraph()
for u, v, s in edges:
    P.add_edge(u, v, weight=float(s))
nx.write_pajek(P, out + "/nx.net")
names = sorted({n for u, v, _ in edges for n in (u, v)})
index = {n: i for i, n in enumerate(names)}
I = ig.Graph(directed=True)
I.add_vertices(len(names))
I.vs["name"] = names
I.add_edges([(index[u], index[v]) for u, v, _ in edges])
I.es["sign"] = [s for _, _, s in edges]
I.write_graphml(out + "/igraph.graphml")
I.es["weight"] = [s for _, _, s in edges]
del I.es["sign"]
I.write_pajek(out + "/igraph.net")
`;

let dir: string;
/** Census and frustration index of a file, as `analyze --json` gives them. */
async function figures(path: string, ...flags: string[]): Promise<{ census: number[]; frustration: number; nodes: number; pairs: number }> {
  const r = await cli(['analyze', path, '--json', '--metrics', 'balance', ...flags]);
  expect(r.code, `${path}: ${r.stderr}`).toBe(0);
  const j = JSON.parse(r.stdout) as { nodes: number; edges: number; balance: { triangles: { byNegatives: number[] }; frustration: { index: number } } };
  return { census: j.balance.triangles.byNegatives, frustration: j.balance.frustration.index, nodes: j.nodes, pairs: j.edges };
}
let plain: Awaited<ReturnType<typeof figures>>;
const put = (name: string, data: string | Uint8Array): string => {
  const path = join(dir, name);
  writeFileSync(path, data);
  return path;
};

beforeAll(async () => {
  ensureSystemTools('networkx', 'igraph');
  dir = mkdtempSync(join(tmpdir(), 'rivalgraph-foreign-'));
  plain = await figures(CSV);
  const r = spawnSync(SYSTEM_PYTHON, ['-c', PYTHON, CSV, dir], { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`networkx/igraph could not write the fixtures:\n${r.stderr}`);
}, 10 * 60_000);

afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('the highland tribes in every form', () => {
  it('the plain CSV gives the published frustration index', () => {
    expect(plain).toMatchObject({ frustration: 7, nodes: 16, pairs: 58 });
  });

  it.each(['gexf', 'graphml', 'pajek', 'json', 'csv'])('as rivalgraph exports it (-f %s)', async (format) => {
    const out = join(dir, `rivalgraph-${format}.${format === 'pajek' ? 'net' : format}`);
    const r = await cli(['export', CSV, '-f', format, '-o', out, '--no-analysis']);
    expect(r.code, r.stderr).toBe(0);
    expect(await figures(out)).toEqual(plain);
    // info and validate read every file export writes.
    expect((await cli(['validate', out])).stdout).toMatch(/^ok .*: 16 nodes, 58 ties/);
    expect((await cli(['info', out])).code).toBe(0);
  });

  it('as KONECT, SNAP, semicolon, tab, headerless and gzipped edge lists', async () => {
    const ids = [...new Set(rows.flatMap(([a, b]) => [a, b]))];
    const num = (id: string) => ids.indexOf(id) + 1;
    const konect = `% sym signed\n% ${rows.length} ${ids.length} ${ids.length}\n${rows.map(([a, b, s]) => `${num(a)} ${num(b)} ${s}`).join('\n')}\n`;
    const snap = `# Undirected signed network\n# FromNodeId\tToNodeId\tSign\n${rows.map(([a, b, s]) => `${a}\t${b}\t${s}`).join('\n')}\n`;
    const semi = `source;target;sign\n${rows.map((r) => r.join(';')).join('\n')}\n`;
    const headerless = `${rows.map(([a, b, s], i) => `${a},${b},${s},${1_500_000_000 + i * 86_400}`).join('\n')}\n`;
    for (const path of [put('out.highland', konect), put('highland.txt', snap), put('semi.csv', semi), put('headerless.csv', headerless), put('out.highland.gz', gzipSync(konect)), put('snap.txt.gz', gzipSync(snap))]) {
      expect(await figures(path), path).toEqual(plain);
    }
    // The headerless times are unix seconds, one day apart from 2017-07-14: a window keeps the first ten.
    expect((await figures(join(dir, 'headerless.csv'), '--to', '2017-07-23')).pairs).toBe(10);
  });

  it('as a two-relation Pajek network (GAMAPOS, GAMANEG with negative values), --relations choosing among them', async () => {
    const ids = [...new Set(rows.flatMap(([a, b]) => [a, b]))];
    const num = (id: string) => ids.indexOf(id) + 1;
    const lines = (sign: string) => rows.filter((r) => r[2] === sign).map(([a, b]) => `${num(a)} ${num(b)} ${sign === '1' ? 1 : -1}`);
    const net = put('gama.net', `*Vertices ${ids.length}\n${ids.map((id, i) => `${i + 1} "${id}"`).join('\n')}\n*Edges :1 "GAMAPOS"\n${lines('1').join('\n')}\n*Edges :2 "GAMANEG"\n${lines('-1').join('\n')}\n`);
    expect(await figures(net)).toEqual(plain);
    const positive = await figures(net, '--relations', 'GAMAPOS');
    expect([positive.pairs, positive.frustration]).toEqual([rows.filter((r) => r[2] === '1').length, 0]);
    const { model } = (await import('../../src/io/load-file.js')).loadModelFile(net);
    expect(new Set(model.ties.map((t) => `${t.relation} ${t.polarity} ${t.directed}`))).toEqual(new Set(['gamapos cooperation false', 'gamaneg conflict false']));
  });

  it.each(['nx.graphml', 'nx.gexf', 'nx-1.1.gexf', 'nx.net', 'igraph.graphml', 'igraph.net'])('as %s writes it (multigraph keys, ids with spaces)', async (name) => {
    expect(await figures(join(dir, name))).toEqual(plain);
    const v = await cli(['validate', join(dir, name)]);
    expect(v.stdout).toMatch(/: 16 nodes, 58 ties/);
  });

  it('as graphology-gexf writes GEXF 1.3 (Gephi Lite), ids with spaces', async () => {
    const g = new MultiDirectedGraph();
    for (const [a, b, s] of rows) g.mergeNode(SPACED[a] ?? a), g.mergeNode(SPACED[b] ?? b), g.addEdge(SPACED[a] ?? a, SPACED[b] ?? b, { sign: Number(s) });
    const path = put('graphology.gexf', writeGexf(g, { version: '1.3' }));
    expect(await figures(path)).toEqual(plain);
    const { model } = (await import('../../src/io/load-file.js')).loadModelFile(path);
    expect(model.nodes.find((n) => n.label === 'Gavev tribe')?.id).toBe('Gavev_tribe');
  });
});
