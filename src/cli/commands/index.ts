/**
 * rivalgraph/cli/commands: the command list, in the order `--help` shows it.
 */
import type { Command } from 'commander';
import type { CliContext } from '../context.js';
import { analyzeCommand } from './analyze.js';
import { backtestCommand } from './backtest.js';
import { exportCommand } from './export.js';
import { importCommand } from './import.js';
import { infoCommand } from './info.js';
import { reportCommand } from './report.js';
import { scenarioCommand } from './scenario.js';
import { validateCommand } from './validate.js';

/** Factories for every command; add a new command here. */
export const COMMANDS: readonly ((ctx: CliContext) => Command)[] = [
  analyzeCommand,
  infoCommand,
  validateCommand,
  scenarioCommand,
  backtestCommand,
  reportCommand,
  exportCommand,
  importCommand,
];
