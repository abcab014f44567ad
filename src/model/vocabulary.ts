/**
 * rivalgraph/model/vocabulary: the closed word lists of the graph format.
 *
 * Kept in one place so the schema, the JSON Schema, the docs and the analysis
 * all speak the same words.
 */

/** Every tie is one of these two: the sign of the signed graph. */
export const POLARITIES = ['cooperation', 'conflict'] as const;
export type Polarity = (typeof POLARITIES)[number];

/** Node kinds: who acts, what they build together, and where they clash. */
export const NODE_KINDS = ['actor', 'project', 'theater'] as const;
export type NodeKind = (typeof NODE_KINDS)[number];

/** Allowed node types per kind, so a pipeline is never mistaken for a state. */
export const NODE_TYPES = {
  actor: ['state', 'armed-group', 'company', 'organization', 'alliance', 'person'],
  project: ['pipeline', 'power-plant', 'weapon-system', 'agreement', 'mission'],
  theater: ['region', 'war'],
} as const satisfies Record<NodeKind, readonly string[]>;
export type NodeType = (typeof NODE_TYPES)[NodeKind][number];

/** Every node type, flat, for the schema enum. */
export const ALL_NODE_TYPES = [
  ...NODE_TYPES.actor,
  ...NODE_TYPES.project,
  ...NODE_TYPES.theater,
] as const;

/** Policy domains a tie belongs to: compartmentalisation is measured across these. */
export const DOMAINS = [
  'energy',
  'military',
  'security',
  'diplomatic',
  'economic',
  'nuclear',
  'information',
  'humanitarian',
] as const;
export type Domain = (typeof DOMAINS)[number];

/**
 * Relation verbs in common use. The format accepts any kebab-case verb; these
 * are the ones the docs describe and the analysis gives meaning to (backing,
 * fighting and taking part in a project).
 */
export const KNOWN_RELATIONS = [
  'supplies',
  'buys',
  'sells',
  'builds',
  'operates',
  'finances',
  'backs',
  'arms',
  'trains',
  'fights',
  'strikes',
  'shoots-down',
  'threatens',
  'patrols-with',
  'mediates',
  'negotiates',
  'agrees',
  'signs',
  'visits',
  'sanctions',
  'lifts-sanctions',
  'condemns',
  'apologizes',
  'monitors',
  'hosts',
  'deploys',
  'opposes',
  'competes',
  'cooperates',
  'allies',
  'recognizes',
] as const;

/** The format version this code reads and writes. */
export const FORMAT_VERSION = 1 as const;

/**
 * Tag of a tie whose domain was derived by an importer from its event code (CAMEO root, PLOVER
 * type, ACLED sub-event type), not coded by hand: compartmentalisation over such domains measures
 * the codebook as much as the pair.
 */
export const CODED_DOMAIN_TAG = 'coded-domain';
