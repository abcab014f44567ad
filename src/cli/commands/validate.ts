/**
 * rivalgraph validate: check graph files and report every located problem.
 */
import { Command } from 'commander';
import { examples, toJson, type CliContext } from '../context.js';
import { addReadOptions, readOptionsFrom, type ReadFlags } from '../read-options.js';
import { terminalText } from '../../report/terminal.js';

export function validateCommand(ctx: CliContext): Command {
  return addReadOptions(new Command('validate'))
    .description('check graph files; print "ok" or every problem as file:line:col: message (hint)')
    .argument('<file...>', 'graph files (.yaml, .yml, .json, .gexf, .graphml, .net, .paj), tie tables and edge lists (.csv, .tsv, .txt, KONECT out.*), each also .gz')
    .option('--json', 'print one JSON object: each file with ok, counts or its problems (exit 2 still when one fails)')
    .addHelpText(
      'after',
      examples(
        'rivalgraph validate graphs/turkey-russia.yaml',
        'rivalgraph validate graphs/*.yaml          # exit 2 if any file has a problem',
        'rivalgraph validate ties.csv --json',
      ),
    )
    .action(async (files: string[], opts: ReadFlags & { json?: boolean }) => {
      // Modules load only when the command runs, so every command starts fast.
      const [{ checkFile }, { formatProblem }] = await Promise.all([import('../../io/check-file.js'), import('../../model/errors.js')]);
      let failed = 0;
      if (opts.json) {
        const results = files.map((f) => checkFile(f, readOptionsFrom(opts)));
        failed = results.filter((r) => !r.ok).length;
        ctx.stdout.write(toJson({ rivalgraph: 1, ok: failed === 0, files: results }));
        if (failed) process.exitCode = 2;
        return;
      }
      for (const file of files) {
        const result = checkFile(file, readOptionsFrom(opts));
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
