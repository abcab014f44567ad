/**
 * rivalgraph/viewer/ledger: the focus pair's direct ties among the visible ones, counted and summed.
 */
import type { ViewerTie } from '../presentation/payload.js';

/** Count and summed intensity of one polarity. */
export interface LedgerSide {
  count: number;
  intensity: number;
}

/** Cooperation and conflict between the focus pair. */
export interface FocusLedger {
  readonly cooperation: LedgerSide;
  readonly conflict: LedgerSide;
}

/** The ledger of the ties directly joining `a` and `b` that `visible` keeps. O(m). */
export function focusLedger(ties: readonly ViewerTie[], visible: (t: ViewerTie) => boolean, [a, b]: readonly [string, string]): FocusLedger {
  const ledger: FocusLedger = { cooperation: { count: 0, intensity: 0 }, conflict: { count: 0, intensity: 0 } };
  for (const t of ties) {
    const joins = (t.source === a && t.target === b) || (t.source === b && t.target === a);
    if (!joins || !visible(t)) continue;
    const side = ledger[t.polarity];
    side.count++;
    side.intensity += t.intensity;
  }
  return ledger;
}
