/**
 * rivalgraph/presentation/layout: a deterministic signed layout, so rival camps separate on screen.
 *
 * Cooperation pulls, conflict pushes. Method: ties are collapsed to pairs;
 * ForceAtlas2 (Jacomy, Venturini, Heymann & Bastian 2014, "ForceAtlas2, a
 * Continuous Graph Layout Algorithm", PLoS ONE 9(6): e98679; graphology
 * implementation, Barnes-Hut on large graphs) runs on the cooperation pairs
 * weighted by summed intensity, in rounds; between rounds every conflict pair is
 * pushed apart with a force proportional to its summed intensity over distance,
 * the repulsive half of a signed spring embedder (Kunegis et al. 2010, "Spectral
 * analysis of signed graphs for clustering, prediction and visualization",
 * SDM). A tie naming a theater also pulls its ends weakly towards the theater's node.
 * Then noverlap (graphology) separates overlapping discs, and on graphs of up to
 * 300 nodes label-adjust.ts moves nodes until their labels fit the default view.
 * The start is a seeded pseudo-random placement, so the same graph and seed give
 * the same coordinates to the last digit.
 *
 * Graphs of more than `gridAbove` (2,000) nodes use layout-grid.ts instead of ForceAtlas2 and
 * noverlap: near-linear, 20,000 nodes in about a second where ForceAtlas2 took 20 s.
 *
 * Complexity: O(R * (n log n + m)) for R = iterations / roundLength rounds with
 * Barnes-Hut (O(R * (n^2 + m)) without, on graphs of 500 nodes or fewer), plus
 * noverlap's grid passes and O(300 * n^2) for the label adjustment (n <= 300).
 */
import { UndirectedGraph } from 'graphology';
import { hardenGraph } from '../model/safe-graph.js';
import forceAtlas2Module from 'graphology-layout-forceatlas2';
import noverlapModule from 'graphology-layout-noverlap';
import type { TieGraph } from '../model/graph.js';
import { adjustLabels, labelBox } from './label-adjust.js';
import { DEFAULT_SEED, seededRandom } from '../analysis/rng.js';
import { gridLayout, type PairColumns } from './layout-grid.js';
import { round } from '../model/round.js';
import { dict } from '../model/dict.js';

// Both packages are CommonJS (`module.exports = layout`); their typings declare an ES default.
const forceAtlas2 = forceAtlas2Module as unknown as typeof forceAtlas2Module.default;
const noverlap = noverlapModule as unknown as typeof noverlapModule.default;

/** Options of the signed layout. */
export interface SignedLayoutOptions {
  /** Seed of the initial placement. */
  readonly seed: number;
  /** ForceAtlas2 iterations in total; 0 = chosen from the graph size. */
  readonly iterations: number;
  /** ForceAtlas2 iterations between two conflict pushes. */
  readonly roundLength: number;
  /** Strength of the conflict push, relative to ForceAtlas2's repulsion. */
  readonly conflictRepulsion: number;
  /** Run noverlap after the force layout. */
  readonly noverlap: boolean;
  /** Then move nodes apart until their labels do not overlap in the default view (graphs of `labelAdjustMax` nodes or fewer). */
  readonly labelAdjust: boolean;
  /** Largest graph (in nodes) whose labels are adjusted: larger ones show few labels at once. */
  readonly labelAdjustMax: number;
  /** Width in pixels on which the layout is first shown, to size the label boxes. */
  readonly viewPixels: number;
  /** Graphs of more nodes than this use the near-linear grid layout (layout-grid.ts) instead of ForceAtlas2 + noverlap. */
  readonly gridAbove: number;
  /** Canvas labels in node order (distinctCanvasLabels), to size the label boxes; default: canvasLabel of each label. */
  readonly canvasLabels?: readonly string[];
  /** Coordinates are scaled to [-extent, extent] and rounded to 0.1. */
  readonly extent: number;
  /** Called with the fraction done (0..1) after each round. */
  readonly onProgress?: (fraction: number) => void;
}

