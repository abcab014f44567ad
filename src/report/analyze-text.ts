/**
 * rivalgraph/report/analyze-text: the whole text of `analyze`, its sections in order.
 *
 * The focus pair or one actor's partners when asked, the signed metrics, the extra sections
 * (null model, directed contexts, eigenvector) and the periods: each rendered by its own module,
 * put together here so the command only writes the text.
 */
import type { SignedAnalysis } from '../analysis/analyze.js';
import type { PeriodFigures } from '../analysis/by-period.js';
import type { FocusReport, PartnersReport } from '../analysis/focus/index.js';
import { renderAnalysis } from './analyze.js';
import { renderExtras, renderPeriods } from './analyze-extras.js';
import { renderFocus } from './focus.js';
import { renderPartners } from './partners.js';
import type { Style } from './style.js';
import { fitLines } from './table.js';

/** What `analyze` computed for one file. */
export interface AnalyzeSections {
  readonly file: string;
  readonly result: SignedAnalysis;
  readonly focus?: FocusReport;
  readonly partners?: PartnersReport;
  readonly periods?: readonly PeriodFigures[];
}

/** The text `analyze` prints, `width` columns wide, listing `top` nodes per ranking. */
export function renderAnalyzeText(s: AnalyzeSections, style: Style, options: { readonly width: number; readonly top?: number }): string {
  const { width } = options;
  const parts: string[] = [];
  if (s.focus) parts.push(renderFocus(s.focus, style, { width }) + '\n');
  if (s.partners) parts.push(renderPartners(s.partners, style, { width }) + '\n');
  parts.push(renderAnalysis(s.result, s.file, style, { ...(options.top !== undefined ? { top: options.top } : {}), width }));
  // These sections are laid out for 80 columns; a narrower terminal cuts their lines.
  parts.push(fitLines(renderExtras(s.result, style, options.top), width));
  if (s.periods) parts.push('\n' + fitLines(renderPeriods(s.periods, style), width));
  return parts.join('');
}
