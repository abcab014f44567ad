/**
 * rivalgraph/viewer/limits: where the viewer switches to its large-graph drawing (docs/viewer.md,
 * "Large graphs"). Kept apart from renderer.ts so tests and Node code can read them without sigma.
 */

/** Ties above which the canvas uses the cheapest programs: straight 1-pixel lines, no arrow heads, no curves. */
export const LARGE_TIES = 20_000;

/** Ties drawn in the first frame of a large graph: the heaviest; the others follow in one step. */
export const FIRST_FRAME_TIES = 20_000;
