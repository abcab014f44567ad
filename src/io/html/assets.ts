/**
 * rivalgraph/io/html/assets: the compiled viewer (dist/viewer), read once per process.
 */
import { existsSync, readFileSync } from 'node:fs';
import { packagePath } from '../builtin.js';
import type { ViewerAssets } from './page.js';

let cached: ViewerAssets | undefined;

/** The viewer bundle and stylesheet written by `npm run build` (scripts/build-viewer.mjs). */
export function viewerAssets(): ViewerAssets {
  if (cached) return cached;
  const script = packagePath('dist', 'viewer', 'viewer.js');
  const style = packagePath('dist', 'viewer', 'viewer.css');
  if (!existsSync(script) || !existsSync(style)) {
    throw new Error(`the HTML viewer is not built (${script} missing): run npm run build`);
  }
  cached = { script: readFileSync(script, 'utf8'), style: readFileSync(style, 'utf8') };
  return cached;
}
