import { isMap, isScalar, isSeq, Scalar, type Document, type Node } from 'yaml';
import type { Span, ValuePath } from '../locate';
import { entityOfItem, referenceFieldAt, type EntityKind, type ReferenceTarget } from '../entities';

/*
 * The editor's id index: built from the YAML document (not the normalized model), so every id and
 * reference carries its source span, including soft references (free text that may name an id).
 * Its twin, `ModelIdIndex` (../idIndex.ts), is the checker's: value paths only, built in one pass
 * over the normalized model. Both read which lists define ids and which fields refer to them from
 * ../entities.ts.
 */

/** Where an entity with an id is defined. */
export interface SourceIdDefinition {
  id: string;
  kind: EntityKind;
  /** The id text itself (inside quotes when quoted): what rename replaces. */
  span: Span;
  /** Path of the entity map, e.g. `['plan','phases',0,'tasks',1]`. */
  path: ValuePath;
  /** The whole entity map. */
  entitySpan: Span;
  /** Its human label (title, name...), when it has one. */
  name: string | undefined;
}

/** A scalar in a reference field. */
export interface SourceIdReference {
  id: string;
  target: ReferenceTarget;
  span: Span;
  /** Path of the scalar, e.g. `['risks',2,'owner']`. */
  path: ValuePath;
  soft: boolean;
}

export type SourceIdOccurrence =
  | { role: 'definition'; id: string; span: Span; definition: SourceIdDefinition }
  | { role: 'reference'; id: string; span: Span; reference: SourceIdReference };

export interface SourceIdIndex {
  definitions: SourceIdDefinition[];
  references: SourceIdReference[];
  definitionsOf(id: string): SourceIdDefinition[];
  referencesTo(id: string): SourceIdReference[];
  /** The id occurrence under `offset` (end inclusive, so a cursor right after the id still counts). */
  occurrenceAt(offset: number): SourceIdOccurrence | undefined;
}

/** One walk of the yaml Document collecting every id definition and reference with its source span. */
export function buildSourceIdIndex(document: Document.Parsed | Document): SourceIdIndex {
  const definitions: SourceIdDefinition[] = [];
  const references: SourceIdReference[] = [];
  walk(document.contents, [], definitions, references);
  const defsById = group(definitions);
  const refsById = group(references);
  const occurrences: SourceIdOccurrence[] = [
    ...definitions.map((d): SourceIdOccurrence => ({ role: 'definition', id: d.id, span: d.span, definition: d })),
    ...references.map((r): SourceIdOccurrence => ({ role: 'reference', id: r.id, span: r.span, reference: r })),
  ];
  return {
    definitions,
    references,
    definitionsOf: (id) => defsById.get(id) ?? [],
    referencesTo: (id) => refsById.get(id) ?? [],
    occurrenceAt: (offset) =>
      occurrences.find((o) => offset >= o.span.offset && offset <= o.span.offset + o.span.length),
  };
}

function group<T extends { id: string }>(items: T[]): Map<string, T[]> {
  const byId = new Map<string, T[]>();
  for (const item of items) {
    const list = byId.get(item.id);
    if (list) list.push(item);
    else byId.set(item.id, [item]);
  }
  return byId;
}

function walk(
  node: unknown,
  path: ValuePath,
  definitions: SourceIdDefinition[],
  references: SourceIdReference[],
): void {
  if (isMap(node)) {
    const entity = entityOfItem(path);
    if (entity) {
      const idNode = pairValue(node, 'id');
      const id = idNode ? scalarText(idNode) : undefined;
      if (idNode && id !== undefined) {
        definitions.push({
          id,
          kind: entity.kind,
          span: innerSpan(idNode),
          path,
          entitySpan: nodeSpan(node),
          name: entityName(node, entity.nameKeys),
        });
      }
    }
    for (const pair of node.items) {
      if (!isScalar(pair.key)) continue;
      walk(pair.value, [...path, String(pair.key.value)], definitions, references);
    }
  } else if (isSeq(node)) {
    node.items.forEach((item, i) => walk(item, [...path, i], definitions, references));
  } else if (isScalar(node)) {
    const field = referenceFieldAt(path);
    const id = scalarText(node);
    if (field && id !== undefined && id !== '') {
      references.push({ id, target: field.target, span: innerSpan(node), path, soft: field.soft });
    }
  }
}

function pairValue(map: Node, key: string): Scalar | undefined {
  if (!isMap(map)) return undefined;
  const pair = map.items.find((p) => isScalar(p.key) && String(p.key.value) === key);
  return isScalar(pair?.value) ? pair.value : undefined;
}

function entityName(map: Node, keys: readonly string[]): string | undefined {
  const parts = keys
    .map((k) => pairValue(map, k))
    .map((s) => (s ? scalarText(s) : undefined))
    .filter((s): s is string => !!s);
  return parts.length ? parts.join(': ') : undefined;
}

/** Ids are strings; a number or boolean scalar is not an id the user could mean. */
function scalarText(node: Scalar): string | undefined {
  return typeof node.value === 'string' ? node.value : undefined;
}

function nodeSpan(node: Node): Span {
  const r = node.range;
  return r ? { offset: r[0], length: Math.max(0, r[1] - r[0]) } : { offset: 0, length: 0 };
}

/** The span of a scalar's text without its quotes, so edits keep the user's quoting. */
export function innerSpan(node: Scalar): Span {
  const span = nodeSpan(node);
  if ((node.type === Scalar.QUOTE_DOUBLE || node.type === Scalar.QUOTE_SINGLE) && span.length >= 2) {
    return { offset: span.offset + 1, length: span.length - 2 };
  }
  return span;
}
