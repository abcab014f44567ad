/**
 * vitest setup file (each test file): worker threads run the TypeScript sources too.
 *
 * The executor (src/parallel/executor.ts) starts workers from `worker.ts` with
 * a loader that strips types, so tests exercise the same two-thread paths as
 * the build, on the code under test and never on a stale dist/.
 */
import { useWorkerLoader } from '../../src/parallel/executor.js';

useWorkerLoader(new URL('./ts-register.mjs', import.meta.url).href);
