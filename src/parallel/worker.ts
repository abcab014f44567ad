/**
 * rivalgraph/parallel/worker: the helper thread's entry; runs named tasks (tasks.ts) as they come.
 */
import { parentPort } from 'node:worker_threads';
import { loadTask } from './tasks.js';
import type { TaskReply, TaskRequest } from './helper.js';

const port = parentPort!;
port.on('message', (request: TaskRequest) => {
  void (async () => {
    let reply: TaskReply;
    let transfer: ArrayBuffer[] = [];
    try {
      const run = await loadTask(request.task);
      const done = run(request.input as never);
      transfer = done.transfer;
      reply = { id: request.id, result: done.result };
    } catch (err) {
      const e = err instanceof Error ? err : new Error(String(err));
      reply = { id: request.id, error: { name: e.name, message: e.message, ...(e.stack ? { stack: e.stack } : {}) } };
    }
    port.postMessage(reply, transfer);
  })();
});
