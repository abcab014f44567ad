import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { seededRandom } from '../../src/analysis/rng.js';

// The helper thread runs compiled code only: load the built module (npm test builds first).
const HELPER = new URL('../../dist/parallel/helper.js', import.meta.url);
const helper = (await import(HELPER.href)) as typeof import('../../src/parallel/helper.js');

describe('the helper thread', () => {
  const tiny = { n: 3, m: 3, u: Int32Array.of(0, 1, 0), v: Int32Array.of(1, 2, 2), sign: Int8Array.of(1, 1, -1), weight: Float64Array.of(1, 1, 1), weighted: false };

  it('runs a named task and returns its result', async () => {
    const p = await helper.runInHelper('factions', tiny);
    expect(p.k).toBeGreaterThan(0);
    expect(Array.from(p.faction)).toHaveLength(3);
  });

  it('rejects with the error a task throws, and keeps serving', async () => {
    await expect(helper.runInHelper('factions', null as never)).rejects.toThrow(/rivalgraph\/parallel\/helper: TypeError/);
    await expect(helper.runInHelper('nothing' as never, {} as never)).rejects.toThrow(/no task named "nothing"/);
    expect((await helper.runInHelper('factions', tiny)).faction).toHaveLength(3);
  });

  it('answers tasks in the order they were sent, each with its own result', async () => {
    const graphs = [2, 3, 4, 5].map((n) => ({ n, m: 1, u: Int32Array.of(0), v: Int32Array.of(n - 1), sign: Int8Array.of(-1), weight: Float64Array.of(1), weighted: false }));
    const answered: number[] = [];
    const results = await Promise.all(graphs.map((g, i) => helper.runInHelper('factions', g).then((p) => (answered.push(i), p))));
    expect(answered).toEqual([0, 1, 2, 3]);
    expect(results.map((p) => p.faction.length)).toEqual([2, 3, 4, 5]);
  });

  it('lets the process exit once its tasks are done', () => {
    const script = `const h = await import(${JSON.stringify(HELPER.href)});
      const p = await h.runInHelper('factions', { n: 2, m: 1, u: Int32Array.of(0), v: Int32Array.of(1), sign: Int8Array.of(1), weight: Float64Array.of(1), weighted: false });
      console.log('k=' + p.k);`;
    const dir = mkdtempSync(join(tmpdir(), 'rivalgraph-helper-'));
    writeFileSync(join(dir, 'run.mjs'), script);
    const r = spawnSync(process.execPath, [join(dir, 'run.mjs')], { encoding: 'utf8', timeout: 20_000 });
    rmSync(dir, { recursive: true, force: true });
    expect(r.status).toBe(0);
    expect(r.stdout.trim()).toBe('k=1');
  });

  it('optimises hot loops on their own thread once it takes the second of two cores', () => {
    // V8 says how it compiles (--trace-opt): a loop made hot once the helper has run a task is
    // compiled synchronously on a two-core machine, in the background on a larger one.
    const script = `const h = await import(${JSON.stringify(HELPER.href)});
      await h.runInHelper('factions', { n: 2, m: 1, u: Int32Array.of(0), v: Int32Array.of(1), sign: Int8Array.of(1), weight: Float64Array.of(1), weighted: false });
      function hot(a) { let s = 0; for (let i = 0; i < a.length; i++) s += a[i] * 2; return s; }
      console.log('sum=' + hot(new Float64Array(5e6).fill(1)));`;
    const dir = mkdtempSync(join(tmpdir(), 'rivalgraph-helper-'));
    writeFileSync(join(dir, 'run.mjs'), script);
    // V8's trace goes through C stdio, apart from Node's stdout: on a loaded machine a run's trace
    // line was once missing. Up to three runs, until one shows how the loop was compiled.
    let mode: string | undefined;
    for (let run = 0; run < 3 && mode === undefined; run++) {
      const r = spawnSync(process.execPath, ['--trace-opt', join(dir, 'run.mjs')], { encoding: 'utf8', timeout: 20_000 });
      expect(r.status).toBe(0);
      expect(r.stdout).toContain('sum=10000000');
      mode = /compiling method [^\n]*JSFunction hot [^\n]*OSR, mode: ConcurrencyMode::(\w+)/.exec(r.stdout)?.[1];
    }
    rmSync(dir, { recursive: true, force: true });
    expect(mode).toBe(availableParallelism() > 2 ? 'kConcurrent' : 'kSynchronous');
  });

  it('fails the running task when stopped', async () => {
    // A search long enough (a random 300,000-pair graph, about a second) that the stop always comes first.
    const random = seededRandom(9);
    const m = 300_000;
    const big = { n: 30_000, m, u: new Int32Array(m), v: new Int32Array(m), sign: new Int8Array(m), weight: new Float64Array(m).fill(1), weighted: false };
    for (let e = 0; e < m; e++) {
      const x = Math.floor(random() * 29_999);
      big.u[e] = x;
      big.v[e] = x + 1 + Math.floor(random() * (29_999 - x));
      big.sign[e] = random() < 0.3 ? -1 : 1;
    }
    const running = helper.runInHelper('factions', big);
    helper.stopHelper();
    await expect(running).rejects.toThrow(/helper thread stopped/);
    expect((await helper.runInHelper('factions', tiny)).faction).toHaveLength(3);
  });
});
