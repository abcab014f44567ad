/**
 * rivalgraph/report/terminal: text for a terminal or a Markdown file, with every control character visible.
 *
 * A label, title, id or country name may hold ESC, BEL or a bidi override
 * (`unknown node "ESC]0;OWNED BEL ESC[2J"` would set the terminal title and clear the
 * screen). `visible` writes such characters as `\u001b`-style text; for JSON
 * strings that is the same value (lossless), for text it is what a reader sees.
 * Colours stay: `terminalStyle` draws them as markers with a per-process secret, which
 * `terminalText` turns back into escape codes only after escaping everything else,
 * so no input can forge one. Every text writer of the CLI goes through `terminalText`.
 */
import { randomBytes } from 'node:crypto';
import pc from 'picocolors';
import type { Style } from './style.js';

/**
 * C0 controls but tab and newline, DEL, C1 controls, the Arabic letter mark, the bidi
 * marks, embeddings, overrides and isolates, and the line and paragraph separators.
 */
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028-\u202e\u2066-\u2069]/g;

/** `s` with every control character written as visible `\uXXXX` text. */
export function visible(s: string): string {
  return s.replace(CONTROL, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

const SECRET = randomBytes(6).toString('hex');
/** Stands for ESC in styled text until `terminalText` has escaped the rest. */
const MARK = `\uE000${SECRET}\uE001`;
/** Hides an ESC of the input while a colour function runs, so it is not taken for one of ours. */
const HIDE = `\uE002${SECRET}\uE003`;

/** Colour functions whose escape codes survive `terminalText` (and only those). */
export function terminalStyle(color: boolean): Style {
  const base = pc.createColors(color);
  if (!color) return base;
  const out: Record<string, unknown> = {};
  for (const [name, fn] of Object.entries(base)) {
    out[name] =
      typeof fn === 'function'
        ? (s: unknown) => (fn as (s: string) => string)(String(s).replaceAll('\x1b', HIDE)).replaceAll('\x1b', MARK).replaceAll(HIDE, '\x1b')
        : fn;
  }
  return out as unknown as Style;
}

/** The text to write to a terminal or a Markdown file: controls made visible, `terminalStyle` colours restored. */
export function terminalText(s: string): string {
  return visible(s).replaceAll(MARK, '\x1b');
}
