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

/**
 * Label with `c` every node reached from `s` (through positive pairs only, with `positiveOnly`);
 * returns how many. A function of its own: V8 optimises the search while it runs and would drop
 * that code at the first statement after it that never ran (the caller's), then optimise again.
 */
function spread(csr: Csr, s: number, c: number, component: Int32Array, queue: Int32Array, positiveOnly: boolean): number {
  const { offsets, adj, sign } = csr;
  component[s] = c;
  let head = 0;
  let tail = 0;
  queue[tail++] = s;
  while (head < tail) {
    const x = queue[head++]!;
    for (let k = offsets[x]!; k < offsets[x + 1]!; k++) {
      const y = adj[k]!;
      if (component[y] === -1 && (!positiveOnly || sign[k]! > 0)) {
        component[y] = c;
        queue[tail++] = y;
      }
    }
  }
  return tail;
}

/**
 * Component of every node, numbered in order of first node, and each component's size; with
 * `positiveOnly`, components of the positive subgraph (the factions search starts from them).
 * Breadth-first search, O(n + m).
 */
export function componentLabels(csr: Csr, positiveOnly = false): { readonly component: Int32Array; readonly sizes: readonly number[] } {
  const component = new Int32Array(csr.n).fill(-1);
  const queue = new Int32Array(csr.n);
  const sizes: number[] = [];
  for (let s = 0; s < csr.n; s++) if (component[s] === -1) sizes.push(spread(csr, s, sizes.length, component, queue, positiveOnly));
  return { component, sizes };
}

/** Label components and count isolates. O(n + m). */
export function components(csr: Csr): ComponentSummary {
  const { n, offsets } = csr;
  const { component, sizes } = componentLabels(csr);
  let isolates = 0;
  for (let x = 0; x < n; x++) if (offsets[x + 1] === offsets[x]) isolates++;
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
