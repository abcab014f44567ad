/**
 * rivalgraph/parallel/helper: one helper thread per process, for work that splits in two.
 *
 * `analyze` on a large input has work that need not wait for the rest: the
 * second half of a CSV file is scanned while this thread scans the first,
 * and weak-balance factions are searched while this thread counts triangles.
 * One worker thread serves both, so its start-up (about 50 ms) is paid once
 * and overlaps the file read. Tasks are named (tasks.ts) and the worker
 * loads only the modules a task needs; typed arrays travel transferred or
 * in shared memory, never copied twice. The thread keeps the process alive
 * only while a task is running.
 *
 * Runs from the TypeScript sources (tests) have no compiled worker script:
 * `helperAvailable()` is then false and callers stay in one thread, with the
 * same results.
 */
import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { Worker, type Transferable } from 'node:worker_threads';
import type { TaskInput, TaskName, TaskOutput } from './tasks.js';
import { beforeHelperStarts } from './compile-mode.js';

/** A task's message to the worker. */
export interface TaskRequest {
  readonly id: number;
  readonly task: TaskName;
  readonly input: unknown;
}

/** The worker's answer: the result, or the error the task threw. */
export type TaskReply = { readonly id: number; readonly result: unknown } | { readonly id: number; readonly error: { readonly name: string; readonly message: string; readonly stack?: string } };

interface Pending {
  resolve(value: unknown): void;
  reject(err: Error): void;
}

let worker: Worker | undefined;
let nextId = 0;
const pending = new Map<number, Pending>();

/** The compiled worker script, or undefined when running from TypeScript sources. */
function workerScript(): URL | undefined {
  const url = new URL('./worker.js', import.meta.url);
  return existsSync(fileURLToPath(url)) ? url : undefined;
}

/** Whether tasks can run in the helper thread: the compiled code is running, on more than one core (on one, a second thread only adds its start-up). */
export function helperAvailable(): boolean {
  return availableParallelism() > 1 && workerScript() !== undefined;
}

function failAll(err: Error): void {
  for (const p of pending.values()) p.reject(err);
  pending.clear();
}

function start(): Worker {
  const script = workerScript();
  if (!script) throw new Error('rivalgraph/parallel/helper: the compiled worker script is missing');
  beforeHelperStarts();
  const w = new Worker(script);
  w.on('message', (reply: TaskReply) => {
    const p = pending.get(reply.id);
    if (!p) return;
    pending.delete(reply.id);
    if ('error' in reply) {
      const err = new Error(`rivalgraph/parallel/helper: ${reply.error.name}: ${reply.error.message}`);
      if (reply.error.stack) err.stack = reply.error.stack;
      p.reject(err);
    } else p.resolve(reply.result);
    if (pending.size === 0) w.unref();
  });
  w.on('error', (err) => {
    if (worker === w) worker = undefined;
    failAll(err);
  });
  w.on('exit', (code) => {
    if (worker === w) worker = undefined;
    failAll(new Error(`rivalgraph/parallel/helper: the helper thread stopped (exit code ${code})`));
  });
  return w;
}

/**
 * Start the helper thread now, ahead of its first task, when the caller knows one is coming:
 * its start-up (about 0.1 s) then overlaps the caller's own instead of delaying that task.
 * It keeps the process alive only once a task runs.
 */
export function startHelper(): void {
  if (!helperAvailable()) return;
  worker ??= start();
  if (pending.size === 0) worker.unref();
}

/** Run a task in the helper thread (started on first use); `transfer` lists buffers handed over without a copy. */
export function runInHelper<N extends TaskName>(task: N, input: TaskInput<N>, transfer: readonly Transferable[] = []): Promise<TaskOutput<N>> {
  worker ??= start();
  worker.ref();
  const id = nextId++;
  const result = new Promise<TaskOutput<N>>((resolve, reject) => pending.set(id, { resolve: resolve as (value: unknown) => void, reject }));
  const request: TaskRequest = { id, task, input };
  worker.postMessage(request, transfer as Transferable[]);
  // Handled where awaited; this only keeps an abandoned task from being an unhandled rejection.
  result.catch(() => undefined);
  return result;
}

/** Stop the helper thread and fail its running tasks (when their caller has failed). */
export function stopHelper(): void {
  const w = worker;
  worker = undefined;
  if (w) void w.terminate();
}
