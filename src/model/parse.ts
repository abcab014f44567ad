/**
 * rivalgraph/model/parse: YAML or JSON text to plain data plus a source map.
 *
 * The source map turns a data path (`['ties', 3, 'polarity']`) back into a
 * line and column, so that every later problem, from the schema or from the
 * referential checks, points at the exact place in the user's file.
 */
import { isMap, isPair, isScalar, LineCounter, parseDocument, visit, type Node as YamlNode } from 'yaml';
import { parse as parseJsonc, parseTree, printParseErrorCode, type Node as JsonNode, type ParseError } from 'jsonc-parser';
import type { Problem } from './errors.js';
import { offsetToPosition, positionIndex, type Position } from './position.js';
import { duplicateKeys } from './json-keys.js';

export { offsetToPosition, type Position } from './position.js';

/** A path into parsed data: object keys and array indices. */
export type DataPath = readonly (string | number)[];

/** Maps data paths to positions; `key: true` points at the key rather than the value. */
export interface SourceMap {
  locate(path: DataPath, options?: { key?: boolean }): Position;
}

/** Parsed text: the data and its source map, or the syntax problems found. */
export type ParseResult =
  | { readonly ok: true; readonly data: unknown; readonly sourceMap: SourceMap }
  | { readonly ok: false; readonly problems: Problem[] };

/** Limits that keep hostile input from exhausting memory or the stack. */
export const PARSE_LIMITS = Object.freeze({
  /** Alias expansions allowed in YAML (the "billion laughs" guard). */
  maxAliasCount: 100,
  /** Deepest bracket or indentation nesting accepted. */
  maxDepth: 64,
});

/** Find where flow nesting (`[`/`{`) first exceeds the limit, outside strings; -1 if never. */
function deepNestingOffset(text: string, maxDepth: number): number {
  let depth = 0;
  let quote = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (quote) {
      if (c === 92 /* \ */ && quote === 34) i++;
      else if (c === quote) quote = 0;
      continue;
    }
    if (c === 34 /* " */) quote = 34;
    else if (c === 91 || c === 123) {
      if (++depth > maxDepth) return i;
    } else if (c === 93 || c === 125) depth = Math.max(0, depth - 1);
    else if (c === 35 /* # */) {
      while (i < text.length && text.charCodeAt(i) !== 10) i++;
    }
  }
  return -1;
}

function nestingProblem(file: string, text: string): Problem[] {
  const at = deepNestingOffset(text, PARSE_LIMITS.maxDepth);
  if (at < 0) return [];
  return [
    {
      file,
      ...offsetToPosition(text, at),
      message: `nesting deeper than ${PARSE_LIMITS.maxDepth} levels`,
      hint: 'a graph file is at most a few levels deep; this does not look like one',
    },
  ];
}

/** Parse JSON strictly (no comments, no trailing commas), keeping offsets for the source map. */
export function parseJsonText(file: string, text: string): ParseResult {
  const deep = nestingProblem(file, text);
  if (deep.length) return { ok: false, problems: deep };
  let data: unknown;
  const errors: ParseError[] = [];
  try {
    data = JSON.parse(text); // fast path; jsonc-parser only runs to locate a syntax error
  } catch {
    parseJsonc(text, errors, { allowTrailingComma: false, disallowComments: true });
    if (!errors.length) errors.push({ error: 1 /* InvalidSymbol */, offset: 0, length: 0 } as unknown as ParseError);
  }
  if (errors.length) {
    // Later JSON errors are mostly echoes of the first: report the first only.
    const e = errors[0]!;
    const before = /,\s*$/.exec(text.slice(Math.max(0, e.offset - 200), e.offset));
    const problem: Problem = before
      ? { file, ...offsetToPosition(text, e.offset - before[0].length), message: 'invalid JSON: trailing comma', hint: 'JSON allows no comma after the last item; remove it' }
      : { file, ...offsetToPosition(text, e.offset), message: `invalid JSON: ${jsonErrorText(printParseErrorCode(e.error))}`, hint: 'check the JSON syntax near this point' };
    return { ok: false, problems: [problem] };
  }
  const position = positionIndex(text);
  const duplicates = duplicateKeys(text, data);
  if (duplicates.length) {
    return {
      ok: false,
      problems: duplicates.map((d) => ({ file, ...position(d.offset), message: `duplicate key "${d.key}"`, hint: 'each key may appear once per object (JSON readers differ on which one wins)' })),
    };
  }
  // The syntax tree is only needed to locate problems: build it on first use; each object's
  // keys are indexed on first lookup, so locating k problems costs O(text + k), not O(k * keys).
  let tree: JsonNode | undefined | null = null;
  const keyIndex = new WeakMap<JsonNode, Map<string, JsonNode>>();
  const child = (node: JsonNode, segment: string | number): JsonNode | undefined => {
    if (typeof segment === 'number') return node.type === 'array' ? node.children?.[segment] : undefined;
    if (node.type !== 'object') return undefined;
    let keys = keyIndex.get(node);
    if (!keys) {
      keys = new Map();
      for (const prop of node.children ?? []) {
        const [k, v] = prop.children ?? [];
        if (k && v && typeof k.value === 'string' && !keys.has(k.value)) keys.set(k.value, v);
      }
      keyIndex.set(node, keys);
    }
    return keys.get(segment);
  };
  const sourceMap: SourceMap = {
    locate(path, options) {
      tree ??= parseTree(text);
      // The deepest existing node on the path (an ancestor when the path is missing).
      let node: JsonNode | undefined = tree ?? undefined;
      for (const segment of path) {
        const next = node && child(node, segment);
        if (!next) break;
        node = next;
      }
      if (node && options?.key && node.parent?.type === 'property' && node.parent.children?.[0]) {
        node = node.parent.children[0];
      }
      return position(node?.offset ?? 0);
    },
  };
  return { ok: true, data, sourceMap };
}

