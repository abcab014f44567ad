/**
 * rivalgraph/presentation/columns: the payload as it travels inside the page, one array per field.
 *
 * An object per tie repeats every key 100,000 times and makes the browser build 100,000
 * objects before it can draw; columns are a third of the size and parse as flat arrays.
 * Repeated strings (kinds, types, polarities, relations, domains, dates) are indexes into one
 * string table; endpoints are node indexes; optional fields that most rows lack (theater,
 * confidence, notes, evidence, tags, aliases) sit in a sparse `extra` map by row.
 * `decodePayload` (run in the page) gives back exactly the objects `buildPayload` describes.
 * Pure, no Node or DOM API: the viewer bundles this file. O(n + m) both ways.
 */
import type { NodeRecord, Tie } from '../model/types.js';
import type { ViewerNode, ViewerPayload, ViewerPeriod, ViewerPeriods, ViewerTie } from './payload.js';

/** Node fields stored as columns; the rest of a node goes to `extra`. */
const NODE_COLUMNS = ['id', 'label', 'kind', 'type', 'x', 'y', 'size', 'short'] as const;
/** Tie fields stored as columns; the rest of a tie goes to `extra`. */
const TIE_COLUMNS = ['id', 'source', 'target', 'polarity', 'relation', 'domain', 'intensity', 'directed', 'start', 'end', 'from', 'to'] as const;
/** Fields that go to `extra` when present: every other field of a record (tsc checks the lists are complete). */
const NODE_EXTRA = ['aliases', 'notes', 'tags'] as const;
const TIE_EXTRA = ['theater', 'evidence', 'confidence', 'tags', 'notes'] as const;
type Covered<T, K> = Exclude<keyof T, K> extends never ? true : Exclude<keyof T, K>;
const nodesCovered: Covered<NodeRecord, (typeof NODE_COLUMNS)[number] | (typeof NODE_EXTRA)[number]> = true;
const tiesCovered: Covered<Tie, (typeof TIE_COLUMNS)[number] | (typeof TIE_EXTRA)[number]> = true;
void nodesCovered;
void tiesCovered;

/** Sparse fields by row index. */
export type Extra = Readonly<Record<string, Readonly<Record<string, unknown>>>>;

export interface NodeColumns {
  readonly id: readonly string[];
  readonly label: readonly string[];
  /** The canvas label, or null when it is the label. */
  readonly short: readonly (string | null)[];
  readonly kind: readonly number[];
  readonly type: readonly number[];
  readonly x: readonly number[];
  readonly y: readonly number[];
  readonly size: readonly number[];
  readonly extra: Extra;
}

export interface TieColumns {
  readonly id: readonly string[];
  readonly source: readonly number[];
  readonly target: readonly number[];
  readonly polarity: readonly number[];
  readonly relation: readonly number[];
  readonly domain: readonly number[];
  readonly intensity: readonly number[];
  readonly directed: readonly (0 | 1)[];
  /** String-table index of `start`/`end`, -1 when absent. */
  readonly start: readonly number[];
  readonly end: readonly number[];
  readonly from: readonly (number | null)[];
  readonly to: readonly (number | null)[];
  readonly extra: Extra;
}

/**
 * A period with its factions and switchers as columns of node rows: a random graph's year has
 * thousands of one-member factions, and an object per faction doubled their size.
 */
export interface PeriodColumn extends Omit<ViewerPeriod, 'factions' | 'switched'> {
  /** Faction labels, their sizes, and their members one faction after another. */
  readonly factions: { readonly labels: readonly string[]; readonly sizes: readonly number[]; readonly members: readonly number[] };
  readonly switched: { readonly nodes: readonly number[]; readonly from: readonly string[]; readonly to: readonly string[] };
}

/** The per-period figures as they travel in the page. */
export interface PeriodColumns extends Omit<ViewerPeriods, 'list'> {
  readonly list: readonly PeriodColumn[];
}

/** The page's data block: the payload's header fields, a string table and the two column sets. */
export interface PayloadColumns extends Omit<ViewerPayload, 'nodes' | 'ties' | 'periods'> {
  readonly layout: 'columns';
  readonly strings: readonly string[];
  readonly nodes: NodeColumns;
  readonly ties: TieColumns;
  readonly periods?: PeriodColumns;
}

