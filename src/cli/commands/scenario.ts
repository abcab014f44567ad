/**
 * rivalgraph scenario: every focus figure before and after overlays that add, remove or change ties.
 */
import { Command } from 'commander';
import { examples, styleFor, toJson, type CliContext } from '../context.js';
import { reportWidth } from '../../report/layout.js';
import { addFocusOptions, focusOptionsFrom, type FocusFlags } from '../focus-options.js';
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
      const focus = focusOptionsFrom(opts);
      // Heavy modules load only when the command runs, so other commands start fast.
      const [{ scenarioFile }, { renderScenario }] = await Promise.all([import('../../pipeline/scenario-file.js'), import('../../report/scenario.js')]);
      const { file, scenario } = await scenarioFile(base, overlays, focus);
      ctx.stdout.write(terminalText(opts.json ? toJson({ rivalgraph: 1, file, scenario }) : renderScenario(scenario, styleFor(ctx, cmd), { width: reportWidth(ctx.stdout) })));
    });
}
