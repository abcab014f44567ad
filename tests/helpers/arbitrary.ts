/**
 * Test helper: fast-check arbitraries for random valid graph files and models.
 *
 * Text mixes printable Unicode graphemes with everything that breaks naive
 * writers: quotes, < & >, `--` and `]]>`, commas and semicolons, newlines,
 * tabs, CR, U+2028. Dates come in all three precisions; ties may be
 * undirected and parallel. Documents go through the real loader, so every
 * generated model is one a user could have written.
 */
import fc from 'fast-check';
import { loadModel } from '../../src/model/load.js';
import type { Model } from '../../src/model/types.js';
import { daysInMonth } from '../../src/model/dates.js';
import { DOMAINS, KNOWN_RELATIONS, NODE_TYPES, POLARITIES, type NodeKind } from '../../src/model/vocabulary.js';

const TRICKY = ['"', "'", '<', '>', '&', '&amp;', ' ', '\n', '\t', '\r', '\r\n', ']]>', '--', '-', '\u2028', '[', ']', '{', '}', ',', ';', '|', '=', 'é', 'Ж', '中', '😀', '\u0301'];

/** Non-empty text with Unicode and markup-breaking characters. */
export const text = (maxLength = 12): fc.Arbitrary<string> =>
  fc.string({ unit: fc.oneof(fc.string({ unit: 'grapheme', minLength: 1, maxLength: 1 }), fc.constantFrom(...TRICKY)), minLength: 1, maxLength });

/** Ids that fit the format: letters (any script), digits, `_`, `-`, `.`. */
export const id: fc.Arbitrary<string> = fc
  .tuple(fc.constantFrom('A', 'b', 'Z', '7', 'Ж', 'é', '中'), fc.string({ unit: fc.constantFrom('a', 'B', '0', '9', '_', '-', '.', 'ü', 'Ω'), maxLength: 6 }))
  .map(([a, b]) => a + b);

/** A loose date of year, month or day precision. */
export const looseDate: fc.Arbitrary<string> = fc
  .tuple(fc.integer({ min: 1900, max: 2030 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 31 }), fc.constantFrom(0, 1, 2))
  .map(([y, m, d, precision]) => {
    const ym = `${y}-${String(m).padStart(2, '0')}`;
    if (precision === 0) return String(y);
    if (precision === 1) return ym;
    return `${ym}-${String(Math.min(d, daysInMonth(y, m))).padStart(2, '0')}`;
  });

const optional = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: undefined });
const list = (arb: fc.Arbitrary<string>) => fc.array(arb, { maxLength: 3 });
/** Drop undefined values so the document is what a person would write. */
const clean = (o: Record<string, unknown>) => Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined));

/** A random valid graph file as plain data (what YAML or JSON would hold). */
export const documentArb: fc.Arbitrary<Record<string, unknown>> = fc
  .record({
    nodeIds: fc.uniqueArray(id, { minLength: 2, maxLength: 7, comparator: (a, b) => a === b }),
    sourceIds: fc.uniqueArray(id, { maxLength: 3, comparator: (a, b) => a === b }),
    title: text(20),
    description: optional(fc.oneof(text(30), fc.constant(''))),
    focus: fc.boolean(),
  })
  .chain(({ nodeIds, sourceIds, title, description, focus }) => {
    const kinds = nodeIds.map((_, i) => (i < 2 ? 'actor' : (['actor', 'project', 'theater'] as const)[i % 3]) as NodeKind);
    const theaters = nodeIds.filter((_, i) => kinds[i] === 'theater');
    const node = (nid: string, kind: NodeKind) =>
      fc
        .record({
          label: text(),
          type: fc.constantFrom(...NODE_TYPES[kind]),
          aliases: list(text(6)),
          tags: list(text(6)),
          notes: optional(text(20)),
        })
        .map((n) => clean({ id: nid, kind, ...n, aliases: n.aliases.length ? n.aliases : undefined, tags: n.tags.length ? n.tags : undefined }));
    const source = fc
      .record({ title: text(), publisher: optional(text()), author: optional(text()), date: optional(looseDate), url: optional(text()), notes: optional(text()) })
      .map(clean);
    const evidence = sourceIds.length
      ? fc
          .record({
            source: fc.constantFrom(...sourceIds),
            quote: optional(text(30)),
            url: optional(text()),
            page: optional(fc.oneof(fc.integer({ min: 1, max: 999 }), text(4))),
          })
          .map(clean)
      : fc.constant(undefined);
    const tie = fc
      .record({
        pair: fc.shuffledSubarray(nodeIds, { minLength: 2, maxLength: 2 }),
        polarity: fc.constantFrom(...POLARITIES),
        relation: fc.constantFrom(...KNOWN_RELATIONS),
        domain: fc.constantFrom(...DOMAINS),
        intensity: optional(fc.double({ min: 0.01, max: 10, noNaN: true })),
        directed: optional(fc.boolean()),
        dates: fc.option(fc.tuple(looseDate, fc.constantFrom('none', 'ongoing', 'date'), looseDate), { nil: undefined }),
        theater: theaters.length ? optional(fc.constantFrom(...theaters)) : fc.constant(undefined),
        evidence: fc.array(evidence, { maxLength: 2 }),
        confidence: optional(fc.double({ min: 0, max: 1, noNaN: true })),
        tags: list(text(6)),
        notes: optional(text(20)),
      })
      .map(({ pair, dates, evidence: ev, tags, ...t }) => {
        let start: string | undefined;
        let end: string | undefined;
        if (dates) {
          const [a, kind, b] = dates;
          const [first, second] = [a, b].sort();
          start = first;
          if (kind === 'ongoing') end = 'ongoing';
          else if (kind === 'date' && second!.slice(0, 4) > first!.slice(0, 4)) end = second;
        }
        const evidenceList = ev.filter((e) => e !== undefined);
        return clean({ source: pair[0], target: pair[1], ...t, start, end, evidence: evidenceList.length ? evidenceList : undefined, tags: tags.length ? tags : undefined });
      });
    return fc
      .record({
        nodes: fc.tuple(...nodeIds.map((nid, i) => node(nid, kinds[i]!))),
        sources: fc.tuple(...sourceIds.map(() => source)),
        ties: fc.array(tie, { minLength: 1, maxLength: 8 }),
        parallel: fc.boolean(),
      })
      .map(({ nodes, sources, ties, parallel }) => {
        const allTies = parallel ? [...ties, { ...ties[0]!, polarity: ties[0]!.polarity === 'conflict' ? 'cooperation' : 'conflict' }] : ties;
        return clean({
          rivalgraph: 1,
          title,
          description,
          focus: focus ? [nodeIds[0], nodeIds[1]] : undefined,
          sources: sourceIds.length ? Object.fromEntries(sourceIds.map((s, i) => [s, sources[i]])) : undefined,
          nodes,
          ties: allTies.map((t, i) => ({ id: `t${i}`, ...t })),
        });
      });
  });

/** A random valid model, loaded through the real loader. */
export const modelArb: fc.Arbitrary<Model> = documentArb.map((doc) => loadModel('generated.json', JSON.stringify(doc)));
