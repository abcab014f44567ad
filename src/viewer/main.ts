/**
 * rivalgraph/viewer/main: the page's entry point; wires data, state, URL hash, panels and sigma.
 *
 * Data flows one way: payload -> view state (filters, date, selection) ->
 * visible sets -> reducers -> canvas; every change of the state is written to
 * the URL hash.
 */
import type Sigma from 'sigma';
import { indexPayload, labelOf, readPayload, type DataIndex } from './data.js';
import { el } from './dom.js';
import { decodeHash, encodeHash } from './hash.js';
import { defaultState, Store, type Camera, type Selection, type ViewState } from './state.js';
import { PALETTES, preferredTheme } from './theme.js';
import { visibleSets, tieFilter } from './filters.js';
import { focusLedger } from './ledger.js';
import { round } from '../model/round.js';
import { applyPalette, createRenderer, type DrawContext } from './renderer.js';
import { renderDetails } from './details.js';
import { filtersPanel } from './filters-ui.js';
import { timelinePanel } from './timeline.js';
import { timeRange } from './time-range.js';
import { legendPanel, LEGEND_NOTE } from './legend.js';
import { buildFrame } from './frame.js';
import { fitCamera } from './camera.js';
import { labelMeter, placeLabels, type LabelCandidate } from './labels.js';
import { metricsPanel } from './metrics.js';
import { searchBox } from './search.js';
import { bindKeys, controlsBar, makeActions, type Actions } from './controls.js';

const FILTER_KEYS: readonly (keyof ViewState)[] = ['polarities', 'domains', 'kinds', 'minIntensity', 'date'];

function section(title: string, body: HTMLElement): HTMLElement {
  return el('section', { class: 'rg-section' }, el('h2', {}, title), body);
}

/** Nodes at either end of a shown tie. */
function activeNodes(index: DataIndex, ties: ReadonlySet<string>): Set<string> {
  const out = new Set<string>();
  for (const id of ties) {
    const t = index.ties.get(id);
    if (t) out.add(t.source).add(t.target);
  }
  return out;
}

function slug(text: string): string {
  return text.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '') || 'rivalgraph';
}

function sameCamera(a: Camera | null, b: Camera | null): boolean {
  return a === b || (a !== null && b !== null && a.x === b.x && a.y === b.y && a.ratio === b.ratio && a.angle === b.angle);
}

