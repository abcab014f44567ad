/**
 * rivalgraph/analysis/focus: the focus-pair analysis (ledger, mediated ties,
 * compartmentalisation, buffers, timeline, outlook). Re-exports only.
 */
export { analyzeFocus, focusEvents, lastDay, pairEvents, type FocusReport, type SharedProjectJson, type ProxyPathJson, type EpisodeJson } from './analyze.js';
export { DEFAULT_FOCUS_OPTIONS, AUTO_WINDOW, PERIODS, resolveFocusOptions, timeWindowOf, type FocusOptions, type ResolvedFocusOptions, type Period } from './options.js';
export { resolvePair, type FocusPair } from './pair.js';
export { ledger, directEvents, round, NO_THEATER, type Ledger, type Tally, type Balance } from './ledger.js';
export { mediated, sharedProjects, proxyPaths, mediatedEvents, type Mediated, type SharedProject, type ProxyPath } from './mediated.js';
export { compartmentalization, separation, COMPARTMENT_PURITY, type Compartment, type Compartmentalization } from './compartments.js';
export { buffers, rankBuffers, checkClaims, type Buffer, type BufferClaim, type Buffers } from './buffers.js';
export { timeline, weightIn, perFullPeriod, TIMELINE_COUNTS, type Timeline, type TimelineRow, type TimelineCount } from './timeline.js';
export { detectEpisodes, type Episode } from './episodes.js';
export { cellOutlook, type CellOutlook, type Verdict, type Driver } from './outlook.js';
export { outlook, verdictGrid, robustVerdict, verdictWords, VERDICT_GRID, VERDICTS, ROBUST_SHARE, PERIODS_PER_YEAR, type Outlook, type GridCell } from './grid.js';
export { fitTrend, lag1, type Trend } from './trend.js';
export { periodOf, periodsBetween, type PeriodSlot } from '../../model/periods.js';
export type { PairEvent, EventKind, SpanJson } from './events.js';
export { rankPartners, type Partner, type PartnersReport } from './partners.js';
