/**
 * rivalgraph/viewer/labels: which node labels to draw so that no two collide.
 *
 * sigma shows labels through a grid of fixed cells, which lets long labels run into each other
 * and over discs. Here labels are placed greedily in priority order (the focus pair and the
 * selection first, then bigger discs): a label goes right of its disc, else left, above or
 * below, on the first side where its box stays on screen and meets no box already placed and no
 * other disc; a label with no such side is not drawn (hovering shows it). Boxes sit in a spatial hash of
 * CELL px, so a placement is O(n) for n nodes on screen. Run again after the camera, the
 * filters or the selection change.
 */
import type Sigma from 'sigma';

/** Side of the hash cells, in CSS pixels. */
const CELL = 64;
/** Gap between a disc and its label, in pixels (sigma draws labels at size + 3). */
const GAP = 3;
/** Most labels considered in one placement (larger graphs show the biggest discs' labels). */
export const MAX_LABELS = 600;

export interface Box {
  readonly x0: number;
  readonly y0: number;
  readonly x1: number;
  readonly y1: number;
}

class BoxHash {
  private readonly cells = new Map<number, Box[]>();
  private keys(b: Box, visit: (key: number) => boolean | void): boolean {
    for (let cx = Math.floor(b.x0 / CELL); cx <= Math.floor(b.x1 / CELL); cx++) {
      for (let cy = Math.floor(b.y0 / CELL); cy <= Math.floor(b.y1 / CELL); cy++) {
        if (visit(cx * 65_536 + cy) === true) return true;
      }
    }
    return false;
  }
  hits(b: Box): boolean {
    return this.keys(b, (k) => (this.cells.get(k) ?? []).some((o) => o.x0 < b.x1 && b.x0 < o.x1 && o.y0 < b.y1 && b.y0 < o.y1));
  }
  add(b: Box): void {
    this.keys(b, (k) => {
      const list = this.cells.get(k);
      if (list) list.push(b);
      else this.cells.set(k, [b]);
    });
  }
}

/** A node that may get a label, and its rank (lower first). */
export interface LabelCandidate {
  readonly id: string;
  readonly rank: number;
}

/** Where a label sits relative to its disc. */
export type LabelSide = 'right' | 'left' | 'above' | 'below';

/** Sides tried in order: sigma's usual place first. */
const SIDES: readonly LabelSide[] = ['right', 'left', 'above', 'below'];

/** The box of a label of `width` on `side` of `disc`, in pixels. */
function labelBoxAt(disc: Box, side: LabelSide, width: number, size: number): Box {
  const cx = (disc.x0 + disc.x1) / 2;
  const cy = (disc.y0 + disc.y1) / 2;
  const h = size / 2 + 1;
  if (side === 'right') return { x0: disc.x1 + GAP, y0: cy - h, x1: disc.x1 + GAP + width, y1: cy + h };
  if (side === 'left') return { x0: disc.x0 - GAP - width, y0: cy - h, x1: disc.x0 - GAP, y1: cy + h };
  if (side === 'above') return { x0: cx - width / 2, y0: disc.y0 - 2 * h, x1: cx + width / 2, y1: disc.y0 };
  return { x0: cx - width / 2, y0: disc.y1, x1: cx + width / 2, y1: disc.y1 + 2 * h };
}

/** A placed label: its side and its box in viewport pixels. */
export interface PlacedLabel {
  readonly side: LabelSide;
  readonly box: Box;
}

/** The labels that fit without collision at the current camera, with the side each is drawn on. */
export function placeLabels(sigma: Sigma, candidates: readonly LabelCandidate[], drawn: readonly string[], labelWidth: (id: string) => number): Map<string, PlacedLabel> {
  const { width, height } = sigma.getDimensions();
  const size = sigma.getSetting('labelSize');
  const ratio = sigma.getCamera().getState().ratio;
  const hash = new BoxHash();
  const discs = new Map<string, Box>();
  const on = (b: Box) => b.x1 > 0 && b.y1 > 0 && b.x0 < width && b.y0 < height;
  for (const id of drawn) {
    const d = sigma.getNodeDisplayData(id);
    if (!d || d.hidden) continue;
    const p = sigma.framedGraphToViewport(d);
    const r = sigma.scaleSize(d.size, ratio);
    const box = { x0: p.x - r, y0: p.y - r, x1: p.x + r, y1: p.y + r };
    if (on(box)) discs.set(id, box);
  }
  const order = candidates.filter((c) => discs.has(c.id)).sort((a, b) => a.rank - b.rank).slice(0, MAX_LABELS);
  // Discs are obstacles for every label but their own: hash them, and check a label against its own disc separately.
  const discHash = new BoxHash();
  for (const b of discs.values()) discHash.add(b);
  const placed = new Map<string, PlacedLabel>();
  for (const c of order) {
    const disc = discs.get(c.id)!;
    const w = labelWidth(c.id);
    for (const side of SIDES) {
      const box = labelBoxAt(disc, side, w, size);
      if (box.x0 < 0 || box.x1 > width || box.y0 < 0 || box.y1 > height) continue;
      if (hash.hits(box) || discHash.hits(box)) continue;
      hash.add(box);
      hash.add(disc);
      placed.set(c.id, { side, box });
      break;
    }
  }
  return placed;
}

/** Label widths in pixels for a font, measured once per text. */
export function labelMeter(font: string): (text: string) => number {
  const ctx = document.createElement('canvas').getContext('2d');
  const cache = new Map<string, number>();
  return (text) => {
    let w = cache.get(text);
    if (w === undefined) {
      if (ctx) ctx.font = font;
      w = ctx ? ctx.measureText(text).width : text.length * 8;
      cache.set(text, w);
    }
    return w;
  };
}