/** Periods with node ids as rows of the node columns (`row` maps an id to its row). O(members). */
export function encodePeriods(periods: ViewerPeriods, row: ReadonlyMap<string, number>): PeriodColumns {
  const at = (id: string): number => {
    const i = row.get(id);
    if (i === undefined) throw new Error(`rivalgraph/presentation/columns: period node ${id} is not a node of the graph`);
    return i;
  };
  return {
    ...periods,
    list: periods.list.map(({ factions, switched, ...p }) => ({
      ...p,
      factions: { labels: factions.map((f) => f.label), sizes: factions.map((f) => f.members.length), members: factions.flatMap((f) => f.members.map(at)) },
      switched: { nodes: switched.map((x) => at(x.node)), from: switched.map((x) => x.from), to: switched.map((x) => x.to) },
    })),
  };
}

/** The periods with node ids again (in the page). */
export function decodePeriods(periods: PeriodColumns, ids: readonly string[]): ViewerPeriods {
  return {
    ...periods,
    list: periods.list.map(({ factions, switched, ...p }) => {
      let k = 0;
      return {
        ...p,
        factions: factions.labels.map((label, f) => ({ label, members: factions.members.slice(k, (k += factions.sizes[f]!)).map((i) => ids[i]!) })),
        switched: switched.nodes.map((i, j) => ({ node: ids[i]!, from: switched.from[j]!, to: switched.to[j]! })),
      };
    }),
  };
}

/** A string table that hands out indexes. */
export class StringTable {
  readonly list: string[] = [];
  private readonly index = new Map<string, number>();
  of(text: string): number {
    let i = this.index.get(text);
    if (i === undefined) {
      i = this.list.length;
      this.index.set(text, i);
      this.list.push(text);
    }
    return i;
  }
}

/** The node fields a row needs, whether read from a payload record or straight from a graph. */
type NodeRow = Pick<NodeRecord, 'label' | 'kind' | 'type'> & Partial<Pick<NodeRecord, (typeof NODE_EXTRA)[number]>>;
/** The tie fields a row needs (endpoints are given apart, as node ids). */
type TieRow = Pick<Tie, 'id' | 'polarity' | 'relation' | 'domain' | 'intensity' | 'directed' | 'start' | 'end'> & Partial<Pick<Tie, (typeof TIE_EXTRA)[number]>>;

/**
 * Fills the columns row by row: the one place that knows the column layout, used by
 * `encodePayload` (records) and by the exporter (io/html/payload.ts, straight from the graph,
 * which copies no tie into a new object: at 100,000 ties that copy cost seconds).
 */
export class ColumnsWriter {
  readonly strings = new StringTable();
  /** Row of each node id, as nodes are added. */
  readonly nodeRow = new Map<string, number>();
  private readonly n = {
    id: [] as string[], label: [] as string[], short: [] as (string | null)[], kind: [] as number[], type: [] as number[],
    x: [] as number[], y: [] as number[], size: [] as number[], extra: {} as Record<string, Record<string, unknown>>,
  };
  private readonly t = {
    id: [] as string[], source: [] as number[], target: [] as number[], polarity: [] as number[], relation: [] as number[], domain: [] as number[],
    intensity: [] as number[], directed: [] as (0 | 1)[], start: [] as number[], end: [] as number[], from: [] as (number | null)[], to: [] as (number | null)[],
    extra: {} as Record<string, Record<string, unknown>>,
  };

  /** Add a node (its id given apart: a graph keeps it as the key) with its place, size and canvas label (null when it is the label). */
  node(id: string, node: NodeRow, x: number, y: number, size: number, short: string | null): void {
    const { n, strings } = this;
    const i = n.id.length;
    this.nodeRow.set(id, i);
    n.id.push(id);
    n.label.push(node.label);
    n.short.push(short);
    n.kind.push(strings.of(node.kind));
    n.type.push(strings.of(node.type));
    n.x.push(x);
    n.y.push(y);
    n.size.push(size);
    const extra = pick(node as unknown as Record<string, unknown>, NODE_EXTRA);
    if (extra) n.extra[i] = extra;
  }

