/**
 * rivalgraph/io/import/gdelt-worker: the worker_threads entry that parses one GDELT job.
 *
 * Receives `{ job, options }` as workerData, posts `progress` messages every few megabytes
 * and one `done` message with its groups and counters (or `error`).
 */
import { parentPort, workerData } from 'node:worker_threads';
import { InputError, UserError } from '../../model/errors.js';
import { runJob, transferable, type GdeltJob } from './gdelt.js';
import { resolveImportOptions, type ImportOptions } from './options.js';
import { setInputLimits, type InputLimits } from '../limits.js';

const PROGRESS_EVERY = 8 * 1024 * 1024;

async function work(): Promise<void> {
  const { job, options, limits } = workerData as { job: GdeltJob; options: ImportOptions; limits?: InputLimits };
  setInputLimits(limits);
  let pending = 0;
  const result = await runJob(job, resolveImportOptions(options), (n) => {
    pending += n;
    if (pending >= PROGRESS_EVERY) {
      parentPort!.postMessage({ type: 'progress', bytes: pending });
      pending = 0;
    }
  });
  if (pending) parentPort!.postMessage({ type: 'progress', bytes: pending });
  parentPort!.postMessage({ type: 'done', result: transferable(result) });
}

work().catch((err: unknown) => {
  parentPort!.postMessage(
    err instanceof InputError
      ? { type: 'error', message: err.message, problems: err.problems }
      : err instanceof UserError
        ? { type: 'error', message: err.message, user: true, hint: err.hint }
        : { type: 'error', message: (err as Error).message ?? String(err) },
  );
});
