/**
 * rivalgraph/io/import/formats: the formats `rivalgraph import` reads, without loading the readers.
 */

/** The formats `rivalgraph import` reads. */
export const IMPORT_FORMATS = ['gdelt', 'icews', 'dyads', 'polecat', 'acled'] as const;
export type ImportFormat = (typeof IMPORT_FORMATS)[number];
