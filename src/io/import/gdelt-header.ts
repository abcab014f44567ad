/**
 * rivalgraph/io/import/gdelt-header: GDELT event files saved with a header row, as BigQuery and
 * pandas write them (comma-separated with RFC 4180 quotes, or tab-separated).
 *
 * The header's names (GDELT's own: `SQLDATE`, `Actor1CountryCode`, ..., case-insensitive) say
 * where each column is; each row is then rebuilt as a tab-separated row of GDELT's layout (57,
 * 58 or 61 columns, absent columns empty) for the byte parser, with the column in characters
 * where each field started in the original line, so messages point into the file as it is.
 * A first line naming none of GDELT's key columns is no header: it is read as a row.
 */
import { GDELT_COLUMNS_61 } from './sql.js';
import type { GdeltColumns } from './gdelt-parse.js';

/** Columns the import reads; a header must name all of them. */
const NEEDED = ['sqldate', 'actor1countrycode', 'actor2countrycode', 'eventcode', 'eventrootcode', 'quadclass', 'goldsteinscale', 'nummentions'];

/** Where each GDELT layout column is in the file (-1: absent), and how fields are separated. */
export interface GdeltHeader {
  readonly layout: GdeltColumns;
  readonly delimiter: ',' | '\t';
  /** For each column of the layout, its index in the file's rows, or -1. */
  readonly source: Int32Array;
  /** Fields in the header (every row has as many). */
  readonly width: number;
}

/** Fields of one delimited line, with the 0-based character offset where each starts; RFC 4180 quotes when the delimiter is a comma. */
export function splitFields(text: string, delimiter: ',' | '\t'): { fields: string[]; starts: number[] } {
  const fields: string[] = [];
  const starts: number[] = [];
  let i = 0;
  for (;;) {
    starts.push(i);
    if (delimiter === ',' && text[i] === '"') {
      let v = '';
      i++;
      for (;;) {
        const q = text.indexOf('"', i);
        if (q < 0) {
          v += text.slice(i);
          i = text.length;
          break;
        }
        v += text.slice(i, q);
        if (text[q + 1] === '"') {
          v += '"';
          i = q + 2;
        } else {
          i = q + 1;
          break;
        }
      }
      fields.push(v);
      const next = text.indexOf(delimiter, i);
      if (next < 0) return { fields, starts };
      i = next + 1;
      continue;
    }
    const next = text.indexOf(delimiter, i);
    if (next < 0) {
      fields.push(text.slice(i));
      return { fields, starts };
    }
    fields.push(text.slice(i, next));
    i = next + 1;
  }
}

/** The header of a first line, or undefined when it names none of GDELT's key columns. */
export function detectHeader(line: string): GdeltHeader | undefined {
  const text = line.replace(/^\uFEFF/, '');
  const delimiter = text.includes('\t') ? '\t' : ',';
  const names = splitFields(text, delimiter).fields.map((n) => n.trim().toLowerCase());
  if (!NEEDED.every((n) => names.includes(n))) return undefined;
  const has = (n: string) => names.includes(n.toLowerCase());
  const layout: GdeltColumns = GDELT_COLUMNS_61.filter((c) => c.endsWith('_ADM2Code')).some(has) ? 61 : has('SOURCEURL') ? 58 : 57;
  const cols = layout === 61 ? GDELT_COLUMNS_61 : GDELT_COLUMNS_61.filter((c) => !c.endsWith('_ADM2Code')).slice(0, layout);
  return { layout, delimiter, source: Int32Array.from(cols, (c) => names.indexOf(c.toLowerCase())), width: names.length };
}

/** Whether a line may be a header: its first byte is a letter, a quote or a byte-order mark (rows start with an event id). */
export function mayBeHeader(buf: Buffer, start: number, end: number): boolean {
  if (end <= start) return false;
  const b = buf[start]!;
  return (b >= 65 && b <= 90) || (b >= 97 && b <= 122) || b === 34 || b === 0xef;
}

/**
 * A row of a headed file as a tab-separated row of the header's layout (tabs inside fields become
 * spaces), and for each rebuilt column the 1-based character column where it started in the file
 * (the line's end + 1 for an absent one).
 */
export function rebuildRow(text: string, h: GdeltHeader): { line: Buffer; columns: number[]; fieldCount: number } {
  const { fields, starts } = splitFields(text, h.delimiter);
  const out: string[] = [];
  const columns: number[] = [];
  const codePoints = (n: number) => {
    let c = 0;
    for (let k = 0; k < n; k++) {
      const u = text.charCodeAt(k);
      if (u < 0xdc00 || u > 0xdfff) c++;
    }
    return c;
  };
  for (let i = 0; i < h.source.length; i++) {
    const j = h.source[i]!;
    const v = j >= 0 && j < fields.length ? fields[j]! : '';
    out.push(v.includes('\t') ? v.replace(/\t/g, ' ') : v);
    columns.push(j >= 0 && j < fields.length ? codePoints(starts[j]!) + 1 : codePoints(text.length) + 1);
  }
  return { line: Buffer.from(out.join('\t'), 'utf8'), columns, fieldCount: fields.length };
}
