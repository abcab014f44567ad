/**
 * rivalgraph/io/readers/pajek: a Pajek network (`.net`, `.paj`) to a model.
 *
 * Pajek's format (Batagelj & Mrvar, "Pajek: Program for Analysis and
 * Visualization of Large Networks", Reference Manual, section "Network"):
 * `*Vertices n` then lines `k "label" [x y z ...]`; `*Arcs` (directed) and
 * `*Edges` (undirected) with lines `from to [value]`; `*Arcslist` and
 * `*Edgeslist` with lines `from to1 to2 ...`. A multi-relational network
 * gives each relation its own section, `*Arcs :k "NAME"` (Sampson's
 * monastery has ten), or prefixes lines with `k:`. Each tie keeps its
 * relation as the tie's `relation` (kebab-cased), `--relations` chooses
 * which are read, and the value's sign is the tie's: negative is conflict,
 * its size the weight (1 when absent). Vertex labels are node labels, and
 * node ids when they are unique; an edge line's label (`l "NAME"`) is its
 * relation when its section names none. Lines starting with `%` are comments.
 * Every problem is located at `file:line:col`. O(lines).
 */
import { basename } from 'node:path';
import { InputError, type Problem } from '../../model/errors.js';
import type { Model } from '../../model/types.js';
import type { Position } from '../../model/position.js';
import { modelFromRaw, type Cell, type RawRecord } from '../flat.js';
import type { ReadOptions } from '../read-options.js';

interface Token {
  readonly text: string;
  readonly column: number;
}

/** A line's tokens: quoted strings (without quotes) and runs of other non-blank characters. */
function tokens(line: string): Token[] {
  const out: Token[] = [];
  for (const m of line.matchAll(/"([^"]*)"?|(\S+)/g)) out.push({ text: m[1] ?? m[2]!, column: m.index + 1 });
  return out;
}

/** A relation name as a rivalgraph relation: kebab-case (`SAMPLK1` -> `samplk1`, `Neg Influence` -> `neg-influence`). */
export function relationOf(name: string, number: number): string {
  const kebab = name.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '');
  return /^[a-z]/.test(kebab) ? kebab : `relation-${kebab || number}`;
}

interface Section {
  readonly kind: 'arcs' | 'edges' | 'arcslist' | 'edgeslist';
  readonly relation?: { readonly number: number; readonly name: string };
}

