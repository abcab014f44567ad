/**
 * rivalgraph/cli/read-options: the reading flags shared by every command that reads a graph file.
 */
import type { Command } from 'commander';
import type { ReadOptions } from '../io/read-options.js';
import { parseList } from './parsers.js';

/** Flags as commander hands them over. */
export interface ReadFlags {
  readonly signColumn?: string;
  readonly weightColumn?: string;
  readonly timeColumn?: string;
  readonly relations?: string[];
}

/** Add --sign-column, --weight-column, --time-column and --relations to a command. */
export function addReadOptions(cmd: Command): Command {
  return cmd
    .option('--sign-column <name>', 'edge lists: the column holding the sign (a name, or a number counting from 1); a signed number there gives the sign, and the weight when no weight column')
    .option('--weight-column <name>', 'edge lists: the column holding the weight (with no sign column, its sign is the tie\'s)')
    .option('--time-column <name>', 'edge lists: the column holding the time (ISO dates or unix seconds)')
    .option('--relations <list>', 'Pajek: the relations to read (names or numbers of *Arcs :k "NAME"), comma-separated; all by default', parseList);
}

/** The reader options of parsed flags. */
export function readOptionsFrom(opts: ReadFlags): ReadOptions {
  const columns = {
    ...(opts.signColumn !== undefined ? { sign: opts.signColumn } : {}),
    ...(opts.weightColumn !== undefined ? { weight: opts.weightColumn } : {}),
    ...(opts.timeColumn !== undefined ? { time: opts.timeColumn } : {}),
  };
  return { columns, ...(opts.relations ? { relations: opts.relations } : {}) };
}
