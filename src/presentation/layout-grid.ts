/**
 * rivalgraph/presentation/layout-grid: a near-linear signed force layout for large graphs.
 *
 * Fruchterman & Reingold's spring embedder (1991, "Graph drawing by force-directed
 * placement", Software: Practice and Experience 21(11)) in its grid variant: repulsion k^2/d
 * acts only between nodes closer than 1.5k (FR use 2k), found through a uniform grid of cells
 * of that side, so one iteration costs O(n + m) instead of O(n^2) (or O(n log n) for the
 * Barnes-Hut of ForceAtlas2). The repulsion from afar that the grid drops is brought back
 * coarsely, particle-mesh style: a 16x16 grid over the drawing, each cell pushed by every other
 * cell's node count at its centroid. Cooperation pairs attract (d^2/k times their weight over the
 * mean weight); conflict pairs repel at any range (weight * k^2/d, the repulsive half of a signed
 * spring embedder, Kunegis et al. 2010); gravity g*d with g = pi balances the far field at the
 * radius where each node has k^2 of room. Steps are capped by a temperature that cools
 * linearly. Typed arrays only; deterministic for the start positions it is given.
 *
 * Complexity: O(iterations * (n + m + c + 16^4)) for n nodes, m cooperation and c conflict pairs,
 * when the density per cell stays bounded (the repulsion spreads the nodes so it does).
 */

/** Weighted pairs as columns of node indexes. */
export interface PairColumns {
  readonly a: Uint32Array;
  readonly b: Uint32Array;
  readonly w: Float64Array;
}

/** Options of the grid layout. */
export interface GridLayoutOptions {
  /** Iterations to run. */
  readonly iterations: number;
  /** Strength of the conflict push relative to the repulsion between neighbours. */
  readonly conflictRepulsion: number;
  /** Called with the fraction done (0..1) every tenth of the run. */
  readonly onProgress?: (fraction: number) => void;
}

/** Ideal distance between neighbours, in layout units (the scale is arbitrary; the caller normalises). */
const K = 10;
/** Range of the near-field repulsion, in units of K (Fruchterman and Reingold use 2). */
const REACH = 1.5;
/** Pull towards the centre per unit of distance (see gravity below). */
const GRAVITY = Math.PI;
/** The cell itself and its four neighbours after it (right, then the row below), so each pair of cells is visited once. */
const STENCIL_X = [0, 1, -1, 0, 1];
const STENCIL_Y = [0, 0, 1, 1, 1];
/** Side of the coarse grid whose cells repel each other from afar (a particle-mesh approximation). */
const COARSE = 16;

/** Mass and centroid per coarse cell, and the field at each cell. */
class Coarse {
  readonly mass: Float64Array;
  readonly sx: Float64Array;
  readonly sy: Float64Array;
  readonly fx: Float64Array;
  readonly fy: Float64Array;
  constructor(readonly side: number) {
    const c = side * side;
    this.mass = new Float64Array(c);
    this.sx = new Float64Array(c);
    this.sy = new Float64Array(c);
    this.fx = new Float64Array(c);
    this.fy = new Float64Array(c);
  }
}

/**
 * Long-range repulsion: nodes are binned into a side x side grid over the bounding box; each
 * cell's centre is pushed by every other cell's mass at its centroid (k^2 / d); every node gets
 * its cell's push. O(n + side^4) per call. The near field inside a cell is the fine grid's job.
 */
