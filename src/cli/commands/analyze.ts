/**
 * rivalgraph analyze: balance, frustration, factions and signed centrality of any signed graph.
 */
import { Command, Option } from 'commander';
import { UserError } from '../../model/errors.js';
import type { TimeWindow } from '../../model/time.js';
import { timeWindowFrom } from '../time-options.js';
import type { SignedAnalysis } from '../../analysis/analyze.js';
import { DEFAULT_BUDGET_SECONDS, DEFAULT_SEED, METRICS, METRIC_GROUPS } from '../../analysis/metrics.js';
import { parseList, parseNonNegativeInt, parsePositiveNumber } from '../parsers.js';
import { examples, styleFor, type CliContext } from '../context.js';
import { writeJson } from '../../io/json-chunks.js';
import type { FocusReport } from '../../analysis/focus/index.js';
import { addFocusOptions, focusOptionsFrom, type FocusFlags } from '../focus-options.js';

interface AnalyzeFlags extends FocusFlags {
  json?: boolean;
  directed?: boolean;
  budget: number;
  metrics?: string[];
  seed: number;
  skipBadRows?: boolean;
  top: number;
}

/** The JSON output: the analysis with the file name (and skipped rows) after the version key. */
function withFile(result: SignedAnalysis, file: string, badRows: number, focus?: FocusReport): object {
  const { rivalgraph, ...rest } = result;
  return { rivalgraph, file, ...(badRows ? { badRows } : {}), ...rest, ...(focus ? { focus } : {}) };
}

export function analyzeCommand(ctx: CliContext): Command {
  return addFocusOptions(new Command('analyze'))
    .description('the focus pair (ledger, proxies, compartments, buffers, timeline, outlook), then balance (triangles, walks, frustration index), factions, components and signed centrality')
    .argument('[file]', 'graph file (.yaml, .json) or CSV edge list (.csv); the built-in graph when omitted')
    .option('--json', 'print the full result as JSON (docs/json.md)')
    .option('--directed', 'keep tie directions: signed out- and in-degree per node (balance metrics use the undirected pair graph)')
    .option('--budget <seconds>', 'time for the frustration index (heuristic, bounds and exact solver)', parsePositiveNumber, DEFAULT_BUDGET_SECONDS)
    .option('--metrics <list>', `metrics to compute: ${[...Object.keys(METRIC_GROUPS), ...METRICS].join(', ')}`, parseList)
    .option('--seed <n>', 'seed of the randomised heuristics', parseNonNegativeInt, DEFAULT_SEED)
    .option('--skip-bad-rows', 'skip and count bad CSV rows instead of stopping')
    .addOption(new Option('--top <n>', 'rows in each ranked list of the report').argParser(parseNonNegativeInt).default(10))
    .addHelpText(
      'after',
      examples(
        'rivalgraph analyze',
        'rivalgraph analyze --from 2015 --to 2020 --json',
        'rivalgraph analyze --as-of 2020-11-13 --period quarter',
        'rivalgraph analyze edges.csv --metrics balance --budget 2',
        'rivalgraph analyze my-graph.yaml --focus A B --period quarter',
      ),
    )
    .action(async (file: string | undefined, opts: AnalyzeFlags, cmd: Command) => {
      // One meaning of time for every section (model/time): the signed metrics and the focus pair read the same window.
      const window: TimeWindow = timeWindowFrom(opts);
      const options = { window, budget: opts.budget, seed: opts.seed, ...(opts.metrics ? { metrics: opts.metrics } : {}) };
      // A large CSV is read by two threads: the helper starts now, while the modules below load.
      (await import('../../io/csv-edges.js')).startHelperFor(file);
      // Heavy modules load only when the command runs, so other commands start fast.
      const [{ analyzePairsExact, resolveAnalyzeOptions }, { loadSignedPairs }, { renderAnalysis }] = await Promise.all([
        import('../../analysis/analyze.js'),
        import('../../io/signed-file.js'),
        import('../../report/analyze.js'),
      ]);
      resolveAnalyzeOptions(options); // unknown metric names fail before any reading
      // Long runs show what is being done, on a terminal only; the line is cleared whatever happens.
      const tty = ctx.stderr.isTTY === true;
      const status = (text: string): void => void (tty && ctx.stderr.write(`\r\x1b[K${text}`));
      let loaded: Awaited<ReturnType<typeof loadSignedPairs>>;
      let result: SignedAnalysis;
      let focus: FocusReport | undefined;
      try {
        status(`analyze: reading ${file ?? 'the built-in graph'}`);
        loaded = await loadSignedPairs(file, { window, skipBadRows: opts.skipBadRows === true, directed: opts.directed === true });
        const { graph } = loaded;
        // The focus section needs a tie graph with a pair: the file's focus or --focus.
        if (opts.focus && !graph) throw new UserError('--focus needs a graph file', 'CSV edge lists carry no dates or domains; convert the file to YAML or JSON');
        if (graph && (opts.focus || graph.getAttribute('focus'))) {
          status('analyze: focus pair');
          focus = (await import('../../analysis/focus/index.js')).analyzeFocus(graph, focusOptionsFrom(opts));
        }
        const { n, m } = loaded.pairs;
        result = await analyzePairsExact(loaded.pairs, { ...options, ...(tty ? { onProgress: (metric: string) => status(`analyze: ${metric} (${n} nodes, ${m} pairs)`) } : {}) });
      } finally {
        status('');
      }
      const { file: name, badRows } = loaded;
      // Streamed: a million-edge result is 47 MB of JSON, never held as one string.
      if (opts.json) await writeJson(ctx.stdout, withFile(result, name, badRows, focus));
      else {
        if (focus) ctx.stdout.write((await import('../../report/focus.js')).renderFocus(focus, styleFor(ctx, cmd)) + '\n');
        ctx.stdout.write(renderAnalysis(result, name, styleFor(ctx, cmd), { top: opts.top }));
        if (badRows) ctx.stderr.write(`rivalgraph: skipped ${badRows} bad row${badRows === 1 ? '' : 's'} of ${name}\n`);
      }
    });
}
