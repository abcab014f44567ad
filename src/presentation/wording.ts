/**
 * rivalgraph/presentation/wording: one name and one meaning per measure, for every reader.
 *
 * The terminal report, the Markdown report and the HTML viewer all print a
 * measure's name and what its value means from here, so "ambivalence" says
 * the same thing in each (docs/focus.md has the full definitions). Pure data.
 */

/** A measure as readers see it: its name and what its value means. */
export interface MeasureWording {
  readonly name: string;
  readonly meaning: string;
}

/** The focus measures. */
export const MEASURES = Object.freeze({
  net: { name: 'net', meaning: 'cooperation minus conflict, in summed intensity' },
  ambivalence: { name: 'ambivalence', meaning: 'min/max of the cooperation and conflict sums: 0 = one-sided, 1 = evenly mixed' },
  compartmentalisation: {
    name: 'compartmentalisation',
    meaning: '0 = cooperation and conflict share every domain x theater cell, 1 = they never share one',
  },
  coverage: { name: 'coverage', meaning: 'share of all escalation days the buffer was active on (0..1)' },
  trend: { name: 'trend', meaning: 'least-squares slope per period, with its interval; rising or falling only when the interval excludes 0' },
} satisfies Record<string, MeasureWording>);

/** "name (meaning)", for a tooltip or a footnote. */
export function explain(m: MeasureWording): string {
  return `${m.name}: ${m.meaning}`;
}