  /** Add a tie between two added nodes, with its span in days (null = open side). */
  tie(tie: TieRow, source: string, target: string, from: number | null, to: number | null): void {
    const { t, strings } = this;
    const i = t.id.length;
    t.id.push(tie.id);
    t.source.push(this.nodeRow.get(source)!);
    t.target.push(this.nodeRow.get(target)!);
    t.polarity.push(strings.of(tie.polarity));
    t.relation.push(strings.of(tie.relation));
    t.domain.push(strings.of(tie.domain));
    t.intensity.push(tie.intensity);
    t.directed.push(tie.directed ? 1 : 0);
    t.start.push(tie.start === undefined ? -1 : strings.of(tie.start));
    t.end.push(tie.end === undefined ? -1 : strings.of(tie.end));
    t.from.push(from);
    t.to.push(to);
    const extra = pick(tie as unknown as Record<string, unknown>, TIE_EXTRA);
    if (extra) t.extra[i] = extra;
  }

  /** The columns, after the header fields; the periods' node ids as rows. */
  finish(header: Omit<ViewerPayload, 'nodes' | 'ties' | 'periods'>, periods?: ViewerPeriods): PayloadColumns {
    return { ...header, layout: 'columns', strings: this.strings.list, nodes: this.n, ties: this.t, ...(periods ? { periods: encodePeriods(periods, this.nodeRow) } : {}) };
  }
}

/** Fill columns from records: `nodes` and `ties` as `buildPayload` describes them. */
export function encodePayload(payload: ViewerPayload): PayloadColumns {
  const { nodes, ties, periods, ...header } = payload;
  const w = new ColumnsWriter();
  for (const node of nodes) w.node(node.id, node, node.x, node.y, node.size, node.short ?? null);
  for (const tie of ties) w.tie(tie, tie.source, tie.target, tie.from, tie.to);
  return w.finish(header, periods);
}

/** The fields of `keys` that are present (empty arrays count as absent), or null. */
function pick(record: Readonly<Record<string, unknown>>, keys: readonly string[]): Record<string, unknown> | null {
  let out: Record<string, unknown> | null = null;
  for (const k of keys) {
    const v = record[k];
    if (v === undefined || (Array.isArray(v) && v.length === 0)) continue;
    (out ??= {})[k] = v;
  }
  return out;
}

/** Rebuild the records from the columns (in the page). */
export function decodePayload(c: PayloadColumns): ViewerPayload {
  const { layout: _layout, strings: s, nodes: n, ties: t, periods, ...header } = c;
  const nodes: ViewerNode[] = new Array(n.id.length);
  for (let i = 0; i < n.id.length; i++) {
    const short = n.short[i];
    nodes[i] = {
      id: n.id[i]!, label: n.label[i]!, kind: s[n.kind[i]!]!, type: s[n.type[i]!]!, x: n.x[i]!, y: n.y[i]!, size: n.size[i]!,
      ...(short !== null && short !== undefined ? { short } : {}),
      ...n.extra[i],
    } as ViewerNode;
  }
  const ties: ViewerTie[] = new Array(t.id.length);
  for (let i = 0; i < t.id.length; i++) {
    const start = t.start[i]!;
    const end = t.end[i]!;
    const tie: Record<string, unknown> = {
      id: t.id[i], source: n.id[t.source[i]!], target: n.id[t.target[i]!], polarity: s[t.polarity[i]!], relation: s[t.relation[i]!], domain: s[t.domain[i]!],
      intensity: t.intensity[i], directed: t.directed[i] === 1,
    };
    if (start >= 0) tie.start = s[start];
    if (end >= 0) tie.end = s[end];
    const extra = t.extra[i];
    if (extra) Object.assign(tie, extra);
    tie.from = t.from[i];
    tie.to = t.to[i];
    ties[i] = tie as unknown as ViewerTie;
  }
  return { ...header, nodes, ties, ...(periods ? { periods: decodePeriods(periods, n.id) } : {}) } as ViewerPayload;
}
