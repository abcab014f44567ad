/**
 * rivalgraph/presentation/label-adjust: move nodes apart until their labels do not overlap.
 *
 * Each node carries a box in screen pixels: its disc plus its label, drawn to the right
 * of the disc (as sigma.js draws it). Boxes are scaled to layout units as if the whole
 * layout were shown `viewPixels` wide, the default view of the exported page. Every pass,
 * each overlapping pair is separated along the axis of least penetration, half each way;
 * this is the idea of Gephi's "Label Adjust" layout (Jacomy, Gephi 0.7, 2010) and the
 * pairwise step of the PRISM family (Gansner & Hu 2010, "Efficient, proximity-preserving
 * node overlap removal", JGAA 14(1)), without its proximity graph: the graphs it runs
 * on are small (the caller skips large ones, whose labels sigma thins out anyway).
 *
 * Complexity: O(passes * n^2); deterministic (no randomness, fixed pair order).
 */

/** A node's box around its position, in screen pixels. */
export interface LabelBox {
  /** Extent left of the centre (the disc radius). */
  readonly left: number;
  /** Extent right of the centre (disc, gap and label). */
  readonly right: number;
  /** Half the height (disc or label, whichever is taller). */
  readonly half: number;
}

/** Longest label drawn on the canvas; the full one shows on hover and in the side panel. */
export const CANVAS_LABEL_MAX = 26;

/**
 * The label drawn next to a disc: the part before " / " or " (" when that is shorter, then cut at
 * a word boundary with an ellipsis, so "Libyan National Army (Haftar)" reads "Libyan National Army".
 */
export function canvasLabel(label: string, max = CANVAS_LABEL_MAX): string {
  let text = label.trim();
  if (text.length <= max) return text;
  text = labelHead(text);
  if (text.length <= max) return text;
  const cut = text.lastIndexOf(' ', max - 1);
  return `${text.slice(0, cut > max / 2 ? cut : max - 1).replace(/[\s,;:/-]+$/, '')}…`;
}

