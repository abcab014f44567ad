/**
 * rivalgraph/io/import/document: dyad records -> a rivalgraph graph document (then YAML or JSON).
 *
 * Nodes are the actors met in the kept ties (states for CAMEO country codes); each tie cites
 * the dataset as its source, with the top source URLs as evidence. Output is deterministic:
 * nodes by id, ties by source, target, start, polarity and root.
 */
import type { DocumentInput, EvidenceInput, NodeInput, SourceInput, TieInput } from '../../model/schema.js';
import { CODED_DOMAIN_TAG, type Domain } from '../../model/vocabulary.js';
import { UserError } from '../../model/errors.js';
import { domainOfRoot, relationOfRoot } from './cameo.js';
import { actorInfo, type ActorInfo } from './countries.js';
import { intensityOf, isWebUrl, type Aggregator, type DyadRecord } from './aggregate.js';
import { round } from '../../model/round.js';
import { periodRange } from '../../model/periods.js';

/** The datasets rivalgraph imports, as graph sources. */
export const DATASETS = Object.freeze({
  gdelt: {
    title: 'GDELT Event Database (1.0 and 2.0 event tables)',
    publisher: 'The GDELT Project',
    url: 'https://www.gdeltproject.org/data.html',
  },
  icews: {
    title: 'ICEWS Coded Event Data',
    publisher: 'Harvard Dataverse',
    url: 'https://doi.org/10.7910/DVN/28075',
  },
  dyads: {
    title: 'GDELT dyad table aggregated by SQL (docs/import.md)',
    publisher: 'The GDELT Project',
    url: 'https://www.gdeltproject.org/data.html#googlebigquery',
  },
  polecat: {
    title: 'POLECAT: Political Event Classification, Attributes, and Types (PLOVER ontology)',
    publisher: 'Harvard Dataverse',
    url: 'https://doi.org/10.7910/DVN/AJGVIT',
  },
  acled: {
    title: 'ACLED: Armed Conflict Location & Event Data',
    publisher: 'ACLED',
    url: 'https://acleddata.com/',
  },
} satisfies Record<string, SourceInput>);
export type Dataset = keyof typeof DATASETS;

export { CODED_DOMAIN_TAG } from '../../model/vocabulary.js';

/** What an event category (CAMEO root, PLOVER type, ACLED sub-event type) means for a tie. */
export interface Codebook {
  /** Tag prefix of a category, e.g. `cameo` gives `cameo-19`. */
  readonly id: string;
  relation(category: string): string;
  domain(category: string): Domain;
}

/** CAMEO roots `01`..`20`. */
export const CAMEO_CODEBOOK: Codebook = Object.freeze({ id: 'cameo', relation: relationOfRoot, domain: domainOfRoot });

/** What the document says about how it was made. */
export interface DocumentInfo {
  readonly dataset: Dataset;
  readonly title?: string;
  readonly description: string;
  readonly weightMentions: boolean;
  /** The pair the analysis is about (from --dyad), written as `focus` when both are nodes. */
  readonly focus?: readonly [string, string];
  /** Meaning of the categories; CAMEO when absent. */
  readonly codebook?: Codebook;
  /** Intensity of a record when the dataset gives one of its own (ACLED fatalities); the Goldstein mean otherwise. */
  readonly intensity?: (r: DyadRecord) => number;
}

/**
 * The ties of an import in output order (source, target, period, polarity, category by code
 * unit), produced one at a time so that no writer holds them all as objects.
 */
export interface TieSet {
  readonly count: number;
  /** The i-th record in output order (built on demand). */
  at(i: number): DyadRecord;
  /** Node ids (sorted) and what each is. */
  readonly nodes: readonly ActorInfo[];
}

const cmp = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

function compareRecords(a: DyadRecord, b: DyadRecord): number {
  return cmp(a.source, b.source) || cmp(a.target, b.target) || cmp(a.period, b.period) || cmp(a.polarity, b.polarity) || cmp(a.root, b.root);
}

function nodesOf(ids: Iterable<string>, named?: ReadonlyMap<string, ActorInfo>): ActorInfo[] {
  return [...new Set(ids)].sort(cmp).map((id) => named?.get(id) ?? actorInfo(id));
}