function jsonErrorText(code: string): string {
  return code.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
}

/** Parse YAML 1.2 (core schema, unique keys, bounded aliases) keeping positions for the source map. */
export function parseYamlText(file: string, text: string): ParseResult {
  const deep = nestingProblem(file, text);
  if (deep.length) return { ok: false, problems: deep };
  const lineCounter = new LineCounter();
  // `schema: 'core'` pins YAML 1.2's core schema even under a `%YAML 1.1` directive (which would read `no` as false).
  const doc = parseDocument(text, { lineCounter, uniqueKeys: true, prettyErrors: false, strict: true, schema: 'core' });
  const located = (offset: number): Position => {
    const p = lineCounter.linePos(offset);
    return { line: p.line, column: p.col };
  };
  if (doc.errors.length) {
    return {
      ok: false,
      problems: doc.errors.slice(0, 20).map((e) => ({
        file,
        ...located(e.pos[0]),
        message: `invalid YAML: ${e.message.split('\n')[0]}`,
        hint: yamlHint(e.code, e.message),
      })),
    };
  }
  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: PARSE_LIMITS.maxAliasCount });
  } catch (err) {
    let firstAlias = 0;
    visit(doc, {
      Alias(_key, node) {
        firstAlias = node.range?.[0] ?? 0;
        return visit.BREAK;
      },
    });
    return {
      ok: false,
      problems: [
        {
          file,
          ...located(firstAlias),
          message: `refused: ${(err as Error).message}`,
          hint: `at most ${PARSE_LIMITS.maxAliasCount} alias expansions are allowed; write the data out instead of nesting aliases`,
        },
      ],
    };
  }
  const sourceMap: SourceMap = {
    locate(path, options) {
      for (let n = path.length; n >= 0; n--) {
        const sub = path.slice(0, n);
        if (options?.key && n === path.length && n > 0) {
          const parent = sub.length > 1 ? doc.getIn(sub.slice(0, -1), true) : doc.contents;
          if (isMap(parent)) {
            const pair = parent.items.find((it) => isPair(it) && isScalar(it.key) && it.key.value === sub[sub.length - 1]);
            const keyNode = pair?.key as YamlNode | undefined;
            if (keyNode?.range) return located(keyNode.range[0]);
          }
        }
        const node = (n === 0 ? doc.contents : doc.getIn(sub, true)) as YamlNode | null | undefined;
        if (node && typeof node === 'object' && 'range' in node && node.range) return located(node.range[0]);
      }
      return { line: 1, column: 1 };
    },
  };
  return { ok: true, data, sourceMap };
}

function yamlHint(code: string, message: string): string {
  if (/tab/i.test(message)) return 'YAML indents with spaces, never tabs';
  if (code === 'DUPLICATE_KEY') return 'each key may appear once per mapping';
  if (code === 'BAD_INDENT' || code === 'MISSING_CHAR') return 'check the indentation and the `:` after each key';
  return 'check the YAML syntax near this point';
}

/** Parse by file type: `.json` strictly as JSON, anything else as YAML. */
export function parseText(file: string, text: string): ParseResult {
  return /\.json$/i.test(file) ? parseJsonText(file, text) : parseYamlText(file, text);
}
