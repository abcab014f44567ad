/**
 * rivalgraph/io/csv-error: a csv-parse error as a located problem in words a reader knows.
 *
 * csv-parse reports a broken quote with the line where it noticed it ("the parsing is
 * finished with an opening quote at line 3", i.e. the end of the file) and a field
 * index, not where the stray quote stands. Once an error is thrown, `locateCsvFault`
 * walks the text again with the RFC 4180 quoting rules csv-parse applies (a field is
 * quoted when it starts with `"`, `""` is a quote inside it, the closing `"` must be
 * followed by the delimiter or the end of the line) and finds the first character
 * that breaks them: the opening quote never closed, a quote inside an unquoted
 * field, or the character after a closing quote. It runs only after a failure,
 * O(length of the text).
 */
import { InputError, type Problem } from '../model/errors.js';
import { readBounded } from './safe-read.js';

/** What went wrong, in a reader's words, with a hint; keyed by csv-parse's error code. */
const REASONS: Readonly<Record<string, readonly [string, string]>> = Object.freeze({
  CSV_QUOTE_NOT_CLOSED: ['a quoted field is never closed (no closing " before the end of the file)', 'close the quote; a quote inside a quoted field is written twice: ""'],
  INVALID_OPENING_QUOTE: ['a " inside a field that does not start with a quote', 'quote the whole field and write the inner quote twice: "say ""no"""'],
  CSV_INVALID_OPENING_QUOTE: ['a " inside a field that does not start with a quote', 'quote the whole field and write the inner quote twice: "say ""no"""'],
  CSV_INVALID_CLOSING_QUOTE: ['text after the closing quote of a field', 'put the delimiter right after the closing quote, or write a quote meant as text twice: ""'],
  CSV_NON_TRIMABLE_CHAR_AFTER_CLOSING_QUOTE: ['text after the closing quote of a field', 'put the delimiter right after the closing quote'],
  CSV_MAX_RECORD_SIZE: ['a row longer than the line-length limit (often a quote that is never closed)', 'check the quotes around this line; --max-line-bytes raises the limit'],
  CSV_RECORD_INCONSISTENT_FIELDS_LENGTH: ['a row with a different number of fields than the header', 'give every row the columns of the header'],
  CSV_RECORD_INCONSISTENT_COLUMNS: ['a row with a different number of fields than the header', 'give every row the columns of the header'],
});

/** Where the quoting of `text` first breaks: 1-based line and column (in characters), or undefined when it does not. */
export function locateCsvFault(text: string, delimiter = ','): { line: number; column: number } | undefined {
  const QUOTE = 34;
  const delim = delimiter.charCodeAt(0);
  let line = 1;
  let lineStart = 0;
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  const at = (pos: number, l = line, ls = lineStart) => ({ line: l, column: pos - ls + 1 });
  const n = text.length;
  while (i < n) {
    // Start of a field.
    if (text.charCodeAt(i) === QUOTE) {
      const open = at(i);
      i++;
      for (;;) {
        if (i >= n) return open;
        const c = text.charCodeAt(i);
        if (c === 10) {
          line++;
          lineStart = i + 1;
        } else if (c === QUOTE) {
          if (text.charCodeAt(i + 1) === QUOTE) i++;
          else break;
        }
        i++;
      }
      i++; // past the closing quote
      const c = text.charCodeAt(i);
      if (i < n && c !== delim && c !== 10 && !(c === 13 && (i + 1 === n || text.charCodeAt(i + 1) === 10))) return at(i);
    } else {
      while (i < n) {
        const c = text.charCodeAt(i);
        if (c === delim || c === 10) break;
        if (c === QUOTE) return at(i);
        i++;
      }
    }
    if (i >= n) break;
    const c = text.charCodeAt(i);
    if (c === 13) i++;
    if (text.charCodeAt(i) === 10) {
      line++;
      lineStart = i + 1;
    }
    i++;
  }
  return undefined;
}

/** Whether `err` is an error thrown by csv-parse (they carry a `code` such as CSV_QUOTE_NOT_CLOSED). */
export function isCsvParseError(err: unknown): err is Error & { code: string; lines?: number } {
  return err instanceof Error && typeof (err as { code?: unknown }).code === 'string' && /^(CSV_|INVALID_)/.test((err as unknown as { code: string }).code) && !(err instanceof InputError);
}

/** The located problem of a csv-parse error; `text` (when the file could be read whole) places it to the character. */
export function csvParseProblem(file: string, err: Error & { code: string; lines?: number }, text?: string, delimiter = ','): Problem {
  const [message, hint] = REASONS[err.code] ?? [`not readable as CSV (${err.message.replace(/\s+/g, ' ').slice(0, 200)})`, 'check the quotes and delimiters around this line'];
  const quoteFault = /QUOTE/.test(err.code);
  const where = quoteFault && text !== undefined ? locateCsvFault(text, delimiter) : undefined;
  const line = where?.line ?? (typeof err.lines === 'number' && err.lines > 0 ? err.lines : undefined);
  return { file, ...(line !== undefined ? { line } : {}), ...(where ? { column: where.column } : {}), message, hint };
}

/** Rethrow a csv-parse error as a located `InputError`; anything else unchanged. */
export function rethrowCsvError(file: string, err: unknown, text?: string | (() => string | undefined), delimiter = ','): never {
  if (!isCsvParseError(err)) throw err;
  const body = typeof text === 'function' ? text() : text;
  throw new InputError([csvParseProblem(file, err, body, delimiter)]);
}

/** Records of a streamed csv-parse parser; a parse error becomes a located `InputError` (the file is read again, within the size limit, to place it). */
export async function* locatedCsv<T>(file: string, records: AsyncIterable<T>, delimiter = ','): AsyncGenerator<T> {
  try {
    for await (const r of records) yield r;
  } catch (err) {
    rethrowCsvError(file, err, () => {
      try {
        return readBounded(file).toString('utf8');
      } catch {
        return undefined; // too large to place to the column: the line csv-parse gives stands
      }
    }, delimiter);
  }
}
