/**
 * rivalgraph report: the focus analysis as Markdown with an SVG timeline chart.
 */
import { Command } from 'commander';
import { basename, dirname, join } from 'node:path';
import { writeOutput, writeOutputs } from '../../io/write.js';
import { BUILTIN_GRAPH } from '../../io/builtin.js';
import { examples, type CliContext } from '../context.js';
import { addFocusOptions, focusOptionsFrom, type FocusFlags } from '../focus-options.js';
import { terminalText } from '../../report/terminal.js';

/** The side file the chart goes to: report.md -> report.timeline.svg. */
export function chartPath(out: string): string {
  return join(dirname(out), `${basename(out).replace(/\.(md|markdown)$/i, '')}.timeline.svg`);
}

export function reportCommand(ctx: CliContext): Command {
  return addFocusOptions(
    new Command('report')
      .description('write the focus analysis as Markdown (tables) with an SVG timeline chart beside it')
      .argument('[file]', 'graph file; the built-in Turkey-Russia graph when omitted')
      .option('-o, --output <path>', 'Markdown file; "-" prints it with the chart inlined as a data URI', '-')
      .option('--inline-chart', 'embed the chart as a data URI even when writing a file'),
  )
    .addHelpText('after', examples('rivalgraph report -o report.md          # also writes report.timeline.svg', 'rivalgraph report my-graph.yaml --focus A B --period quarter -o -'))
    .action(async (file: string | undefined, opts: FocusFlags & { output: string; inlineChart?: boolean }) => {
      // Heavy modules load only when the command runs, so other commands start fast.
      const [{ loadGraphFile }, { analyzeFocus }, { renderFocusMarkdown }, { timelineSvg }] = await Promise.all([
        import('../../io/load-file.js'),
        import('../../analysis/focus/index.js'),
        import('../../report/markdown.js'),
        import('../../report/svg-chart.js'),
      ]);
      const loaded = loadGraphFile(file);
      const focus = analyzeFocus(loaded.graph, focusOptionsFrom(opts));
      const svg = timelineSvg(focus.timeline.rows, focus.timeline.episodes, { title: `${focus.pair.labels[0]} and ${focus.pair.labels[1]}: cooperation and conflict by ${focus.timeline.period}` });
      const inputs = [file ?? BUILTIN_GRAPH];
      const inline = opts.output === '-' || opts.inlineChart === true;
      const chart = inline ? `data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}` : basename(chartPath(opts.output));
      // Markdown readers render control characters raw: they are written as visible text, like on a terminal.
      const md = terminalText(renderFocusMarkdown(focus, { title: loaded.model.title, file: loaded.file, chart }));
      // The Markdown and its chart are written as one: both or neither.
      if (inline) writeOutput(opts.output, md, { inputs, stdout: ctx.stdout });
      else writeOutputs([{ path: chartPath(opts.output), data: svg }, { path: opts.output, data: md }], { inputs });
      if (opts.output !== '-') ctx.stderr.write(terminalText(`wrote ${opts.output}${inline ? '' : `, ${chartPath(opts.output)}`}\n`));
    });
}
