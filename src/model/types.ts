/**
 * rivalgraph/model/types: the loaded model, with defaults applied.
 *
 * `DocumentInput` (schema.ts) is what a user writes; `Model` is what the rest
 * of rivalgraph reads: every tie has an id, an intensity, a direction and an
 * evidence list, and dates are canonical strings.
 */
import type { Domain, NodeKind, NodeType, Polarity } from './vocabulary.js';

export interface Source {
  readonly title: string;
  readonly publisher?: string;
  readonly author?: string;
  readonly date?: string;
  readonly url?: string;
  readonly notes?: string;
}

export interface Evidence {
  readonly source: string;
  readonly quote?: string;
  readonly url?: string;
  readonly page?: string | number;
}

export interface NodeRecord {
  readonly id: string;
  readonly label: string;
  readonly kind: NodeKind;
  readonly type: NodeType;
  readonly aliases: readonly string[];
  readonly notes?: string;
  readonly tags: readonly string[];
}

export interface Tie {
  readonly id: string;
  readonly source: string;
  readonly target: string;
  readonly polarity: Polarity;
  readonly relation: string;
  readonly domain: Domain;
  /** Magnitude in (0, 10]; default 1. */
  readonly intensity: number;
  readonly directed: boolean;
  /** Canonical loose date, or undefined when the tie is timeless. */
  readonly start?: string;
  /** Canonical loose date, `ongoing`, or undefined (the tie lasts the period of its start). */
  readonly end?: string;
  readonly theater?: string;
  readonly evidence: readonly Evidence[];
  readonly confidence?: number;
  readonly tags: readonly string[];
  readonly notes?: string;
}

/** A validated graph file. */
export interface Model {
  readonly rivalgraph: 1;
  readonly title: string;
  readonly description?: string;
  readonly focus?: readonly [string, string];
  /** Buffers a source claims (node names), checked by the focus analysis. */
  readonly claims?: readonly string[];
  readonly sources: Readonly<Record<string, Source>>;
  readonly nodes: readonly NodeRecord[];
  readonly ties: readonly Tie[];
}

/** Default tie intensity when a file leaves it out. */
export const DEFAULT_INTENSITY = 1;
