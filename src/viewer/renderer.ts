/**
 * rivalgraph/viewer/renderer: the sigma.js view of the payload.
 *
 * The sigma graph holds positions, sizes, labels and edge shapes only; colours
 * by polarity and kind, dimming and hiding are derived at draw time in the
 * node and edge reducers, never written into the graph. Parallel ties between
 * one pair are indexed with @sigma/edge-curve and drawn as separate curves;
 * directed ties get arrows.
 */
import Sigma from 'sigma';
import { MultiGraph } from 'graphology';
import { EdgeArrowProgram, EdgeLineProgram, EdgeRectangleProgram } from 'sigma/rendering';
import type { NodeDisplayData, PartialButFor } from 'sigma/types';
import type { Settings } from 'sigma/settings';
import EdgeCurveProgram, { DEFAULT_EDGE_CURVATURE, EdgeCurvedArrowProgram } from '@sigma/edge-curve';
import type { DataIndex } from './data.js';
import { hardenGraph } from '../model/safe-graph.js';
import { PALETTES, type Palette } from './theme.js';
import type { ViewState } from './state.js';
import type { PlacedLabel } from './labels.js';
import { FIRST_FRAME_TIES, LARGE_TIES } from './limits.js';

/** What the reducers read; updated by the app, then `sigma.refresh()`. */
export interface DrawContext {
  state: ViewState;
  visibleNodes: Set<string>;
  visibleTies: Set<string>;
  hovered: string | null;
  neighbours: Set<string>;
  /** Nodes with at least one tie shown (the others fade). */
  activeNodes: Set<string>;
  /** Nodes whose label is drawn, and on which side of the disc (labels.ts places them without collision). */
  labelled: Map<string, PlacedLabel>;
  palette: Palette;
}

/** Curvature of the i-th of several parallel edges (sigma's parallel-edges example). */
function curvature(index: number, maxIndex: number): number {
  if (index < 0) return -curvature(-index, maxIndex);
  const amplitude = 3.5;
  const max = amplitude * (1 - Math.exp(-maxIndex / amplitude)) * DEFAULT_EDGE_CURVATURE;
  return (max * index) / maxIndex;
}

/** Width in pixels of a tie of intensity (0, 10]; thinner on graphs of many ties (`thin` in (0, 1]). */
export function tieWidth(intensity: number, thin = 1): number {
  return (0.8 + intensity * 0.5) * thin;
}

/** Pairs with more parallel ties than this are drawn as two ribbons (one per polarity), not a fan. */
export const BUNDLE_THRESHOLD = 8;

/**
 * Curvature of the k-th of n ties of one polarity in a large bundle: cooperation bends to one
 * side of the pair, conflict to the other, each within a narrow band, so 50 ties read as a green
 * and a red ribbon whose thickness grows with the count. `flip` mirrors ties drawn the other way.
 */
export function bundleCurvature(polarity: string, k: number, n: number, flip: boolean): number {
  const band = Math.min(0.12, 0.006 * n);
  const c = 0.22 + (n > 1 ? (band * k) / (n - 1) : 0);
  const side = polarity === 'cooperation' ? 1 : -1;
  return side * (flip ? -1 : 1) * c;
}


/**
 * The sigma graph: nodes with position, size and label; edges with shape (arrow, curve).
 * One pass counts the ties of each unordered pair (and of each polarity in it), a second gives
 * each tie its rank: a few parallel ties fan out as curves (the curvature of sigma's
 * parallel-edges example, mirrored for ties drawn the other way), a large bundle becomes two
 * ribbons. O(n + m) with integer pair keys.
 */
