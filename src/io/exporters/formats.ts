/**
 * rivalgraph/io/exporters/formats: the `--format` ids of the exporters, without loading them.
 *
 * The CLI declares its choices from this list so `--help` and other commands
 * start without the exporters' dependencies; a test checks it matches EXPORTERS.
 */

/** Export format ids, in the order of EXPORTERS (index.ts); add a new one in both places. */
export const EXPORT_FORMATS = ['json', 'html', 'gexf', 'graphml', 'csv', 'panel', 'pajek'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];
