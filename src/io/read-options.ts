/**
 * rivalgraph/io/read-options: what a user may tell a reader about a file it cannot see for itself.
 */
import type { ColumnNames } from './edge-dialect.js';

/** Options for reading any graph file; each reader reads the ones it understands. */
export interface ReadOptions {
  /** Edge lists: which columns hold the sign, the weight and the time (`--sign-column` ...). */
  readonly columns?: ColumnNames;
  /** Pajek: the relations (`*Arcs :k "NAME"`) to read, by name or number; all when absent (`--relations`). */
  readonly relations?: readonly string[];
}

export const DEFAULT_READ_OPTIONS: ReadOptions = Object.freeze({});
