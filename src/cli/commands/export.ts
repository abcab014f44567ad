/**
 * rivalgraph export: write a graph in another format (JSON, and the formats registered in io/exporters).
 */
import { Command, Option } from 'commander';
import type { ExportOptions } from '../../io/exporters/index.js';
import { EXPORT_FORMATS } from '../../io/exporters/formats.js';
import { BUILTIN_GRAPH } from '../../io/builtin.js';
import { examples, type CliContext } from '../context.js';
import { parseNonNegativeInt } from '../parsers.js';

export function exportCommand(ctx: CliContext): Command {
  return new Command('export')
    .description('write a graph as ' + EXPORT_FORMATS.join(', '))
    .argument('[file]', 'graph file; the built-in Turkey-Russia graph when omitted')
    .addOption(new Option('-f, --format <format>', 'output format').choices(EXPORT_FORMATS).default('json'))
    .option('-o, --output <path>', 'output file, or folder for multi-file formats; "-" for stdout', '-')
    .option('--seed <n>', 'seed for randomised steps such as layouts', parseNonNegativeInt, 42)
    .addHelpText('after', examples('rivalgraph export --format json -o turkey-russia.json', 'rivalgraph export my-graph.yaml -f json -o - | jq .attributes.title'))
    .action(async (file: string | undefined, opts: { format: string; output: string; seed: number }) => {
      // Modules load only when the command runs, so every command starts fast.
      const [{ loadGraphFile }, { exportGraph }] = await Promise.all([import('../../io/load-file.js'), import('../../io/export-file.js')]);
      const loaded = loadGraphFile(file);
      const options: ExportOptions = { seed: opts.seed, ...(ctx.stderr.isTTY ? { progress: ctx.stderr } : {}) };
      const written = await exportGraph(loaded, opts.format, opts.output, { ...options, inputs: [file ?? BUILTIN_GRAPH], stdout: ctx.stdout });
      if (opts.output !== '-') ctx.stderr.write(`wrote ${written.join(', ')}\n`);
    });
}

