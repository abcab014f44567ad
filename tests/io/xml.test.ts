import { describe, expect, it } from 'vitest';
import { parseXml, xmlSafe, positionOf, children } from '../../src/io/xml.js';
import { InputError, UserError } from '../../src/model/errors.js';

describe('xml', () => {
  it('parses with element positions and keeps U+2028 and CR references as data', () => {
    const doc = parseXml('f.xml', '<a>\n  <b x="1&#13;2\u20283"/>\n</a>');
    const b = children(doc.documentElement!, 'b')[0]!;
    expect(positionOf(b)).toEqual({ line: 2, column: 3 });
    expect(b.getAttribute('x')).toBe('1\r2\u20283');
  });

  it('turns malformed XML into a located InputError', () => {
    expect(() => parseXml('f.xml', '<a>\n<b></a>')).toThrow(InputError);
    try {
      parseXml('f.xml', '<a>\n<b></a>');
    } catch (err) {
      expect((err as InputError).problems[0]).toMatchObject({ file: 'f.xml', line: 2, message: expect.stringMatching(/^invalid XML: /) });
    }
  });

  it('refuses characters XML 1.0 cannot carry, and lets tab, LF, CR and astral characters through', () => {
    expect(xmlSafe('a\tb\nc\rd 😀', 'here')).toBe('a\tb\nc\rd 😀');
    expect(() => xmlSafe('a\u0000', 'node A label')).toThrow(UserError);
    expect(() => xmlSafe('a\uD800b', 'x')).toThrow(/U\+D800/);
    expect(() => xmlSafe('\uFFFF', 'x')).toThrow(/U\+FFFF/);
  });
});
