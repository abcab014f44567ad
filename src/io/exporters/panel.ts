/**
 * rivalgraph/io/exporters/panel: the dyad x period panel as CSV (analysis/panel.ts).
 *
 * Columns (docs/formats.md, "Panel"): period, period_start, period_end,
 * actor_a, actor_b, label_a, label_b, kind_a, kind_b, iso3_a, iso3_b,
 * cooperation_count, cooperation, conflict_count, conflict, net. Codes are
 * filled where a node's id or one of its aliases is a country code; empty
 * otherwise (missing in R and pandas, `.` after Stata's `destring`). RFC 4180
 * text by csv-stringify, one header row, `\n` line ends.
 */
import { stringify } from 'csv-stringify/sync';
import { dyadPanel, type PanelOptions } from '../../analysis/panel.js';
import { formatDay } from '../../model/dates.js';
import type { NodeRecord } from '../../model/types.js';
import { isCountryCode } from '../import/countries.js';
import type { Exporter } from './types.js';

/** The panel's columns, in order. */
export const PANEL_COLUMNS = [
  'period',
  'period_start',
  'period_end',
  'actor_a',
  'actor_b',
  'label_a',
  'label_b',
  'kind_a',
  'kind_b',
  'iso3_a',
  'iso3_b',
  'cooperation_count',
  'cooperation',
  'conflict_count',
  'conflict',
  'net',
] as const;

/** A node's ISO 3166 alpha-3 code when its id or an alias is one ('' otherwise). */
function iso3(node: NodeRecord | undefined): string {
  if (!node) return '';
  return [node.id, ...node.aliases].find((code) => /^[A-Z]{3}$/.test(code) && isCountryCode(code)) ?? '';
}

/** `--format panel`: one CSV row per dyad and period. */
export const panelExporter: Exporter = {
  id: 'panel',
  description: 'a dyad x period panel (CSV) of cooperation and conflict counts and sums, for R, Stata and pandas',
  extension: '.csv',
  target: 'file',
  run({ graph }, options) {
    const panel = dyadPanel(graph, (options.panel ?? {}) as Partial<PanelOptions>);
    const node = (id: string): NodeRecord | undefined => (graph.hasNode(id) ? ({ id, ...graph.getNodeAttributes(id) } as NodeRecord) : undefined);
    const info = new Map<string, NodeRecord | undefined>();
    const lookup = (id: string): NodeRecord | undefined => {
      if (!info.has(id)) info.set(id, node(id));
      return info.get(id);
    };
    const slots = new Map(panel.periods.map((p) => [p.key, p]));
    const rows = panel.rows.map((r) => {
      const a = lookup(r.a);
      const b = lookup(r.b);
      const slot = slots.get(r.period)!;
      return [r.period, formatDay(slot.first), formatDay(slot.last), r.a, r.b, a?.label ?? r.a, b?.label ?? r.b, a?.kind ?? '', b?.kind ?? '', iso3(a), iso3(b), r.cooperationCount, r.cooperation, r.conflictCount, r.conflict, r.net].map(String);
    });
    return { kind: 'file', data: stringify(rows, { header: true, columns: [...PANEL_COLUMNS], record_delimiter: 'unix' }) };
  },
};
