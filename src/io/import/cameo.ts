/**
 * rivalgraph/io/import/cameo: what a CAMEO event code means for a signed graph.
 *
 * Root codes, quad classes under the three conventions in use (GDELT, ICEWS, Phoenix;
 * see docs/import.md and the shared event-data reference, section 3.2), polarity,
 * domain and relation verb per root, and Goldstein scores per code. All lookups are O(1).
 */
import type { Domain, Polarity } from '../../model/vocabulary.js';
import { GOLDSTEIN_ROWS } from './goldstein-table.js';

/** Conventions that map a CAMEO root to a quad class. */
export const QUAD_SCHEMES = ['gdelt', 'icews', 'phoenix'] as const;
export type QuadScheme = (typeof QUAD_SCHEMES)[number];

/** 0 = neutral (Phoenix only), 1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict. */
export type Quad = 0 | 1 | 2 | 3 | 4;

/** Quad class of roots 01..20 (index 0 = root 01) under each convention. */
const QUADS: Record<QuadScheme, readonly Quad[]> = Object.freeze({
  //        01 02 03 04 05 06 07 08 09 10 11 12 13 14 15 16 17 18 19 20
  gdelt: [1, 1, 1, 1, 1, 2, 2, 2, 2, 3, 3, 3, 3, 3, 4, 4, 4, 4, 4, 4],
  icews: [1, 1, 1, 1, 1, 2, 2, 2, 3, 3, 3, 3, 3, 4, 4, 4, 4, 4, 4, 4],
  phoenix: [0, 0, 1, 1, 1, 2, 2, 2, 3, 3, 3, 3, 3, 4, 4, 3, 4, 4, 4, 4],
});

/** The 20 CAMEO roots, `01`..`20`. */
export const ROOTS: readonly string[] = Array.from({ length: 20 }, (_, i) => String(i + 1).padStart(2, '0'));

/** Relation verb per root, kebab-case as the format wants. */
const RELATIONS: readonly string[] = [
  'makes-statement', 'appeals-to', 'expresses-intent', 'consults', 'cooperates-diplomatically',
  'cooperates-materially', 'aids', 'yields', 'investigates', 'demands',
  'disapproves', 'rejects', 'threatens', 'protests', 'exhibits-force',
  'reduces-relations', 'coerces', 'assaults', 'fights', 'uses-mass-violence',
];

/** Root number 1..20 of a two-digit root string, or 0 when it is not a root. */
export function rootNumber(root: string): number {
  if (root.length !== 2) return 0;
  const n = (root.charCodeAt(0) - 48) * 10 + (root.charCodeAt(1) - 48);
  return n >= 1 && n <= 20 ? n : 0;
}

/** Quad class of a root under a scheme. */
export function quadOf(root: string, scheme: QuadScheme): Quad {
  const n = rootNumber(root);
  if (!n) throw new RangeError(`not a CAMEO root: ${root}`);
  return QUADS[scheme][n - 1]!;
}

/** Cooperation for quads 1-2, conflict for 3-4; undefined for Phoenix's neutral quad 0. */
export function polarityOfQuad(quad: Quad): Polarity | undefined {
  return quad === 0 ? undefined : quad <= 2 ? 'cooperation' : 'conflict';
}

/**
 * Domain of a root. Sound only where the root itself names the means: 15 force posture,
 * 18 assault, 19 fight, 20 mass violence are military; 17 coerce (arrests, seizures,
 * repression, cyber attacks) is security; the rest (statements, talks, aid, demands,
 * sanctions under 16) is diplomatic, because CAMEO has no topical field.
 */
export function domainOfRoot(root: string): Domain {
  const n = rootNumber(root);
  if (n === 15 || n >= 18) return 'military';
  if (n === 17) return 'security';
  return 'diplomatic';
}

/** The relation verb of a root, e.g. `19` -> `fights`. */
export function relationOfRoot(root: string): string {
  return RELATIONS[rootNumber(root) - 1] ?? 'interacts';
}

/** Goldstein tables shipped with rivalgraph, by dataset. */
export type GoldsteinTable = 'gdelt' | 'icews' | 'phoenix';

const SCORES = new Map(GOLDSTEIN_ROWS.map(([code, gdelt, icews, phoenix]) => [code, { gdelt, icews, phoenix }]));

/** Goldstein score of a code in a table (Phoenix falls back to GDELT where it has none); undefined for unknown codes. */
export function goldsteinOf(code: string, table: GoldsteinTable = 'gdelt'): number | undefined {
  const s = SCORES.get(code);
  if (!s) return undefined;
  return table === 'phoenix' ? (s.phoenix ?? s.gdelt) : s[table];
}

/** Whether a code is in the shipped CAMEO table. */
export function isKnownCode(code: string): boolean {
  return SCORES.has(code);
}

/**
 * Restore a leading zero lost by a tool that read the code as a number (`10` for `010`).
 * With the file's root column, the code must start with that root; without it, a code
 * whose first two digits are no root (`42`, `311`) gets its zero back. Returns undefined
 * when the text is not a CAMEO code at all.
 */
export function normalizeCode(code: string, rootField?: string): { code: string; root: string } | undefined {
  if (!/^\d{1,4}$/.test(code)) return undefined;
  if (rootField !== undefined && rootField !== '') {
    if (!/^\d{1,2}$/.test(rootField)) return undefined;
    const root = rootField.padStart(2, '0');
    if (!rootNumber(root)) return undefined;
    if (code.startsWith(root)) return { code, root };
    if (('0' + code).startsWith(root)) return { code: '0' + code, root };
    return undefined;
  }
  let c = code.length === 1 ? '0' + code : code;
  if (!rootNumber(c.slice(0, 2)) && c.length < 4) c = '0' + c;
  const root = c.slice(0, 2);
  return rootNumber(root) ? { code: c, root } : undefined;
}