export function buildSigmaGraph(index: DataIndex, only?: (i: number) => boolean): MultiGraph {
  const graph = hardenGraph(new MultiGraph({ type: 'mixed', allowSelfLoops: false }));
  const ties = index.payload.ties;
  const thin = Math.min(1, Math.max(0.2, Math.sqrt(100 / Math.max(ties.length, 1))));
  const large = ties.length > LARGE_TIES;
  const order = new Map<string, number>();
  for (const n of index.payload.nodes) {
    order.set(n.id, order.size);
    graph.addNode(n.id, { x: n.x, y: n.y, size: n.size, label: n.short ?? n.label, fullLabel: n.label });
  }
  const n = order.size;
  const m = ties.length;
  const lo = new Float64Array(m);
  const flip = new Uint8Array(m);
  // Pair keys as numbers (lower index * n + higher), ties per pair and per pair and polarity.
  const pairCount = new Map<number, number>();
  const polarityCount = new Map<number, number>();
  for (let i = 0; i < m; i++) {
    const t = ties[i]!;
    const a = order.get(t.source)!;
    const b = order.get(t.target)!;
    lo[i] = a < b ? a * n + b : b * n + a;
    flip[i] = a > b ? 1 : 0;
    pairCount.set(lo[i]!, (pairCount.get(lo[i]!) ?? 0) + 1);
    const pk = lo[i]! * 2 + (t.polarity === 'cooperation' ? 1 : 0);
    polarityCount.set(pk, (polarityCount.get(pk) ?? 0) + 1);
  }
  const pairSeen = new Map<number, number>();
  const polaritySeen = new Map<number, number>();
  for (let i = 0; i < m; i++) {
    if (only && !only(i)) continue;
    const t = ties[i]!;
    const count = pairCount.get(lo[i]!)!;
    const bundled = count > BUNDLE_THRESHOLD;
    // Ties in a ribbon are thinner: their overlap, not each width, shows the weight.
    const attrs: Record<string, unknown> = { size: large ? 1 : tieWidth(t.intensity, thin) * (bundled ? 0.6 : 1) };
    if (large) attrs.type = 'line';
    else if (bundled) {
      const pk = lo[i]! * 2 + (t.polarity === 'cooperation' ? 1 : 0);
      const k = polaritySeen.get(pk) ?? 0;
      polaritySeen.set(pk, k + 1);
      attrs.type = t.directed ? 'curvedArrow' : 'curved';
      attrs.curvature = bundleCurvature(t.polarity, k, polarityCount.get(pk)!, flip[i] === 1);
    } else if (count > 1) {
      const k = pairSeen.get(lo[i]!) ?? 0;
      pairSeen.set(lo[i]!, k + 1);
      // Fan: ranks -h..h around the straight line, as sigma's example spreads parallel edges.
      const c = curvature(2 * k - (count - 1), count - 1) / 2;
      attrs.type = t.directed ? 'curvedArrow' : 'curved';
      attrs.curvature = flip[i] === 1 ? -c : c;
    } else attrs.type = t.directed ? 'arrow' : 'line';
    if (t.directed) graph.addDirectedEdgeWithKey(t.id, t.source, t.target, attrs);
    else graph.addUndirectedEdgeWithKey(t.id, t.source, t.target, attrs);
  }
  return graph;
}

/** Hover box in the theme's colours (sigma's default is always white). */
function hoverDrawer(draw: DrawContext) {
  return (context: CanvasRenderingContext2D, data: PartialButFor<NodeDisplayData, 'x' | 'y' | 'size' | 'label' | 'color'>, settings: Settings): void => {
    const size = settings.labelSize;
    context.font = `${settings.labelWeight} ${size}px ${settings.labelFont}`;
    // The hovered node shows its whole label, not the shortened canvas one.
    const full = (data as { fullLabel?: unknown }).fullLabel;
    const label = data.label ? (typeof full === 'string' ? full : data.label) : '';
    const width = label ? context.measureText(label).width + 10 : 0;
    context.fillStyle = draw.palette.hoverBackground;
    context.shadowOffsetX = 0;
    context.shadowOffsetY = 1;
    context.shadowBlur = 6;
    context.shadowColor = 'rgba(0,0,0,0.35)';
    context.beginPath();
    context.arc(data.x, data.y, data.size + 3, 0, Math.PI * 2);
    if (label) context.rect(data.x, data.y - size / 2 - 5, data.size + 3 + width, size + 10);
    context.fill();
    context.shadowBlur = 0;
    context.shadowColor = 'transparent';
    context.fillStyle = draw.palette.label;
    if (label) context.fillText(label, data.x + data.size + 6, data.y + size / 3);
  };
}

