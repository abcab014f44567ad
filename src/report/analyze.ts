/**
 * rivalgraph/report/analyze: the `analyze` result as terminal text.
 *
 * Shows the figures an analyst reads first and the top rows of every long
 * list (the JSON holds them all).
 */
import type { SignedAnalysis } from '../analysis/analyze.js';
import type { Style } from './style.js';
import { table } from './table.js';
import { topKRounded, topNodes } from './rank.js';
import { nodeColumns, tidy, unbalancedShare } from '../analysis/node-columns.js';

/** Options of the report. */
export interface AnalyzeReportOptions {
  /** Rows shown in each ranked list. */
  readonly top: number;
}

export const DEFAULT_ANALYZE_REPORT_OPTIONS: Readonly<AnalyzeReportOptions> = Object.freeze({ top: 10 });

function num(x: number | null | undefined, digits = 3): string {
  if (x === null || x === undefined) return 'n/a';
  return Number.isInteger(x) ? String(x) : x.toFixed(digits);
}

/** The first `top` pairs of a list of `total` (the whole list by default). */
function pairs(list: readonly (readonly [string, string])[], top: number, total = list.length): string {
  const shown = list.slice(0, top).map(([a, b]) => `${a}-${b}`).join(', ');
  return total > top ? `${shown}, ... (${total - top} more)` : shown;
}