export const DEFAULT_SIGNED_LAYOUT_OPTIONS: SignedLayoutOptions = Object.freeze({
  seed: DEFAULT_SEED,
  iterations: 0,
  roundLength: 10,
  conflictRepulsion: 2,
  noverlap: true,
  labelAdjust: true,
  labelAdjustMax: 300,
  viewPixels: 480,
  gridAbove: 2_000,
  extent: 1000,
});

/** Fill in defaults and pick an iteration count from the graph size. */
export function resolveSignedLayoutOptions(order: number, options: Partial<SignedLayoutOptions> = {}): SignedLayoutOptions {
  const o = { ...DEFAULT_SIGNED_LAYOUT_OPTIONS, ...options };
  const iterations = o.iterations > 0 ? o.iterations : order <= 500 ? 300 : order <= o.gridAbove ? 120 : 50;
  return { ...o, iterations, roundLength: Math.max(1, Math.floor(o.roundLength)) };
}

/** Node positions by node id, in the graph's node order. */
export type Positions = Record<string, { readonly x: number; readonly y: number }>;


/** Weight of the pull between a tie's ends and the theater it names, per unit of intensity. */
const THEATER_PULL = 0.2;

/** Summed intensity above which a pair's pull grows only as the square root. */
const PULL_KNEE = 10;

function softCap(w: number): number {
  return w <= PULL_KNEE ? w : PULL_KNEE * Math.sqrt(w / PULL_KNEE);
}

/** Collapse ties into cooperation pairs (weight = summed intensity, soft-capped) and conflict pairs (summed intensity), by node index. */
function collapse(graph: TieGraph, ids: readonly string[]): { coop: PairColumns; conflict: PairColumns } {
  const index = new Map(ids.map((id, i) => [id, i]));
  const n = ids.length;
  const coopWeight = new Map<number, number>();
  const conflictWeight = new Map<number, number>();
  const add = (into: Map<number, number>, i: number, j: number, w: number) => {
    const key = Math.min(i, j) * n + Math.max(i, j);
    into.set(key, (into.get(key) ?? 0) + w);
  };
  graph.forEachEdge((_key, t, source, target) => {
    const i = index.get(source)!;
    const j = index.get(target)!;
    // A theater node is drawn near the ties fought or agreed in it (a weak pull, no drawn edge).
    if (t.theater !== undefined && graph.hasNode(t.theater)) {
      const th = index.get(t.theater)!;
      for (const end of [i, j]) if (end !== th) add(coopWeight, end, th, THEATER_PULL * t.intensity);
    }
    add(t.polarity === 'cooperation' ? coopWeight : conflictWeight, i, j, t.intensity);
  });
  const columns = (weights: Map<number, number>, map: (w: number) => number): PairColumns => {
    const out = { a: new Uint32Array(weights.size), b: new Uint32Array(weights.size), w: new Float64Array(weights.size) };
    let k = 0;
    for (const [key, w] of weights) {
      out.a[k] = Math.floor(key / n);
      out.b[k] = key % n;
      out.w[k] = map(w);
      k++;
    }
    return out;
  };
  // Heavy pairs pull by the square root of their weight beyond PULL_KNEE: a pair of 50 ties, like
  // the focus pair, would otherwise collapse onto itself and drag its neighbours, rivals included, into one knot.
  return { coop: columns(coopWeight, softCap), conflict: columns(conflictWeight, (w) => w) };
}

/** The cooperation pairs as a graphology graph for ForceAtlas2, with display sizes for noverlap. */
function coopGraph(ids: readonly string[], coop: PairColumns, sizes: Readonly<Record<string, number>>): UndirectedGraph {
  const g = hardenGraph(new UndirectedGraph());
  for (const id of ids) g.addNode(id, { x: 0, y: 0, size: sizes[id] ?? 1 });
  for (let k = 0; k < coop.w.length; k++) g.addEdge(ids[coop.a[k]!]!, ids[coop.b[k]!]!, { weight: coop.w[k]! });
  return g;
}

