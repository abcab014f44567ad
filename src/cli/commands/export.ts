/**
 * rivalgraph export: write a graph in another format (JSON, and the formats registered in io/exporters).
 */
import { Command, Option } from 'commander';
import type { ExportFileOptions } from '../../pipeline/export-file.js';
import { EXPORT_FORMATS } from '../../io/exporters/formats.js';
import { examples, type CliContext } from '../context.js';
import { parseList, parseNonNegativeInt, parsePositiveNumber } from '../parsers.js';
import { UserError } from '../../model/errors.js';
import { TIMELINE_PERIODS } from '../../model/periods.js';
import { addTimeOptions, timeWindowFrom, type TimeFlags } from '../time-options.js';
import { DEFAULT_SEED } from '../../analysis/rng.js';
import { addReadOptions, readOptionsFrom, type ReadFlags } from '../read-options.js';
import { terminalText } from '../../report/terminal.js';

export function exportCommand(ctx: CliContext): Command {
  return addReadOptions(addTimeOptions(new Command('export')))
    .description('write a graph as ' + EXPORT_FORMATS.join(', '))
    .argument('[file]', 'graph file or edge list (docs/formats.md); the built-in Turkey-Russia graph when omitted')
    .addOption(new Option('-f, --format <format>', 'output format').choices(EXPORT_FORMATS).default('json'))
    .option('-o, --output <path>', 'output file, or folder for csv (a .csv file: the edge list alone); "-" for stdout', '-')
    .option('--seed <n>', 'seed for randomised steps such as layouts', parseNonNegativeInt, DEFAULT_SEED)
    .option('--no-analysis', 'leave the analysis results out of json and html exports')
    .addOption(new Option('--period <period>', 'period of the panel rows (-f panel)').choices(['year', 'quarter', 'month']).default('year'))
    .option('--directed', 'panel rows per ordered dyad, as ties are written (-f panel)')
    .addOption(new Option('--panel-format <format>', 'file format of the panel (-f panel; default: parquet when -o ends in .parquet, else csv)').choices(['csv', 'parquet']))
    .addOption(new Option('--by-period <period>', 'periods of the analysis panel that follows the time slider (-f html; default: month, quarter or year by the date span, docs/viewer.md)').choices(TIMELINE_PERIODS))
    .option('--budget <seconds>', 'seconds of frustration work per period (-f html)', parsePositiveNumber)
    .option('--max-nodes <n>', 'export graphs with up to this many nodes (default: 20000 for html, 1000000 otherwise)', parseNonNegativeInt)
    .option('--max-ties <n>', 'export graphs with up to this many ties (default: 200000 for html, 100000 for json and gexf, 25000 for graphml, 2000000 otherwise)', parseNonNegativeInt)
    .option('--claims <list>', 'claimed buffers the analysis confirms or explains, comma-separated node names (default: the file\'s claims)', parseList)
    .addHelpText(
      'after',
      examples(
        'rivalgraph export --format html -o turkey-russia.html   # one offline page to share',
        'rivalgraph export --format json -o turkey-russia.json   # model + analysis, schema/rivalgraph-export.schema.json',
        'rivalgraph export my-graph.yaml -f gexf -o my-graph.gexf # Gephi, with a timeline',
        'rivalgraph export -f graphml -o graph.graphml            # yEd, Cytoscape, networkx',
        'rivalgraph export -f csv -o tables/                      # nodes.csv, edges.csv, sources.csv',
        'rivalgraph export -f csv -o edges.csv                    # the edge list alone',
        'rivalgraph export -f pajek -o graph.net                  # Pajek, networkx, igraph',
        'rivalgraph export out.konect -f gexf -o konect.gexf      # any readable file to Gephi',
        'rivalgraph export -f panel --period quarter -o panel.csv # dyad x quarter panel for R, Stata, pandas',
        'rivalgraph export -f panel -o panel.parquet              # the same panel, typed, as Parquet',
        'rivalgraph export -f html --as-of 2020-11-13 -o then.html # what could be known that day',
        'rivalgraph export -f html --by-period quarter -o q.html  # the analysis panel by quarter',
        'rivalgraph export my-graph.yaml -f json -o - | jq .attributes.title',
      ),
    )
    .action(async (file: string | undefined, opts: TimeFlags & ReadFlags & { format: string; output: string; seed: number; analysis: boolean; period: 'year' | 'quarter' | 'month'; directed?: boolean; panelFormat?: 'csv' | 'parquet'; byPeriod?: 'year' | 'quarter' | 'month'; budget?: number; maxNodes?: number; maxTies?: number; claims?: string[] }) => {
      const window = timeWindowFrom(opts);
      if ((opts.byPeriod !== undefined || opts.budget !== undefined) && opts.format !== 'html') {
        throw new UserError(`${opts.byPeriod !== undefined ? '--by-period' : '--budget'} applies to -f html only`, opts.format === 'panel' ? 'the panel\'s periods are set with --period' : 'for figures per period in the terminal or as JSON, run rivalgraph analyze --by-period');
      }
      if (opts.byPeriod !== undefined && opts.analysis === false) throw new UserError('--by-period cannot be combined with --no-analysis', 'leave out one of them');
      const limits = { ...(opts.maxNodes !== undefined ? { nodes: opts.maxNodes } : {}), ...(opts.maxTies !== undefined ? { ties: opts.maxTies } : {}) };
      const options: ExportFileOptions = {
        window,
        seed: opts.seed,
        analysis: opts.analysis,
        panel: { period: opts.period, directed: opts.directed === true, ...(opts.panelFormat ? { format: opts.panelFormat } : {}) },
        ...(opts.byPeriod ? { byPeriod: opts.byPeriod } : {}),
        ...(opts.budget !== undefined ? { budget: opts.budget } : {}),
        limits,
        ...(opts.claims ? { claims: opts.claims } : {}),
        read: readOptionsFrom(opts),
      };
      // Modules load only when the command runs, so every command starts fast.
      const { exportFile } = await import('../../pipeline/export-file.js');
      const written = await exportFile(file, opts.format, opts.output, options, { stdout: ctx.stdout, ...(ctx.stderr.isTTY ? { progress: ctx.stderr } : {}) });
      if (opts.output !== '-') ctx.stderr.write(terminalText(`wrote ${written.join(', ')}\n`));
    });
}
