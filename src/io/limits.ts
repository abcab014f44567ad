/**
 * rivalgraph/io/limits: how much of a file any reader takes, in one place.
 *
 * Every reader (graph files, CSV edge lists, event files plain or compressed) goes
 * through these limits while it reads, so a hostile file (a bomb, `/dev/zero`, a
 * sparse file, a line that never ends) is refused within seconds with the limit it
 * hit and the flag that raises it. The CLI sets them from its global flags
 * (`setInputLimits`); worker threads receive the same values.
 */
import { UserError } from '../model/errors.js';

/** Limits on input; every key has a flag (LIMIT_FLAGS) and a default (DEFAULT_INPUT_LIMITS). */
export interface InputLimits {
  /** Largest graph file or edge list read whole (JSON, GEXF, GraphML, CSV), in bytes. */
  readonly maxBytes: number;
  /** Largest YAML file, in bytes (YAML keeps a syntax tree with positions: about 1 MB/s). */
  readonly maxYamlBytes: number;
  /** Largest decompressed size of one compressed event file (a .gz stream, or all members of a .zip). */
  readonly maxDecompressedBytes: number;
  /** Largest ratio of decompressed to compressed bytes (text compresses 5-20x; bombs 1,000x). */
  readonly maxRatio: number;
  /** Longest line (or quoted CSV record) of an event file or dyad table, in bytes. */
  readonly maxLineBytes: number;
}

const MB = 1024 * 1024;

export const DEFAULT_INPUT_LIMITS: InputLimits = Object.freeze({
  maxBytes: 256 * MB,
  maxYamlBytes: 16 * MB,
  maxDecompressedBytes: 8192 * MB,
  maxRatio: 100,
  maxLineBytes: 1 * MB,
});

/** The flag that raises each limit, and the unit its value is given in. */
export const LIMIT_FLAGS: Readonly<Record<keyof InputLimits, { readonly flag: string; readonly unit: number; readonly unitName: string }>> = Object.freeze({
  maxBytes: { flag: '--max-input-mb', unit: MB, unitName: 'MB' },
  maxYamlBytes: { flag: '--max-yaml-mb', unit: MB, unitName: 'MB' },
  maxDecompressedBytes: { flag: '--max-decompressed-mb', unit: MB, unitName: 'MB' },
  maxRatio: { flag: '--max-ratio', unit: 1, unitName: '' },
  maxLineBytes: { flag: '--max-line-kb', unit: 1024, unitName: 'KB' },
});

/**
 * Decompressed bytes read before the ratio is judged: a short file with a long run of one
 * character may compress well beyond the ratio and still be harmless.
 */
export const RATIO_FLOOR_BYTES = 16 * MB;

let current: InputLimits = DEFAULT_INPUT_LIMITS;

/** The limits in force. */
export function inputLimits(): InputLimits {
  return current;
}

/** Replace some limits (the rest keep their defaults); returns the limits in force. */
export function setInputLimits(limits: Partial<InputLimits> = {}): InputLimits {
  const next = { ...DEFAULT_INPUT_LIMITS };
  for (const [k, v] of Object.entries(limits) as [keyof InputLimits, number | undefined][]) {
    if (v === undefined) continue;
    if (!(Number.isFinite(v) && v > 0)) throw new UserError(`${LIMIT_FLAGS[k].flag} must be a positive number`, `the default is ${shown(k, DEFAULT_INPUT_LIMITS[k])}`);
    (next as Record<keyof InputLimits, number>)[k] = v;
  }
  current = Object.freeze(next);
  return current;
}

/** A limit's value in the unit of its flag, e.g. "256 MB". */
export function shown(key: keyof InputLimits, value: number = current[key]): string {
  const { unit, unitName } = LIMIT_FLAGS[key];
  const n = value / unit;
  return `${Number.isInteger(n) ? n : n.toFixed(1)}${unitName ? ` ${unitName}` : ''}`;
}

/** The refusal of an input that passed a limit: names the limit and the flag that raises it. */
export function overLimit(file: string, key: keyof InputLimits, what: string, extraHint?: string): UserError {
  const { flag } = LIMIT_FLAGS[key];
  const hint = `${extraHint ? `${extraHint}; ` : ''}if the file is genuine, raise the limit with ${flag} (now ${shown(key)})`;
  return new UserError(`${file}: ${what}`, hint);
}