/** Push every conflict pair apart: displacement c * w / d, capped at a fraction of the layout's spread. */
function pushConflicts(x: Float64Array, y: Float64Array, pairs: PairColumns, strength: number): void {
  let spread = 0;
  for (let i = 0; i < x.length; i++) spread = Math.max(spread, Math.abs(x[i]!), Math.abs(y[i]!));
  const cap = Math.max(spread, 1) * 0.1;
  for (let k = 0; k < pairs.w.length; k++) {
    const i = pairs.a[k]!;
    const j = pairs.b[k]!;
    let dx = x[i]! - x[j]!;
    let dy = y[i]! - y[j]!;
    let d = Math.hypot(dx, dy);
    if (d < 1e-9) {
      // Coincident: a fixed direction derived from the indexes keeps it deterministic.
      dx = Math.cos(i + j);
      dy = Math.sin(i + j);
      d = 1;
    }
    const move = Math.min((strength * pairs.w[k]!) / d, cap) / 2;
    x[i] = x[i]! + (dx / d) * move;
    y[i] = y[i]! + (dy / d) * move;
    x[j] = x[j]! - (dx / d) * move;
    y[j] = y[j]! - (dy / d) * move;
  }
}

/**
 * Lay out a tie graph so that cooperating nodes gather and rivals drift apart; deterministic for a seed.
 * `sizes` (display sizes, see `nodeSizes`) let noverlap keep discs apart.
 */
export function signedLayout(graph: TieGraph, sizes: Readonly<Record<string, number>> = {}, options: Partial<SignedLayoutOptions> = {}): Positions {
  const o = resolveSignedLayoutOptions(graph.order, options);
  const ids = graph.nodes();
  const n = ids.length;
  if (n === 0) return {};
  const { coop: coopPairs, conflict } = collapse(graph, ids);
  const random = seededRandom(o.seed);
  const radius = Math.sqrt(n) * 10;
  const x = new Float64Array(n);
  const y = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    x[i] = (random() * 2 - 1) * radius;
    y[i] = (random() * 2 - 1) * radius;
  }
  if (n > o.gridAbove) {
    // Large graphs: the near-linear grid variant, whose repulsion also keeps discs apart (no noverlap pass).
    gridLayout(x, y, coopPairs, conflict, { iterations: o.iterations, conflictRepulsion: o.conflictRepulsion, ...(o.onProgress ? { onProgress: o.onProgress } : {}) });
    normalize(x, y, o.extent);
    const out: Positions = {};
    for (let i = 0; i < n; i++) out[ids[i]!] = { x: round(x[i]!, 1), y: round(y[i]!, 1) };
    return out;
  }
  const coop = coopGraph(ids, coopPairs, sizes);
  // Barnes-Hut from 500 nodes (graphology infers it only above 2,000): exact repulsion is O(n^2) per iteration.
  const settings = { ...forceAtlas2.inferSettings(n), barnesHutOptimize: n > 500, scalingRatio: 10, gravity: 1, adjustSizes: false, edgeWeightInfluence: 1 };
  const rounds = Math.ceil(o.iterations / o.roundLength);
  for (let r = 0; r < rounds; r++) {
    for (let i = 0; i < n; i++) coop.mergeNodeAttributes(ids[i]!, { x: x[i]!, y: y[i]! });
    const iterations = Math.min(o.roundLength, o.iterations - r * o.roundLength);
    const positions = forceAtlas2(coop, { iterations, settings, getEdgeWeight: 'weight' });
    for (let i = 0; i < n; i++) {
      const p = positions[ids[i]!]!;
      x[i] = p.x;
      y[i] = p.y;
    }
    pushConflicts(x, y, conflict, o.conflictRepulsion * settings.scalingRatio * 10);
    o.onProgress?.((r + 1) / (rounds + (o.noverlap || o.labelAdjust ? 1 : 0)));
  }
  normalize(x, y, o.extent);
  if (o.noverlap) {
    for (let i = 0; i < n; i++) coop.mergeNodeAttributes(ids[i]!, { x: x[i]!, y: y[i]! });
    // Sizes are screen pixels; a 1,000-pixel-wide view shows the whole extent. On crowded
    // graphs discs are shrunk until they cover at most a fifth of the square, else noverlap
    // cannot succeed and its grid cells fill up (quadratic in the nodes per cell).
    let discArea = 0;
    coop.forEachNode((_id, a) => (discArea += Math.PI * (a.size as number) ** 2));
    const side = 2 * o.extent;
    const scale = Math.min(side / 1000, Math.sqrt((0.2 * side * side) / Math.max(discArea, 1e-9)));
    const positions = noverlap(coop, {
      maxIterations: n > 5_000 ? 20 : n > 500 ? 50 : 100,
      inputReducer: (_key, a) => ({ x: a.x, y: a.y, size: (a.size ?? 1) * scale }),
      outputReducer: (_key, a) => ({ x: a.x, y: a.y }),
      settings: { margin: 2 * scale, ratio: 1.2 },
    });
    for (let i = 0; i < n; i++) {
      const p = positions[ids[i]!]!;
      x[i] = p.x;
      y[i] = p.y;
    }
    normalize(x, y, o.extent);
  }
  if (o.labelAdjust && n <= o.labelAdjustMax) {
    const boxes = ids.map((id, i) => labelBox(sizes[id] ?? 1, graph.getNodeAttribute(id, 'label') as string | undefined, o.canvasLabels?.[i]));
    adjustLabels(x, y, boxes, o.viewPixels);
    normalize(x, y, o.extent);
  }
  if (o.noverlap || o.labelAdjust) o.onProgress?.(1);
  const out: Positions = dict();
  for (let i = 0; i < n; i++) out[ids[i]!] = { x: round(x[i]!, 1), y: round(y[i]!, 1) }; // no -0 in the JSON
  return out;
}