/** Render an analysis for reading top to bottom in a terminal. */
export function renderAnalysis(a: SignedAnalysis, file: string, style: Style, options: Partial<AnalyzeReportOptions> = {}): string {
  const { top } = { ...DEFAULT_ANALYZE_REPORT_OPTIONS, ...options };
  const columns = nodeColumns(a);
  const byId = (x: number, y: number): number => (columns.ids[x]! < columns.ids[y]! ? -1 : 1);
  const out: string[] = [];
  const w = a.input.window;
  const window = w.at ? ` at ${w.at}` : w.from || w.to ? ` from ${w.from ?? '...'} to ${w.to ?? '...'}` : '';
  out.push(style.bold(`Signed network analysis`) + style.dim(`  ${file}${window}`));
  out.push(
    `${a.nodes} nodes, ${a.edges} signed pairs (${style.green(`${a.input.positive} positive`)}, ${style.red(`${a.input.negative} negative`)}) from ${a.input.ties} ties` +
      (a.input.outsideWindow ? `; ${a.input.outsideWindow} outside the window` : '') +
      (a.input.selfLoops ? `; ${a.input.selfLoops} self-ties ignored` : ''),
  );
  if (a.input.ambivalent.length) out.push(`ambivalent pairs (both signs; the net sign counts): ${a.input.ambivalent.length}: ${pairs(a.input.ambivalent, top)}`);
  if (a.input.netZero.length) out.push(`net-zero pairs (left out): ${a.input.netZero.length}: ${pairs(a.input.netZero, top)}`);
  if (a.components) {
    const c = a.components;
    out.push('', style.bold('Components'), table([['components', String(c.count)], ['largest', String(c.largest)], ['isolates', String(c.isolates)], ['density', c.density.toPrecision(3)]], ['l', 'r']));
  }
  const b = a.balance;
  if (b) {
    out.push('', style.bold('Balance'));
    const rows: string[][] = [];
    if (b.triangles) {
      const [t0, t1, t2, t3] = b.triangles.byNegatives;
      rows.push(['triangles', String(b.triangles.total), `+++ ${t0}  ++- ${t1}  +-- ${t2}  --- ${t3}`]);
    }
    if (b.ratio) rows.push(['strong balance', num(b.ratio.strong), '(t0 + t2) / t'], ['weak balance', num(b.ratio.weak), '(t0 + t2 + t3) / t']);
    if (b.walk !== undefined) rows.push(['walk balance', num(b.walk), b.walkNote ?? 'Estrada 2019; 1 = balanced']);
    if (b.frustration) {
      const f = b.frustration;
      const proof = f.exact ? `exact (${f.method === 'ilp' ? 'proved optimal by HiGHS' : 'lower bound met'})` : `bounds ${num(f.lower)} .. ${num(f.upper)}, not proved`;
      rows.push(['frustration index', num(f.index), `${proof}${f.weighted ? ', weighted' : ''}`]);
      const first = columns.side ? columns.side.reduce((c, s) => c + (s > 0 ? 1 : 0), 0) : 0;
      rows.push(['two factions', `${first} / ${(columns.side?.length ?? 0) - first}`, 'partition attaining it']);
    }
    out.push(table(rows, ['l', 'r', 'l']));
    const frustrated = b.frustration ? columns.frustrated : undefined;
    if (frustrated?.length) {
      const shown = Array.from({ length: Math.min(top, frustrated.length / 2) }, (_, i): [string, string] => [columns.ids[frustrated[2 * i]!]!, columns.ids[frustrated[2 * i + 1]!]!]);
      out.push(`  frustrated pairs: ${pairs(shown, top, frustrated.length / 2)}`);
    }
    const triangles = b.triangles ? columns.triangles : undefined;
    if (triangles) {
      // Ranked from the census columns: no record per node is built for ten rows.
      const unbalanced = (x: number): number => triangles[4 * x + 1]! + triangles[4 * x + 3]!;
      const ranked = topNodes(columns.ids.length, top, (x, y) => unbalanced(y) - unbalanced(x) || byId(x, y), (x) => unbalanced(x) > 0).map((x) => {
        const [t0, t1, t2, t3] = triangles.subarray(4 * x, 4 * x + 4);
        return [columns.ids[x]!, String(unbalanced(x)), String(t0! + t1! + t2! + t3!), num(unbalancedShare(t0!, t1!, t2!, t3!))];
      });
      if (ranked.length) {
        out.push('', style.bold('Nodes in most unbalanced triangles'));
        out.push(table([['node', 'unbalanced', 'triangles', 'share'], ...ranked], ['l', 'r', 'r', 'r']));
      }
    }
  }
  if (a.factions) {
    const f = a.factions;
    out.push('', style.bold(`Factions (weak balance): ${f.k}`) + `  error ${num(f.error)} (${num(f.positiveBetween)} positive between, ${num(f.negativeWithin)} negative within)`);
    const shown = f.groups.slice(0, top).map((g, i) => [String(i + 1), String(g.length), g.slice(0, 6).join(', ') + (g.length > 6 ? ', ...' : '')]);
    out.push(table(shown, ['r', 'r', 'l']));
    if (f.groups.length > top) out.push(style.dim(`  ... ${f.groups.length - top} more factions`));
  }
  // `in`, not a read: reading a section's records would build them all.
  const pn = a.centrality && 'pn' in a.centrality ? columns.pn : undefined;
  const degree = a.centrality && 'degree' in a.centrality ? columns.degree : undefined;
  if (pn || degree) {
    // Rank by PN (ties by id); without PN, by total degree.
    const n = columns.ids.length;
    const ranked = pn
      ? topKRounded(n, top, (x) => pn[x]!, tidy, byId)
      : topNodes(n, top, (x, y) => degree!.positive[y]! + degree!.negative[y]! - degree!.positive[x]! - degree!.negative[x]! || byId(x, y));
    out.push('', style.bold(pn ? 'Centrality (top by PN, Everett and Borgatti 2014)' : 'Signed degree (top by degree)'));
    const arcs = a.input.directed ? degree?.arcs : undefined;
    const header = ['node', ...(pn ? ['PN'] : []), ...(degree ? ['+', '-'] : []), ...(arcs ? ['out+', 'out-', 'in+', 'in-'] : [])];
    const rows = ranked.map((x) => [
      columns.ids[x]!,
      ...(pn ? [num(tidy(pn[x]!), 4)] : []),
      ...(degree ? [String(degree.positive[x]), String(degree.negative[x])] : []),
      ...(arcs ? [arcs.outPositive[x], arcs.outNegative[x], arcs.inPositive[x], arcs.inNegative[x]].map(String) : []),
    ]);
    out.push(table([header, ...rows], ['l', ...header.slice(1).map(() => 'r' as const)]));
  }
  return out.join('\n') + '\n';
}
