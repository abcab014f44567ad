/**
 * rivalgraph/report/svg-chart: the focus timeline as a small standalone SVG line chart.
 *
 * Cooperation (green) and conflict (red) per period, escalation episodes as
 * shaded bands. Plain SVG 1.1 with no script, no fonts to fetch and every
 * string escaped, so it renders offline in a browser, a Markdown viewer or a
 * word processor. Deterministic: same rows, same bytes.
 */
import type { TimelineRow, EpisodeJson } from '../analysis/focus/index.js';

/** Chart size and colours. */
export interface ChartOptions {
  readonly width: number;
  readonly height: number;
  readonly title: string;
}

export const DEFAULT_CHART_OPTIONS: ChartOptions = Object.freeze({ width: 720, height: 280, title: 'Cooperation and conflict' });

const COLOURS = { cooperation: '#1a7f37', conflict: '#cf222e', grid: '#d0d7de', text: '#24292f', band: '#cf222e' };

/** Escape text for XML content and attributes. */
export function escapeXml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[c]!);
}

const f = (x: number) => String(Math.round(x * 10) / 10);

/** Draw the timeline rows (and escalation bands) as an SVG document. */
export function timelineSvg(rows: readonly TimelineRow[], episodes: readonly EpisodeJson[], options: Partial<ChartOptions> = {}): string {
  const o = { ...DEFAULT_CHART_OPTIONS, ...options };
  const left = 48;
  const right = 16;
  const top = 36;
  const bottom = 44;
  const w = o.width - left - right;
  const h = o.height - top - bottom;
  const n = Math.max(1, rows.length);
  const max = Math.max(1, ...rows.flatMap((r) => [r.cooperation, r.conflict]));
  const x = (i: number) => left + (n === 1 ? w / 2 : (i * w) / (n - 1));
  const y = (v: number) => top + h - (v / max) * h;
  const parts: string[] = [];
  parts.push(`<svg xmlns="http://www.w3.org/2000/svg" width="${o.width}" height="${o.height}" viewBox="0 0 ${o.width} ${o.height}" font-family="sans-serif" font-size="11">`);
  parts.push(`<title>${escapeXml(o.title)}</title>`);
  parts.push(`<rect width="${o.width}" height="${o.height}" fill="#ffffff"/>`);
  parts.push(`<text x="${left}" y="20" font-size="13" fill="${COLOURS.text}">${escapeXml(o.title)}</text>`);
  // Escalation bands, placed by the periods they touch.
  for (const e of episodes.filter((ep) => ep.kind === 'escalation')) {
    const i0 = rows.findIndex((r) => r.to >= e.from);
    let i1 = -1;
    rows.forEach((r, i) => (r.from <= e.to ? (i1 = i) : undefined));
    if (i0 < 0 || i1 < i0) continue;
    const x0 = Math.max(left, x(i0) - w / n / 2);
    const x1 = Math.min(left + w, x(i1) + w / n / 2);
    parts.push(`<rect x="${f(x0)}" y="${top}" width="${f(Math.max(2, x1 - x0))}" height="${h}" fill="${COLOURS.band}" fill-opacity="0.08"><title>${escapeXml(`escalation ${e.from}..${e.to}: ${e.name}`)}</title></rect>`);
  }
  for (let k = 0; k <= 4; k++) {
    const v = (max * k) / 4;
    parts.push(`<line x1="${left}" x2="${left + w}" y1="${f(y(v))}" y2="${f(y(v))}" stroke="${COLOURS.grid}" stroke-width="1"/>`);
    parts.push(`<text x="${left - 6}" y="${f(y(v) + 4)}" text-anchor="end" fill="${COLOURS.text}">${f(v)}</text>`);
  }
  const step = Math.max(1, Math.ceil(n / 12));
  rows.forEach((r, i) => {
    if (i % step === 0 || (i === n - 1 && (n - 1) % step >= Math.ceil(step / 2))) parts.push(`<text x="${f(x(i))}" y="${top + h + 16}" text-anchor="middle" fill="${COLOURS.text}">${escapeXml(r.period)}</text>`);
  });
  for (const key of ['cooperation', 'conflict'] as const) {
    const pts = rows.map((r, i) => `${f(x(i))},${f(y(r[key]))}`).join(' ');
    if (rows.length) parts.push(`<polyline points="${pts}" fill="none" stroke="${COLOURS[key]}" stroke-width="2"/>`);
    rows.forEach((r, i) => parts.push(`<circle cx="${f(x(i))}" cy="${f(y(r[key]))}" r="2.5" fill="${COLOURS[key]}"><title>${escapeXml(`${r.period} ${key}: ${r[key]}`)}</title></circle>`));
  }
  const ly = o.height - 10;
  parts.push(`<rect x="${left}" y="${ly - 8}" width="10" height="3" fill="${COLOURS.cooperation}"/><text x="${left + 14}" y="${ly}" fill="${COLOURS.text}">cooperation</text>`);
  parts.push(`<rect x="${left + 100}" y="${ly - 8}" width="10" height="3" fill="${COLOURS.conflict}"/><text x="${left + 114}" y="${ly}" fill="${COLOURS.text}">conflict</text>`);
  parts.push(`<rect x="${left + 180}" y="${ly - 10}" width="10" height="8" fill="${COLOURS.band}" fill-opacity="0.15"/><text x="${left + 194}" y="${ly}" fill="${COLOURS.text}">escalation episode</text>`);
  parts.push('</svg>');
  return parts.join('\n') + '\n';
}
