/**
 * rivalgraph/viewer/frame: the page's frame, the same on every screen.
 *
 * A header (panel toggle, title, search, toolbar: it wraps rather than cut a button off); a side
 * column holding the filters and metrics, over which the details of a node or tie open (so a
 * panel never covers the graph on a wide screen); the graph; and under it a dock that is always
 * on screen with the time slider and the legend. On narrow screens (under NARROW_PX) the side
 * column starts collapsed and opens over the graph as a drawer.
 */
import { button, el } from './dom.js';

/** Screens narrower than this (CSS pixels) start with the side column collapsed, as a drawer. */
export const NARROW_PX = 720;

/** The frame's parts the app fills. */
export interface Frame {
  readonly header: HTMLElement;
  readonly tools: HTMLElement;
  readonly sidebar: HTMLElement;
  readonly details: HTMLElement;
  readonly graphBox: HTMLElement;
  readonly hoverCard: HTMLElement;
  readonly dock: HTMLElement;
  /** Show or hide the side column (filters and metrics). */
  setCollapsed(collapsed: boolean): void;
  /** The side column also shows while a node or tie is selected, even when collapsed. */
  setDetailsOpen(open: boolean): void;
}

/** Build the frame inside `app`. */
export function buildFrame(app: HTMLElement, title: string): Frame {
  const graphBox = el('div', { class: 'rg-graph', attrs: { id: 'rg-graph', role: 'img', 'aria-label': `Graph: ${title}` } });
  const hoverCard = el('div', { class: 'rg-hover', attrs: { id: 'rg-hover', 'aria-live': 'polite' } });
  hoverCard.hidden = true;
  const details = el('aside', { class: 'rg-details', attrs: { id: 'rg-details', 'aria-label': 'Details' } });
  details.hidden = true;
  const sidebar = el('div', { class: 'rg-sidebar', attrs: { id: 'rg-sidebar' } });
  const side = el('aside', { class: 'rg-side', attrs: { id: 'rg-side', 'aria-label': 'Filters, metrics and details' } }, sidebar, details);
  const dock = el('div', { class: 'rg-dock', attrs: { id: 'rg-dock' } });
  const tools = el('div', { class: 'rg-tools' });
  const toggle = button('☰', 'Show or hide the side panel', () => setCollapsed(!app.classList.contains('rg-collapsed')), 'rg-btn rg-toggle');
  toggle.id = 'rg-toggle';
  toggle.setAttribute('aria-controls', 'rg-side');
  const header = el('header', { class: 'rg-header' }, toggle, el('h1', { attrs: { title } }, title), tools);
  const main = el('main', { class: 'rg-main' }, el('div', { class: 'rg-stage' }, graphBox, hoverCard), dock);
  app.append(header, el('div', { class: 'rg-body' }, side, main));
  const setCollapsed = (collapsed: boolean) => {
    app.classList.toggle('rg-collapsed', collapsed);
    toggle.setAttribute('aria-expanded', String(!collapsed));
  };
  setCollapsed(window.innerWidth < NARROW_PX);
  return {
    header,
    tools,
    sidebar,
    details,
    graphBox,
    hoverCard,
    dock,
    setCollapsed,
    setDetailsOpen: (open) => app.classList.toggle('rg-details-open', open),
  };
}
