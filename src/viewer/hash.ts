/**
 * rivalgraph/viewer/hash: the view in the URL hash, so a link reproduces it.
 *
 * Keys (docs/viewer.md): `pol`, `dom`, `kind` (comma lists of what is shown),
 * `min` (minimum intensity), `date` (YYYY-MM-DD), `node` or `tie` (selection),
 * `cam` (x,y,ratio,angle), `theme`. Only values that differ from the default
 * are written; unknown or malformed values are ignored on reading.
 */
import { formatDay, parseDay } from './format.js';
import { round } from '../model/round.js';
import type { Camera, ViewState } from './state.js';

function list(values: readonly string[]): string {
  return [...values].sort().join(',');
}

function sameList(a: readonly string[], b: readonly string[]): boolean {
  return list(a) === list(b);
}

/** The hash (without `#`) for a state; empty when it is the default view. */
export function encodeHash(state: ViewState, defaults: ViewState): string {
  const p = new URLSearchParams();
  if (!sameList(state.polarities, defaults.polarities)) p.set('pol', list(state.polarities));
  if (!sameList(state.domains, defaults.domains)) p.set('dom', list(state.domains));
  if (!sameList(state.kinds, defaults.kinds)) p.set('kind', list(state.kinds));
  if (state.minIntensity !== defaults.minIntensity) p.set('min', String(state.minIntensity));
  if (state.date !== null) p.set('date', formatDay(state.date));
  if (state.selected) p.set(state.selected.kind, state.selected.id);
  if (state.camera) {
    const c = state.camera;
    p.set('cam', [c.x, c.y, c.ratio, c.angle].map((v) => round(v)).join(','));
  }
  if (state.theme !== defaults.theme) p.set('theme', state.theme);
  return p.toString();
}

function readList(value: string | null, allowed: readonly string[]): string[] | undefined {
  if (value === null) return undefined;
  const set = new Set(allowed);
  return value === '' ? [] : value.split(',').filter((v) => set.has(v));
}

function readCamera(value: string | null): Camera | undefined {
  if (value === null) return undefined;
  const v = value.split(',').map(Number);
  if (v.length !== 4 || !v.every(Number.isFinite) || v[2]! <= 0) return undefined;
  return { x: v[0]!, y: v[1]!, ratio: v[2]!, angle: v[3]! };
}

/**
 * Read a hash over the defaults. `exists` says whether a node or tie id is in the graph;
 * everything unknown is dropped rather than shown broken.
 */
export function decodeHash(hash: string, defaults: ViewState, exists: (kind: 'node' | 'tie', id: string) => boolean): ViewState {
  const p = new URLSearchParams(hash.replace(/^#/, ''));
  const state: { -readonly [K in keyof ViewState]: ViewState[K] } = { ...defaults };
  state.polarities = readList(p.get('pol'), defaults.polarities) ?? defaults.polarities;
  state.domains = readList(p.get('dom'), defaults.domains) ?? defaults.domains;
  state.kinds = readList(p.get('kind'), defaults.kinds) ?? defaults.kinds;
  const min = Number(p.get('min'));
  if (p.has('min') && Number.isFinite(min) && min >= 0) state.minIntensity = min;
  const date = parseDay(p.get('date') ?? '');
  if (date !== null) state.date = date;
  for (const kind of ['node', 'tie'] as const) {
    const id = p.get(kind);
    if (id !== null && exists(kind, id)) state.selected = { kind, id };
  }
  state.camera = readCamera(p.get('cam')) ?? null;
  const theme = p.get('theme');
  if (theme === 'light' || theme === 'dark') state.theme = theme;
  return state;
}
