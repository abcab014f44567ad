/**
 * rivalgraph/pipeline/scenario-file: a base graph file and overlay files to the scenario comparison.
 *
 * Loads the base, applies the overlays in order (io/load-overlay.ts), and compares every focus
 * figure and the signed balance figures before and after (analysis/scenario.ts), all in the same
 * time window. Plain data; prints nothing.
 */
import type { FocusOptions } from '../analysis/focus/index.js';
import type { ScenarioReport } from '../analysis/scenario.js';

/** The comparison and the base file's display name. */
export interface ScenarioFile {
  readonly file: string;
  readonly scenario: ScenarioReport;
}

/** Apply `overlays` to the graph file `base` and compare every figure before and after. */
export async function scenarioFile(base: string, overlays: readonly string[], focus: Partial<FocusOptions>): Promise<ScenarioFile> {
  // Heavy modules load only when the work runs, so other commands start fast.
  const [{ loadGraphFile }, { applyOverlayFiles }, { compareScenario, signedBeforeAfter }, { timeWindowOf }] = await Promise.all([
    import('../io/load-file.js'),
    import('../io/load-overlay.js'),
    import('../analysis/scenario.js'),
    import('../analysis/focus/index.js'),
  ]);
  const before = loadGraphFile(base);
  const { loaded: after, titles } = applyOverlayFiles(before, overlays);
  // The signed figures read the same window as the focus figures (model/time).
  const signed = await signedBeforeAfter(before.graph, after.graph, { window: timeWindowOf(focus) });
  return { file: before.file, scenario: compareScenario(before.graph, after.graph, titles, focus, signed) };
}
