/**
 * rivalgraph/viewer/camera: the home view, fitted to the canvas as it is on this screen.
 *
 * sigma frames the graph's box into the larger square of its container, so on a wide canvas
 * the graph sat off-centre and on a phone it shrank to a blob in the middle of a tall canvas.
 * The home camera here fits the discs into the canvas with a margin, centred on both axes, and
 * turns the drawing a quarter when that fills the canvas better (a wide layout on a tall phone).
 * Labels then find room on whichever side of their disc is free (labels.ts). O(n) per call.
 */
import type Sigma from 'sigma';
import type { Camera } from './state.js';
import { round } from '../model/round.js';

/** Margin around the discs, in CSS pixels. */
export const FIT_MARGIN = 18;

/** The scale gained by a camera (how many times larger the discs' box fits) and the camera itself. */
function fitAt(sigma: Sigma, ids: readonly string[], angle: number, margin: number): { camera: Camera; scale: number } {
  const { width, height } = sigma.getDimensions();
  let cam: Camera = { x: 0.5, y: 0.5, ratio: 1, angle };
  let gained = 1;
  // Discs keep part of their pixel size when zooming, so the fit is refined a few times.
  for (let pass = 0; pass < 4; pass++) {
    let left = Infinity;
    let right = -Infinity;
    let top = Infinity;
    let bottom = -Infinity;
    // framedGraphToViewport with a camera builds a matrix per call: the map is affine, so take it
    // from three points and apply it to every node.
    const o = sigma.framedGraphToViewport({ x: 0, y: 0 }, { cameraState: cam });
    const ex = sigma.framedGraphToViewport({ x: 1, y: 0 }, { cameraState: cam });
    const ey = sigma.framedGraphToViewport({ x: 0, y: 1 }, { cameraState: cam });
    const scale = sigma.scaleSize(1, cam.ratio);
    for (const id of ids) {
      const d = sigma.getNodeDisplayData(id);
      if (!d) continue;
      const p = { x: o.x + d.x * (ex.x - o.x) + d.y * (ey.x - o.x), y: o.y + d.x * (ex.y - o.y) + d.y * (ey.y - o.y) };
      const r = d.size * scale;
      left = Math.min(left, p.x - r);
      right = Math.max(right, p.x + r);
      top = Math.min(top, p.y - r);
      bottom = Math.max(bottom, p.y + r);
    }
    if (!Number.isFinite(left)) break;
    const k = Math.min((width - 2 * margin) / Math.max(right - left, 1), (height - 2 * margin) / Math.max(bottom - top, 1));
    const centre = sigma.viewportToFramedGraph({ x: (left + right) / 2, y: (top + bottom) / 2 }, { cameraState: cam });
    const ratio = Math.min(sigma.getSetting('maxCameraRatio') ?? 1e6, Math.max(sigma.getSetting('minCameraRatio') ?? 1e-6, cam.ratio / k));
    gained *= cam.ratio / ratio;
    cam = { x: round(centre.x), y: round(centre.y), ratio: round(ratio), angle: round(angle) };
    if (Math.abs(k - 1) < 0.01) break;
  }
  return { camera: cam, scale: gained };
}

/** The camera that fits the nodes `ids` into sigma's canvas: upright, or turned a quarter when that draws them larger by a fifth. */
export function fitCamera(sigma: Sigma, ids: readonly string[], margin = FIT_MARGIN): Camera {
  const { width, height } = sigma.getDimensions();
  if (!ids.length || width < 1 || height < 1) return { x: 0.5, y: 0.5, ratio: 1, angle: 0 };
  const upright = fitAt(sigma, ids, 0, margin);
  const turned = fitAt(sigma, ids, Math.PI / 2, margin);
  return turned.scale > upright.scale * 1.2 ? turned.camera : upright.camera;
}

