/**
 * rivalgraph/analysis/focus/events: the pair's history as one list of signed, dated events.
 *
 * A direct tie between the pair is an event; so is each shared project and
 * each proxy path (mediated.ts), weighted by `mediatedWeight`. Compartments,
 * buffers, the timeline and the outlook all read this list, so they agree.
 */
import { tieSpan, type Span } from '../../model/span.js';
import { formatDay } from '../../model/dates.js';
import type { Domain, Polarity } from '../../model/vocabulary.js';
import type { TieAttributes, TieGraph } from '../../model/graph.js';

/** How an event links the pair. */
export type EventKind = 'direct' | 'shared-project' | 'proxy-war' | 'proxy-attack';

/** One signed event between the pair. */
export interface PairEvent {
  /** The tie id for a direct tie; `kind:tie+tie+...` for a mediated one. */
  readonly id: string;
  readonly kind: EventKind;
  readonly polarity: Polarity;
  readonly domain: Domain;
  readonly theater?: string;
  /** Intensity as written (the weakest link for a path). */
  readonly intensity: number;
  /** Intensity times the weight of its kind: what sums use. */
  readonly weight: number;
  readonly span: Span;
  /** The day it began before any date window clipped it (its span's first day otherwise). */
  readonly onset?: number;
  readonly ties: readonly string[];
  /** The path in words, e.g. "TUR backs AZE; RUS backs ARM; AZE fights ARM". */
  readonly text: string;
}

/** A tie in words, actor first: "A buys PIPELINE" or "A patrols-with B". */
export function tieText(t: TieAttributes): string {
  return `${t.source} ${t.relation} ${t.target}`;
}

/** The other end of a tie seen from `node`. */
export function otherEnd(t: TieAttributes, node: string): string {
  return t.source === node ? t.target : t.source;
}

/** The days two spans share, or undefined when they do not meet. */
export function intersect(a: Span, b: Span): Span | undefined {
  const first = Math.max(a.first, b.first);
  const last = Math.min(a.last, b.last);
  return first <= last ? { first, last } : undefined;
}

/** A span for JSON: ISO days, `null` for an open start, `"ongoing"` for an open end. */
export interface SpanJson {
  readonly from: string | null;
  readonly to: string | null;
}

/** Write a span for readers and JSON. */
export function spanJson(s: Span): SpanJson {
  return {
    from: Number.isFinite(s.first) ? formatDay(s.first) : null,
    to: Number.isFinite(s.last) ? formatDay(s.last) : s.first === -Infinity ? null : 'ongoing',
  };
}

/** "2020-09-27..2020-11-10", "2005-01-01..ongoing" or "undated". */
export function spanText(s: Span): string {
  const j = spanJson(s);
  return j.from === null ? 'undated' : `${j.from}..${j.to}`;
}

/** Every tie joining two nodes, in either direction, oldest first (undated first), then by id. */
export function tiesBetween(graph: TieGraph, a: string, b: string): TieAttributes[] {
  const out: { t: TieAttributes; first: number }[] = [];
  graph.forEachEdge(a, (_key, t) => {
    if (otherEnd(t, a) === b) out.push({ t, first: tieSpan(t).first });
  });
  return out.sort((x, y) => x.first - y.first || (x.t.id < y.t.id ? -1 : x.t.id > y.t.id ? 1 : 0)).map((x) => x.t);
}

/** Stable order: by start day (undated first), then id. */
export function byStartThenId(x: PairEvent, y: PairEvent): number {
  return x.span.first - y.span.first || (x.id < y.id ? -1 : x.id > y.id ? 1 : 0);
}
