/**
 * `rivalgraph export` end to end: stdout, atomic writes that never replace the input,
 * folders for CSV, and exports that `validate` and `info` read back as the same model.
 */
import { describe, expect, it, beforeAll, afterAll } from 'vitest';
import { copyFileSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from '../helpers/cli.js';
import { BUILTIN_GRAPH } from '../../src/io/builtin.js';
import { loadGraphFile } from '../../src/io/load-file.js';
import { summarize } from '../../src/analysis/summary.js';

let dir: string;
let yaml: string;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'rivalgraph-export-'));
  yaml = join(dir, 'graph.yaml');
  copyFileSync(BUILTIN_GRAPH, yaml);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('rivalgraph export', () => {
  it.each(['json', 'gexf'])('-f %s -o - writes to stdout and nothing to disk', (format) => {
    const before = readdirSync(dir);
    const r = runCli(['export', yaml, '-f', format, '-o', '-']);
    expect(r.code).toBe(0);
    expect(r.stdout.length).toBeGreaterThan(100);
    expect(r.stdout.startsWith(format === 'json' ? '{' : '<?xml')).toBe(true);
    expect(readdirSync(dir)).toEqual(before);
  });

  it('writes through a temporary file and a rename: no temp files left, an old output replaced whole', () => {
    const out = join(dir, 'out.gexf');
    writeFileSync(out, 'old contents');
    const r = runCli(['export', yaml, '-f', 'gexf', '-o', out]);
    expect(r.code).toBe(0);
    expect(r.stderr).toContain(`wrote ${out}`);
    expect(readFileSync(out, 'utf8')).toMatch(/^<\?xml/);
    expect(readdirSync(dir).filter((f) => f.includes('rivalgraph-tmp'))).toEqual([]);
  });

  it('never overwrites its input, however the path is spelled', () => {
    const before = readFileSync(yaml, 'utf8');
    const r = runCli(['export', join(dir, '.', 'graph.yaml'), '-f', 'json', '-o', yaml]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/refusing to overwrite an input file/);
    const exported = join(dir, 'same.json');
    expect(runCli(['export', yaml, '-f', 'json', '-o', exported]).code).toBe(0);
    const again = runCli(['export', exported, '-f', 'json', '-o', exported]);
    expect(again.code).toBe(2);
    expect(readFileSync(yaml, 'utf8')).toBe(before);
  });

  it('-f csv writes nodes.csv, edges.csv and sources.csv into a folder, and refuses stdout', () => {
    const folder = join(dir, 'csv');
    const r = runCli(['export', yaml, '-f', 'csv', '-o', folder]);
    expect(r.code).toBe(0);
    expect(readdirSync(folder).sort()).toEqual(['edges.csv', 'nodes.csv', 'sources.csv']);
    const stdout = runCli(['export', yaml, '-f', 'csv', '-o', '-']);
    expect(stdout.code).toBe(2);
    expect(stdout.stderr).toMatch(/writes several files/);
  });

  it('YAML -> JSON, GEXF, GraphML -> load gives the same model; validate and info accept them', () => {
    const outs = ['json', 'gexf', 'graphml'].map((format) => {
      const out = join(dir, `round.${format}`);
      expect(runCli(['export', yaml, '-f', format, '-o', out]).code).toBe(0);
      return out;
    });
    const v = runCli(['validate', ...outs]);
    expect(v.code).toBe(0);
    expect(v.stdout.trim().split('\n')).toHaveLength(3);
    const expected = loadGraphFile(yaml);
    for (const out of outs) {
      const loaded = loadGraphFile(out);
      expect(loaded.model).toEqual(expected.model);
      expect(summarize(loaded.graph)).toEqual(summarize(expected.graph));
    }
  });

  it('validate prints located problems for a broken export and exits 2', () => {
    const out = join(dir, 'broken.json');
    runCli(['export', yaml, '-f', 'json', '-o', out]);
    writeFileSync(out, readFileSync(out, 'utf8').replace('"polarity": "conflict"', '"polarity": "rivalry"'));
    const r = runCli(['validate', out]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/broken\.json:\d+:\d+: .*polarity/);
    expect(existsSync(out)).toBe(true);
  });

  it('a GraphML edge without sign or polarity is a located user error (exit 2, no stack)', () => {
    const file = join(dir, 'unsigned.graphml');
    writeFileSync(
      file,
      '<graphml xmlns="http://graphml.graphdrawing.org/xmlns">\n<graph edgedefault="directed">\n<node id="A"/><node id="B"/>\n<edge source="A" target="B"/>\n</graph>\n</graphml>\n',
    );
    const r = runCli(['info', file]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/unsigned\.graphml:4:1: edge "e0" has no sign or polarity attribute \(every tie needs a sign/);
    expect(r.stderr).not.toMatch(/at .*\.js:\d+/);
  });
});
