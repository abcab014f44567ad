/**
 * rivalgraph/io/exporters: the registry of export formats, by `--format` id.
 */
import type { Exporter } from './types.js';
import { jsonExporter } from './json.js';
import { htmlExporter } from './html.js';
import { gexfExporter } from './gexf.js';
import { graphmlExporter } from './graphml.js';
import { csvExporter } from './csv.js';
import { panelExporter } from './panel.js';
import { pajekExporter } from './pajek.js';

/** Every export format; add a new one here. */
export const EXPORTERS: readonly Exporter[] = [jsonExporter, htmlExporter, gexfExporter, graphmlExporter, csvExporter, panelExporter, pajekExporter];

export type { Exporter, ExportOutput, ExportOptions } from './types.js';