/** Read Pajek text into a model; throws `InputError` with every located problem. */
export function readPajek(file: string, text: string, options: ReadOptions = {}): Model {
  const problems: Problem[] = [];
  const fail = (at: Position, message: string, hint: string): void => void problems.push({ file, ...at, message, hint });
  const labels = new Map<number, { label: string; at: Position }>();
  const edges: { from: number; to: number; value: number; directed: boolean; relation?: Section['relation']; at: Position; valueAt: Position }[] = [];
  const relations = new Map<number, string>();
  let vertices = -1;
  let section: Section | 'vertices' | 'skip' | undefined;
  const lines = text.split('\n');
  const vertexOf = (t: Token | undefined, line: number, lineEnd: number): number | undefined => {
    if (!t) return void fail({ line, column: lineEnd }, 'expected a vertex number', 'each line names vertices by their number in *Vertices'), undefined;
    const k = Number(t.text);
    if (!Number.isInteger(k) || k < 1 || (vertices >= 0 && k > vertices)) {
      fail({ line, column: t.column }, `vertex "${t.text}" is not a vertex number${vertices >= 0 ? ` (1 to ${vertices})` : ''}`, 'vertices are numbered 1 to n, as declared by *Vertices n');
      return undefined;
    }
    return k;
  };
  for (let i = 0; i < lines.length; i++) {
    const raw = lines[i]!.replace(/\r$/, '');
    const line = i + 1;
    const trimmed = raw.trim();
    if (trimmed === '' || trimmed.startsWith('%')) continue;
    const toks = tokens(raw);
    if (trimmed.startsWith('*')) {
      const head = toks[0]!.text.toLowerCase();
      if (head === '*vertices') {
        const n = Number(toks[1]?.text);
        if (!Number.isInteger(n) || n < 0) fail({ line, column: toks[1]?.column ?? raw.length + 1 }, `*Vertices needs a vertex count, found "${toks[1]?.text ?? ''}"`, 'write *Vertices n');
        else vertices = n;
        section = 'vertices';
      } else if (head === '*arcs' || head === '*edges' || head === '*arcslist' || head === '*edgeslist') {
        const rel = toks[1]?.text.startsWith(':') ? toks[1] : undefined;
        let relation: Section['relation'];
        if (rel) {
          const number = Number(rel.text.slice(1));
          if (!Number.isInteger(number) || number < 1) fail({ line, column: rel.column }, `relation "${rel.text}" is not :k with a number k`, 'write *Arcs :1 "NAME"');
          const name = toks[2]?.text ?? String(number);
          relation = { number, name };
          relations.set(number, name);
        }
        section = { kind: head.slice(1) as Section['kind'], ...(relation ? { relation } : {}) };
      } else if (head === '*network' || head === '*matrix' || head === '*partition' || head === '*vector' || head === '*permutation' || head === '*cluster' || head === '*hierarchy') {
        if (head === '*matrix') fail({ line, column: 1 }, '*Matrix sections are not read', 'write the ties as *Arcs or *Edges lines (Pajek: File > Network > Save as .net with arcs)');
        // A .paj project's partitions, vectors and the like describe vertices, not ties: skipped.
        section = head === '*network' ? undefined : 'skip';
      } else {
        fail({ line, column: 1 }, `unknown section "${toks[0]!.text}"`, 'Pajek sections are *Vertices, *Arcs, *Edges, *Arcslist, *Edgeslist');
        section = undefined;
      }
      continue;
    }
    if (section === undefined) {
      fail({ line, column: toks[0]!.column }, 'a line outside any *Vertices, *Arcs or *Edges section', 'a Pajek network starts with *Vertices n');
      continue;
    }
    if (section === 'skip') continue;
    if (section === 'vertices') {
      const k = vertexOf(toks[0], line, raw.length + 1);
      if (k !== undefined && toks[1]) labels.set(k, { label: toks[1].text, at: { line, column: toks[1].column } });
      continue;
    }
    // `k: from to value` lines name their relation themselves.
    let relation = section.relation;
    let rest = toks;
    const prefix = /^(\d+):$/.exec(toks[0]!.text);
    if (prefix) {
      const number = Number(prefix[1]);
      relation = { number, name: relations.get(number) ?? String(number) };
      if (!relations.has(number)) relations.set(number, String(number));
      rest = toks.slice(1);
    }
    const from = vertexOf(rest[0], line, raw.length + 1);
    const directed = section.kind === 'arcs' || section.kind === 'arcslist';
    if (section.kind === 'arcslist' || section.kind === 'edgeslist') {
      for (const t of rest.slice(1)) {
        const to = vertexOf(t, line, raw.length + 1);
        if (from !== undefined && to !== undefined) edges.push({ from, to, value: 1, directed, ...(relation ? { relation } : {}), at: { line, column: rest[0]!.column }, valueAt: { line, column: t.column } });
      }
      continue;
    }
    const to = vertexOf(rest[1], line, raw.length + 1);
    const v = rest[2];
    const value = v === undefined ? 1 : Number(v.text);
    if (v !== undefined && (!Number.isFinite(value) || value === 0)) {
      fail({ line, column: v.column }, `value "${v.text}" is not a non-zero number`, 'the value gives the sign: positive is cooperation, negative conflict, its size the weight');
      continue;
    }
    // A line label (`l "supplies"`, as rivalgraph writes the relation) names the relation when the section does not.
    const l = rest.findIndex((t, j) => j >= 3 && t.text === 'l' && (j - 3) % 2 === 0);
    const labelled = !relation && l >= 0 && rest[l + 1] ? { number: 0, name: rest[l + 1]!.text } : relation;
    if (from !== undefined && to !== undefined) {
      edges.push({ from, to, value, directed, ...(labelled ? { relation: labelled } : {}), at: { line, column: rest[0]!.column }, valueAt: v ? { line, column: v.column } : { line, column: rest[0]!.column } });
    }
  }
  if (vertices < 0 && !problems.length) fail({ line: 1, column: 1 }, 'no *Vertices section', 'a Pajek network starts with *Vertices n');
  const chosen = chooseRelations(file, relations, options.relations);
  if (problems.length) throw new InputError(problems);

  // Labels as ids when they tell vertices apart; numbers otherwise.
  const labelList = [...labels.values()].map((l) => l.label);
  const unique = new Set(labelList).size === labelList.length;
  const idOf = (k: number): string => (unique ? labels.get(k)?.label ?? String(k) : String(k));
  const nodes: RawRecord[] = [];
  for (let k = 1; k <= vertices; k++) {
    const l = labels.get(k);
    const cells = new Map<string, Cell>(l ? [['label', { value: l.label, at: l.at }]] : []);
    nodes.push({ id: idOf(k), cells, at: l?.at ?? { line: 1, column: 1 } });
  }
  const ties: RawRecord[] = edges
    .filter((e) => !chosen || (e.relation !== undefined && chosen.has(e.relation.number)))
    .map((e) => {
      const cells = new Map<string, Cell>([
        ['sign', { value: e.value > 0 ? '1' : '-1', at: e.valueAt }],
        ['weight', { value: String(Math.abs(e.value)), at: e.valueAt }],
      ]);
      if (e.relation) cells.set('relation', { value: relationOf(e.relation.name, e.relation.number), at: e.at });
      return { id: '', source: idOf(e.from), target: idOf(e.to), directed: e.directed, cells, at: e.at };
    });
  return modelFromRaw(file, { title: basename(file).replace(/\.gz$/i, '').replace(/\.(net|paj)$/i, ''), at: { line: 1, column: 1 }, nodes, edges: ties });
}

/** The relation numbers `--relations` picks (names in any case, or numbers); undefined for all. */
function chooseRelations(file: string, relations: ReadonlyMap<number, string>, wanted: readonly string[] | undefined): Set<number> | undefined {
  if (!wanted?.length) return undefined;
  const out = new Set<number>();
  for (const w of wanted) {
    const found = [...relations].find(([k, name]) => String(k) === w || name.toLowerCase() === w.toLowerCase());
    if (!found) {
      const known = [...relations].map(([k, name]) => `${k} ${name}`).join(', ');
      throw new InputError([{ file, line: 1, column: 1, message: `--relations: no relation "${w}" in the file`, hint: known ? `relations: ${known}` : 'the file has no *Arcs :k "NAME" relations' }]);
    }
    out.add(found[0]);
  }
  return out;
}
