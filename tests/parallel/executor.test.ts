import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { runTask, stopExecutor, workersAvailable } from '../../src/parallel/executor.js';
import { defineTask } from '../../src/parallel/task.js';
import { factionsTask } from '../../src/analysis/factions-parallel.js';
import { countTask, failTask, spinTask, sumTask } from './sample-tasks.js';

describe('the executor', () => {
  const tiny = { n: 3, m: 3, u: Int32Array.of(0, 1, 0), v: Int32Array.of(1, 2, 2), sign: Int8Array.of(1, 1, -1), weight: Float64Array.of(1, 1, 1), weighted: false };

  it('runs worker threads from the sources in tests (tests/setup/workers.ts)', () => {
    expect(workersAvailable()).toBe(true);
  });

  it('runs a task of its own module and returns its result, transferred buffers included', async () => {
    const a = Float64Array.of(1, 2, 3.5);
    const done = await runTask(sumTask, a, { transfer: [a.buffer] });
    expect(a.length).toBe(0); // handed over, not copied
    expect(done.sum).toBe(6.5);
    expect(Array.from(done.back)).toEqual([1, 2, 3.5]);
    const p = await runTask(factionsTask, tiny);
    expect(p.k).toBeGreaterThan(0);
    expect(Array.from(p.faction)).toHaveLength(3);
  });

  it('rejects with the error a task throws, and keeps serving', async () => {
    await expect(runTask(failTask, null)).rejects.toThrow(/rivalgraph\/parallel\/executor: TypeError: no input/);
    const unknown = defineTask<null, null>(new URL('./sample-tasks.ts', import.meta.url).href, 'nothing', () => ({ result: null, transfer: [] }));
    await expect(runTask(unknown, null)).rejects.toThrow(/defines no task "nothing"/);
    expect((await runTask(factionsTask, tiny)).faction).toHaveLength(3);
  });

  it('passes progress to the caller before the result', async () => {
    const seen: unknown[] = [];
    expect(await runTask(countTask, 4, { onProgress: (v) => seen.push(v) })).toBe(4);
    expect(seen).toEqual([1, 2, 3, 4]);
  });

  it('answers tasks of one thread in the order they were sent, each with its own result', async () => {
    const graphs = [2, 3, 4, 5].map((n) => ({ n, m: 1, u: Int32Array.of(0), v: Int32Array.of(n - 1), sign: Int8Array.of(-1), weight: Float64Array.of(1), weighted: false }));
    const answered: number[] = [];
    const results = await Promise.all(graphs.map((g, i) => runTask(factionsTask, g, { threads: 1 }).then((p) => (answered.push(i), p))));
    expect(answered).toEqual([0, 1, 2, 3]);
    expect(results.map((p) => p.faction.length)).toEqual([2, 3, 4, 5]);
  });

  it('fails the running task when stopped, and starts again on the next', async () => {
    const running = runTask(spinTask, 5_000);
    await stopExecutor();
    await expect(running).rejects.toThrow(/a worker thread stopped/);
    expect((await runTask(factionsTask, tiny)).faction).toHaveLength(3);
  });

  it('lets the process exit once its tasks are done', () => {
    const executor = new URL('../../src/parallel/executor.ts', import.meta.url).href;
    const tasks = new URL('./sample-tasks.ts', import.meta.url).href;
    const register = new URL('../setup/ts-register.mjs', import.meta.url).href;
    const script = `const { runTask, useWorkerLoader } = await import(${JSON.stringify(executor)});
      const { sumTask } = await import(${JSON.stringify(tasks)});
      useWorkerLoader(${JSON.stringify(register)});
      console.log('sum=' + (await runTask(sumTask, Float64Array.of(1, 2))).sum);`;
    const r = spawnSync(process.execPath, ['--import', fileURLToPath(register), '--input-type=module', '-e', script], { encoding: 'utf8', timeout: 20_000 });
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(r.stdout.trim()).toBe('sum=3');
  });
});
