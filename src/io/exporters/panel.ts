/**
 * rivalgraph/io/exporters/panel: the dyad x period panel as CSV (analysis/panel.ts).
 *
 * Columns (docs/formats.md, "Panel"): period, period_start, period_end,
 * actor_a, actor_b, label_a, label_b, kind_a, kind_b, iso3_a, iso3_b, cow_a, cow_b,
 * cooperation_count, cooperation, conflict_count, conflict, net. Codes come
 * from the shipped crosswalk (data/countries.csv) where a node's id or one of
 * its aliases is an ISO alpha-3 or CAMEO country code; empty
 * otherwise (missing in R and pandas, `.` after Stata's `destring`). RFC 4180
 * text by csv-stringify, one header row, `\n` line ends.
 */
import { stringify } from 'csv-stringify/sync';
import { dyadPanel, type PanelOptions } from '../../analysis/panel.js';
import { formatDay } from '../../model/dates.js';
import type { NodeRecord } from '../../model/types.js';
import { countryBy, type CountryRow } from '../import/countries.js';
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
  'cow_a',
  'cow_b',
  'cooperation_count',
  'cooperation',
  'conflict_count',
  'conflict',
  'net',
] as const;

/** The crosswalk row of a node whose id or alias is an ISO alpha-3 or CAMEO country code. */
function country(node: NodeRecord | undefined): CountryRow | undefined {
  if (!node) return undefined;
  for (const code of [node.id, ...node.aliases]) {
    if (!/^[A-Z]{3}$/.test(code)) continue;
    const row = countryBy('iso3', code) ?? countryBy('cameo', code);
    if (row) return row;
  }
  return undefined;
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
    const info = new Map<string, { node: NodeRecord | undefined; country: CountryRow | undefined }>();
    const lookup = (id: string): { node: NodeRecord | undefined; country: CountryRow | undefined } => {
      if (!info.has(id)) {
        const n = node(id);
        info.set(id, { node: n, country: country(n) });
      }
      return info.get(id)!;
    };
    const slots = new Map(panel.periods.map((p) => [p.key, p]));
    const rows = panel.rows.map((r) => {
      const a = lookup(r.a);
      const b = lookup(r.b);
      const slot = slots.get(r.period)!;
      return [r.period, formatDay(slot.first), formatDay(slot.last), r.a, r.b, a.node?.label ?? r.a, b.node?.label ?? r.b, a.node?.kind ?? '', b.node?.kind ?? '', a.country?.iso3 ?? '', b.country?.iso3 ?? '', a.country?.cow ?? '', b.country?.cow ?? '', r.cooperationCount, r.cooperation, r.conflictCount, r.conflict, r.net].map(String);
    });
    return { kind: 'file', data: stringify(rows, { header: true, columns: [...PANEL_COLUMNS], record_delimiter: 'unix' }) };
  },
};
