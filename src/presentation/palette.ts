/**
 * rivalgraph/presentation/palette: the light and dark palettes of the picture, shared by the
 * viewer's canvas and the GEXF export (so Gephi opens the page's colours); cooperation green,
 * conflict red in both.
 */

/** The two themes of the page. */
export type Theme = 'light' | 'dark';

/** Colours used by the canvas (the page's own colours live in CSS variables). */
export interface Palette {
  readonly background: string;
  readonly label: string;
  readonly hoverBackground: string;
  readonly cooperation: string;
  readonly conflict: string;
  readonly dimNode: string;
  readonly dimEdge: string;
  readonly kinds: Readonly<Record<string, string>>;
}

export const PALETTES: Readonly<Record<Theme, Palette>> = Object.freeze({
  light: {
    background: '#ffffff',
    label: '#1f2328',
    hoverBackground: '#ffffff',
    cooperation: '#1a9850',
    conflict: '#d73027',
    dimNode: '#e3e5e8',
    dimEdge: '#eceef1',
    kinds: { actor: '#3b5b92', project: '#c98a00', theater: '#7a4f9a' },
  },
  dark: {
    background: '#15181d',
    label: '#e6e8eb',
    hoverBackground: '#262b33',
    cooperation: '#4cc47a',
    conflict: '#ff5c4d',
    dimNode: '#2b3038',
    dimEdge: '#22262d',
    kinds: { actor: '#7fa7e8', project: '#f0b429', theater: '#b58ad6' },
  },
});
