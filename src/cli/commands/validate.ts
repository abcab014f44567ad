/**
 * rivalgraph validate: check graph files and report every located problem.
 */
import { Command } from 'commander';
import { examples, type CliContext } from '../context.js';
import { terminalText } from '../../report/terminal.js';

export function validateCommand(ctx: CliContext): Command {
  return new Command('validate')
    .description('check graph files; print "ok" or every problem as file:line:col: message (hint)')
    .argument('<file...>', 'graph files (.yaml, .yml, .json, .gexf, .graphml)')
    .addHelpText(
      'after',
      examples(
        'rivalgraph validate graphs/turkey-russia.yaml',
        'rivalgraph validate graphs/*.yaml          # exit 2 if any file has a problem',
      ),
    )
    .action(async (files: string[]) => {
      // Modules load only when the command runs, so every command starts fast.
      const [{ checkFile }, { formatProblem }] = await Promise.all([import('../../io/check-file.js'), import('../../model/errors.js')]);
      let failed = 0;
      for (const file of files) {
        const result = checkFile(file);
        if (result.ok) {
          ctx.stdout.write(terminalText(`ok ${result.file}: ${result.nodes} nodes, ${result.ties} ties\n`));
        } else {
          failed++;
          for (const p of result.problems) ctx.stderr.write(terminalText(formatProblem(p) + '\n'));
        }
      }
      if (failed) process.exitCode = 2;
    });
}
