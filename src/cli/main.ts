/**
 * rivalgraph/cli/main: the program, and the one place errors become exit codes.
 *
 * Exit codes: 0 success, 1 internal error (a bug: please report it),
 * 2 user error (bad input, unknown id, bad flag or usage).
 */
import { readFileSync } from 'node:fs';
import { Command, CommanderError } from 'commander';
import { InputError, UserError } from '../model/errors.js';
import { packagePath } from '../io/builtin.js';
import { COMMANDS } from './commands/index.js';
import { examples, type CliContext } from './context.js';
import { addLimitOptions } from './limit-options.js';
import { terminalText } from '../report/terminal.js';

export const EXIT = Object.freeze({ ok: 0, internal: 1, user: 2 });

function version(): string {
  return (JSON.parse(readFileSync(packagePath('package.json'), 'utf8')) as { version: string }).version;
}

/** Build the commander program with every command registered. */
export function createProgram(ctx: CliContext): Command {
  const program = new Command('rivalgraph')
    .description('Signed, dated graphs of relations between powers: are two powers drawing closer, or is their rivalry growing?')
    .version(version(), '-V, --version')
    .option('--no-color', 'plain output even on a terminal')
    .option('--debug', 'print stack traces for internal errors')
    .showHelpAfterError('(run with --help for usage)')
    .addHelpText(
      'after',
      examples('rivalgraph info                      # the built-in Turkey-Russia graph', 'rivalgraph validate my-graph.yaml', 'rivalgraph help info'),
    )
    .configureOutput({
      writeOut: (s) => ctx.stdout.write(s),
      writeErr: (s) => ctx.stderr.write(s),
    })
    .exitOverride();
  addLimitOptions(program);
  for (const make of COMMANDS) {
    program.addCommand(make(ctx).exitOverride().configureOutput({ writeOut: (s) => ctx.stdout.write(s), writeErr: (s) => ctx.stderr.write(s) }));
  }
  return program;
}

/** Run the CLI on arguments (without `node` and the script) and return the exit code. */
export async function main(argv: readonly string[], ctx: CliContext): Promise<number> {
  const program = createProgram(ctx);
  const debug = argv.includes('--debug');
  try {
    process.exitCode = undefined;
    await program.parseAsync([...argv], { from: 'user' });
    // A command that fails softly (validate) sets the code; it is returned, not left on the process.
    const code = process.exitCode;
    process.exitCode = undefined;
    return typeof code === 'number' ? code : EXIT.ok;
  } catch (err) {
    if (err instanceof CommanderError) {
      // Help and version exit 0; every usage error is a user error.
      return err.exitCode === 0 ? EXIT.ok : EXIT.user;
    }
    if (err instanceof InputError) {
      // Located problems stand alone, one per line, so editors can jump to them.
      ctx.stderr.write(terminalText(`${err.message}\n`));
      return EXIT.user;
    }
    if (err instanceof UserError) {
      ctx.stderr.write(terminalText(`rivalgraph: ${err.message}${err.hint ? `\n  hint: ${err.hint}` : ''}\n`));
      if (debug) ctx.stderr.write(`${err.stack ?? ''}\n`);
      return EXIT.user;
    }
    const e = err as Error;
    ctx.stderr.write(terminalText(`rivalgraph: internal error: ${e?.message ?? String(err)}\n`));
    ctx.stderr.write(debug ? `${e?.stack ?? ''}\n` : '  this is a bug; run again with --debug for the stack trace and report it\n');
    return EXIT.internal;
  }
}
