/**
 * rivalgraph/parallel/tasks: what the helper thread can run, by name.
 *
 * Each task is a function of one structured-cloneable input that returns its
 * result and the buffers to transfer back. The table maps names to loaders,
 * so the worker imports a task's module on first use only.
 */
import type { CsvRowsTask } from '../io/csv-parallel.js';
import type { FactionsTask } from '../analysis/factions-parallel.js';
import type { FillCsrTask } from '../analysis/csr-parallel.js';

/** A task's result and the buffers handed back without a copy. */
export interface TaskDone<R> {
  readonly result: R;
  readonly transfer: ArrayBuffer[];
}

/** The tasks by name: input and result types. */
export interface Tasks {
  /** Scan a byte range of a CSV edge list (io/csv-parallel.ts). */
  'csv-rows': CsvRowsTask;
  /** Fill a range of nodes of a shared CSR (analysis/csr-parallel.ts). */
  'fill-csr': FillCsrTask;
  /** Weak-balance factions of a signed pair graph (analysis/factions-parallel.ts). */
  factions: FactionsTask;
}

export type TaskName = keyof Tasks;
export type TaskInput<N extends TaskName> = Tasks[N]['input'];
export type TaskOutput<N extends TaskName> = Tasks[N]['output'];
type TaskFunction<N extends TaskName> = (input: TaskInput<N>) => TaskDone<TaskOutput<N>>;

const LOADERS: { readonly [N in TaskName]: () => Promise<TaskFunction<N>> } = {
  'csv-rows': async () => (await import('../io/csv-parallel.js')).scanCsvRowsTask,
  'fill-csr': async () => (await import('../analysis/csr-parallel.js')).fillCsrTask,
  factions: async () => (await import('../analysis/factions-parallel.js')).factionsTask,
};

/** The function of a task (its module loaded on first use). */
export function loadTask<N extends TaskName>(name: N): Promise<TaskFunction<N>> {
  const load = LOADERS[name] as (() => Promise<TaskFunction<N>>) | undefined;
  if (!load) return Promise.reject(new Error(`rivalgraph/parallel/tasks: no task named "${name}"`));
  return load();
}

/** Run the warm-ups of the tasks that come late and long (the factions search) on small inputs, once. */
export async function warmUp(): Promise<void> {
  (await import('../analysis/factions-parallel.js')).factionsWarmUp();
}
