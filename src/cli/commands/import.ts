/**
 * rivalgraph import: event data (GDELT, ICEWS, SQL dyad tables) to a graph file.
 */
import { Argument, Command, Option } from 'commander';
import type { ImportOptions } from '../../io/import/index.js';
import { IMPORT_FORMATS, type ImportFormat } from '../../io/import/formats.js';
import { QUAD_SCHEMES, type QuadScheme } from '../../io/import/cameo.js';
import { PERIODS, type Period } from '../../model/periods.js';
import { progressBar } from '../../io/import/progress.js';
import { examples, toJson, type CliContext } from '../context.js';
import { UserError } from '../../model/errors.js';
import { parseCodeList, parseDateOption, parseDyad, parseNonNegativeInt, parseRootCodes } from '../parsers.js';
import { terminalText } from '../../report/terminal.js';

interface ImportFlags {
  output: string;
  actors?: string[];
  dyad?: [string, string];
  from?: string;
  to?: string;
  rootCodes?: string[];
  minMentions: number;
  quadScheme: QuadScheme;
  keepNeutral?: boolean;
  period: Period;
  weightMentions?: boolean;
  weightFatalities?: boolean;
  strict?: boolean;
  topUrls: number;
  workers: number;
  quiet?: boolean;
  json?: boolean;
}

export function importCommand(ctx: CliContext): Command {
  return new Command('import')
    .description('turn event data (GDELT, ICEWS, POLECAT, ACLED, or a dyad table from BigQuery/DuckDB) into a graph file')
    .addArgument(new Argument('<format>', 'gdelt, icews, dyads, polecat or acled').choices(IMPORT_FORMATS))
    .argument('<files...>', 'event files: GDELT .CSV/.zip, ICEWS .tab/.zip, POLECAT .txt/.tsv/.zip, ACLED .csv, or dyad table .csv')
    .requiredOption('-o, --output <path>', 'file to write: .csv tie table (any size), .json, or .yaml (small graphs); "-" for YAML on stdout')
    .option('--actors <codes>', 'keep events between these CAMEO actors only, e.g. TUR,RUS,SYR', parseCodeList)
    .option('--dyad <a,b>', 'keep events between these two actors (either direction)', parseDyad)
    .option('--from <date>', 'first day kept (YYYY, YYYY-MM or YYYY-MM-DD)', parseDateOption)
    .option('--to <date>', 'last day kept (YYYY, YYYY-MM or YYYY-MM-DD)', parseDateOption)
    .option('--root-codes <roots>', 'keep these CAMEO roots, e.g. 15-20,04', parseRootCodes)
    .option('--min-mentions <n>', 'drop reports with fewer mentions (GDELT NumMentions)', parseNonNegativeInt, 0)
    .addOption(new Option('--quad-scheme <scheme>', 'root -> quad class convention for polarity').choices(QUAD_SCHEMES).default('gdelt'))
    .option('--keep-neutral', 'keep events whose Goldstein score is 0')
    .addOption(new Option('--period <period>', 'calendar bin of one tie').choices(PERIODS).default('month'))
    .option('--weight-mentions', 'intensity = mention-weighted mean |Goldstein| instead of the mean over events')
    .option('--weight-fatalities', 'ACLED: intensity = 2.5 log10(1 + fatalities of the tie) instead of the mean |score|')
    .option('--top-urls <n>', 'source URLs kept as evidence per tie', parseNonNegativeInt, 3)
    .option('--workers <n>', 'GDELT parser threads (0 = a thread per file for several large files; n > 1 also splits each file)', parseNonNegativeInt, 0)
    .option('--strict', 'stop at the first malformed row')
    .option('-q, --quiet', 'no summary on stderr')
    .option('--json', 'print the summary as JSON on stdout (docs/import.md)')
    .addHelpText(
      'after',
      examples(
        'rivalgraph import gdelt 2020*.export.CSV.zip --actors TUR,RUS,SYR,AZE,ARM -o tr-ru.yaml',
        'rivalgraph import gdelt events.csv --dyad TUR,RUS --from 2015 --to 2021 --root-codes 15-20 -o clashes.yaml',
        'rivalgraph import icews events.2017.*.tab --actors TUR,RUS --quad-scheme icews -o icews.yaml',
        'rivalgraph import dyads bq-dyads.csv -o gdelt-world.json   # output of the SQL in docs/import.md',
        'rivalgraph import polecat ngecEvents.*.txt --actors RUS,UKR,TUR -o polecat.csv',
        'rivalgraph import acled acled-export.csv --weight-fatalities -o acled.csv',
      ),
    )
    .action(async (format: ImportFormat, files: string[], flags: ImportFlags) => {
      const options: Partial<ImportOptions> = {
        actors: flags.actors ?? [],
        rootCodes: flags.rootCodes ?? [],
        minMentions: flags.minMentions,
        quadScheme: flags.quadScheme,
        keepNeutral: flags.keepNeutral === true,
        period: flags.period,
        weightMentions: flags.weightMentions === true,
        weightFatalities: flags.weightFatalities === true,
        strict: flags.strict === true,
        topUrls: flags.topUrls,
        workers: flags.workers,
        ...(flags.dyad ? { dyad: flags.dyad } : {}),
        ...(flags.from ? { from: flags.from } : {}),
        ...(flags.to ? { to: flags.to } : {}),
      };
      // Modules load only when the command runs, so every command starts fast.
      const [{ importEvents, writeTies, outputKind }, { formatImportSummary, importSummaryJson }] = await Promise.all([
        import('../../io/import/index.js'),
        import('../../report/import-summary.js'),
      ]);
      if (flags.json && flags.output === '-') throw new UserError('--json and -o - both write to stdout', 'give a file with -o, e.g. -o ties.csv');
      outputKind(flags.output); // an output no command reads back fails before any reading
      if (flags.output !== '-') (await import('../../io/write.js')).checkOutputPath(flags.output, { inputs: files }); // before the reading, not after
      const bar = progressBar(ctx.stderr, `import ${format}`);
      const result = await importEvents(format, files, options, (done, total) => bar.update(done, total)).finally(() => bar.done());
      writeTies(flags.output, result.ties, result.info, { inputs: files, stdout: ctx.stdout });
      const output = flags.output === '-' ? 'stdout' : flags.output;
      if (flags.json) ctx.stdout.write(toJson(importSummaryJson(result.summary, output, format)));
      else if (!flags.quiet) ctx.stderr.write(terminalText(formatImportSummary(result.summary, output)));
    });
}
