/**
 * rivalgraph/analysis/components: connected components, isolates and density of a signed pair graph.
 *
 * Components ignore signs (two rivals are connected). Breadth-first search on
 * the CSR adjacency, O(n + m).
 */
import type { Csr } from './csr.js';

/** Component of every node (numbered by first node) and the figures reports show. */
export interface ComponentSummary {
  readonly count: number;
  /** Component sizes, largest first. */
  readonly sizes: readonly number[];
  readonly largest: number;
  /** Nodes with no signed pair (after the collapse and the time window). */
  readonly isolates: number;
  /** Pairs over possible pairs, n(n-1)/2. */
  readonly density: number;
  readonly component: Int32Array;
}

/** Label components and count isolates. O(n + m). */
export function components(csr: Csr): ComponentSummary {
  const { n, offsets, adj } = csr;
  const component = new Int32Array(n).fill(-1);
  const queue = new Int32Array(n);
  const sizes: number[] = [];
  let isolates = 0;
  for (let s = 0; s < n; s++) {
    if (component[s] !== -1) continue;
    if (offsets[s + 1] === offsets[s]) isolates++;
    const c = sizes.length;
    component[s] = c;
    let head = 0;
    let tail = 0;
    queue[tail++] = s;
    while (head < tail) {
      const x = queue[head++]!;
      for (let k = offsets[x]!; k < offsets[x + 1]!; k++) {
        const y = adj[k]!;
        if (component[y] === -1) {
          component[y] = c;
          queue[tail++] = y;
        }
      }
    }
    sizes.push(tail);
  }
  const sorted = [...sizes].sort((a, b) => b - a);
  return {
    count: sizes.length,
    sizes: sorted,
    largest: sorted[0] ?? 0,
    isolates,
    density: n > 1 ? csr.m / ((n * (n - 1)) / 2) : 0,
    component,
  };
}
