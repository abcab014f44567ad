/**
 * rivalgraph/io/xml: XML text to a DOM with positions, and a DOM back to text.
 *
 * Both GEXF and GraphML go through @xmldom/xmldom: parsing keeps each
 * element's line and column so readers can point at the exact `<edge>`, and
 * serialising escapes every user string. XML 1.0 cannot carry most control
 * characters; writers refuse them with a clear error instead of writing a
 * file no tool can open.
 */
import { DOMParser, XMLSerializer, type Document, type Element } from '@xmldom/xmldom';
import { InputError, UserError } from '../model/errors.js';
import type { Position } from '../model/parse.js';
import { positionIndex } from '../model/position.js';

export type { Document, Element } from '@xmldom/xmldom';

/** Whether a code point is an XML 1.0 `Char` (tab, LF, CR, U+0020-U+D7FF, U+E000-U+FFFD, U+10000-U+10FFFF). */
function isXmlChar(cp: number): boolean {
  return cp === 9 || cp === 10 || cp === 13 || (cp >= 0x20 && cp <= 0xd7ff) || (cp >= 0xe000 && cp <= 0xfffd) || (cp >= 0x10000 && cp <= 0x10ffff);
}

/**
 * Refuse characters XML 1.0 forbids, raw or as character references (`&#0;`, `&#xD800;`):
 * xmldom would read them into labels that no XML writer (ours included) can write back.
 */
function refuseNonXmlChars(file: string, text: string): void {
  const at = (offset: number, what: string) =>
    new InputError([{ file, ...positionIndex(text)(offset), message: `${what} is not allowed in XML 1.0`, hint: 'remove it; XML files hold no control characters or lone surrogates' }]);
  const raw = NOT_XML.exec(text);
  if (raw) throw at(raw.index, `character U+${raw[0].charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`);
  const refs = /&#(?:x([0-9a-fA-F]+)|([0-9]+));/g;
  for (let m = refs.exec(text); m; m = refs.exec(text)) {
    const cp = m[1] !== undefined ? parseInt(m[1], 16) : parseInt(m[2]!, 10);
    if (!isXmlChar(cp)) throw at(m.index, `the character reference ${m[0]}`);
  }
}

/** Parse XML text; syntax errors become a located `InputError`. */
export function parseXml(file: string, text: string): Document {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  refuseNonXmlChars(file, body);
  try {
    return new DOMParser({
      // XML 1.0 line-end handling only: U+2028/U+2029/U+0085 inside values are data, not line breaks.
      normalizeLineEndings: (s: string) => s.replace(/\r\n?/g, '\n'),
      onError: (level: string, message: string) => {
        if (level !== 'warning') throw new Error(message);
      },
    }).parseFromString(body, 'application/xml');
  } catch (err) {
    const e = err as Error & { locator?: { lineNumber?: number; columnNumber?: number } };
    const raw = e.cause instanceof Error ? e.cause.message : e.message;
    const message = (/caused Error: ([^]*)$/.exec(raw)?.[1] ?? raw).replace(/^\w+: /, '');
    throw new InputError([
      {
        file,
        line: Math.max(1, e.locator?.lineNumber ?? 1),
        column: Math.max(1, e.locator?.columnNumber ?? 1),
        message: `invalid XML: ${message}`,
        hint: 'check that the file is well-formed XML (every tag closed, & written &amp;)',
      },
    ]);
  }
}

/** Where an element starts in the text (1-based). */
export function positionOf(el: Element | null | undefined): Position {
  return { line: el?.lineNumber ?? 1, column: el?.columnNumber ?? 1 };
}

/** Child elements of `el` with a given local name (namespace ignored), in document order. */
export function children(el: Element, localName?: string): Element[] {
  const out: Element[] = [];
  for (let n = el.firstChild; n; n = n.nextSibling) {
    if (n.nodeType === 1 && (localName === undefined || (n as Element).localName === localName)) out.push(n as Element);
  }
  return out;
}

/** The first child element with a local name, if any. */
export function child(el: Element, localName: string): Element | undefined {
  return children(el, localName)[0];
}

/** Every descendant element with a local name, in document order. */
export function descendants(el: Element | Document, localName: string): Element[] {
  return Array.from(el.getElementsByTagNameNS('*', localName));
}

// Characters XML 1.0 cannot hold (C0 controls but tab, LF, CR; lone surrogates; U+FFFE/U+FFFF).
const NOT_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** Refuse a string XML cannot carry, naming where it comes from. */
export function xmlSafe(value: string, where: string): string {
  const m = NOT_XML.exec(value);
  if (m) {
    const code = m[0].charCodeAt(0).toString(16).toUpperCase().padStart(4, '0');
    throw new UserError(`${where}: character U+${code} cannot be written to XML`, 'remove control characters from the graph file');
  }
  return value;
}

/** Serialise a document: UTF-8 declaration, indentation already in the tree, CR kept as &#13;. */
export function serializeXml(doc: Document): string {
  const text = new XMLSerializer().serializeToString(doc).replace(/\r/g, '&#13;');
  return (text.startsWith('<?xml') ? text : `<?xml version="1.0" encoding="UTF-8"?>\n${text}`) + '\n';
}

/** Append `child` to `parent` on its own line, indented for `depth`. */
export function appendIndented(parent: Element, node: Element, depth: number): Element {
  const doc = parent.ownerDocument!;
  parent.appendChild(doc.createTextNode('\n' + '  '.repeat(depth)));
  parent.appendChild(node);
  return node;
}

/** Close an element whose children were appended with `appendIndented`. */
export function closeIndented(parent: Element, depth: number): void {
  if (parent.firstChild) parent.appendChild(parent.ownerDocument!.createTextNode('\n' + '  '.repeat(depth)));
}
