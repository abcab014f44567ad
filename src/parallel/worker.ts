/**
 * rivalgraph/parallel/worker: a worker thread's entry; runs tasks (task.ts) one at a time, in order.
 *
 * A task is found by importing the module named in its request, whose
 * `defineTask` registers it. The first time the queue empties after a task, the worker runs
 * the warm-ups it was asked for (executor.ts `startExecutor`), so that a task
 * coming later and long starts in optimised code instead of paying its
 * compilation on the caller's critical path. A task that arrives meanwhile waits.
 */
import { parentPort } from 'node:worker_threads';
import { findTask, type Task } from './task.js';
import type { WorkerReply, WorkerRequest } from './executor.js';

const port = parentPort!;
type Item = (WorkerRequest & { readonly type: 'run' }) | { readonly type: 'load'; readonly module: string };
const queue: Item[] = [];
const warmUps: { module: string; name: string }[] = [];
let running = false;
let ranTask = false;

async function load(module: string, name: string): Promise<Task<unknown, unknown>> {
  await import(module);
  const task = findTask(module, name);
  if (!task) throw new Error(`rivalgraph/parallel/worker: ${module} defines no task "${name}"`);
  return task;
}

async function run(request: WorkerRequest & { readonly type: 'run' }): Promise<void> {
  let reply: WorkerReply;
  let transfer: readonly ArrayBuffer[] = [];
  try {
    const task = await load(request.module, request.name);
    const done = await task.run(request.input, { progress: (value) => port.postMessage({ id: request.id, progress: value } satisfies WorkerReply) });
    transfer = done.transfer;
    reply = { id: request.id, result: done.result };
  } catch (err) {
    const e = err instanceof Error ? err : new Error(String(err));
    reply = { id: request.id, error: { name: e.name, message: e.message, ...(e.stack ? { stack: e.stack } : {}) } };
  }
  port.postMessage(reply, transfer as ArrayBuffer[]);
}

async function drain(): Promise<void> {
  running = true;
  for (let item = queue.shift(); item; item = queue.shift()) {
    if (item.type === 'run') {
      await run(item);
      ranTask = true;
    }
    // Best effort: a module that fails to load fails its task, with the error, when it runs.
    else await import(item.module).catch(() => undefined);
  }
  if (ranTask && warmUps.length) {
    // Best effort: a failed warm-up only leaves the code cold.
    for (const { module, name } of warmUps.splice(0)) await load(module, name).then((t) => t.warmUp?.()).catch(() => undefined);
    if (queue.length) return drain();
  }
  running = false;
}

port.on('message', (request: WorkerRequest) => {
  if (request.type === 'prepare') {
    if (request.warm) warmUps.push({ module: request.module, name: request.name });
    else queue.push({ type: 'load', module: request.module });
  } else queue.push(request);
  if (!running) void drain();
});
