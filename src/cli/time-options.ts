/**
 * rivalgraph/cli/time-options: --as-of, --at, --from and --to, the same on every command.
 *
 * The flags only parse; what they mean is model/time (one meaning of time everywhere).
 */
import { type Command, Option } from 'commander';
import type { TimeWindow } from '../model/time.js';
import { windowDays } from '../model/time.js';
import { parseDateOption } from './parsers.js';

/** The date flags as commander hands them over. */
export interface TimeFlags {
  readonly asOf?: string;
  readonly at?: string;
  readonly from?: string;
  readonly to?: string;
}

/** Add the date flags to a command. */
export function addTimeOptions(cmd: Command): Command {
  return cmd
    .addOption(new Option('--as-of <date>', 'what could be known on this date: later ties left out, later and ongoing ends cut at it').argParser(parseDateOption))
    .addOption(new Option('--at <date>', 'the state on this date: only the ties active then').argParser(parseDateOption))
    .addOption(new Option('--from <date>', 'only ties active on or after this date, cut at it').argParser(parseDateOption))
    .addOption(new Option('--to <date>', 'only ties active on or before this date, cut at it (the same as --as-of)').argParser(parseDateOption));
}

/** The window the flags ask for; a bad combination is a user error (exit 2). */
export function timeWindowFrom(flags: TimeFlags): TimeWindow {
  const w: TimeWindow = {
    ...(flags.asOf !== undefined ? { asOf: flags.asOf } : {}),
    ...(flags.at !== undefined ? { at: flags.at } : {}),
    ...(flags.from !== undefined ? { from: flags.from } : {}),
    ...(flags.to !== undefined ? { to: flags.to } : {}),
  };
  windowDays(w);
  return w;
}
