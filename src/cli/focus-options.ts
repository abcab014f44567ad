/**
 * rivalgraph/cli/focus-options: the focus flags shared by analyze, scenario and report.
 */
import { Command, InvalidArgumentError, Option } from 'commander';
import { PERIODS, type FocusOptions, type Period } from '../analysis/focus/options.js';
import { parseDateOption, parseList } from './parsers.js';

/** Flags as commander hands them over. */
export interface FocusFlags {
  readonly focus?: string[];
  readonly period?: Period;
  readonly window?: number;
  readonly asOf?: string;
  readonly directOnly?: boolean;
  readonly claims?: string[];
}

/** Two node ids, written "A B" or "A,B". */
export function parseFocusIds(value: string, previous: string[] | undefined): string[] {
  const ids = [...(previous ?? []), ...value.split(',').map((s) => s.trim()).filter(Boolean)];
  if (ids.length > 2) throw new InvalidArgumentError(`expected two node ids, got ${ids.join(' ')} (put the file before --focus)`);
  return ids;
}

/** A whole number of periods, at least 3. */
export function parseWindow(v: string): number {
  const n = Number(v);
  if (!/^\d+$/.test(v) || n < 3) throw new InvalidArgumentError('expected a whole number of periods, at least 3');
  return n;
}

/** Add --focus, --period, --window, --as-of, --direct-only and --claims to a command. */
export function addFocusOptions(cmd: Command): Command {
  return cmd
    .addOption(new Option('--focus <ids...>', 'the pair to analyse, e.g. --focus TUR RUS (overrides the file\'s focus)').argParser(parseFocusIds))
    .addOption(new Option('--period <period>', 'timeline period').choices(PERIODS).default('year'))
    .addOption(new Option('--window <n>', 'periods in the outlook window (default 6 years, 8 quarters, 12 months)').argParser(parseWindow))
    .addOption(new Option('--as-of <date>', 'the day "ongoing" ties end at (default: the last date in the graph)').argParser(parseDateOption))
    .option('--direct-only', 'leave out shared projects and proxy paths (mediated events)')
    .option('--claims <list>', 'claimed buffers to confirm or explain, comma-separated (default: TurkStream,Blue Stream,Akkuyu,S-400)', parseList);
}

/** Focus options from the flags; --focus must name exactly two ids. */
export function focusOptionsFrom(flags: FocusFlags): Partial<FocusOptions> {
  if (flags.focus && flags.focus.length !== 2) throw new InvalidArgumentError(`--focus needs two node ids, got ${flags.focus.length}`);
  return {
    ...(flags.focus ? { focus: [flags.focus[0]!, flags.focus[1]!] as const } : {}),
    ...(flags.period ? { period: flags.period } : {}),
    ...(flags.window !== undefined ? { window: flags.window } : {}),
    ...(flags.asOf !== undefined ? { asOf: flags.asOf } : {}),
    ...(flags.directOnly ? { includeMediated: false } : {}),
    ...(flags.claims ? { claims: flags.claims } : {}),
  };
}
