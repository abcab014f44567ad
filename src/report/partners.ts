/**
 * rivalgraph/report/partners: one actor's partners as a terminal table, ranked by net and trend.
 *
 * Pure: takes a `PartnersReport`, a `Style` and a width, returns text that fits it.
 */
import type { PartnersReport } from '../analysis/focus/index.js';
import type { Style } from './style.js';
import { table, wrap } from './table.js';
import { intensity, PIPE_WIDTH, share } from './layout.js';
import { MEASURES } from '../presentation/wording.js';

/** Render the partner ranking for a terminal of `width` columns. */
export function renderPartners(r: PartnersReport, style: Style, options: { readonly width?: number } = {}): string {
  const width = options.width ?? PIPE_WIDTH;
  const out: string[] = [];
  out.push(style.bold(wrap(`Partners of ${r.actor.label} (${r.actor.id}): ${r.partners.length} actors with a direct tie`, width)));
  out.push(style.dim(wrap(`# ranks by ${MEASURES.net.name} (${MEASURES.net.meaning}); trend is the net's slope per ${r.period} over ${r.window} ${r.period}s to ${r.asOf}, rank by trend in "t#"`, width)));
  if (!r.partners.length) {
    out.push('  no actor has a direct tie to it');
    return out.join('\n') + '\n';
  }
  const colour = (v: string) => (v === 'drawing-closer' ? style.green(v) : v === 'rivalry-growing' || v === 'compartmentalised-rivalry' ? style.red(v) : style.yellow(v));
  out.push(
    table(
      [
        ['#', 'partner', 'ties', 'coop', 'conflict', 'net', 'trend', '', 't#', 'outlook'],
        ...r.partners.map((p) => [
          String(p.netRank),
          p.id,
          String(p.ties),
          intensity(p.cooperation),
          intensity(p.conflict),
          intensity(p.net),
          p.trend ? `${p.trend.slope > 0 ? '+' : ''}${share(p.trend.slope)}` : '-',
          p.trend ? p.trend.direction : '',
          String(p.trendRank),
          colour(p.verdict),
        ]),
      ],
      ['r', 'l', 'r', 'r', 'r', 'r', 'r', 'l', 'r', 'l'],
      { width },
    ),
  );
  return out.join('\n') + '\n';
}
