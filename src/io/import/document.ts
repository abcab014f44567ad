/**
 * rivalgraph/io/import/document: dyad records -> a rivalgraph graph document (then YAML or JSON).
 *
 * Nodes are the actors met in the kept ties (states for CAMEO country codes); each tie cites
 * the dataset as its source, with the top source URLs as evidence. Output is deterministic:
 * nodes by id, ties by source, target, start, polarity and root.
 */
import { stringify } from 'yaml';
import type { DocumentInput, EvidenceInput, NodeInput, SourceInput, TieInput } from '../../model/schema.js';
import { UserError } from '../../model/errors.js';
import { domainOfRoot, relationOfRoot } from './cameo.js';
import { actorInfo } from './countries.js';
import { intensityOf, isWebUrl, round2, type DyadRecord } from './aggregate.js';
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
} satisfies Record<string, SourceInput>);
export type Dataset = keyof typeof DATASETS;

/** What the document says about how it was made. */
export interface DocumentInfo {
  readonly dataset: Dataset;
  readonly title?: string;
  readonly description: string;
  readonly weightMentions: boolean;
  /** The pair the analysis is about (from --dyad), written as `focus` when both are nodes. */
  readonly focus?: readonly [string, string];
}

function compareRecords(a: DyadRecord, b: DyadRecord): number {
  return (
    a.source.localeCompare(b.source) ||
    a.target.localeCompare(b.target) ||
    a.period.localeCompare(b.period) ||
    a.polarity.localeCompare(b.polarity) ||
    a.root.localeCompare(b.root)
  );
}

/** One tie from one dyad record; throws on a period label that is no calendar bin. */
export function tieOf(r: DyadRecord, dataset: Dataset, weightMentions: boolean): TieInput {
  const range = periodRange(r.period);
  if (!range) throw new UserError(`"${r.period}" is not a period`, 'periods are YYYY, YYYY-Qn, YYYY-MM, YYYY-Www or YYYY-MM-DD');
  const evidence: EvidenceInput[] = r.urls.length
    ? r.urls.map((ref) => (isWebUrl(ref) ? { source: dataset, url: ref } : { source: dataset, page: ref }))
    : [{ source: dataset }];
  const mean = r.events ? r.absGoldstein / r.events : 0;
  return {
    id: `${r.source}-${r.target}-${r.period}-${r.polarity}-${r.root}`,
    source: r.source,
    target: r.target,
    polarity: r.polarity,
    relation: relationOfRoot(r.root),
    domain: domainOfRoot(r.root),
    intensity: intensityOf(r, weightMentions),
    start: range.start,
    end: range.end,
    evidence,
    tags: [dataset === 'icews' ? 'icews' : 'gdelt', `cameo-${r.root}`],
    notes: `${r.events} event${r.events === 1 ? '' : 's'} (deduplicated), ${r.mentions} mentions, mean |Goldstein| ${round2(mean).toFixed(2)}`,
  };
}

/** A complete graph document from dyad records. */
export function buildDocument(records: readonly DyadRecord[], info: DocumentInfo): DocumentInput {
  const sorted = [...records].sort(compareRecords);
  const ids = new Set<string>();
  for (const r of sorted) ids.add(r.source).add(r.target);
  const nodes: NodeInput[] = [...ids].sort().map((id) => {
    const a = actorInfo(id);
    return { id, label: a.label, kind: 'actor', type: a.type, aliases: [id] };
  });
  return {
    rivalgraph: 1,
    title: info.title ?? `${info.dataset.toUpperCase()} events: cooperation and conflict`,
    description: info.description,
    ...(info.focus && ids.has(info.focus[0]) && ids.has(info.focus[1]) ? { focus: [info.focus[0], info.focus[1]] as [string, string] } : {}),
    sources: { [info.dataset]: DATASETS[info.dataset] },
    nodes,
    ties: sorted.map((r) => tieOf(r, info.dataset, info.weightMentions)),
  };
}

/** The document as text for a path: JSON for `.json`, YAML otherwise. */
export function serializeDocument(doc: DocumentInput, path: string): string {
  if (/\.json$/i.test(path)) return JSON.stringify(doc, null, 2) + '\n';
  return stringify(doc, { lineWidth: 0, aliasDuplicateObjects: false });
}
