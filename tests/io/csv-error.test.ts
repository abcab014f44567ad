/**
 * csv-parse errors as located problems: the position found by walking the quoting rules
 * must be where the fault is, for each error csv-parse raises.
 */
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { csvParseProblem, isCsvParseError, locateCsvFault } from '../../src/io/csv-error.js';

function problemOf(text: string) {
  try {
    parse(text, { relax_column_count: true, skip_empty_lines: true });
  } catch (err) {
    if (!isCsvParseError(err)) throw err;
    return csvParseProblem('f.csv', err, text);
  }
  return undefined;
}

describe('csv-parse errors, located', () => {
  it('throws on nothing for well-formed CSV, and finds no fault in it', () => {
    const ok = 'a,b\n"x, y","say ""hi"""\n"multi\nline",z\n';
    expect(problemOf(ok)).toBeUndefined();
    expect(locateCsvFault(ok)).toBeUndefined();
  });

  it('places an unclosed quote at the opening quote, not at the end of the file', () => {
    expect(problemOf('a,b\n1,2\n3,"4\n5,6\n7,8\n')).toMatchObject({ line: 3, column: 3, message: expect.stringMatching(/never closed/) });
  });

  it('places a quote inside an unquoted field at that quote', () => {
    expect(problemOf('a,b\n1,x"y"\n')).toMatchObject({ line: 2, column: 4, message: expect.stringMatching(/inside a field that does not start with a quote/) });
  });

  it('places text after a closing quote at its first character', () => {
    expect(problemOf('a,b\n1,"x"y\n')).toMatchObject({ line: 2, column: 6, message: expect.stringMatching(/after the closing quote/) });
    expect(problemOf('a,b\n"x\ny",z\n"p"q,r\n')).toMatchObject({ line: 4, column: 4 });
  });

  it('agrees with csv-parse on which line fails, over many generated broken files', () => {
    const pieces = ['a', 'b', '"q"', '"x""y"', '""', '"', 'z"', '"m\nn"', '"k"j'];
    let seed = 7;
    const rand = (n: number) => ((seed = (seed * 1103515245 + 12345) % 2 ** 31), seed % n);
    for (let k = 0; k < 300; k++) {
      const rows = Array.from({ length: 1 + rand(4) }, () => Array.from({ length: 1 + rand(3) }, () => pieces[rand(pieces.length)]).join(','));
      const text = rows.join('\n') + '\n';
      let failed = false;
      try {
        parse(text, { relax_column_count: true, skip_empty_lines: true });
      } catch {
        failed = true;
      }
      expect(locateCsvFault(text) !== undefined, JSON.stringify(text)).toBe(failed);
    }
  });
});
