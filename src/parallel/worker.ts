/**
 * rivalgraph/parallel/worker: the helper thread's entry; runs named tasks (tasks.ts) one at a time, in order.
 *
 * The first time the queue empties, the thread warms up (tasks.ts `warmUp`): it
 * runs the factions search on a small graph, so that the search of the real
 * graph, which comes later, starts in optimised code instead of paying its
 * compilation on the critical path. A task that arrives meanwhile waits for it.
 */
import { parentPort } from 'node:worker_threads';
import { loadTask, warmUp } from './tasks.js';
import { onceHelperLoaded } from './compile-mode.js';
import type { TaskReply, TaskRequest } from './helper.js';

const port = parentPort!;
// The first task is nearly always a CSV part (csv-parallel.ts): load its module while none is
// queued. Then V8 may optimise on this thread (compile-mode.ts); tasks wait for that step.
const loaded = loadTask('csv-rows')
  .catch(() => undefined)
  .then(onceHelperLoaded);
const queue: TaskRequest[] = [];
let running = false;
let warmed = false;

async function run(request: TaskRequest): Promise<void> {
  let reply: TaskReply;
  let transfer: ArrayBuffer[] = [];
  try {
    await loaded;
    const task = await loadTask(request.task);
    const done = task(request.input as never);
    transfer = done.transfer;
    reply = { id: request.id, result: done.result };
  } catch (err) {
    const e = err instanceof Error ? err : new Error(String(err));
    reply = { id: request.id, error: { name: e.name, message: e.message, ...(e.stack ? { stack: e.stack } : {}) } };
  }
  port.postMessage(reply, transfer);
}

async function drain(): Promise<void> {
  running = true;
  for (let request = queue.shift(); request; request = queue.shift()) await run(request);
  if (!warmed) {
    warmed = true;
    // Best effort: a failed warm-up only leaves the code cold.
    await warmUp().catch(() => undefined);
    if (queue.length) return drain();
  }
  running = false;
}

port.on('message', (request: TaskRequest) => {
  queue.push(request);
  if (!running) void drain();
});