function farField(x: Float64Array, y: Float64Array, dx: Float64Array, dy: Float64Array, minX: number, minY: number, span: number, k2: number, g: Coarse): void {
  const side = g.side;
  const size = span / side;
  g.mass.fill(0);
  g.sx.fill(0);
  g.sy.fill(0);
  const n = x.length;
  const cellOf = (i: number) => Math.min(side - 1, Math.floor((y[i]! - minY) / size)) * side + Math.min(side - 1, Math.floor((x[i]! - minX) / size));
  for (let i = 0; i < n; i++) {
    const c = cellOf(i);
    g.mass[c] = g.mass[c]! + 1;
    g.sx[c] = g.sx[c]! + x[i]!;
    g.sy[c] = g.sy[c]! + y[i]!;
  }
  const cells = side * side;
  for (let c = 0; c < cells; c++) {
    g.fx[c] = 0;
    g.fy[c] = 0;
    if (g.mass[c] === 0) continue;
    const px = minX + ((c % side) + 0.5) * size;
    const py = minY + (Math.floor(c / side) + 0.5) * size;
    let fx = 0;
    let fy = 0;
    for (let o = 0; o < cells; o++) {
      const m = g.mass[o]!;
      if (o === c || m === 0) continue;
      const ddx = px - g.sx[o]! / m;
      const ddy = py - g.sy[o]! / m;
      const d2 = Math.max(ddx * ddx + ddy * ddy, size * size * 0.25);
      const f = (m * k2) / d2;
      fx += ddx * f;
      fy += ddy * f;
    }
    g.fx[c] = fx;
    g.fy[c] = fy;
  }
  for (let i = 0; i < n; i++) {
    const c = cellOf(i);
    dx[i] = dx[i]! + g.fx[c]!;
    dy[i] = dy[i]! + g.fy[c]!;
  }
}

/**
 * Move the nodes in place (x, y hold the start) so that cooperating nodes gather and rivals part.
 * `coop` and `conflict` are collapsed pairs with their summed, capped weights.
 */
