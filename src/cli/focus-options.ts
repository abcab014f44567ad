/**
 * rivalgraph/cli/focus-options: the focus flags shared by analyze, scenario and report.
 */
import { type Command, InvalidArgumentError, Option } from 'commander';
import { UserError } from '../model/errors.js';
import { PERIODS, type FocusOptions, type Period } from '../analysis/focus/options.js';
import { TIMELINE_COUNTS, type TimelineCount } from '../analysis/focus/timeline.js';
import { parseList } from './parsers.js';
import { addTimeOptions, timeWindowFrom, type TimeFlags } from './time-options.js';

/** Flags as commander hands them over. */
export interface FocusFlags extends TimeFlags {
  readonly focus?: string[];
  readonly period?: Period;
  readonly window?: number;
  readonly directOnly?: boolean;
  readonly count?: TimelineCount;
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

/** Add --focus, --period, --window, --count, the date flags, --direct-only and --claims to a command. */
export function addFocusOptions(cmd: Command): Command {
  return addTimeOptions(cmd)
    .addOption(new Option('--focus <ids...>', 'the pair to analyse, e.g. --focus A B (overrides the file\'s focus); one id ranks all its partners').argParser(parseFocusIds))
    .addOption(new Option('--period <period>', 'timeline period').choices(PERIODS).default('year'))
    .addOption(new Option('--window <n>', 'periods in the window of the printed trends (default 6 years, 8 quarters, 12 months); the verdict is judged over 12 window choices').argParser(parseWindow))
    .addOption(new Option('--count <how>', 'how the timeline counts a tie: once at its onset, spread over its days, or in full in every period it is active').choices(TIMELINE_COUNTS))
    .option('--direct-only', 'leave out shared projects and proxy paths (mediated events)')
    .option('--claims <list>', 'claimed buffers to confirm or explain, comma-separated node names (default: the file\'s claims)', parseList);
}

/** Focus options from the flags; --focus must name exactly two ids here (`analyze` reads one id itself). */
export function focusOptionsFrom(flags: FocusFlags): Partial<FocusOptions> {
  if (flags.focus && flags.focus.length !== 2) {
    throw new UserError(`--focus needs two node ids here, got ${flags.focus.length}`, 'give a pair, e.g. --focus A B; `rivalgraph analyze --focus A` ranks all of A\'s partners');
  }
  return {
    ...(flags.focus ? { focus: [flags.focus[0]!, flags.focus[1]!] as const } : {}),
    ...(flags.period ? { period: flags.period } : {}),
    ...(flags.window !== undefined ? { window: flags.window } : {}),
    ...timeWindowFrom(flags),
    ...(flags.count ? { count: flags.count } : {}),
    ...(flags.directOnly ? { includeMediated: false } : {}),
    ...(flags.claims ? { claims: flags.claims } : {}),
  };
}
