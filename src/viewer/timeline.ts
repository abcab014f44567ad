/**
 * rivalgraph/viewer/timeline: the time slider and its play button, in the dock under the graph.
 *
 * At a date, only the ties active on that day are shown; "All dates" shows every tie. The slider
 * starts where the record becomes dense (time-range.ts); "Full range" extends it to the first
 * dated tie. Play and the step keys move through the ties' start days in equal shares of ties.
 */
import { button, el } from './dom.js';
import { formatDay } from './format.js';
import { playDays, type TimeRange } from './time-range.js';
import type { Store, ViewState } from './state.js';

const FRAME_MS = 100;

/** The slider's controls. */
export interface TimelinePanel {
  readonly root: HTMLElement;
  sync(s: ViewState): void;
  togglePlay(): void;
  step(dir: 1 | -1): void;
}

/** The slider; absent (null) when no tie is dated. */
export function timelinePanel(store: Store, range: TimeRange | null): TimelinePanel | null {
  if (!range) return null;
  let full = range.dense <= range.first;
  const start = () => (full ? range.first : range.dense);
  let days = playDays(range, start());
  const slider = el('input', { attrs: { type: 'range', id: 'rg-date', min: String(start()), max: String(range.last), step: '1', 'aria-label': 'Date' } });
  const label = el('output', { class: 'rg-date-label', attrs: { for: 'rg-date', id: 'rg-date-label' } });
  let timer: ReturnType<typeof setInterval> | null = null;
  const stop = () => {
    if (timer !== null) clearInterval(timer);
    timer = null;
    play.textContent = '▶';
    play.setAttribute('aria-pressed', 'false');
  };
  /** The next (or previous) play day after the shown date. */
  const advance = (dir: 1 | -1): number => {
    const current = store.state.date;
    let next: number;
    if (current === null) next = dir === 1 ? days[0]! : days[days.length - 1]!;
    else if (dir === 1) next = days.find((d) => d > current) ?? range.last;
    else next = [...days].reverse().find((d) => d < current) ?? days[0]!;
    store.set({ date: next });
    return next;
  };
  const togglePlay = () => {
    if (timer !== null) return stop();
    if (store.state.date === null || store.state.date >= range.last || store.state.date < start()) store.set({ date: days[0]! });
    play.textContent = '❚❚';
    play.setAttribute('aria-pressed', 'true');
    timer = setInterval(() => {
      if (advance(1) >= range.last) stop();
    }, FRAME_MS);
  };
  const setFull = (value: boolean) => {
    full = value;
    days = playDays(range, start());
    slider.min = String(start());
    wide.setAttribute('aria-pressed', String(full));
    wide.textContent = full ? `From ${formatDay(range.dense).slice(0, 4)}` : 'Full range';
    wide.title = full ? `Start the slider at ${formatDay(range.dense)}, where the record becomes dense` : `Extend the slider to the first dated tie (${formatDay(range.first)})`;
  };
  const play = button('▶', 'Play through time (Space)', togglePlay, 'rg-btn rg-play');
  play.id = 'rg-play';
  const all = button('All dates', 'Show ties of all dates', () => {
    stop();
    store.set({ date: null });
  });
  all.id = 'rg-all-dates';
  const wide = button('', '', () => setFull(!full));
  wide.id = 'rg-full-range';
  wide.removeAttribute('aria-label');
  wide.hidden = range.dense <= range.first;
  setFull(full);
  slider.addEventListener('input', () => {
    stop();
    store.set({ date: Number(slider.value) });
  });
  const root = el('div', { class: 'rg-timeline', attrs: { role: 'group', 'aria-label': 'Time' } }, play, slider, label, all, wide);
  return {
    root,
    togglePlay,
    step: (dir) => {
      stop();
      advance(dir);
    },
    sync: (s) => {
      // A date before the dense start (from a saved link) opens the full range.
      if (s.date !== null && s.date < start()) setFull(true);
      slider.value = String(s.date ?? range.last);
      label.textContent = s.date === null ? 'all dates' : formatDay(s.date);
      all.disabled = s.date === null;
    },
  };
}
