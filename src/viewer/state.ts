/**
 * rivalgraph/viewer/state: the view (filters, date, selection, camera, theme) and a tiny store.
 *
 * The state is plain data, so it can be written to the URL hash and read back.
 */
import type { ViewerPayload } from '../presentation/payload.js';

/** What is selected: a node or a tie, by id. */
export type Selection = { readonly kind: 'node' | 'tie'; readonly id: string };

/** The camera as sigma reports it. */
export interface Camera {
  readonly x: number;
  readonly y: number;
  readonly ratio: number;
  readonly angle: number;
}

export type { Theme } from '../presentation/palette.js';
import type { Theme } from '../presentation/palette.js';

/** Everything that defines what the page shows. */
export interface ViewState {
  readonly polarities: readonly string[];
  readonly domains: readonly string[];
  readonly kinds: readonly string[];
  readonly minIntensity: number;
  /** Day number shown by the time slider, or null for all dates. */
  readonly date: number | null;
  readonly selected: Selection | null;
  /** null: the home view, fitted to the canvas on this screen (camera.ts). */
  readonly camera: Camera | null;
  readonly theme: Theme;
}

function present(values: Iterable<string>): string[] {
  return [...new Set(values)].sort();
}

/** The default view of a payload: everything shown, all dates, nothing selected. */
export function defaultState(payload: ViewerPayload, theme: Theme = 'light'): ViewState {
  return {
    polarities: ['conflict', 'cooperation'],
    domains: present(payload.ties.map((t) => t.domain)),
    kinds: present(payload.nodes.map((n) => n.kind)),
    minIntensity: 0,
    date: null,
    selected: null,
    camera: null,
    theme,
  };
}

type Listener = (state: ViewState, previous: ViewState) => void;

/** Holds the state and tells listeners of every change. */
export class Store {
  private listeners: Listener[] = [];
  constructor(private current: ViewState) {}

  get state(): ViewState {
    return this.current;
  }

  /** Change part of the state and notify. */
  set(patch: Partial<ViewState>): void {
    const previous = this.current;
    this.current = { ...previous, ...patch };
    for (const l of this.listeners) l(this.current, previous);
  }

  subscribe(listener: Listener): void {
    this.listeners.push(listener);
  }
}