export function gridLayout(x: Float64Array, y: Float64Array, coop: PairColumns, conflict: PairColumns, options: GridLayoutOptions): void {
  const n = x.length;
  if (n === 0) return;
  const dx = new Float64Array(n);
  const dy = new Float64Array(n);
  const cell = REACH * K;
  const reach2 = cell * cell;
  const k2 = K * K;
  let head = new Int32Array(0);
  const next = new Int32Array(n);
  // Weights relative to their mean: the balance of forces, hence the density per cell, does not depend on the intensity scale.
  const pullScale = 1 / Math.max(mean(coop.w), 1e-9);
  const pushScale = 1 / Math.max(mean(conflict.w), 1e-9);
  // Gravity g * d balances the far-field push of n nodes (about n k^2 / R) at the radius R = K sqrt(n / pi)
  // where each node has K^2 of room: g = pi.
  const gravity = GRAVITY;
  const coarse = new Coarse(COARSE);
  let temperature = Math.sqrt(n) * K * 0.1;
  const cooling = temperature / (options.iterations + 1);
  const report = Math.max(1, Math.floor(options.iterations / 10));
  for (let it = 0; it < options.iterations; it++) {
    dx.fill(0);
    dy.fill(0);
    // Bin the nodes: a linked list per cell (head/next), cells of side 2K over the bounding box.
    let minX = Infinity;
    let minY = Infinity;
    let maxX = -Infinity;
    let maxY = -Infinity;
    for (let i = 0; i < n; i++) {
      if (x[i]! < minX) minX = x[i]!;
      if (x[i]! > maxX) maxX = x[i]!;
      if (y[i]! < minY) minY = y[i]!;
      if (y[i]! > maxY) maxY = y[i]!;
    }
    const cols = Math.min(4096, Math.floor((maxX - minX) / cell) + 1);
    const rows = Math.min(4096, Math.floor((maxY - minY) / cell) + 1);
    if (head.length < cols * rows) head = new Int32Array(cols * rows);
    head.fill(-1, 0, cols * rows);
    for (let i = 0; i < n; i++) {
      const cx = Math.min(cols - 1, Math.floor((x[i]! - minX) / cell));
      const cy = Math.min(rows - 1, Math.floor((y[i]! - minY) / cell));
      const c = cy * cols + cx;
      next[i] = head[c]!;
      head[c] = i;
    }
    // Repulsion between nodes of the same or a neighbouring cell, each pair once: within a cell
    // the later nodes of its list, then the four cells right, below-left, below and below-right.
    for (let c = 0; c < cols * rows; c++) {
      const cx = c % cols;
      const cy = (c - cx) / cols;
      for (let i = head[c]!; i !== -1; i = next[i]!) {
        for (let s = 0; s < 5; s++) {
          const rx = cx + STENCIL_X[s]!;
          const ry = cy + STENCIL_Y[s]!;
          if (rx < 0 || rx >= cols || ry >= rows) continue;
          for (let j = s === 0 ? next[i]! : head[ry * cols + rx]!; j !== -1; j = next[j]!) {
            let ddx = x[i]! - x[j]!;
            let ddy = y[i]! - y[j]!;
            let d2 = ddx * ddx + ddy * ddy;
            if (d2 >= reach2) continue;
            if (d2 < 1e-9) {
              // Coincident: a fixed direction from the indexes keeps the run deterministic.
              ddx = Math.cos(i + j) * 1e-3;
              ddy = Math.sin(i + j) * 1e-3;
              d2 = 1e-6;
            }
            const f = k2 / d2; // (k^2 / d) along the unit vector (ddx, ddy) / d
            dx[i] = dx[i]! + ddx * f;
            dy[i] = dy[i]! + ddy * f;
            dx[j] = dx[j]! - ddx * f;
            dy[j] = dy[j]! - ddy * f;
          }
        }
      }
    }
    farField(x, y, dx, dy, minX, minY, Math.max(maxX - minX, maxY - minY, cell), k2, coarse);
    // Cooperation pulls: (w / mean w) * d^2 / k along the pair.
    for (let e = 0; e < coop.w.length; e++) {
      const i = coop.a[e]!;
      const j = coop.b[e]!;
      const ddx = x[i]! - x[j]!;
      const ddy = y[i]! - y[j]!;
      const f = (coop.w[e]! * pullScale * Math.sqrt(ddx * ddx + ddy * ddy)) / K;
      dx[i] = dx[i]! - ddx * f;
      dy[i] = dy[i]! - ddy * f;
      dx[j] = dx[j]! + ddx * f;
      dy[j] = dy[j]! + ddy * f;
    }
    // Conflict pushes at any range: c * w * k^2 / d.
    const push = options.conflictRepulsion * pushScale * k2;
    for (let e = 0; e < conflict.w.length; e++) {
      const i = conflict.a[e]!;
      const j = conflict.b[e]!;
      let ddx = x[i]! - x[j]!;
      let ddy = y[i]! - y[j]!;
      let d2 = ddx * ddx + ddy * ddy;
      if (d2 < 1e-9) {
        ddx = Math.cos(i + j) * 1e-3;
        ddy = Math.sin(i + j) * 1e-3;
        d2 = 1e-6;
      }
      const f = (push * conflict.w[e]!) / d2;
      dx[i] = dx[i]! + ddx * f;
      dy[i] = dy[i]! + ddy * f;
      dx[j] = dx[j]! - ddx * f;
      dy[j] = dy[j]! - ddy * f;
    }
    // Gravity, then steps capped by the temperature.
    for (let i = 0; i < n; i++) {
      const gx = dx[i]! - x[i]! * gravity;
      const gy = dy[i]! - y[i]! * gravity;
      const len = Math.sqrt(gx * gx + gy * gy);
      if (len < 1e-12) continue;
      const step = Math.min(len, temperature) / len;
      x[i] = x[i]! + gx * step;
      y[i] = y[i]! + gy * step;
    }
    temperature = Math.max(temperature - cooling, K * 0.05);
    if ((it + 1) % report === 0) options.onProgress?.((it + 1) / options.iterations);
  }
}

function mean(v: Float64Array): number {
  let s = 0;
  for (let i = 0; i < v.length; i++) s += v[i]!;
  return v.length ? s / v.length : 0;
}
