/**
 * rivalgraph/viewer/controls: zoom, fit, fullscreen, PNG download and theme buttons.
 */
import type Sigma from 'sigma';
import { downloadAsPNG } from '@sigma/export-image';
import { button, el } from './dom.js';
import type { Camera } from './state.js';

/** Actions the buttons and the keyboard share. */
export interface Actions {
  zoomIn(): void;
  zoomOut(): void;
  fit(): void;
  fullscreen(): void;
  png(): void;
  toggleTheme(): void;
}

/** Camera and page actions for a sigma instance. */
export function makeActions(sigma: Sigma, app: HTMLElement, fileName: string, background: () => string, toggleTheme: () => void, home: () => Camera): Actions {
  const camera = sigma.getCamera();
  return {
    zoomIn: () => void camera.animatedZoom({ duration: 250 }),
    zoomOut: () => void camera.animatedUnzoom({ duration: 250 }),
    fit: () => void camera.animate(home(), { duration: 300 }),
    fullscreen: () => {
      if (document.fullscreenElement) void document.exitFullscreen();
      else void app.requestFullscreen?.().catch(() => undefined);
    },
    png: () => void downloadAsPNG(sigma, { fileName, backgroundColor: background() }),
    toggleTheme,
  };
}

/** The toolbar. */
export function controlsBar(actions: Actions): HTMLElement {
  return el(
    'div',
    { class: 'rg-controls', attrs: { role: 'toolbar', 'aria-label': 'View controls' } },
    button('+', 'Zoom in (+)', actions.zoomIn),
    button('−', 'Zoom out (-)', actions.zoomOut),
    button('Fit', 'Fit the graph (0)', actions.fit),
    button('Full', 'Fullscreen (F)', actions.fullscreen),
    button('PNG', 'Download a PNG image (P)', actions.png),
    button('◐', 'Light or dark theme (T)', actions.toggleTheme),
  );
}

/** Keyboard shortcuts; ignored while typing in a field, except Escape. */
export function bindKeys(actions: Actions, extra: { search: () => void; escape: () => void; play: () => void; step: (dir: 1 | -1) => void }): void {
  document.addEventListener('keydown', (e) => {
    if (e.ctrlKey || e.metaKey || e.altKey) return;
    const target = e.target as HTMLElement | null;
    const typing = target !== null && (target.tagName === 'INPUT' || target.tagName === 'TEXTAREA' || target.tagName === 'SELECT' || target.isContentEditable);
    if (e.key === 'Escape') {
      if (typing) target.blur();
      extra.escape();
      return;
    }
    if (typing) return;
    const handlers: Record<string, () => void> = {
      '/': extra.search,
      '+': actions.zoomIn,
      '=': actions.zoomIn,
      '-': actions.zoomOut,
      '0': actions.fit,
      f: actions.fullscreen,
      p: actions.png,
      t: actions.toggleTheme,
      ' ': extra.play,
      '[': () => extra.step(-1),
      ']': () => extra.step(1),
    };
    const h = handlers[e.key];
    if (!h) return;
    if (e.key === ' ' && target?.tagName === 'BUTTON') return; // Space presses the focused button
    e.preventDefault();
    h();
  });
}
