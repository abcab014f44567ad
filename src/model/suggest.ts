/**
 * rivalgraph/model/suggest: "did you mean" hints for misspelt keys, ids and words.
 */
import { distance } from 'fastest-levenshtein';

/** The closest candidate within a small edit distance, or undefined when nothing is close. */
export function closest(word: string, candidates: Iterable<string>): string | undefined {
  let best: string | undefined;
  let bestDistance = Infinity;
  const lower = word.toLowerCase();
  for (const c of candidates) {
    const other = c.toLowerCase();
    // Swapped letters (RSU for RUS) are one slip, not two edits.
    const d = lower.length === other.length && sortedLetters(lower) === sortedLetters(other) && lower !== other ? 1 : distance(lower, other);
    if (d < bestDistance) {
      best = c;
      bestDistance = d;
    }
  }
  const allowed = Math.max(1, Math.min(3, Math.floor(word.length / 3)));
  return bestDistance <= allowed ? best : undefined;
}

/** A hint string: `did you mean "x"?`, or the list of valid words when nothing is close. */
export function didYouMean(word: string, candidates: readonly string[], noun = 'one of'): string {
  const c = closest(word, candidates);
  if (c !== undefined) return `did you mean "${c}"?`;
  const shown = candidates.slice(0, 12).join(', ');
  return `${noun} ${shown}${candidates.length > 12 ? ', ...' : ''}`;
}

function sortedLetters(s: string): string {
  return [...s].sort().join('');
}