/** Build the page inside #rg-app. */
function start(): void {
  performance.mark('rg:start');
  const payload = readPayload(document);
  performance.mark('rg:parsed');
  const index: DataIndex = indexPayload(payload);
  performance.mark('rg:indexed');
  const defaults = defaultState(payload, preferredTheme());
  const exists = (kind: 'node' | 'tie', id: string) => (kind === 'node' ? index.nodes.has(id) : index.ties.has(id));
  const store = new Store(decodeHash(location.hash, defaults, exists));
  document.documentElement.dataset.theme = store.state.theme;

  const app = document.getElementById('rg-app')!;
  const frame = buildFrame(app, payload.title);
  const { graphBox, hoverCard, details, sidebar } = frame;

  const first = visibleSets(payload.nodes, payload.ties, store.state);
  const draw: DrawContext = {
    state: store.state,
    visibleNodes: first.nodes,
    visibleTies: first.ties,
    hovered: null,
    neighbours: new Set(),
    activeNodes: activeNodes(index, first.ties),
    labelled: new Map(),
    palette: PALETTES[store.state.theme],
  };

  const select = (selected: Selection | null) => store.set({ selected });
  const filters = filtersPanel(store, {
    polarities: defaults.polarities,
    domains: defaults.domains,
    kinds: defaults.kinds,
  });
  const timeline = timelinePanel(store, timeRange(payload.ties, payload.days));
  const legend = legendPanel(defaults.kinds);
  const metrics = metricsPanel(index);
  if (timeline) frame.dock.append(timeline.root);
  frame.dock.append(legend.root);

  // Every panel is in place before sigma starts, so the canvas has its final size (a later
  // resize would cost a full refresh).
  const centreOn = (id: string) => {
    const d = sigma.getNodeDisplayData(id);
    if (d) void camera.animate({ x: d.x, y: d.y, ratio: Math.min(camera.ratio, 0.7) }, { duration: 400 });
  };
  const search = searchBox(index, (id) => {
    select({ kind: 'node', id });
    centreOn(id);
  });
  const toggleTheme = () => store.set({ theme: store.state.theme === 'light' ? 'dark' : 'light' });
  let actions: Actions | null = null;
  const act = (name: keyof Actions) => () => actions?.[name]();
  const deferred: Actions = { zoomIn: act('zoomIn'), zoomOut: act('zoomOut'), fit: act('fit'), fullscreen: act('fullscreen'), png: act('png'), toggleTheme: act('toggleTheme') };
  frame.tools.append(search, controlsBar(deferred));
  if (payload.description) sidebar.append(el('p', { class: 'rg-description' }, payload.description));
  sidebar.append(section('Metrics', metrics.root));
  sidebar.append(section('Filters', filters.root), section('Reading the graph', el('p', { class: 'rg-hint' }, LEGEND_NOTE)));
  performance.mark('rg:dom');
  const { sigma, complete } = createRenderer(graphBox, index, draw);
  performance.mark('rg:sigma');
  const camera = sigma.getCamera();

  // Labels: placed without collision (labels.ts), again after the camera or the view changes.
  const measure = labelMeter(`${sigma.getSetting('labelWeight')} ${sigma.getSetting('labelSize')}px ${sigma.getSetting('labelFont')}`);
  const shortOf = (id: string) => index.nodes.get(id)?.short ?? index.nodes.get(id)?.label ?? id;
  const bySize = [...payload.nodes].sort((a, b) => b.size - a.size || (a.id < b.id ? -1 : 1)).map((n) => n.id);
  const relabel = () => {
    const focusId = draw.hovered ?? (store.state.selected?.kind === 'node' ? store.state.selected.id : null);
    const focusPair = new Set(payload.focus ?? []);
    const candidates: LabelCandidate[] = [];
    bySize.forEach((id, i) => {
      if (!draw.visibleNodes.has(id) || id === draw.hovered) return;
      if (focusId !== null && id !== focusId && !draw.neighbours.has(id)) return;
      const rank = id === focusId ? -3 : focusPair.has(id) ? -2 : i;
      candidates.push({ id, rank });
    });
    const placed = placeLabels(sigma, candidates, bySize.filter((id) => draw.visibleNodes.has(id)), (id) => measure(shortOf(id)));
    const changed = [...placed].filter(([id, l]) => draw.labelled.get(id)?.side !== l.side).map(([id]) => id).concat([...draw.labelled.keys()].filter((id) => !placed.has(id)));
    draw.labelled = placed;
    if (changed.length) sigma.refresh({ partialGraph: { nodes: changed }, skipIndexation: true });
  };
  let labelTimer: ReturnType<typeof setTimeout> | null = null;
  const relabelSoon = () => {
    if (labelTimer !== null) clearTimeout(labelTimer);
    labelTimer = setTimeout(relabel, 120);
  };

  // The home view fits what is drawn into the canvas on this screen; null in the state means home.
  const home = (): Camera => fitCamera(sigma, payload.nodes.map((n) => n.id));
  let homeCamera = home();

  // The graph area changes size with the window, the side panel or the dock; the first call
  // only reports the size sigma started with: skip it (a full refresh is O(m)).
  let size = `${graphBox.clientWidth}x${graphBox.clientHeight}`;
  new ResizeObserver(() => {
    const now = `${graphBox.clientWidth}x${graphBox.clientHeight}`;
    if (now === size) return;
    size = now;
    sigma.resize();
    homeCamera = home();
    if (store.state.camera === null) camera.setState(homeCamera);
    // Positions and colours are unchanged: draw again without reprocessing every tie.
    sigma.refresh({ partialGraph: { nodes: [] }, skipIndexation: true });
    relabelSoon();
  }).observe(graphBox);

  actions = makeActions(sigma, app, slug(payload.title), () => draw.palette.background, toggleTheme, () => homeCamera);

  // Hover: highlight the neighbourhood among visible ties, dim the rest.
  sigma.on('enterNode', ({ node }) => {
    draw.hovered = node;
    draw.neighbours = new Set();
    let coop = 0;
    let conflict = 0;
    for (const t of index.tiesOf.get(node) ?? []) {
      if (!draw.visibleTies.has(t.id)) continue;
      draw.neighbours.add(t.source === node ? t.target : t.source);
      if (t.polarity === 'cooperation') coop++;
      else conflict++;
    }
    const n = index.nodes.get(node);
    hoverCard.replaceChildren(el('strong', {}, labelOf(index, node)), ` · ${n?.kind ?? ''} / ${n?.type ?? ''} · ${coop + conflict} ties shown: ${coop} cooperation, ${conflict} conflict`);
    hoverCard.hidden = false;
    graphBox.style.cursor = 'pointer';
    relabel();
    sigma.refresh({ skipIndexation: true });
  });
  sigma.on('leaveNode', () => {
    draw.hovered = null;
    draw.neighbours = neighboursOfSelection();
    hoverCard.hidden = true;
    graphBox.style.cursor = '';
    relabel();
    sigma.refresh({ skipIndexation: true });
  });
  sigma.on('clickNode', ({ node }) => select({ kind: 'node', id: node }));
  sigma.on('clickEdge', ({ edge }) => select({ kind: 'tie', id: edge }));
  sigma.on('clickStage', () => select(null));

  const neighboursOfSelection = (): Set<string> => {
    const sel = store.state.selected;
    const out = new Set<string>();
    if (sel?.kind !== 'node') return out;
    for (const t of index.tiesOf.get(sel.id) ?? []) if (draw.visibleTies.has(t.id)) out.add(t.source === sel.id ? t.target : t.source);
    return out;
  };

  const updateLive = (state: ViewState) => {
    const visible = tieFilter(state, (id) => draw.visibleNodes.has(id));
    const ledger = payload.focus ? focusLedger(payload.ties, visible, payload.focus) : null;
    metrics.update(draw.visibleTies.size, ledger, state.date);
  };

  let hashTimer: ReturnType<typeof setTimeout> | null = null;
  const writeHash = () => {
    if (hashTimer !== null) clearTimeout(hashTimer);
    hashTimer = setTimeout(() => {
      const hash = encodeHash(store.state, defaults);
      const url = `${location.pathname}${location.search}${hash ? `#${hash}` : ''}`;
      try {
        history.replaceState(null, '', url);
      } catch {
        // Some file:// contexts forbid it; the view still works.
      }
    }, 150);
  };

  const render = (state: ViewState, previous: ViewState | null) => {
    draw.state = state;
    const filtersChanged = previous === null || FILTER_KEYS.some((k) => state[k] !== previous[k]);
    if (filtersChanged) {
      const v = visibleSets(payload.nodes, payload.ties, state);
      draw.visibleNodes = v.nodes;
      draw.visibleTies = v.ties;
      draw.activeNodes = activeNodes(index, v.ties);
      filters.sync(state);
      timeline?.sync(state);
      updateLive(state);
    }
    if (previous === null || state.theme !== previous.theme) {
      document.documentElement.dataset.theme = state.theme;
      // sigma started with this palette: setting it again would schedule a second full refresh.
      if (previous !== null) applyPalette(sigma, draw, state.theme);
      legend.repaint(draw.palette);
    }
    if (filtersChanged || previous === null || state.selected !== previous.selected) {
      if (draw.hovered === null) draw.neighbours = neighboursOfSelection();
      renderDetails(details, index, state.selected, draw.visibleTies, select);
      frame.setDetailsOpen(state.selected !== null);
      if (previous !== null) relabel();
    }
    if (previous === null || state.camera !== previous.camera) {
      if (previous === null || !sameCamera(state.camera, cameraNow())) camera.setState(state.camera ?? homeCamera);
    }
    // sigma processed the data once when it started; later changes of filter, theme or selection refresh it.
    const onlyCamera = previous === null || Object.keys(state).every((k) => k === 'camera' || state[k as keyof ViewState] === previous[k as keyof ViewState]);
    if (!onlyCamera) sigma.refresh({ skipIndexation: true });
    writeHash();
  };

  const cameraNow = (): Camera | null => {
    const c = camera.getState();
    const r = { x: round(c.x), y: round(c.y), ratio: round(c.ratio), angle: round(c.angle) };
    return sameCamera(r, homeCamera) ? null : r;
  };
  let cameraTimer: ReturnType<typeof setTimeout> | null = null;
  camera.on('updated', () => {
    if (cameraTimer !== null) clearTimeout(cameraTimer);
    relabelSoon();
    cameraTimer = setTimeout(() => {
      const now = cameraNow();
      if (!sameCamera(now, store.state.camera)) store.set({ camera: now });
    }, 200);
  });

  store.subscribe(render);
  render(store.state, null);
  relabel();
  performance.mark('rg:rendered');
  window.addEventListener('hashchange', () => store.set(decodeHash(location.hash, defaults, exists)));

  bindKeys(deferred, {
    search: () => search.focus(),
    escape: () => select(null),
    play: () => timeline?.togglePlay(),
    step: (dir) => timeline?.step(dir),
  });

  // A read-only handle for scripts and tests: where a node is on screen.
  const handle: { sigma: Sigma; viewportPosition: (id: string) => { x: number; y: number } | null; labels: () => { id: string; text: string; x0: number; y0: number; x1: number; y1: number }[] } = {
    sigma,
    labels: () => [...draw.labelled].map(([id, l]) => ({ id, text: shortOf(id), ...l.box })),
    viewportPosition: (id) => {
      const d = sigma.getNodeDisplayData(id);
      return d ? sigma.framedGraphToViewport(d) : null;
    },
  };
  Object.defineProperty(window, 'rivalgraphViewer', { value: Object.freeze(handle) });
  document.documentElement.dataset.ready = 'true';
  // Large graphs drew their heaviest ties first: add the rest once that frame is on screen
  // (two frames on: the first frame's paint follows the first callback).
  // Marks for bench/html-export.mjs: the first painted frame, and the frame with every tie.
  const afterPaint = (then: () => void) => requestAnimationFrame(() => requestAnimationFrame(then));
  afterPaint(() => {
    performance.mark('rg:first-frame');
    setTimeout(() => {
      const more = complete();
      afterPaint(() => {
        if (more) performance.mark('rg:complete');
        document.documentElement.dataset.complete = 'true';
      });
    }, 0);
  });
}

try {
  start();
} catch (err) {
  // Most often: no WebGL. Say so on the page instead of leaving it blank.
  const app = document.getElementById('rg-app');
  if (app) app.append(el('p', { class: 'rg-error', attrs: { role: 'alert' } }, `This graph cannot be shown in this browser: ${err instanceof Error ? err.message : String(err)}`));
  throw err;
}
