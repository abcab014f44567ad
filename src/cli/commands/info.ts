/**
 * rivalgraph info: what a graph file holds.
 */
import { Command } from 'commander';
import { examples, styleFor, toJson, type CliContext } from '../context.js';
import { addReadOptions, readOptionsFrom, type ReadFlags } from '../read-options.js';
import { terminalText } from '../../report/terminal.js';
import { reportWidth } from '../../report/layout.js';

export function infoCommand(ctx: CliContext): Command {
  return addReadOptions(new Command('info'))
    .description('nodes by kind and type, ties by polarity, domain and year, date range and sources')
    .argument('[file]', 'graph file or edge list (docs/formats.md); the built-in Turkey-Russia graph when omitted')
    .option('--json', 'print the same figures as JSON')
    .addHelpText('after', examples('rivalgraph info', 'rivalgraph info my-graph.yaml --json'))
    .action(async (file: string | undefined, opts: { json?: boolean } & ReadFlags, cmd: Command) => {
      // Modules load only when the command runs, so every command starts fast.
      const [{ loadGraphFile }, { summarize }, { renderSummary }] = await Promise.all([
        import('../../io/load-file.js'),
        import('../../analysis/summary.js'),
        import('../../report/summary.js'),
      ]);
      const loaded = loadGraphFile(file, readOptionsFrom(opts));
      const summary = summarize(loaded.graph);
      ctx.stdout.write(terminalText(opts.json ? toJson({ rivalgraph: 1, file: loaded.file, ...summary }) : renderSummary(summary, loaded.file, styleFor(ctx, cmd), { width: reportWidth(ctx.stdout) })));
    });
}
