/**
 * rivalgraph backtest: check the outlook made on a date against what the record shows after it.
 */
import { Command, Option } from 'commander';
import { UserError } from '../../model/errors.js';
import { PERIODS, type Period } from '../../analysis/focus/options.js';
import { TIMELINE_COUNTS, type TimelineCount } from '../../analysis/focus/timeline.js';
import { examples, styleFor, toJson, type CliContext } from '../context.js';
import { parseDateOption } from '../parsers.js';
import { parseFocusIds, parseWindow } from '../focus-options.js';
import { terminalText } from '../../report/terminal.js';

interface BacktestFlags {
  readonly asOf?: string;
  readonly horizon: string;
  readonly every?: string;
  readonly from?: string;
  readonly to?: string;
  readonly focus?: string[];
  readonly period: Period;
  readonly window?: number;
  readonly count?: TimelineCount;
  readonly directOnly?: boolean;
  readonly json?: boolean;
}

export function backtestCommand(ctx: CliContext): Command {
  return new Command('backtest')
    .description('make the outlook with the data up to a date and check each predicted direction against what the record shows over the horizon after it')
    .argument('[file]', 'graph file; the built-in Turkey-Russia graph when omitted')
    .addOption(new Option('--as-of <date>', 'the date the outlook is made on').argParser(parseDateOption))
    .option('--horizon <duration>', 'how far ahead to check: 2y, 18m, 6q, 26w, 90d', '2y')
    .option('--every <duration>', 'rolling: repeat every this long from --from to --to, and compare the hit rate with a no-change call')
    .addOption(new Option('--from <date>', 'rolling: the first as-of date').argParser(parseDateOption))
    .addOption(new Option('--to <date>', 'rolling: the last as-of date').argParser(parseDateOption))
    .addOption(new Option('--focus <ids...>', 'the pair to analyse (overrides the file\'s focus)').argParser(parseFocusIds))
    .addOption(new Option('--period <period>', 'timeline period of the trends').choices(PERIODS).default('quarter'))
    .addOption(new Option('--window <n>', 'periods in the outlook window (default 6 years, 8 quarters, 12 months)').argParser(parseWindow))
    .addOption(new Option('--count <how>', 'how the timeline counts a tie (docs/focus.md)').choices(TIMELINE_COUNTS))
    .option('--direct-only', 'leave out shared projects and proxy paths (mediated events)')
    .option('--json', 'print the backtest as JSON (docs/json.md, "backtest")')
    .addHelpText(
      'after',
      examples(
        'rivalgraph backtest --as-of 2020-11-13 --horizon 2y',
        'rivalgraph backtest --every 6m --from 2012 --to 2019 --horizon 2y --json',
        'rivalgraph backtest my-graph.yaml --focus A B --as-of 2018 --period month --horizon 1y',
      ),
    )
    .action(async (file: string | undefined, opts: BacktestFlags, cmd: Command) => {
      const rolling = opts.every !== undefined || opts.from !== undefined || opts.to !== undefined;
      if (rolling && opts.asOf !== undefined) throw new UserError('--as-of cannot be combined with --every, --from or --to', 'give one date with --as-of, or a schedule with --every --from --to');
      if (rolling && (opts.every === undefined || opts.from === undefined || opts.to === undefined)) throw new UserError('a rolling backtest needs --every, --from and --to', 'e.g. --every 6m --from 2012 --to 2019');
      if (!rolling && opts.asOf === undefined) throw new UserError('backtest needs a date', 'give --as-of D, or --every 6m --from A --to B');
      if (opts.focus && opts.focus.length !== 2) throw new UserError(`--focus needs two node ids, got ${opts.focus.length}`);
      // Heavy modules load only when the command runs, so other commands start fast.
      const [{ loadGraphFile }, { backtest, rollingDates }, { renderBacktest }] = await Promise.all([
        import('../../io/load-file.js'),
        import('../../analysis/backtest.js'),
        import('../../report/backtest.js'),
      ]);
      const dates = rolling ? rollingDates(opts.from!, opts.to!, opts.every!) : [opts.asOf!];
      if (!dates.length) throw new UserError(`--from ${opts.from} is after --to ${opts.to}`, 'swap the dates');
      const loaded = loadGraphFile(file);
      // Long rolling runs show which date is being checked, on a terminal only; the line is cleared after.
      const tty = ctx.stderr.isTTY === true;
      const onDate = (i: number, n: number, d: string) => void ctx.stderr.write(`\r\x1b[Kbacktest: ${d} (${i + 1} of ${n})`);
      const result = backtest(loaded.graph, dates, {
        ...(tty && dates.length > 1 ? { onDate } : {}),
        horizon: opts.horizon,
        period: opts.period,
        ...(opts.every !== undefined ? { every: opts.every } : {}),
        ...(opts.focus ? { focus: [opts.focus[0]!, opts.focus[1]!] as const } : {}),
        ...(opts.window !== undefined ? { window: opts.window } : {}),
        ...(opts.count ? { count: opts.count } : {}),
        ...(opts.directOnly ? { includeMediated: false } : {}),
      });
      if (tty && dates.length > 1) ctx.stderr.write('\r\x1b[K');
      ctx.stdout.write(terminalText(opts.json ? toJson({ rivalgraph: 1, file: loaded.file, backtest: result }) : renderBacktest(result, styleFor(ctx, cmd))));
    });
}