/** A tie set over records held in memory (dyad tables: already aggregated, small). */
export function tieSetOfRecords(records: readonly DyadRecord[], named?: ReadonlyMap<string, ActorInfo>): TieSet {
  const sorted = [...records].sort(compareRecords);
  return { count: sorted.length, at: (i) => sorted[i]!, nodes: nodesOf(sorted.flatMap((r) => [r.source, r.target]), named) };
}

/** A tie set over an aggregator's typed columns: O(groups) sort, records built one at a time. */
export function tieSetOfAggregator(agg: Aggregator, named?: ReadonlyMap<string, ActorInfo>): TieSet {
  const order = agg.sortedOrder();
  return { count: order.length, at: (i) => agg.record(order[i]!), nodes: nodesOf(agg.actorList(), named) };
}

/** One tie from one dyad record; throws on a period label that is no calendar bin. */
export function tieOf(r: DyadRecord, info: DocumentInfo): TieInput {
  const range = periodRange(r.period);
  if (!range) throw new UserError(`"${r.period}" is not a period`, 'periods are YYYY, YYYY-Qn, YYYY-MM, YYYY-Www or YYYY-MM-DD');
  const dataset = info.dataset;
  const book = info.codebook ?? CAMEO_CODEBOOK;
  const evidence: EvidenceInput[] = r.urls.length
    ? r.urls.map((ref) => (isWebUrl(ref) ? { source: dataset, url: ref } : { source: dataset, page: ref }))
    : [{ source: dataset }];
  return {
    id: `${r.source}-${r.target}-${r.period}-${r.polarity}-${r.root}`,
    source: r.source,
    target: r.target,
    polarity: r.polarity,
    relation: book.relation(r.root),
    domain: book.domain(r.root),
    intensity: info.intensity ? info.intensity(r) : intensityOf(r, info.weightMentions),
    start: range.start,
    end: range.end,
    evidence,
    tags: tagsOf(r, info),
    notes: notesOf(r, book),
  };
}

/** A tie's tags: its dataset, its category (`cameo-19`) and `coded-domain`. */
export function tagsOf(r: DyadRecord, info: DocumentInfo): string[] {
  return [info.dataset === 'dyads' ? 'gdelt' : info.dataset, `${(info.codebook ?? CAMEO_CODEBOOK).id}-${r.root}`, CODED_DOMAIN_TAG];
}

/** A tie's notes: events, mentions (reports) and the mean score (no comma, so a tie table needs no quotes). */
export function notesOf(r: DyadRecord, book: Codebook): string {
  const mean = r.events ? r.absGoldstein / r.events : 0;
  const counted = book.id === 'acled' ? 'fatalities' : book.id === 'cameo' ? 'mentions' : 'reports';
  return `${r.events} event${r.events === 1 ? '' : 's'} (deduplicated); ${r.mentions} ${counted}; mean ${book.id === 'cameo' ? '|Goldstein|' : '|score|'} ${round(mean, 2, 6).toFixed(2)}`;
}

/** A node of an imported graph. */
export function nodeOf(a: ActorInfo): NodeInput {
  return { id: a.id, label: a.label, kind: 'actor', type: a.type, aliases: a.aliases ? [...a.aliases] : [a.id] };
}

/** The document without its ties (what precedes them in a file). */
export function documentHead(ties: TieSet, info: DocumentInfo): Omit<DocumentInput, 'ties'> {
  const ids = new Set(ties.nodes.map((n) => n.id));
  return {
    rivalgraph: 1,
    title: info.title ?? `${info.dataset.toUpperCase()} events: cooperation and conflict`,
    description: info.description,
    ...(info.focus && ids.has(info.focus[0]) && ids.has(info.focus[1]) ? { focus: [info.focus[0], info.focus[1]] as [string, string] } : {}),
    sources: { [info.dataset]: DATASETS[info.dataset] },
    nodes: ties.nodes.map(nodeOf),
  };
}

/** A complete graph document (for small imports and tests; writers stream instead). */
export function buildDocument(ties: TieSet, info: DocumentInfo): DocumentInput {
  return { ...documentHead(ties, info), ties: Array.from({ length: ties.count }, (_, i) => tieOf(ties.at(i), info)) };
}
