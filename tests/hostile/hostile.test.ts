/**
 * The hostile-input corpus (tests/hostile/corpus.ts) through the real CLI, in process.
 *
 * For every case: the promised exit code (0 or a located 2) within seconds, no stack trace,
 * no exit 1, no raw control character on stdout or stderr, and on exit 2 no output left
 * behind (no new file, no temporary, an existing output unchanged).
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { Writable } from 'node:stream';
import { afterAll, describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import { writeHostileCorpus } from './corpus.js';
import { rmSync } from 'node:fs';

/** A generous bound for a loaded 2-core machine; unloaded, every case takes well under a second. */
const SECONDS = 15;

/** Control characters that must never reach a terminal raw (tab and newline are text). */
const RAW_CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]/;

function sink(): Writable & { text: () => string; isTTY: boolean } {
  const parts: string[] = [];
  const w = new Writable({
    write(chunk, _enc, cb) {
      parts.push(String(chunk));
      cb();
    },
  }) as Writable & { text: () => string; isTTY: boolean };
  w.text = () => parts.join('');
  w.isTTY = false;
  return w;
}

async function run(argv: readonly string[]): Promise<{ code: number; stdout: string; stderr: string; seconds: number }> {
  const stdout = sink();
  const stderr = sink();
  const t = performance.now();
  const code = await main(argv, { stdout, stderr, env: { NO_COLOR: '1' } });
  process.exitCode = undefined;
  return { code, stdout: stdout.text(), stderr: stderr.text(), seconds: (performance.now() - t) / 1000 };
}

const dir = mkdtempSync(join(tmpdir(), 'rivalgraph-hostile-'));
const cases = writeHostileCorpus(dir);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** The content of a path, or what kind of thing it is. */
function snapshot(path: string): string | undefined {
  if (!existsSync(path)) return undefined;
  const st = statSync(path);
  return st.isFile() ? readFileSync(path, 'latin1') : st.isFIFO() ? '(fifo)' : st.isDirectory() ? '(dir)' : '(special)';
}

describe('hostile input: exit 0 or a located exit 2, within seconds, nothing left behind', () => {
  it.each(cases.map((c) => [c.name, c] as const))('%s', async (_name, c) => {
    const before = c.output ? snapshot(c.output) : undefined;
    const r = await run(c.argv);
    const shown = `${c.argv.join(' ')}\n--- stdout\n${r.stdout.slice(0, 2000)}\n--- stderr\n${r.stderr.slice(0, 2000)}`;
    expect(r.code, shown).toBe(c.code === 'either' ? (r.code === 0 ? 0 : 2) : c.code);
    expect(r.seconds, shown).toBeLessThan(SECONDS);
    expect(r.stderr, shown).not.toMatch(/internal error/);
    expect(r.stderr, shown).not.toMatch(/^\s+at .+:\d+:\d+\)?$/m);
    expect(RAW_CONTROL.test(r.stdout), 'raw control character on stdout').toBe(false);
    expect(RAW_CONTROL.test(r.stderr), 'raw control character on stderr').toBe(false);
    if (c.stderr) expect(r.stderr, shown).toMatch(c.stderr);
    if (c.stdout) expect(r.stdout, shown).toMatch(c.stdout);
    if (r.code === 2 && c.output) expect(snapshot(c.output), 'the output was created or changed').toBe(before);
    const folders = new Set([dir, ...(c.output ? [dirname(c.output)] : [])]);
    for (const f of folders) expect(readdirSync(f).filter((n) => n.includes('rivalgraph-tmp')), 'a temporary file was left').toEqual([]);
  });

  it('writes the Markdown report with every control character visible', async () => {
    expect((await run(['report', join(dir, 'escapes.json'), '-o', join(dir, 'escapes-2.md')])).code).toBe(0);
    const md = readFileSync(join(dir, 'escapes-2.md'), 'utf8');
    expect(RAW_CONTROL.test(md)).toBe(false);
    expect(md).toMatch(/\\u001b.*OWNED.*\\u0007/);
  });

  it('keeps a node named __proto__ as an ordinary key in the analysis', async () => {
    const r = await run(['analyze', '--json', join(dir, 'proto.csv')]);
    const result = JSON.parse(r.stdout) as { balance: { triangles: { perNode: Record<string, unknown> } }; nodes: number };
    expect(result.nodes).toBe(12);
    expect(Object.keys(result.balance.triangles.perNode)).toContain('__proto__');
    expect(Object.keys(result.balance.triangles.perNode)).toHaveLength(12);
  });

  it('exports prototype-named ids intact', async () => {
    expect((await run(['export', join(dir, 'proto.json'), '-o', join(dir, 'proto-out.json')])).code).toBe(0);
    const exported = JSON.parse(readFileSync(join(dir, 'proto-out.json'), 'utf8')) as { nodes: { key: string }[]; attributes: { sources: Record<string, unknown> } };
    expect(exported.nodes.map((n) => n.key)).toEqual(expect.arrayContaining(['constructor', 'toString', 'valueOf', 'hasOwnProperty']));
    expect(Object.keys(exported.attributes.sources)).toEqual(['constructor']);
  });

  it('leaves FIFOs given as outputs as they were', () => {
    expect(statSync(join(dir, 'out-fifo.json')).isFIFO()).toBe(true);
    expect(existsSync(join(dir, 'csv-set', 'nodes.csv'))).toBe(false);
  });
});