/** Labels with a halo of the background colour, so ties passing under a label do not cross its letters. */
function haloLabel(draw: DrawContext) {
  return (context: CanvasRenderingContext2D, data: PartialButFor<NodeDisplayData, 'x' | 'y' | 'size' | 'label' | 'color'>, settings: Settings): void => {
    if (!data.label) return;
    const size = settings.labelSize;
    context.font = `${settings.labelWeight} ${size}px ${settings.labelFont}`;
    const side = draw.labelled.get((data as { key?: string }).key ?? '')?.side ?? 'right';
    const width = side === 'right' ? 0 : context.measureText(data.label).width;
    const x = side === 'right' ? data.x + data.size + 3 : side === 'left' ? data.x - data.size - 3 - width : data.x - width / 2;
    const y = side === 'above' ? data.y - data.size - size / 3 : side === 'below' ? data.y + data.size + size : data.y + size / 3;
    context.lineJoin = 'round';
    context.lineWidth = 4;
    context.strokeStyle = draw.palette.background;
    context.strokeText(data.label, x, y);
    context.fillStyle = draw.palette.label;
    context.fillText(data.label, x, y);
  };
}


/** Indexes of the `count` ties of highest intensity (file order breaks ties). O(m log m). */
function heaviest(index: DataIndex, count: number): Uint8Array {
  const ties = index.payload.ties;
  const order = ties.map((_t, i) => i).sort((a, b) => ties[b]!.intensity - ties[a]!.intensity || a - b);
  const keep = new Uint8Array(ties.length);
  for (let k = 0; k < Math.min(count, order.length); k++) keep[order[k]!] = 1;
  return keep;
}

/**
 * Create the sigma renderer with reducers reading `draw`. On graphs of more than LARGE_TIES ties the
 * first frame draws the FIRST_FRAME_TIES heaviest ties only, at once; `complete` then builds the
 * whole graph and hands it to sigma (one refresh), so the page shows something in a few seconds
 * instead of after every tie is processed. `complete` is a no-op on smaller graphs.
 */
