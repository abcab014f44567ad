/**
 * rivalgraph/viewer/timeline: the time slider and its play button.
 *
 * At a date, only the ties active on that day are shown; "all dates" shows every tie.
 */
import { button, el } from './dom.js';
import { formatDay } from './format.js';
import type { Store, ViewState } from './state.js';

/** Frames of a full play from the first to the last day. */
const PLAY_FRAMES = 120;
const FRAME_MS = 100;

/** The slider; absent (null) when no tie is dated. */
export function timelinePanel(store: Store, days: { first: number; last: number } | null): { root: HTMLElement; sync: (s: ViewState) => void; togglePlay: () => void; step: (dir: 1 | -1) => void } | null {
  if (!days) return null;
  const step = Math.max(1, Math.round((days.last - days.first) / PLAY_FRAMES));
  const range = el('input', { attrs: { type: 'range', id: 'rg-date', min: String(days.first), max: String(days.last), step: '1', 'aria-label': 'Date' } });
  const label = el('output', { class: 'rg-date-label', attrs: { for: 'rg-date', id: 'rg-date-label' } });
  let timer: ReturnType<typeof setInterval> | null = null;
  const stop = () => {
    if (timer !== null) clearInterval(timer);
    timer = null;
    play.textContent = '▶';
    play.setAttribute('aria-pressed', 'false');
  };
  const advance = (dir: 1 | -1) => {
    const current = store.state.date ?? (dir === 1 ? days.first - step : days.last + step);
    const next = Math.min(days.last, Math.max(days.first, current + dir * step));
    store.set({ date: next });
    return next;
  };
  const togglePlay = () => {
    if (timer !== null) return stop();
    if (store.state.date === null || store.state.date >= days.last) store.set({ date: days.first });
    play.textContent = '❚❚';
    play.setAttribute('aria-pressed', 'true');
    timer = setInterval(() => {
      if (advance(1) >= days.last) stop();
    }, FRAME_MS);
  };
  const play = button('▶', 'Play through time (Space)', togglePlay, 'rg-btn rg-play');
  const all = button('All dates', 'Show ties of all dates', () => {
    stop();
    store.set({ date: null });
  });
  range.addEventListener('input', () => {
    stop();
    store.set({ date: Number(range.value) });
  });
  const root = el('fieldset', { class: 'rg-filter rg-timeline' }, el('legend', {}, 'Date'), el('div', { class: 'rg-row' }, play, range), el('div', { class: 'rg-row' }, label, all));
  return {
    root,
    togglePlay,
    step: (dir) => {
      stop();
      advance(dir);
    },
    sync: (s) => {
      range.value = String(s.date ?? days.last);
      label.textContent = s.date === null ? 'all dates' : formatDay(s.date);
      all.disabled = s.date === null;
    },
  };
}
