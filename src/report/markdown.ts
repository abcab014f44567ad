/**
 * rivalgraph/report/markdown: the focus analysis as Markdown, ready for a paper or an article.
 *
 * The same sections as the terminal report, as GitHub-flavoured Markdown
 * tables; the timeline as a table plus an SVG chart referenced by `chart`
 * (a side file or a data: URI chosen by the caller). Pure.
 */
import type { FocusReport } from '../analysis/focus/index.js';
import { PERIODS_PER_YEAR, verdictWords } from '../analysis/focus/grid.js';
import { intensity, share } from './layout.js';
import { MEASURES } from '../presentation/wording.js';

/** What the Markdown needs besides the analysis. */
export interface MarkdownOptions {
  readonly title: string;
  readonly file: string;
  /** Image reference for the timeline chart (file name or data: URI); none when absent. */
  readonly chart?: string;
}

/** Escape a table cell: pipes and line breaks would break the row, and raw HTML must not pass through. */
export function cell(s: string): string {
  return s.replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/[\r\n]+/g, ' ');
}

/** Escape running text: Markdown punctuation that would change its meaning. */
export function text(s: string): string {
  return s.replace(/([\\`*_[\]<>#|])/g, '\\$1');
}

function mdTable(head: readonly string[], rows: readonly (readonly string[])[], align: readonly ('l' | 'r')[] = []): string {
  const line = (r: readonly string[]) => `| ${r.map(cell).join(' | ')} |`;
  return [line(head), `| ${head.map((_, i) => (align[i] === 'r' ? '---:' : '---')).join(' | ')} |`, ...rows.map(line)].join('\n');
}

/** Render the focus report as Markdown. */
export function renderFocusMarkdown(r: FocusReport, o: MarkdownOptions): string {
  const out: string[] = [];
  const { a, b, labels } = r.pair;
  out.push(`# ${text(labels[0])} and ${text(labels[1])}: cooperation and rivalry`, '');
  out.push(`Graph: ${text(o.title)} (\`${o.file.replace(/`/g, "'")}\`). Focus pair: ${text(labels[0])} (${text(a)}) and ${text(labels[1])} (${text(b)}). ${r.events.direct} direct and ${r.events.mediated} mediated events; open ends stop at ${r.timeline.asOf}.`, '');
  out.push(`**Outlook:** ${text(r.outlook.text)}`, '');
  out.push(`**Compartmentalisation:** ${share(r.compartmentalization.index)} (${r.compartmentalization.level}): ${text(r.compartmentalization.text)}`, '');
  if (r.compartmentalization.caveat) out.push(`*Caveat:* ${text(r.compartmentalization.caveat)}.`, '');

  out.push('## Ledger of direct ties', '');
  const L = r.ledger;
  out.push(mdTable(['', 'ties', 'intensity'], [['cooperation', String(L.cooperation.count), intensity(L.cooperation.intensity)], ['conflict', String(L.conflict.count), intensity(L.conflict.intensity)]], ['l', 'r', 'r']), '');
  out.push(`${MEASURES.net.name} ${intensity(L.net)} (${MEASURES.net.meaning}); ${MEASURES.ambivalence.name} ${share(L.ambivalence)} (${MEASURES.ambivalence.meaning}).`, '');
  const domains = Object.entries(L.byDomain);
  if (domains.length) out.push(mdTable(['domain', 'cooperation', 'conflict'], domains.map(([d, x]) => [d, intensity(x.cooperation.intensity), intensity(x.conflict.intensity)]), ['l', 'r', 'r']), '');

  out.push('## Mediated ties', '');
  if (!r.mediated.sharedProjects.length && !r.mediated.proxies.length) out.push('None found.', '');
  else {
    out.push(
      mdTable(
        ['kind', 'path', 'from', 'to', 'intensity'],
        [
          ...r.mediated.sharedProjects.map((s) => ['shared project', s.path, s.span.from ?? 'undated', s.span.to ?? '', intensity(s.intensity)]),
          ...r.mediated.proxies.map((p) => [p.kind, p.path, p.span.from ?? 'undated', p.span.to ?? '', intensity(p.intensity)]),
        ],
        ['l', 'l', 'l', 'l', 'r'],
      ),
      '',
    );
  }

  out.push('## Compartments', '');
  const C = r.compartmentalization;
  out.push(`Index ${share(C.index)} over domain x theater cells (by domain ${share(C.byDomain)}, by theater ${share(C.byTheater)}); ${MEASURES.compartmentalisation.meaning}.`, '');
  if (C.compartments.length) out.push(mdTable(['domain', 'theater', 'cooperation', 'conflict', 'character'], C.compartments.map((c) => [c.domain, c.theater, intensity(c.cooperation), intensity(c.conflict), c.character]), ['l', 'l', 'r', 'r', 'l']), '');

  out.push('## Buffers', '');
  out.push(`Cooperation that stayed active through the ${r.buffers.escalations} escalation episodes.`, '');
  if (r.buffers.ranked.length) out.push(mdTable(['#', 'buffer', 'weight', 'coverage', 'days', 'episodes through'], r.buffers.ranked.map((x) => [String(x.rank), x.text, intensity(x.weight), share(x.coverage), String(x.durationDays), String(x.through.length)]), ['r', 'l', 'r', 'r', 'r', 'r']), '');
  else out.push('None.', '');
  if (r.buffers.claims.length) out.push(mdTable(['claimed buffer', 'found', 'why'], r.buffers.claims.map((c) => [c.claim, c.found ? 'yes' : 'no', c.reason]), ['l', 'l', 'l']), '');

  out.push(`## Timeline by ${r.timeline.period}`, '');
  if (o.chart) out.push(`![Cooperation and conflict by ${r.timeline.period}](${o.chart})`, '');
  if (r.timeline.rows.length) {
    out.push(mdTable(['period', 'cooperation', 'conflict', 'net', 'compartmentalisation'], r.timeline.rows.map((x) => [x.period, intensity(x.cooperation), intensity(x.conflict), intensity(x.net), share(x.compartmentalization)]), ['l', 'r', 'r', 'r', 'r']), '');
  } else out.push('No dated events between the pair.', '');
  if (r.timeline.episodes.length) out.push(mdTable(['episode', 'from', 'to', 'intensity', 'ties'], r.timeline.episodes.map((e) => [e.kind, e.from, e.to, intensity(e.intensity), e.name]), ['l', 'l', 'l', 'r', 'l']), '');

  const O = r.outlook;
  out.push('## Outlook', '');
  out.push(`**${text(O.text)}** (the verdict of each window choice, docs/focus.md "Verdict"):`, '');
  {
    const periods = [...new Set(O.grid.map((c) => c.period))];
    const spans = [...new Set(O.grid.map((c) => c.window / PERIODS_PER_YEAR[c.period]))];
    const cell = (p: string, y: number) => O.grid.find((c) => c.period === p && c.window / PERIODS_PER_YEAR[c.period] === y)?.verdict ?? 'cannot-tell';
    out.push(mdTable(['', ...spans.map((y) => `last ${y} years`)], periods.map((p) => [`by ${p}`, ...spans.map((y) => verdictWords(cell(p, y)))]), ['l', ...spans.map(() => 'l' as const)]), '');
  }
  for (const w of r.warnings ?? []) out.push(`> Warning: ${text(w)}`, '');
  out.push(`Over ${O.window.periods} ${r.timeline.period}s (${O.window.from ?? '-'} to ${O.window.to ?? '-'}), least-squares slopes with ${Math.round(O.confidence * 100)}% intervals.`, '');
  if (O.net && O.conflict && O.cooperation) {
    out.push(mdTable(['series', 'slope per period', 'interval', 'trend'], (['net', 'conflict', 'cooperation'] as const).map((k) => [k, share(O[k]!.slope), `${share(O[k]!.low)} to ${share(O[k]!.high)}`, O[k]!.direction]), ['l', 'r', 'l', 'l']), '');
  }
  out.push(`At this window: ${text(O.chosen.text)}`, '');
  if (O.drivers.length) out.push('Driven by:', '', ...O.drivers.map((d) => `- ${d.polarity}: ${text(d.text)} (${d.start ?? 'undated'})`), '');
  out.push('Figures computed by rivalgraph from the graph; definitions in docs/focus.md.', '');
  return out.join('\n');
}
