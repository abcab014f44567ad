/**
 * rivalgraph/parallel/task: work that can run in another thread, declared by the module that owns it.
 *
 * A task is a function of one structured-cloneable input, defined at the top
 * level of its own module with `defineTask(import.meta.url, name, run)`. The
 * definition registers it in that thread's table, so a worker thread finds it
 * by importing the module named in the request: this folder imports no task,
 * no metric and no format (docs/architecture.md).
 */

/** A task's result and the buffers handed back without a copy. */
export interface TaskDone<R> {
  readonly result: R;
  readonly transfer: readonly ArrayBuffer[];
}

/** What a running task may tell its caller before it ends. */
export interface TaskContext {
  /** Send a progress value (structured-cloneable) to the caller's `onProgress`. */
  progress(value: unknown): void;
}

/** A named task of a module: the function run in the worker, and an optional warm-up run when the worker is idle. */
export interface Task<I, O> {
  /** URL of the defining module (its `import.meta.url`): what the worker imports. */
  readonly module: string;
  readonly name: string;
  readonly run: (input: I, context: TaskContext) => TaskDone<O> | Promise<TaskDone<O>>;
  /** Code run once on small data while the worker would wait, so the real run starts optimised. */
  readonly warmUp?: () => void;
}

/** Any task, whatever its input and output (for lists of tasks to prepare). */
export type AnyTask = Task<never, unknown>;

// Keyed by module URL and name, filled as modules load.
const REGISTRY = new Map<string, AnyTask>();

const keyOf = (module: string, name: string): string => `${module}#${name}`;

/** Define (and register in this thread) the task `name` of the module at `module` (pass `import.meta.url`). */
export function defineTask<I, O>(module: string, name: string, run: Task<I, O>['run'], options: { readonly warmUp?: () => void } = {}): Task<I, O> {
  const task: Task<I, O> = Object.freeze({ module, name, run, ...(options.warmUp ? { warmUp: options.warmUp } : {}) });
  REGISTRY.set(keyOf(module, name), task as unknown as AnyTask);
  return task;
}

/** The task `name` of a loaded module, if that module defines one. */
export function findTask(module: string, name: string): Task<unknown, unknown> | undefined {
  return REGISTRY.get(keyOf(module, name)) as Task<unknown, unknown> | undefined;
}
