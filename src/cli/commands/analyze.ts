/**
 * rivalgraph analyze: balance, frustration, factions and signed centrality of any signed graph.
 */
import { Command, Option } from 'commander';
import { UserError } from '../../model/errors.js';
import type { TimeWindow } from '../../model/time.js';
import { timeWindowFrom } from '../time-options.js';
import { DEFAULT_BUDGET_SECONDS, DEFAULT_SEED, METRICS, METRIC_GROUPS } from '../../analysis/metrics.js';
import { parseList, parseNonNegativeInt, parsePositiveInt, parsePositiveNumber } from '../parsers.js';
import { examples, styleFor, type CliContext } from '../context.js';
import { reportWidth } from '../../report/layout.js';
import { writeJson } from '../../io/json/chunks.js';
import { analysisDocument } from '../../io/json/analysis.js';
import { terminalText, visible } from '../../report/terminal.js';
import type { AnalyzeFileOptions } from '../../pipeline/analyze-file.js';
import { addFocusOptions, focusOptionsFrom, type FocusFlags } from '../focus-options.js';
import { TIE_WEIGHTS, type TieWeight } from '../../model/signed-pair-graph.js';
import { NULL_MODELS, type NullModel } from '../../analysis/null-model.js';
import { PERIODS, type Period } from '../../analysis/focus/options.js';
import { addReadOptions, readOptionsFrom, type ReadFlags } from '../read-options.js';
import { NODE_SETS, type NodeSet } from '../../analysis/actor-graph.js';

interface AnalyzeFlags extends FocusFlags, ReadFlags {
  json?: boolean;
  directed?: boolean;
  budget: number;
  metrics?: string[];
  seed: number;
  skipBadRows?: boolean;
  top: number;
  weight: TieWeight;
  nullModel?: NullModel;
  samples: number;
  byPeriod?: Period;
  nodes: NodeSet;
}

export function analyzeCommand(ctx: CliContext): Command {
  return addReadOptions(addFocusOptions(new Command('analyze')))
    .description('the focus pair (ledger, proxies, compartments, buffers, timeline, outlook), then balance (triangles, walks, frustration index), factions, components and signed centrality')
    .argument('[file]', 'graph file (.yaml, .json, .gexf, .graphml, .net) or edge list (.csv, .tsv, .txt, KONECT out.*; also .gz); the built-in graph when omitted')
    .option('--json', 'print the full result as JSON (docs/json.md)')
    .addOption(new Option('--nodes <set>', 'nodes of the signed metrics: actors (projects shared by two actors join the tie between them, theaters are context) or all').choices(NODE_SETS).default('actors'))
    .option('--directed', 'keep tie directions: signed out- and in-degree per node (balance metrics use the undirected pair graph)')
    .option('--budget <seconds>', 'time for the frustration index (heuristic, bounds and exact solver)', parsePositiveNumber, DEFAULT_BUDGET_SECONDS)
    .option('--metrics <list>', `metrics to compute: ${[...Object.keys(METRIC_GROUPS), ...METRICS].join(', ')}`, parseList)
    .option('--seed <n>', 'seed of the randomised heuristics', parseNonNegativeInt, DEFAULT_SEED)
    .option('--skip-bad-rows', 'skip and count bad CSV rows instead of stopping')
    .addOption(new Option('--top <n>', 'rows in each ranked list of the report').argParser(parseNonNegativeInt).default(10))
    .addOption(new Option('--weight <kind>', 'what a tie weighs in the signed metrics (docs/analysis.md)').choices(TIE_WEIGHTS).default('intensity'))
    .addOption(new Option('--null-model <model>', 'compare balance and frustration with random graphs of this kind').choices(NULL_MODELS))
    .option('--samples <n>', 'random graphs drawn for --null-model', parsePositiveInt, 100)
    .addOption(new Option('--by-period <period>', 'balance, frustration and factions for each period, and who switched faction').choices(PERIODS))
    .addHelpText(
      'after',
      examples(
        'rivalgraph analyze',
        'rivalgraph analyze --from 2015 --to 2020 --json',
        'rivalgraph analyze --as-of 2020-11-13 --period quarter',
        'rivalgraph analyze edges.csv --metrics balance --budget 2',
        'rivalgraph analyze soc-sign-bitcoinotc.csv.gz          # headerless source,target,rating,time',
        'rivalgraph analyze my-graph.yaml --focus A B --period quarter',
        'rivalgraph analyze --by-period year --from 2014',
        'rivalgraph analyze soc-sign-bitcoinotc.csv.gz --by-period year   # a dated edge list',
        'rivalgraph analyze edges.csv --null-model degree-preserving --samples 200 --seed 7',
        'rivalgraph analyze edges.csv --directed --json | jq .directed.contexts',
        'rivalgraph analyze my-graph.yaml --focus A            # rank all of A\'s partners by net and trend',
      ),
    )
    .action(async (file: string | undefined, opts: AnalyzeFlags, cmd: Command) => {
      const window: TimeWindow = timeWindowFrom(opts);
      if (opts.byPeriod && opts.at) throw new UserError('--by-period cannot be combined with --at', 'use --from/--to or --as-of to bound the periods');
      // One id ranks that actor's partners (the other focus flags apply); two name the pair.
      const partnersOf = opts.focus?.length === 1 ? opts.focus[0]! : undefined;
      const options: AnalyzeFileOptions = {
        window,
        nodes: opts.nodes,
        weight: opts.weight,
        directed: opts.directed === true,
        skipBadRows: opts.skipBadRows === true,
        read: readOptionsFrom(opts),
        analysis: {
          budget: opts.budget,
          // A budget the user gives is spent, even where only local search can use it.
          spendBudget: cmd.getOptionValueSource('budget') === 'cli',
          seed: opts.seed,
          ...(opts.metrics ? { metrics: opts.metrics } : {}),
          ...(opts.nullModel ? { nullModel: { model: opts.nullModel, samples: opts.samples } } : {}),
        },
        focus: focusOptionsFrom(partnersOf !== undefined ? { ...opts, focus: undefined } : opts),
        ...(partnersOf !== undefined ? { partnersOf } : {}),
        ...(opts.byPeriod ? { byPeriod: opts.byPeriod } : {}),
      };
      // Heavy modules load only when the command runs, so other commands start fast.
      const { analyzeFile } = await import('../../pipeline/analyze-file.js');
      // Long runs show what is being done, on a terminal only; the line is cleared whatever happens.
      let shown = false;
      const onStatus = (text: string): void => {
        shown = true;
        ctx.stderr.write(`\r\x1b[K${visible(text)}`);
      };
      const { file: name, badRows, result, focus, partners, periods } = await analyzeFile(file, options, ctx.stderr.isTTY === true ? { onStatus } : {}).finally(() => shown && onStatus(''));
      // Streamed: a million-edge result is 47 MB of JSON, never held as one string.
      if (opts.json) await writeJson(ctx.stdout, analysisDocument(result, { file: name, badRows, focus, partners, periods }), visible);
      else {
        const { renderAnalyzeText } = await import('../../report/analyze-text.js');
        ctx.stdout.write(terminalText(renderAnalyzeText({ file: name, result, focus, partners, periods }, styleFor(ctx, cmd), { width: reportWidth(ctx.stdout), top: opts.top })));
        if (badRows) ctx.stderr.write(terminalText(`rivalgraph: skipped ${badRows} bad row${badRows === 1 ? '' : 's'} of ${name}\n`));
      }
    });
}
