/**
 * rivalgraph/parallel/executor: the one place that starts threads, for every task (task.ts).
 *
 * A small pool of worker threads, started on first use and kept for the
 * process: `analyze` uses one helper (a CSV file's second half, half of the
 * CSR, the factions search, overlapping the file read and the other metrics),
 * the GDELT import up to one per lane. A task is sent to an idle thread, else
 * a new one while the caller's limit allows, else the least busy; each thread
 * runs its tasks one at a time, in the order sent. Typed arrays travel
 * transferred or in shared memory, never copied twice. A thread keeps the
 * process alive only while it has a task.
 *
 * Why not piscina or workerpool: what the analysis needs is one thread
 * started ahead of its first task (its start-up overlaps the file read), a
 * task module loaded and a warm-up run while it would wait, and results in
 * send order; measured against both, neither was faster on a first task or
 * on round trips (docs/benchmarks.md, "One executor"), and this is about 200
 * lines without a dependency.
 *
 * Compiled code (dist/) runs workers from `worker.js`. Runs from the
 * TypeScript sources (tests) have no compiled worker: `parallelAvailable()` is
 * then false and callers stay in one thread, with the same results, unless a
 * loader of TypeScript modules was given (`useWorkerLoader`, tests/setup).
 */
import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { Worker, type Transferable } from 'node:worker_threads';
import type { AnyTask, Task } from './task.js';

/** A message to a worker: run a task, or load a task's module ahead of it (and warm it up when idle). */
export type WorkerRequest =
  | { readonly type: 'run'; readonly id: number; readonly module: string; readonly name: string; readonly input: unknown }
  | { readonly type: 'prepare'; readonly module: string; readonly name: string; readonly warm: boolean };

/** A worker's message: a task's progress, its result, or the error it threw. */
export type WorkerReply =
  | { readonly id: number; readonly progress: unknown }
  | { readonly id: number; readonly result: unknown }
  | { readonly id: number; readonly error: { readonly name: string; readonly message: string; readonly stack?: string } };

/** How to run one task. */
export interface RunOptions {
  /** Buffers handed to the worker without a copy (detached here). */
  readonly transfer?: readonly Transferable[];
  /** Called with each value the task sends through `context.progress`. */
  readonly onProgress?: (value: unknown) => void;
  /** Most threads the pool may grow to for this task (default: one per core but this one, at least one). */
  readonly threads?: number;
}

interface Pending {
  resolve(value: unknown): void;
  reject(err: Error): void;
  onProgress?: ((value: unknown) => void) | undefined;
}

interface Thread {
  readonly worker: Worker;
  readonly pending: Map<number, Pending>;
}

/**
 * Bytes of input from which a reader splits its work with a worker thread (a CSV edge list's
 * second half, GDELT byte ranges): below, the worker's start-up (50-110 ms) costs more than it saves.
 */
export const PARALLEL_MIN_BYTES = 4 * 1024 * 1024;

const threads: Thread[] = [];
let nextId = 0;
let loader: string | undefined;

/**
 * Let worker threads load TypeScript modules through the loader registered by the module at `url`
 * (passed as `--import`): for runs from the sources, where there is no compiled worker.
 */
export function useWorkerLoader(url: string | undefined): void {
  loader = url;
}

/** The worker script beside this module, or undefined when it cannot run (sources without a loader). */
function workerScript(): URL | undefined {
  const fromSources = import.meta.url.endsWith('.ts');
  if (fromSources && loader === undefined) return undefined;
  const url = new URL(fromSources ? './worker.ts' : './worker.js', import.meta.url);
  return existsSync(fileURLToPath(url)) ? url : undefined;
}

/** Whether tasks can run in worker threads at all. */
export function workersAvailable(): boolean {
  return workerScript() !== undefined;
}

/** Whether work split with another thread can go faster: workers run, on more than one core (on one, a thread only adds its start-up). */
export function parallelAvailable(): boolean {
  return availableParallelism() > 1 && workersAvailable();
}

function failAll(thread: Thread, err: Error): void {
  for (const p of thread.pending.values()) p.reject(err);
  thread.pending.clear();
}

function drop(thread: Thread): void {
  const i = threads.indexOf(thread);
  if (i >= 0) threads.splice(i, 1);
}

function startThread(): Thread {
  const script = workerScript();
  if (!script) throw new Error('rivalgraph/parallel/executor: the worker script is missing (run the build, or give a loader)');
  const worker = new Worker(script, loader === undefined ? {} : { execArgv: ['--import', loader] });
  const thread: Thread = { worker, pending: new Map() };
  worker.on('message', (reply: WorkerReply) => {
    const p = thread.pending.get(reply.id);
    if (!p) return;
    if ('progress' in reply) return p.onProgress?.(reply.progress);
    thread.pending.delete(reply.id);
    if ('error' in reply) {
      const err = new Error(`rivalgraph/parallel/executor: ${reply.error.name}: ${reply.error.message}`);
      if (reply.error.stack) err.stack = reply.error.stack;
      p.reject(err);
    } else p.resolve(reply.result);
    if (thread.pending.size === 0) worker.unref();
  });
  worker.on('error', (err) => {
    drop(thread);
    failAll(thread, err);
  });
  worker.on('exit', (code) => {
    drop(thread);
    failAll(thread, new Error(`rivalgraph/parallel/executor: a worker thread stopped (exit code ${code})`));
  });
  threads.push(thread);
  return thread;
}

const defaultThreads = (): number => Math.max(1, availableParallelism() - 1);

/** An idle thread, else a new one while under `limit`, else the least busy. */
function pick(limit: number): Thread {
  const idle = threads.find((t) => t.pending.size === 0);
  if (idle) return idle;
  if (threads.length < limit) return startThread();
  return threads.reduce((a, b) => (b.pending.size < a.pending.size ? b : a));
}

/**
 * Start a worker now, ahead of its first task, when the caller knows one is coming: its start-up
 * overlaps the caller's own. The first of `prepare` has its module loaded at once; those with a
 * warm-up are loaded and warmed up the first time the worker is idle. Does nothing where
 * `parallelAvailable()` is false. The thread keeps the process alive only once a task runs.
 */
export function startExecutor(prepare: readonly AnyTask[] = []): void {
  if (!parallelAvailable()) return;
  const thread = threads[0] ?? startThread();
  prepare.forEach((task, i) => {
    if (i === 0 || task.warmUp) thread.worker.postMessage({ type: 'prepare', module: task.module, name: task.name, warm: i > 0 } satisfies WorkerRequest);
  });
  if (thread.pending.size === 0) thread.worker.unref();
}

/** Run a task in a worker thread (started on first use). */
export function runTask<I, O>(task: Task<I, O>, input: I, options: RunOptions = {}): Promise<O> {
  const thread = pick(options.threads ?? defaultThreads());
  thread.worker.ref();
  const id = nextId++;
  const result = new Promise<O>((resolve, reject) => thread.pending.set(id, { resolve: resolve as (value: unknown) => void, reject, onProgress: options.onProgress }));
  thread.worker.postMessage({ type: 'run', id, module: task.module, name: task.name, input } satisfies WorkerRequest, (options.transfer ?? []) as Transferable[]);
  // Handled where awaited; this only keeps an abandoned task from being an unhandled rejection.
  result.catch(() => undefined);
  return result;
}

/** Stop every worker thread and fail their running tasks (when their caller has failed). */
export async function stopExecutor(): Promise<void> {
  await Promise.all(threads.splice(0).map((t) => t.worker.terminate()));
}
