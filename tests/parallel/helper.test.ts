import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

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

  it('fails the running task when stopped', async () => {
    const big = { n: 4000, m: 0, u: new Int32Array(0), v: new Int32Array(0), sign: new Int8Array(0), weight: new Float64Array(0), weighted: false };
    const running = helper.runInHelper('factions', big);
    helper.stopHelper();
    await expect(running).rejects.toThrow(/helper thread stopped/);
    expect((await helper.runInHelper('factions', tiny)).faction).toHaveLength(3);
  });
});
