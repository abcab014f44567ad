/**
 * rivalgraph/report/analyze-extras: the sections of `analyze` beyond the one-moment metrics.
 *
 * Signed eigenvector centrality, the directed triad contexts, the comparison
 * with a null model and the per-period table, each only when the result holds
 * it. Every line fits 80 columns; long member lists are cut with a count.
 */
import type { SignedAnalysis } from '../analysis/analyze.js';
import type { PeriodFigures } from '../analysis/by-period.js';
import { CONTEXT_TYPES, predictions } from '../analysis/directed-contexts.js';
import type { NullComparison } from '../analysis/null-model.js';
import { tidy } from '../analysis/node-columns.js';
import type { Style } from './style.js';
import { table } from './table.js';

function num(x: number | null | undefined, digits = 3): string {
  if (x === null || x === undefined) return 'n/a';
  return Number.isInteger(x) ? String(x) : x.toFixed(digits);
}

/** A list cut to `width` characters, with the number left out. */
function cut(items: readonly string[], width: number): string {
  let text = '';
  for (let i = 0; i < items.length; i++) {
    const next = text ? `${text}, ${items[i]}` : items[i]!;
    const rest = items.length - i - 1;
    if (next.length + (rest ? ` +${rest}`.length : 0) > width) return `${text}${text ? ' ' : ''}+${items.length - i}`;
    text = next;
  }
  return text;
}

const sign = (s: 1 | -1 | 0): string => (s > 0 ? '+' : s < 0 ? '-' : '.');

function eigenSection(a: SignedAnalysis, top: number, style: Style): string[] {
  const c = a.centrality;
  const scores = c?.eigen;
  if (c === undefined || scores === undefined) return [];
  if (scores === null) return ['', style.bold('Signed eigenvector centrality'), `  ${c.eigenNote ?? 'not computed'}`];
  // Ranked on the scores as the JSON rounds them, ties by id.
  const ids = a.ids;
  const score = (x: number): number => tidy(scores[x]!);
  const rows = Array.from(ids.keys())
    .sort((x, y) => Math.abs(score(y)) - Math.abs(score(x)) || (ids[x]! < ids[y]! ? -1 : 1))
    .slice(0, top)
    .map((x) => [ids[x]!, num(score(x), 3)]);
  return ['', style.bold('Signed eigenvector centrality (top by |score|; signs mark the camps)'), table([['node', 'score'], ...rows], ['l', 'r'])];
}

function contextsSection(a: SignedAnalysis, style: Style): string[] {
  const d = a.directed;
  if (!d) return [];
  const rows = CONTEXT_TYPES.map((key, i) => {
    const c = d.contexts[key]!;
    const p = predictions(i);
    return [key, String(c.contexts), c.contexts ? num(c.positiveClosing / c.contexts, 3) : 'n/a', sign(p.balance), sign(p.status)];
  });
  return [
    '',
    style.bold('Directed contexts (Leskovec et al. 2010)') + `  ${d.arcs} arcs, ${d.total} contexts`,
    table([['context of A->B', 'count', 'P(A->B +)', 'bal.', 'status'], ...rows], ['l', 'r', 'r', 'r', 'r']),
    `  balance-consistent ${num(d.balanceConsistent)}, status-consistent ${num(d.statusConsistent)} (of ${d.statusPredicted} with a prediction)`,
  ];
}

function significanceSection(a: SignedAnalysis, style: Style): string[] {
  const s = a.significance;
  if (!s) return [];
  const row = (name: string, c: NullComparison): string[] => [name, num(c.observed), num(c.mean), num(c.sd), num(c.z, 2), num(c.p, 4)];
  return [
    '',
    style.bold(`Balance against chance: ${s.model}, ${s.samples} samples, seed ${s.seed}`),
    table([['measure', 'observed', 'null mean', 'sd', 'z', 'p'], row('strong balance', s.strong), row('weak balance', s.weak), row('frustration', s.frustration)], ['l', 'r', 'r', 'r', 'r', 'r']),
    style.dim('  p: share of samples at least as balanced (one-sided); frustration by heuristic'),
    ...(s.swapRate !== undefined ? [style.dim(`  swaps accepted: ${num(s.swapRate, 2)} per pair and sample`)] : []),
  ];
}

/** The per-period table, then who switched faction. */
export function renderPeriods(periods: readonly PeriodFigures[], style: Style): string {
  if (!periods.length) return style.bold('By period') + '\n  no dated tie in the window\n';
  const rows = periods.map((p) => [
    p.period,
    String(p.nodes),
    String(p.edges),
    String(p.triangles),
    num(p.strong, 2),
    num(p.weak, 2),
    p.frustration.exact ? num(p.frustration.index, 1) : `${num(p.frustration.lower, 1)}-${num(p.frustration.upper, 1)}`,
    String(p.factions.length),
    String(p.switched.length),
  ]);
  const out = [style.bold('By period'), table([['period', 'nodes', 'pairs', 'tri.', 'strong', 'weak', 'frustr.', 'fact.', 'switch'], ...rows], ['l', 'r', 'r', 'r', 'r', 'r', 'r', 'r', 'r'])];
  const moves = periods.filter((p) => p.switched.length);
  if (moves.length) {
    out.push('', style.bold('Faction switches (labels persist across periods)'));
    for (const p of moves) out.push(`  ${p.period.padEnd(8)} ${cut(p.switched.map((s) => `${s.node} ${s.from}>${s.to}`), 69)}`);
  }
  const last = periods[periods.length - 1]!;
  if (last.factions.length) {
    out.push('', style.bold(`Factions in ${last.period}`));
    for (const f of last.factions.slice(0, 8)) out.push(`  ${f.label.padEnd(4)} ${String(f.members.length).padStart(4)}  ${cut(f.members, 66)}`);
    if (last.factions.length > 8) out.push(style.dim(`  ... ${last.factions.length - 8} more factions`));
  }
  return out.join('\n') + '\n';
}

/** The extra sections of an analysis (empty when it has none). */
export function renderExtras(a: SignedAnalysis, style: Style, top = 10): string {
  const out = [...eigenSection(a, top, style), ...contextsSection(a, style), ...significanceSection(a, style)];
  return out.length ? out.join('\n') + '\n' : '';
}
