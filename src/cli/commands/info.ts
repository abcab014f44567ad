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
      const [{ loadTieRows }, { summarize, summarizeTies }, { renderSummary }] = await Promise.all([
        import('../../io/load-ties.js'),
        import('../../analysis/summary.js'),
        import('../../report/summary.js'),
      ]);
      // A tie table is counted from its rows, without a graph (the same figures, a fraction of the memory).
      const rows = loadTieRows(file);
      const loaded = rows ? { file: rows.file, summary: summarizeTies(rows) } : await (async () => {
        const g = (await import('../../io/load-file.js')).loadGraphFile(file, readOptionsFrom(opts));
        return { file: g.file, summary: summarize(g.graph) };
      })();
      const summary = loaded.summary;
      ctx.stdout.write(terminalText(opts.json ? toJson({ rivalgraph: 1, file: loaded.file, ...summary }) : renderSummary(summary, loaded.file, styleFor(ctx, cmd), { width: reportWidth(ctx.stdout) })));
    });
}
