/**
 * rivalgraph/viewer/data: read the payload from the page and index it by id.
 */
import type { ViewerNode, ViewerPayload, ViewerTie } from '../presentation/payload.js';
import { decodePayload, type PayloadColumns } from '../presentation/columns.js';

/** Lookups the panels and reducers need. */
export interface DataIndex {
  readonly payload: ViewerPayload;
  readonly nodes: ReadonlyMap<string, ViewerNode>;
  readonly ties: ReadonlyMap<string, ViewerTie>;
  /** Ties touching each node, in file order. */
  readonly tiesOf: ReadonlyMap<string, readonly ViewerTie[]>;
}

/** Parse the JSON block the exporter wrote (never evaluated as script). */
export function readPayload(doc: Document): ViewerPayload {
  const block = doc.getElementById('rg-data');
  if (!block?.textContent) throw new Error('rivalgraph: no graph data in this page');
  const data = JSON.parse(block.textContent) as ViewerPayload | PayloadColumns;
  return 'layout' in data ? decodePayload(data) : data;
}

/** Index a payload by node and tie id. O(n + m). */
export function indexPayload(payload: ViewerPayload): DataIndex {
  const nodes = new Map(payload.nodes.map((n) => [n.id, n]));
  const ties = new Map(payload.ties.map((t) => [t.id, t]));
  const tiesOf = new Map<string, ViewerTie[]>(payload.nodes.map((n) => [n.id, []]));
  for (const t of payload.ties) {
    tiesOf.get(t.source)?.push(t);
    tiesOf.get(t.target)?.push(t);
  }
  return { payload, nodes, ties, tiesOf };
}

/** A node's label, or its id when unknown. */
export function labelOf(index: DataIndex, id: string): string {
  return index.nodes.get(id)?.label ?? id;
}
