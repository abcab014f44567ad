/**
 * rivalgraph/analysis/graph-analysis: every analysis of a tie graph in one object.
 *
 * The same figures `rivalgraph analyze --json` prints (signed-network metrics,
 * and the focus section when the graph names a pair), for exports that carry
 * the analysis with the data: the JSON export and the HTML metrics panel.
 */
import type { TieGraph } from '../model/graph.js';
import { runAnalysis, type AnalyzeOptions, type SignedAnalysis } from './analyze.js';
import { analyzeFocus, type FocusOptions, type FocusReport } from './focus/index.js';

/** The signed analysis plus the focus report when the graph has a focus pair (plain data: the spread keeps every column). */
export type GraphAnalysis = SignedAnalysis & { readonly focus?: FocusReport };

/** Analyse a tie graph fully: balance, frustration (proved where the budget allows), factions, centrality, focus. */
export async function analyzeGraph(
  graph: TieGraph,
  options: { readonly signed?: Partial<AnalyzeOptions>; readonly focus?: Partial<FocusOptions> } = {},
): Promise<GraphAnalysis> {
  const focus = graph.getAttribute('focus') ? analyzeFocus(graph, options.focus) : undefined;
  const signed = await runAnalysis(graph, options.signed);
  return { ...signed, ...(focus ? { focus } : {}) };
}