/** The part of a label before " / " or " (" when that leaves 3 characters or more, else the whole label. */
export function labelHead(label: string): string {
  const text = label.trim();
  const head = text.split(/ \/ | \(/)[0]!.trim();
  return head.length >= 3 ? head : text;
}

/** Longest canvas label allowed when a shortened one must grow to tell two nodes apart. */
export const CANVAS_LABEL_LIMIT = 40;

function commonPrefix(a: string, b: string): number {
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  return i;
}

/**
 * Canvas labels that stay distinguishable: a label shortened by `canvasLabel` must show more than
 * it shares with any other node's label, or "Joint Turkish-Russian patrols" and "Joint
 * Turkish-Russian M4 patrols" would both read "Joint Turkish-Russian…". Such a label is grown to
 * the first word past the shared prefix (up to CANVAS_LABEL_LIMIT characters, then the shared
 * middle is elided: "Joint…patrols in the north-east"). The longest prefix a label shares with
 * any other is the one it shares with a neighbour in sorted order, so this is O(n log n).
 */
export function distinctCanvasLabels(labels: readonly string[], max = CANVAS_LABEL_MAX, limit = CANVAS_LABEL_LIMIT): string[] {
  const heads = labels.map((l) => labelHead(l));
  const keys = heads.map((h) => h.toLowerCase());
  const sorted = keys.map((_k, i) => i).sort((a, b) => (keys[a]! < keys[b]! ? -1 : keys[a]! > keys[b]! ? 1 : a - b));
  const shared = new Int32Array(labels.length);
  for (let r = 0; r + 1 < sorted.length; r++) {
    const a = sorted[r]!;
    const b = sorted[r + 1]!;
    const c = commonPrefix(keys[a]!, keys[b]!);
    shared[a] = Math.max(shared[a]!, c);
    shared[b] = Math.max(shared[b]!, c);
  }
  return labels.map((label, i) => {
    const short = canvasLabel(label, max);
    const head = heads[i]!;
    if (!short.endsWith('…') || short.length - 1 > shared[i]!) return short;
    if (shared[i]! >= head.length) {
      // A prefix of another label: all of it, or its first and last words (a cut end would be the other's start).
      return head.length <= limit ? head : elideMiddle(head, head.lastIndexOf(' ') + 1, limit);
    }
    // Grow to the end of the first word that goes past the shared prefix.
    const end = head.indexOf(' ', shared[i]! + 1);
    const grown = end === -1 ? head : `${head.slice(0, end)}…`;
    if (grown.length <= limit) return grown;
    // Still too long: the first word, an ellipsis, and the words from the one that differs.
    return elideMiddle(head, head.lastIndexOf(' ', shared[i]!) + 1, limit);
  });
}

/** The first word of `head`, an ellipsis, and `head` from `start`; cut at `limit` when still longer. */
function elideMiddle(head: string, start: number, limit: number): string {
  const first = head.slice(0, Math.max(head.indexOf(' '), 1));
  const text = `${first}…${head.slice(start)}`;
  return text.length <= limit ? text : `${text.slice(0, limit - 1)}…`;
}

/** Average advance of one character of a 14 px semi-bold sans-serif label, in pixels. */
const CHAR_PX = 8;

/** The box of a node drawn with radius `size` and the canvas label of `label` (sigma draws it at size + 3 px). */
export function labelBox(size: number, label: string | undefined, shown = label ? canvasLabel(label) : undefined): LabelBox {
  const text = shown ? 4 + shown.length * CHAR_PX : 0;
  return { left: size + 2, right: size + 2 + text, half: Math.max(size, 9) + 2 };
}

/**
 * Separate overlapping boxes in place, in at most `passes` passes; returns the passes run.
 * `viewPixels` is the screen width the layout's larger side is drawn on.
 */
export function adjustLabels(x: Float64Array, y: Float64Array, boxes: readonly LabelBox[], viewPixels: number, passes = 300): number {
  const n = x.length;
  const dx = new Float64Array(n);
  const dy = new Float64Array(n);
  for (let pass = 0; pass < passes; pass++) {
    let minX = Infinity;
    let maxX = -Infinity;
    let minY = Infinity;
    let maxY = -Infinity;
    for (let i = 0; i < n; i++) {
      minX = Math.min(minX, x[i]!);
      maxX = Math.max(maxX, x[i]!);
      minY = Math.min(minY, y[i]!);
      maxY = Math.max(maxY, y[i]!);
    }
    const unit = Math.max(maxX - minX, maxY - minY, 1e-9) / viewPixels; // layout units per pixel
    dx.fill(0);
    dy.fill(0);
    let overlaps = 0;
    for (let i = 0; i < n; i++) {
      const bi = boxes[i]!;
      for (let j = i + 1; j < n; j++) {
        const bj = boxes[j]!;
        const ox = Math.min(x[i]! + bi.right * unit, x[j]! + bj.right * unit) - Math.max(x[i]! - bi.left * unit, x[j]! - bj.left * unit);
        if (ox <= 0) continue;
        const oy = Math.min(y[i]! + bi.half * unit, y[j]! + bj.half * unit) - Math.max(y[i]! - bi.half * unit, y[j]! - bj.half * unit);
        if (oy <= 0) continue;
        overlaps++;
        // A little more than half the overlap each way, so the pair clears it in one step.
        if (oy <= ox) {
          const s = (y[i]! > y[j]! || (y[i] === y[j] && i < j) ? 1 : -1) * (oy / 2 + unit);
          dy[i] = dy[i]! + s;
          dy[j] = dy[j]! - s;
        } else {
          // Centres of the boxes, not the discs: a long label pushes its neighbour off its end.
          const ci = x[i]! + ((bi.right - bi.left) / 2) * unit;
          const cj = x[j]! + ((bj.right - bj.left) / 2) * unit;
          const s = (ci > cj || (ci === cj && i < j) ? 1 : -1) * (ox / 2 + unit);
          dx[i] = dx[i]! + s;
          dx[j] = dx[j]! - s;
        }
      }
    }
    if (overlaps === 0) return pass;
    // Damped: a node in several overlaps would otherwise overshoot.
    for (let i = 0; i < n; i++) {
      x[i] = x[i]! + dx[i]! * 0.5;
      y[i] = y[i]! + dy[i]! * 0.5;
    }
  }
  return passes;
}
