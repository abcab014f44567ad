/**
 * rivalgraph scenario: every focus figure before and after overlays that add, remove or change ties.
 */
import { Command } from 'commander';
import { examples, styleFor, toJson, type CliContext } from '../context.js';
import { reportWidth } from '../../report/layout.js';
import { addFocusOptions, focusOptionsFrom, type FocusFlags } from '../focus-options.js';
import { timeWindowOf } from '../../analysis/focus/options.js';
import { terminalText } from '../../report/terminal.js';

export function scenarioCommand(ctx: CliContext): Command {
  return addFocusOptions(
    new Command('scenario')
      .description('apply overlays (docs/scenarios.md) to a graph and show every focus figure before, after and the difference')
      .argument('<base>', 'the base graph file')
      .argument('<overlay...>', 'overlay files, applied in order')
      .option('--json', 'print the comparison as JSON'),
  )
    .addHelpText(
      'after',
      examples(
        'rivalgraph scenario graphs/turkey-russia.yaml graphs/scenarios/renewed-idlib-clash.yaml',
        'rivalgraph scenario graphs/turkey-russia.yaml graphs/scenarios/turkish-troops-karabakh.yaml --period quarter --json',
      ),
    )
    .action(async (base: string, overlays: string[], opts: FocusFlags & { json?: boolean }, cmd: Command) => {
      // Heavy modules load only when the command runs, so other commands start fast.
      const [{ loadGraphFile }, { applyOverlayFiles }, { compareScenario, signedBeforeAfter }, { renderScenario }] = await Promise.all([
        import('../../io/load-file.js'),
        import('../../io/load-overlay.js'),
        import('../../analysis/scenario.js'),
        import('../../report/scenario.js'),
      ]);
      const before = loadGraphFile(base);
      const { loaded: after, titles } = applyOverlayFiles(before, overlays);
      const focusOptions = focusOptionsFrom(opts);
      // The signed figures read the same window as the focus figures (model/time).
      const signed = await signedBeforeAfter(before.graph, after.graph, { window: timeWindowOf(focusOptions) });
      const report = compareScenario(before.graph, after.graph, titles, focusOptions, signed);
      ctx.stdout.write(terminalText(opts.json ? toJson({ rivalgraph: 1, file: before.file, scenario: report }) : renderScenario(report, styleFor(ctx, cmd), { width: reportWidth(ctx.stdout) })));
    });
}