/** Centre on the bounding box and scale so the larger side spans [-extent, extent]. */
function normalize(x: Float64Array, y: Float64Array, extent: number): void {
  let minX = Infinity;
  let maxX = -Infinity;
  let minY = Infinity;
  let maxY = -Infinity;
  for (let i = 0; i < x.length; i++) {
    minX = Math.min(minX, x[i]!);
    maxX = Math.max(maxX, x[i]!);
    minY = Math.min(minY, y[i]!);
    maxY = Math.max(maxY, y[i]!);
  }
  const cx = (minX + maxX) / 2;
  const cy = (minY + maxY) / 2;
  const half = Math.max(maxX - minX, maxY - minY) / 2 || 1;
  for (let i = 0; i < x.length; i++) {
    x[i] = ((x[i]! - cx) / half) * extent;
    y[i] = ((y[i]! - cy) / half) * extent;
  }
}


/**
 * Display sizes from weighted degree centrality (summed tie intensity), so the powers that
 * hold the most ties stand out: 4 px to 18 px by square root. O(n + m).
 */
export function nodeSizes(graph: TieGraph, min = 4, max = 18): Record<string, number> {
  const strength = dict<number>();
  graph.forEachNode((id) => (strength[id] = 0));
  graph.forEachEdge((_k, t, s, d) => {
    strength[s] = strength[s]! + t.intensity;
    strength[d] = strength[d]! + t.intensity;
  });
  let top = 1e-9;
  for (const s of Object.values(strength)) top = Math.max(top, s);
  const out = dict<number>();
  for (const [id, s] of Object.entries(strength)) out[id] = round(min + (max - min) * Math.sqrt(s / top), 1);
  return out;
}
