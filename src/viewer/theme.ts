/**
 * rivalgraph/viewer/theme: which palette (presentation/palette.ts) the page uses.
 */
export { PALETTES, type Palette } from '../presentation/palette.js';
import type { Theme } from '../presentation/palette.js';

/** The theme the reader's system prefers. */
export function preferredTheme(): Theme {
  return typeof matchMedia === 'function' && matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';
}
