/**
 * rivalgraph/cli/limit-options: the global flags that raise the input limits (io/limits.ts).
 *
 * They are program options, so they work before or after any command
 * (`rivalgraph import gdelt big.zip --max-decompressed-mb 20000 -o g.json`), and they
 * are applied before each command runs.
 */
import { Option, type Command } from 'commander';
import { DEFAULT_INPUT_LIMITS, LIMIT_FLAGS, setInputLimits, shown, type InputLimits } from '../io/limits.js';
import { parsePositiveNumber } from './parsers.js';

const KEYS = Object.keys(LIMIT_FLAGS) as (keyof InputLimits)[];

const WHAT: Readonly<Record<keyof InputLimits, string>> = {
  maxBytes: 'largest graph file, CSV edge list or dyad table read whole',
  maxYamlBytes: 'largest YAML graph file',
  maxDecompressedBytes: 'largest decompressed size of one .gz or .zip event file',
  maxRatio: 'largest ratio of decompressed to compressed size',
  maxLineBytes: 'longest line of an event file or dyad table',
};

/** commander's camel-case name of a flag: `--max-input-mb` -> `maxInputMb`. */
function optionName(flag: string): string {
  return flag.replace(/^--/, '').replace(/-([a-z])/g, (_m, c: string) => c.toUpperCase());
}

/** Add the limit flags to the program and apply them before every command; limits reset to defaults first. */
export function addLimitOptions(program: Command): Command {
  for (const key of KEYS) {
    const { flag, unitName } = LIMIT_FLAGS[key];
    program.addOption(new Option(`${flag} <${unitName ? unitName.toLowerCase() : 'n'}>`, `${WHAT[key]} (default ${shown(key, DEFAULT_INPUT_LIMITS[key])})`).argParser(parsePositiveNumber));
  }
  setInputLimits();
  return program.hook('preAction', (_program, action) => {
    const o = action.optsWithGlobals() as Record<string, number | undefined>;
    const limits: Partial<Record<keyof InputLimits, number>> = {};
    for (const key of KEYS) {
      const v = o[optionName(LIMIT_FLAGS[key].flag)];
      if (v !== undefined) limits[key] = v * LIMIT_FLAGS[key].unit;
    }
    setInputLimits(limits);
  });
}
