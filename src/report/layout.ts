/**
 * rivalgraph/report/layout: how wide text reports are, and how numbers print in them.
 *
 * One definition for every text report: the width (the terminal's columns on a
 * terminal, 80 otherwise) and one precision per kind of number, so a column of
 * intensities never mixes 9.6 with 22.65 and slopes print like the tables
 * beside them. The JSON keeps full values.
 */

/** Width of text reports when stdout is not a terminal. */
export const PIPE_WIDTH = 80;
/** Narrowest width a report is laid out for, however small the terminal. */
export const MIN_WIDTH = 40;

/** The report width for a stream: its columns when it is a terminal, else 80. */
export function reportWidth(stream: { isTTY?: boolean; columns?: number }): number {
  const columns = stream.isTTY === true && typeof stream.columns === 'number' && stream.columns > 0 ? stream.columns : PIPE_WIDTH;
  return Math.max(MIN_WIDTH, columns);
}

/** Decimals per kind of number. */
export const PRECISION = Object.freeze({
  /** Summed or single intensities, weights, net scores. */
  intensity: 1,
  /** Shares and indices in 0..1 (ambivalence, coverage, compartmentalisation), slopes and their intervals. */
  share: 2,
  /** Signed-network metrics (balance ratios, walk balance, PN, density, frustration). */
  metric: 3,
});

/** `x` with exactly `digits` decimals ("-0.0" printed as "0.0"); "-" for null or undefined. */
export function fixed(x: number | null | undefined, digits: number): string {
  if (x === null || x === undefined || Number.isNaN(x)) return '-';
  const s = x.toFixed(digits);
  return /^-0\.?0*$/.test(s) ? s.slice(1) : s;
}

/** An intensity, weight or net score. */
export const intensity = (x: number | null | undefined): string => fixed(x, PRECISION.intensity);
/** A share, index or slope. */
export const share = (x: number | null | undefined): string => fixed(x, PRECISION.share);
/** A signed-network metric. */
export const metric = (x: number | null | undefined): string => fixed(x, PRECISION.metric);
