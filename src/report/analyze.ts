/**
 * rivalgraph/report/analyze: the `analyze` result as terminal text.
 *
 * Shows the figures an analyst reads first and the top rows of every long
 * list (the JSON holds them all).
 */
import type { SignedAnalysis } from '../analysis/analyze.js';
import type { Style } from './style.js';
import { table, wrap } from './table.js';
import { metric, PIPE_WIDTH } from './layout.js';
import { topKRounded, topNodes } from './rank.js';
import { factionGroups, namedPairs, tidy, unbalancedShare } from '../analysis/node-columns.js';

/** Options of the report. */
export interface AnalyzeReportOptions {
  /** Rows shown in each ranked list. */
  readonly top: number;
  /** Widest line, in columns (report/layout.ts). */
  readonly width: number;
}

export const DEFAULT_ANALYZE_REPORT_OPTIONS: Readonly<AnalyzeReportOptions> = Object.freeze({ top: 10, width: PIPE_WIDTH });

/** A metric at the report's one precision (layout.ts); "n/a" when undefined. */
function num(x: number | null | undefined): string {
  return x === null || x === undefined ? 'n/a' : metric(x);
}

/** Lines a faction's member list may take before "and N more". */
const MEMBER_LINES = 4;

/**
 * Members of a group, named, wrapped to the width after `lead`; on a large graph the list stops
 * after MEMBER_LINES lines with "and N more" (the JSON names them all). Reads `ids` lazily.
 */
function members(lead: string, ids: Iterable<string>, size: number, width: number): string {
  const room = MEMBER_LINES * (width - lead.length) - 20;
  const shown: string[] = [];
  let used = 0;
  for (const id of ids) {
    if (used + id.length + 2 > room) break;
    shown.push(id);
    used += id.length + 2;
  }
  const more = size - shown.length;
  return wrap(`${shown.join(', ')}${more > 0 ? `, and ${more} more` : ''}`, width, lead, ' '.repeat(Math.min(lead.length, 24)));
}

/** The ids of nodes 0..n-1 that pass `keep`, lazily. */
function* idsWhere(ids: readonly string[], keep: (x: number) => boolean): Generator<string> {
  for (let x = 0; x < ids.length; x++) if (keep(x)) yield ids[x]!;
}

/** The first `top` pairs of a list of `total` (the whole list by default). */
function pairs(list: readonly (readonly [string, string])[], top: number, total = list.length): string {
  const shown = list.slice(0, top).map(([a, b]) => `${a}-${b}`).join(', ');
  return total > top ? `${shown}, ... (${total - top} more)` : shown;
}

