/**
 * rivalgraph/analysis/scenario: a graph before and after an overlay, measure by measure.
 *
 * Runs the focus analysis (and any extra metrics, such as the signed
 * engine's balance and frustration) on both graphs and lines up every figure
 * with its difference, so an analyst sees what a scenario would move. Pure.
 */
import type { TieGraph } from '../model/graph.js';
import { analyzeFocus, type FocusOptions, type FocusReport } from './focus/index.js';
import { runAnalysis, type AnalyzeOptions, type SignedAnalysis } from './analyze.js';

/** A flat figure: a number, a word, or null when undefined. */
export type MetricValue = number | string | null;

/** One figure before and after. */
export interface MetricRow {
  readonly key: string;
  readonly before: MetricValue;
  readonly after: MetricValue;
  /** after - before for numbers; null otherwise. */
  readonly delta: number | null;
  readonly changed: boolean;
}

/** What the overlays did to the ties. */
export interface ScenarioEdits {
  readonly added: readonly string[];
  readonly removed: readonly string[];
  readonly changed: readonly string[];
}

/** The scenario comparison. */
export interface ScenarioReport {
  readonly overlays: readonly string[];
  readonly edits: ScenarioEdits;
  readonly before: FocusReport;
  readonly after: FocusReport;
  readonly metrics: readonly MetricRow[];
}

/** Extra figures computed on each graph (e.g. balance and frustration from the signed engine). */
export interface ExtraMetrics {
  readonly before: Record<string, MetricValue>;
  readonly after: Record<string, MetricValue>;
}

/** The signed engine's balance and frustration figures, flat. */
export function signedMetrics(a: SignedAnalysis): Record<string, MetricValue> {
  const b = a.balance;
  const t = b?.triangles;
  return {
    'signed.pairs.positive': a.input.positive,
    'signed.pairs.negative': a.input.negative,
    'balance.triangles': t?.total ?? null,
    'balance.triangles.unbalanced': t ? t.byNegatives[1] + t.byNegatives[3] : null,
    'balance.ratio.strong': b?.ratio?.strong ?? null,
    'balance.ratio.weak': b?.ratio?.weak ?? null,
    'balance.walk': b?.walk ?? null,
    'frustration.index': b?.frustration?.index ?? null,
    'frustration.lower': b?.frustration?.lower ?? null,
    'frustration.upper': b?.frustration?.upper ?? null,
    'frustration.exact': b?.frustration ? String(b.frustration.exact) : null,
  };
}

/** Balance and frustration of both graphs from the signed engine (exact frustration when HiGHS can prove it). */
export async function signedBeforeAfter(before: TieGraph, after: TieGraph, options: Partial<AnalyzeOptions> = {}): Promise<ExtraMetrics> {
  const o = { metrics: ['balance'], ...options };
  return { before: signedMetrics(await runAnalysis(before, o)), after: signedMetrics(await runAnalysis(after, o)) };
}

/** Every focus figure as a flat key -> value record, in a fixed order. */
export function focusMetrics(r: FocusReport): Record<string, MetricValue> {
  const last = r.timeline.rows[r.timeline.rows.length - 1];
  const episodes = (kind: string) => r.timeline.episodes.filter((e) => e.kind === kind).length;
  return {
    'ledger.cooperation.count': r.ledger.cooperation.count,
    'ledger.cooperation.intensity': r.ledger.cooperation.intensity,
    'ledger.conflict.count': r.ledger.conflict.count,
    'ledger.conflict.intensity': r.ledger.conflict.intensity,
    'ledger.net': r.ledger.net,
    'ledger.ambivalence': r.ledger.ambivalence,
    'mediated.sharedProjects': r.mediated.sharedProjects.length,
    'mediated.proxies': r.mediated.proxies.length,
    'compartmentalization.index': r.compartmentalization.index,
    'compartmentalization.byDomain': r.compartmentalization.byDomain,
    'compartmentalization.byTheater': r.compartmentalization.byTheater,
    'compartmentalization.level': r.compartmentalization.level,
    'buffers.count': r.buffers.ranked.length,
    'buffers.top': r.buffers.ranked[0] ? `${r.buffers.ranked[0].text} [${r.buffers.ranked[0].event}]` : null,
    'buffers.claimsConfirmed': r.buffers.claims.filter((c) => c.found).length,
    'timeline.escalations': episodes('escalation'),
    'timeline.normalisations': episodes('normalisation'),
    'timeline.last.cooperation': last?.cooperation ?? null,
    'timeline.last.conflict': last?.conflict ?? null,
    'timeline.last.net': last?.net ?? null,
    'outlook.net.slope': r.outlook.net?.slope ?? null,
    'outlook.conflict.slope': r.outlook.conflict?.slope ?? null,
    'outlook.cooperation.slope': r.outlook.cooperation?.slope ?? null,
    'outlook.verdict': r.outlook.verdict,
    'outlook.agreement': r.outlook.agreement,
  };
}

/** Line up two records of figures, with differences. */
export function compareMetrics(before: Record<string, MetricValue>, after: Record<string, MetricValue>): MetricRow[] {
  const keys = [...new Set([...Object.keys(before), ...Object.keys(after)])];
  return keys.map((key) => {
    const b = before[key] ?? null;
    const a = after[key] ?? null;
    const delta = typeof a === 'number' && typeof b === 'number' ? Math.round((a - b) * 1e4) / 1e4 : null;
    return { key, before: b, after: a, delta, changed: a !== b };
  });
}

/** Which tie ids were added, removed or edited between two graphs. */
export function tieEdits(before: TieGraph, after: TieGraph): ScenarioEdits {
  const added: string[] = [];
  const changed: string[] = [];
  after.forEachEdge((id, t) => {
    if (!before.hasEdge(id)) added.push(id);
    else if (JSON.stringify(before.getEdgeAttributes(id)) !== JSON.stringify(t)) changed.push(id);
  });
  const removed = before.filterEdges((id) => !after.hasEdge(id));
  return { added, removed, changed };
}

/** Compare the focus analysis (and extra figures) of a graph before and after overlays. */
export function compareScenario(before: TieGraph, after: TieGraph, overlays: readonly string[], options: Partial<FocusOptions> = {}, extra?: ExtraMetrics): ScenarioReport {
  // Both sides stop open ends at the same day, so a scenario's new dates do not shift the base.
  const b = analyzeFocus(before, options);
  // A date option the user gave already fixes the analysis date; otherwise both stop at the later record's end.
  const fixed = options.asOf !== undefined || options.at !== undefined || options.to !== undefined;
  const same = fixed ? {} : { asOf: laterOf(b.timeline.asOf, analyzeFocus(after, options).timeline.asOf) };
  const rb = analyzeFocus(before, { ...options, ...same });
  const ra = analyzeFocus(after, { ...options, ...same });
  const metrics = compareMetrics({ ...focusMetrics(rb), ...(extra?.before ?? {}) }, { ...focusMetrics(ra), ...(extra?.after ?? {}) });
  return { overlays, edits: tieEdits(before, after), before: rb, after: ra, metrics };
}

function laterOf(x: string, y: string): string {
  return x > y ? x : y;
}
