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
import { EdgeArrowProgram, EdgeRectangleProgram } from 'sigma/rendering';
import type { NodeDisplayData, PartialButFor } from 'sigma/types';
import type { Settings } from 'sigma/settings';
import EdgeCurveProgram, { DEFAULT_EDGE_CURVATURE, EdgeCurvedArrowProgram, indexParallelEdgesIndex } from '@sigma/edge-curve';
import type { DataIndex } from './data.js';
import { canvasLabel } from '../analysis/label-adjust.js';
import { hardenGraph } from '../model/safe-graph.js';
import { PALETTES, type Palette } from './theme.js';
import type { ViewState } from './state.js';

/** What the reducers read; updated by the app, then `sigma.refresh()`. */
export interface DrawContext {
  state: ViewState;
  visibleNodes: Set<string>;
  visibleTies: Set<string>;
  hovered: string | null;
  neighbours: Set<string>;
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

/** The sigma graph: nodes with position, size and label; edges with shape (arrow, curve). */
export function buildSigmaGraph(index: DataIndex): MultiGraph {
  const graph = hardenGraph(new MultiGraph({ type: 'mixed', allowSelfLoops: false }));
  const thin = Math.min(1, Math.max(0.2, Math.sqrt(100 / Math.max(index.payload.ties.length, 1))));
  const order = new Map<string, number>();
  for (const n of index.payload.nodes) {
    order.set(n.id, order.size);
    graph.addNode(n.id, { x: n.x, y: n.y, size: n.size, label: canvasLabel(n.label), fullLabel: n.label });
  }
  // Ties per unordered pair and per polarity, in file order, for the ribbons of large bundles.
  const pairKey = (a: string, b: string) => (order.get(a)! < order.get(b)! ? `${a}\u0000${b}` : `${b}\u0000${a}`);
  const bundles = new Map<string, number>();
  for (const t of index.payload.ties) bundles.set(pairKey(t.source, t.target), (bundles.get(pairKey(t.source, t.target)) ?? 0) + 1);
  const rank = new Map<string, { k: number; n: number }>();
  const seen = new Map<string, number>();
  const totals = new Map<string, number>();
  for (const t of index.payload.ties) {
    const key = `${pairKey(t.source, t.target)}\u0000${t.polarity}`;
    totals.set(key, (totals.get(key) ?? 0) + 1);
  }
  for (const t of index.payload.ties) {
    const key = `${pairKey(t.source, t.target)}\u0000${t.polarity}`;
    const k = seen.get(key) ?? 0;
    seen.set(key, k + 1);
    rank.set(t.id, { k, n: totals.get(key)! });
  }
  for (const t of index.payload.ties) {
    const bundled = bundles.get(pairKey(t.source, t.target))! > BUNDLE_THRESHOLD;
    // Ties in a ribbon are thinner: their overlap, not each width, shows the weight.
    const attrs = { size: tieWidth(t.intensity, thin) * (bundled ? 0.6 : 1) };
    if (t.directed) graph.addDirectedEdgeWithKey(t.id, t.source, t.target, attrs);
    else graph.addUndirectedEdgeWithKey(t.id, t.source, t.target, attrs);
  }
  indexParallelEdgesIndex(graph, { edgeIndexAttribute: 'parallelIndex', edgeMaxIndexAttribute: 'parallelMaxIndex' });
  graph.forEachEdge((edge, a, source, target) => {
    const directed = graph.isDirected(edge);
    const t = index.ties.get(edge)!;
    if (bundles.get(pairKey(source, target))! > BUNDLE_THRESHOLD) {
      const r = rank.get(edge)!;
      graph.mergeEdgeAttributes(edge, { type: directed ? 'curvedArrow' : 'curved', curvature: bundleCurvature(t.polarity, r.k, r.n, order.get(source)! > order.get(target)!) });
    } else if (typeof a.parallelIndex === 'number' && typeof a.parallelMaxIndex === 'number' && a.parallelMaxIndex > 0) {
      graph.mergeEdgeAttributes(edge, { type: directed ? 'curvedArrow' : 'curved', curvature: curvature(a.parallelIndex, a.parallelMaxIndex) });
    } else {
      graph.setEdgeAttribute(edge, 'type', directed ? 'arrow' : 'line');
    }
  });
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

/** Create the sigma renderer with reducers reading `draw`. */
export function createRenderer(container: HTMLElement, index: DataIndex, draw: DrawContext): { sigma: Sigma; graph: MultiGraph } {
  const graph = buildSigmaGraph(index);
  const large = index.payload.ties.length > 20_000;
  const sigma = new Sigma(graph, container, {
    allowInvalidContainer: true,
    defaultEdgeType: 'line',
    edgeProgramClasses: { line: EdgeRectangleProgram, arrow: EdgeArrowProgram, curved: EdgeCurveProgram, curvedArrow: EdgeCurvedArrowProgram },
    enableEdgeEvents: !large,
    hideEdgesOnMove: large,
    zIndex: true,
    labelFont: 'system-ui, -apple-system, "Segoe UI", Roboto, sans-serif',
    labelSize: 14,
    labelWeight: '600',
    labelColor: { color: draw.palette.label },
    labelDensity: index.payload.nodes.length <= 300 ? 8 : 0.5, // small graphs: every label (the layout made room for them)
    labelGridCellSize: 120,
    labelRenderedSizeThreshold: index.payload.nodes.length <= 300 ? 1 : 8,
    stagePadding: 70, // room for the labels of nodes at the edge
    defaultDrawNodeHover: hoverDrawer(draw),
    nodeReducer: (node, data) => {
      const p = draw.palette;
      const n = index.nodes.get(node);
      if (!draw.visibleNodes.has(node)) return { ...data, hidden: true };
      // A node whose ties are all filtered out (or not active at the date) fades.
      const idle = (index.tiesOf.get(node)?.length ?? 0) > 0 && !(index.tiesOf.get(node) ?? []).some((t) => draw.visibleTies.has(t.id));
      const out = { ...data, color: idle ? p.dimNode : (p.kinds[n?.kind ?? ''] ?? p.kinds.actor!) };
      const focusId = draw.hovered ?? (draw.state.selected?.kind === 'node' ? draw.state.selected.id : null);
      if (focusId !== null) {
        if (node === focusId) return { ...out, highlighted: true, zIndex: 2, forceLabel: true };
        if (draw.neighbours.has(node)) return { ...out, zIndex: 1, forceLabel: true };
        return { ...out, color: p.dimNode, label: '', zIndex: 0 };
      }
      const focus = index.payload.focus;
      if (focus && (node === focus[0] || node === focus[1])) return { ...out, forceLabel: true, zIndex: 1 };
      return out;
    },
    edgeReducer: (edge, data) => {
      const t = index.ties.get(edge);
      if (!t || !draw.visibleTies.has(edge)) return { ...data, hidden: true };
      const p = draw.palette;
      const out = { ...data, color: t.polarity === 'cooperation' ? p.cooperation : p.conflict };
      const sel = draw.state.selected;
      if (sel?.kind === 'tie' && sel.id === edge) return { ...out, size: (data.size ?? 1) * 1.8, zIndex: 2 };
      const focusId = draw.hovered ?? (sel?.kind === 'node' ? sel.id : null);
      if (focusId !== null && t.source !== focusId && t.target !== focusId) return { ...out, color: p.dimEdge, zIndex: 0 };
      return { ...out, zIndex: 1 };
    },
  });
  sigma.setCustomBBox(squareBBox(index));
  return { sigma, graph };
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
