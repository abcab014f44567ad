/**
 * rivalgraph/model/errors: a small typed error hierarchy.
 *
 * A `UserError` is something the user can fix (a bad file, an unknown id, a bad
 * flag): the CLI prints its message and exits 2, never a stack trace. Anything
 * else is a bug and exits 1.
 */

/** A located problem in an input file; line and column are 1-based. */
export interface Problem {
  readonly file: string;
  readonly line?: number;
  readonly column?: number;
  readonly message: string;
  readonly hint?: string;
}

/** Format a problem as `file:line:col: message (hint)`, the shape editors and CI jump to. */
export function formatProblem(p: Problem): string {
  const where =
    p.line === undefined ? p.file : p.column === undefined ? `${p.file}:${p.line}` : `${p.file}:${p.line}:${p.column}`;
  return `${where}: ${p.message}${p.hint ? ` (${p.hint})` : ''}`;
}

/** Base class, so tests and the CLI can tell rivalgraph's own errors apart. */
export class RivalgraphError extends Error {
  override name = 'RivalgraphError';
}

/** An error the user caused and can fix: exit code 2. */
export class UserError extends RivalgraphError {
  override name = 'UserError';
  constructor(
    message: string,
    readonly hint?: string,
  ) {
    super(message);
  }
}

/** One or more located problems in input files: exit code 2, every problem printed. */
export class InputError extends UserError {
  override name = 'InputError';
  constructor(readonly problems: readonly Problem[]) {
    super(problems.map(formatProblem).join('\n'));
  }
}