/** Render an analysis for reading top to bottom in a terminal. */
export function renderAnalysis(a: SignedAnalysis, file: string, style: Style, options: Partial<AnalyzeReportOptions> = {}): string {
  const { top, width } = { ...DEFAULT_ANALYZE_REPORT_OPTIONS, ...options };
  const ids = a.ids;
  const byId = (x: number, y: number): number => (ids[x]! < ids[y]! ? -1 : 1);
  const out: string[] = [];
  const w = a.input.window;
  const window = w.at ? ` at ${w.at}` : w.from || w.to ? ` from ${w.from ?? '...'} to ${w.to ?? '...'}` : '';
  out.push(wrap(style.bold(`Signed network analysis`) + ' ' + style.dim(`${file}${window}`), width, '', '  '));
  const i = a.input;
  const projectArcs = i.projectArcs ?? 0;
  const made = i.nodes === 'actors' ? `${i.ties - projectArcs} ties between actors and ${projectArcs} shared or contested projects` : `${i.ties} ties`;
  out.push(
    wrap(
      `${a.nodes} ${i.nodes === 'actors' ? 'actors' : 'nodes'}, ${a.edges} signed pairs (${style.green(`${i.positive} positive`)}, ${style.red(`${i.negative} negative`)}) from ${made}` +
        (i.contextTies ? `; ${i.contextTies} tie${i.contextTies === 1 ? '' : 's'} to theaters or unshared projects kept as context (--nodes all counts them)` : '') +
        (i.outsideWindow ? `; ${i.outsideWindow} outside the window` : '') +
        (i.selfLoops ? `; ${i.selfLoops} self-ties ignored` : ''),
      width,
    ),
  );
  if (i.ambivalent.length) out.push(wrap(`ambivalent pairs (both signs; the net sign counts): ${i.ambivalent.length}: ${pairs(i.ambivalent, top)}`, width, '', '  '));
  if (i.netZero.length) out.push(wrap(`net-zero pairs (left out): ${i.netZero.length}: ${pairs(i.netZero, top)}`, width, '', '  '));
  if (a.components) {
    const c = a.components;
    out.push('', style.bold('Components'), table([['components', String(c.count)], ['largest', String(c.largest)], ['isolates', String(c.isolates)], ['density', num(c.density)]], ['l', 'r'], { width }));
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
      // Unweighted, the index counts pairs: a whole number, printed as one.
      const value = (x: number) => (f.weighted ? num(x) : String(x));
      const proof = f.exact ? `exact (${f.method === 'ilp' ? 'proved optimal by HiGHS' : 'lower bound met'})` : `bounds ${value(f.lower)} .. ${value(f.upper)}, not proved`;
      rows.push(['frustration index', value(f.index), `${proof}${f.weighted ? ', weighted' : ''}`]);
      const first = f.side.reduce((c, s) => c + (s > 0 ? 1 : 0), 0);
      rows.push(['two factions', `${first} / ${f.side.length - first}`, 'partition attaining it (members below)']);
    }
    out.push(table(rows, ['l', 'r', 'l'], { width }));
    const side = b.frustration?.side;
    if (side) {
      // Who is in each of the two factions: the partition attaining the frustration index.
      const first = side.reduce((c, x) => c + (x > 0 ? 1 : 0), 0);
      out.push(members('  faction 1: ', idsWhere(ids, (x) => side[x]! > 0), first, width));
      out.push(members('  faction 2: ', idsWhere(ids, (x) => side[x]! <= 0), side.length - first, width));
    }
    const frustrated = b.frustration?.frustrated;
    if (frustrated?.length) out.push(wrap(`frustrated pairs: ${pairs(namedPairs(ids, frustrated, top), top, frustrated.length / 2)}`, width, '  ', '    '));
    const triangles = b.triangles?.perNode;
    if (triangles) {
      // Ranked from the census columns: no record per node is built for ten rows.
      const unbalanced = (x: number): number => triangles[4 * x + 1]! + triangles[4 * x + 3]!;
      const ranked = topNodes(ids.length, top, (x, y) => unbalanced(y) - unbalanced(x) || byId(x, y), (x) => unbalanced(x) > 0).map((x) => {
        const [t0, t1, t2, t3] = triangles.subarray(4 * x, 4 * x + 4);
        return [ids[x]!, String(unbalanced(x)), String(t0! + t1! + t2! + t3!), num(unbalancedShare(t0!, t1!, t2!, t3!))];
      });
      if (ranked.length) {
        out.push('', style.bold('Nodes in most unbalanced triangles'));
        out.push(table([['node', 'unbalanced', 'triangles', 'share'], ...ranked], ['l', 'r', 'r', 'r'], { width }));
      }
    }
  }
  if (a.factions) {
    const f = a.factions;
    out.push('', wrap(style.bold(`Factions (weak balance): ${f.k}`) + `  error ${num(f.error)} (${num(f.positiveBetween)} positive between, ${num(f.negativeWithin)} negative within)`, width, '', '  '));
    // Every member named (wrapped); only the number of factions shown is limited by --top.
    const groups = factionGroups(ids, f);
    const digits = String(Math.min(top, groups.length)).length;
    for (const [k, g] of groups.slice(0, top).entries()) out.push(members(`  ${String(k + 1).padStart(digits)}. (${g.length}) `, g, g.length, width));
    if (groups.length > top) out.push(style.dim(`  ... ${groups.length - top} more factions (--top, or --json for all)`));
  }
  const pn = a.centrality?.pn;
  const degree = a.centrality?.degree;
  if (pn || degree) {
    // Rank by PN (ties by id); without PN, by total degree.
    const n = ids.length;
    const ranked = pn
      ? topKRounded(n, top, (x) => pn[x]!, tidy, byId)
      : topNodes(n, top, (x, y) => degree!.positive[y]! + degree!.negative[y]! - degree!.positive[x]! - degree!.negative[x]! || byId(x, y));
    out.push('', style.bold(wrap(pn ? 'Centrality (top by PN, Everett and Borgatti 2014)' : 'Signed degree (top by degree)', width, '', '  ')));
    const arcs = a.input.directed ? degree?.arcs : undefined;
    const header = ['node', ...(pn ? ['PN'] : []), ...(degree ? ['+', '-'] : []), ...(arcs ? ['out+', 'out-', 'in+', 'in-'] : [])];
    const rows = ranked.map((x) => [
      ids[x]!,
      ...(pn ? [num(tidy(pn[x]!))] : []),
      ...(degree ? [String(degree.positive[x]), String(degree.negative[x])] : []),
      ...(arcs ? [arcs.outPositive[x], arcs.outNegative[x], arcs.inPositive[x], arcs.inNegative[x]].map(String) : []),
    ]);
    out.push(table([header, ...rows], ['l', ...header.slice(1).map(() => 'r' as const)], { width }));
  }
  return out.join('\n') + '\n';
}
