/**
 * Terminal text: control characters become visible; our colours survive; no input can forge one.
 */
import { describe, expect, it } from 'vitest';
import { terminalStyle, terminalText, visible } from '../../src/report/terminal.js';

describe('visible / terminalText', () => {
  it('writes C0, DEL, C1, ESC, BEL and bidi controls as \\u escapes, keeping tab and newline', () => {
    expect(visible('a\x1b]0;T\x07b\tc\nd\u202ee\u009bf\x7fg\rh')).toBe('a\\u001b]0;T\\u0007b\tc\nd\\u202ee\\u009bf\\u007fg\\u000dh');
  });

  it('is lossless on JSON text: escaped output parses to the same value', () => {
    const value = { label: 'x\u009b\u202e\u2066y', n: 1 };
    expect(JSON.parse(visible(JSON.stringify(value)))).toEqual(value);
  });

  it('keeps the colours of terminalStyle and escapes an ESC inside a coloured label', () => {
    const style = terminalStyle(true);
    const text = terminalText(`${style.red('Ru\x1b[2Jssia')} and ${style.bold(style.green('Tur\x1bkey'))}`);
    expect(text).toContain('\x1b[31m');
    expect(text).toContain('Ru\\u001b[2Jssia');
    expect(text).toContain('Tur\\u001bkey');
    expect(text.replace(/\x1b\[\d+m/g, '')).not.toMatch(/\x1b/);
  });

  it('gives plain text with colours off', () => {
    expect(terminalText(terminalStyle(false).red('a\x07'))).toBe('a\\u0007');
  });
});
