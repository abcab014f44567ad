/** Tasks of the executor tests, defined as any task module defines its own (src/parallel/task.ts). */
import { defineTask } from '../../src/parallel/task.js';

/** Sum of a typed array, handed back with the array transferred. */
export const sumTask = defineTask<Float64Array, { sum: number; back: Float64Array }>(import.meta.url, 'sum', (a) => {
  let sum = 0;
  for (const x of a) sum += x;
  return { result: { sum, back: a }, transfer: [a.buffer as ArrayBuffer] };
});

/** Throws a TypeError. */
export const failTask = defineTask<null, never>(import.meta.url, 'fail', () => {
  throw new TypeError('no input');
});

/** Reports 1 .. n as progress, then returns n. */
export const countTask = defineTask<number, number>(import.meta.url, 'count', async (n, context) => {
  for (let i = 1; i <= n; i++) context.progress(i);
  return { result: n, transfer: [] };
});

/** Spins for `ms` milliseconds. */
export const spinTask = defineTask<number, number>(import.meta.url, 'spin', (ms) => {
  const end = Date.now() + ms;
  let k = 0;
  while (Date.now() < end) k++;
  return { result: k, transfer: [] };
});
