/**
 * rivalgraph/parallel/compile-mode: where V8 optimises hot code once the helper thread runs.
 *
 * V8 optimises hot code on background compiler threads while it goes on
 * running unoptimised. On a machine of two cores, this thread and the helper
 * take both, the compiler threads wait for a core, and one-pass kernels run
 * unoptimised for longer: a million-edge `analyze` ran 2-8 % longer (medians of
 * five series of 10-21 alternate runs; 7 % in the quietest). So, on two cores only,
 * hot code is optimised on the thread that runs it, in two steps:
 *
 * 1. before the helper starts, `--no-concurrent-recompilation`, which holds for
 *    threads started later: the helper optimises every function on its own thread;
 * 2. once the helper has loaded its first task, `--no-concurrent-osr`: hot
 *    loops, in both threads, are optimised where they run. V8 checks its flags
 *    before using the compiled code it keeps for Node's own modules, and this
 *    flag changes them: set before the helper's start-up, it made that start-up
 *    about twice as long (50-110 -> 110-200 ms).
 *
 * Same code, same results; with more cores V8's defaults stay.
 */
import { availableParallelism } from 'node:os';
import { setFlagsFromString } from 'node:v8';

/** Whether this thread and the helper take every core. */
function twoCores(): boolean {
  return availableParallelism() <= 2;
}

/** Step 1: call just before creating the helper thread. */
export function beforeHelperStarts(): void {
  if (twoCores()) setFlagsFromString('--no-concurrent-recompilation');
}

/** Step 2: call in the helper once its first task's modules are loaded. */
export function onceHelperLoaded(): void {
  if (twoCores()) setFlagsFromString('--no-concurrent-osr');
}
