/**
 * rivalgraph/cli/context: what a command needs from the process, in one object.
 *
 * Commands write through this instead of touching `process` directly, so
 * end-to-end tests and the library can run them with their own streams.
 */
import type { Command } from 'commander';
import type { Style } from '../report/style.js';
import { terminalStyle } from '../report/terminal.js';

/** Streams and switches shared by every command. */
export interface CliContext {
  readonly stdout: NodeJS.WritableStream & { isTTY?: boolean; columns?: number };
  readonly stderr: NodeJS.WritableStream & { isTTY?: boolean };
  readonly env: NodeJS.ProcessEnv;
}

/** The global options every command accepts. */
export interface GlobalOptions {
  readonly color: boolean;
  readonly debug: boolean;
}

/** Global options of the program a command belongs to. */
export function globalOptions(cmd: Command): GlobalOptions {
  const o = cmd.optsWithGlobals() as Partial<GlobalOptions>;
  return { color: o.color !== false, debug: o.debug === true };
}

/** Colours (write the text through `terminalText`) on when stdout is a terminal, `--no-color` and NO_COLOR are unset, or FORCE_COLOR asks. */
export function styleFor(ctx: CliContext, cmd: Command): Style {
  const { color } = globalOptions(cmd);
  if (!color || 'NO_COLOR' in ctx.env) return terminalStyle(false);
  if (ctx.env.FORCE_COLOR && ctx.env.FORCE_COLOR !== '0') return terminalStyle(true);
  return terminalStyle(ctx.stdout.isTTY === true);
}

/** Stable JSON for machine consumers: two-space indent, trailing newline. */
export function toJson(value: unknown): string {
  return JSON.stringify(value, null, 2) + '\n';
}

/** Examples block for `--help`, so every command shows how it is really used. */
export function examples(...lines: string[]): string {
  return `\nExamples:\n${lines.map((l) => `  ${l}`).join('\n')}\n`;
}