export function createRenderer(container: HTMLElement, index: DataIndex, draw: DrawContext): { sigma: Sigma; graph: MultiGraph; complete: () => boolean } {
  const partial = index.payload.ties.length > LARGE_TIES;
  const first = partial ? heaviest(index, FIRST_FRAME_TIES) : null;
  const graph = buildSigmaGraph(index, first ? (i) => first[i] === 1 : undefined);
  performance.mark('rg:graph');
  const large = index.payload.ties.length > LARGE_TIES;
  const sigma = new Sigma(graph, container, {
    allowInvalidContainer: true,
    defaultEdgeType: 'line',
    edgeProgramClasses: { line: large ? EdgeLineProgram : EdgeRectangleProgram, arrow: EdgeArrowProgram, curved: EdgeCurveProgram, curvedArrow: EdgeCurvedArrowProgram },
    enableEdgeEvents: !large,
    hideEdgesOnMove: large,
    zIndex: !large, // sorting 100,000 ties by layer on every refresh costs more than it shows
    labelFont: 'system-ui, -apple-system, "Segoe UI", Roboto, sans-serif',
    labelSize: 14,
    labelWeight: '600',
    labelColor: { color: draw.palette.label },
    // Which labels show is decided by labels.ts (draw.labelled, forced below), not by sigma's grid.
    labelDensity: 0,
    labelRenderedSizeThreshold: 0,
    stagePadding: 10, // the home camera (camera.ts) leaves the margins
    defaultDrawNodeHover: hoverDrawer(draw),
    defaultDrawNodeLabel: haloLabel(draw),
    // sigma hands each reducer a fresh shallow copy of the attributes: writing into it saves an
    // object per node and per tie on every refresh (100,000 of them on large graphs).
    nodeReducer: (node, data) => {
      const p = draw.palette;
      if (!draw.visibleNodes.has(node)) {
        data.hidden = true;
        return data;
      }
      // A node whose ties are all filtered out (or not active at the date) fades.
      const idle = (index.tiesOf.get(node)?.length ?? 0) > 0 && !draw.activeNodes.has(node);
      const labelled = draw.labelled.has(node);
      data.color = idle ? p.dimNode : (p.kinds[index.nodes.get(node)?.kind ?? ''] ?? p.kinds.actor!);
      data.forceLabel = labelled;
      if (!labelled && node !== draw.hovered) data.label = '';
      const focusId = draw.hovered ?? (draw.state.selected?.kind === 'node' ? draw.state.selected.id : null);
      const focus = index.payload.focus;
      if (focusId !== null) {
        if (node === focusId) {
          data.highlighted = true;
          data.zIndex = 2;
        } else if (draw.neighbours.has(node)) data.zIndex = 1;
        else {
          data.color = p.dimNode;
          data.label = '';
          data.zIndex = 0;
        }
      } else if (focus && (node === focus[0] || node === focus[1])) data.zIndex = 1;
      return data;
    },
    edgeReducer: (edge, data) => {
      const t = index.ties.get(edge);
      if (!t || !draw.visibleTies.has(edge)) {
        data.hidden = true;
        return data;
      }
      const p = draw.palette;
      data.color = t.polarity === 'cooperation' ? p.cooperation : p.conflict;
      data.zIndex = 1;
      const sel = draw.state.selected;
      const focusId = draw.hovered ?? (sel?.kind === 'node' ? sel.id : null);
      if (sel?.kind === 'tie' && sel.id === edge) {
        data.size = (data.size ?? 1) * 1.8;
        data.zIndex = 2;
      } else if (focusId !== null && t.source !== focusId && t.target !== focusId) {
        data.color = p.dimEdge;
        data.zIndex = 0;
      }
      return data;
    },
  });
  sigma.setCustomBBox(squareBBox(index));
  let done = !partial;
  const complete = () => {
    if (done) return false;
    done = true;
    sigma.setGraph(buildSigmaGraph(index));
    return true;
  };
  return { sigma, graph, complete };
}

/**
 * A square box around the nodes. sigma 3.0 fits a graph whose box is wider than tall
 * badly into a stage taller than wide (the details panel makes one); a square box fits both.
 */
function squareBBox(index: DataIndex): { x: [number, number]; y: [number, number] } {
  let minX = Infinity;
  let maxX = -Infinity;
  let minY = Infinity;
  let maxY = -Infinity;
  for (const n of index.payload.nodes) {
    minX = Math.min(minX, n.x);
    maxX = Math.max(maxX, n.x);
    minY = Math.min(minY, n.y);
    maxY = Math.max(maxY, n.y);
  }
  if (!Number.isFinite(minX)) return { x: [0, 1], y: [0, 1] };
  const half = Math.max(maxX - minX, maxY - minY, 1) / 2;
  const cx = (minX + maxX) / 2;
  const cy = (minY + maxY) / 2;
  return { x: [cx - half, cx + half], y: [cy - half, cy + half] };
}

/** Apply a theme's palette to the canvas settings. */
export function applyPalette(sigma: Sigma, draw: DrawContext, theme: keyof typeof PALETTES): void {
  draw.palette = PALETTES[theme];
  sigma.setSetting('labelColor', { color: draw.palette.label });
}
