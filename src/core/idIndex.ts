import { ID_LIST_TABLE, type IdKind, type ReferenceField, type ReferenceTarget } from './entities';
import type { ValuePath } from './locate';
import type { Id, Proposal } from './model';

export type { IdKind, ReferenceTarget } from './entities';

/**
 * Every id the proposal defines and every place that references one, built once per check in a
 * single pass over the normalized model so the rules stay linear; exposed on CheckResult so editor
 * features (go to definition, find references, rename) can reuse it instead of walking the proposal
 * again. Which lists define ids and which fields refer to them comes from `./entities.ts`.
 *
 * Its twin, `SourceIdIndex` (./language/idIndex.ts), walks the YAML document instead and keeps the
 * source spans the editor needs (rename edits, highlights) plus soft references; this one keeps value
 * paths only, which is all the checker needs and what makes it cheap enough to build on every check.
 */

/** Kinds whose ids must be unique together. Tasks and phases share one: both are plan items. */
export function namespaceOf(kind: IdKind): string {
  return kind === 'phase' ? 'task' : kind;
}

export interface ModelIdDefinition {
  id: Id;
  kind: IdKind;
  /** Path of the `id` value, e.g. ['requirements', 3, 'id']. */
  path: ValuePath;
}

export interface ModelIdReference {
  id: Id;
  expected: ReferenceTarget;
  /** Path of the referencing string value, e.g. ['plan','phases',0,'tasks',2,'dependsOn',0,'task']. */
  path: ValuePath;
  /** The field that holds the reference (`satisfies`, `dependsOn`, `owner`...), for messages and quick fixes. */
  field: string;
}

export interface ModelIdEntry {
  id: Id;
  /** Every definition in document-walk order; more than one is a duplicate (PS201 / PS217). */
  definitions: ModelIdDefinition[];
  /** Every reference naming this id, whatever kind it expects. */
  references: ModelIdReference[];
}

export interface ModelIdIndex {
  entries: ReadonlyMap<Id, ModelIdEntry>;
  definitions: readonly ModelIdDefinition[];
  references: readonly ModelIdReference[];
}

/** The definition a reference resolves to, or undefined when it names no item of the expected kind. */
export function resolveReference(index: ModelIdIndex, ref: ModelIdReference): ModelIdDefinition | undefined {
  const defs = index.entries.get(ref.id)?.definitions;
  if (!defs) return undefined;
  return defs.find((d) => ref.expected === 'any' || d.kind === ref.expected);
}

/** Ids defined with a given kind, in walk order (for suggestions and completion). */
export function idsOfKind(index: ModelIdIndex, kind: IdKind): Id[] {
  return index.definitions.filter((d) => d.kind === kind).map((d) => d.id);
}

export function buildModelIdIndex(p: Proposal): ModelIdIndex {
  const entries = new Map<Id, ModelIdEntry>();
  const definitions: ModelIdDefinition[] = [];
  const references: ModelIdReference[] = [];
  const entry = (id: Id): ModelIdEntry => {
    let e = entries.get(id);
    if (!e) {
      e = { id, definitions: [], references: [] };
      entries.set(id, e);
    }
    return e;
  };
  const refer: Refer = (field, id, path) => {
    if (!id) return; // '' marks a wrong-typed list entry (normalize.ts); the schema check reports it.
    const r: ModelIdReference = { id, expected: field.target, path: path.slice(), field: field.field };
    references.push(r);
    entry(id).references.push(r);
  };
  // One mutable path for the whole walk: only what is recorded gets its own copy.
  const path: Array<string | number> = [];
  for (const list of CHECKED_LISTS) {
    forEachListAt(p, list.segments, 0, path, (items) => {
      const kind = list.kind;
      if (kind) {
        for (let i = 0; i < items.length; i++) {
          const id = idOf(items[i]);
          if (!id) continue;
          const d: ModelIdDefinition = { id, kind, path: withIndex(path, i, 'id') };
          definitions.push(d);
          entry(id).definitions.push(d);
        }
      }
      if (!list.fields) return;
      for (let i = 0; i < items.length; i++) {
        path.push(i);
        collect(items[i], list.fields, path, refer);
        path.pop();
      }
    });
  }
  return { entries, definitions, references };
}

type Refer = (field: ReferenceField, id: string, path: ReadonlyArray<string | number>) => void;

/** The reference fields below an item as a tree of path segments, so one item is walked once. */
interface FieldNode {
  field: ReferenceField | undefined;
  /** Parallel arrays (not [segment, node] pairs): indexed loops stay fast in cold, unoptimized code. */
  segments: string[];
  children: FieldNode[];
}

interface CheckedList {
  segments: readonly string[];
  kind: IdKind | undefined;
  fields: FieldNode | undefined;
}

/**
 * The shared table as the checker walks it: soft references (free text that may name an id) are the
 * editor's business only. Children keep the table's order, so references come out in the same order
 * as the fields are listed.
 */
const CHECKED_LISTS: readonly CheckedList[] = ID_LIST_TABLE.map((l) => {
  const checked = l.references.filter((r) => !r.soft);
  return { segments: l.list, kind: l.entity?.kind, fields: checked.length ? fieldTree(checked) : undefined };
});

function fieldTree(fields: readonly ReferenceField[]): FieldNode {
  const root: FieldNode = { field: undefined, segments: [], children: [] };
  for (const f of fields) {
    let node = root;
    for (const segment of f.below) {
      let child = node.children[node.segments.indexOf(segment)];
      if (!child) {
        child = { field: undefined, segments: [], children: [] };
        node.segments.push(segment);
        node.children.push(child);
      }
      node = child;
    }
    node.field = f;
  }
  return root;
}

function collect(value: unknown, node: FieldNode, path: Array<string | number>, refer: Refer): void {
  if (node.field && typeof value === 'string') refer(node.field, value, path);
  if (typeof value !== 'object' || value === null) return;
  for (let c = 0; c < node.children.length; c++) {
    const segment = node.segments[c] ?? '';
    const child = node.children[c];
    if (!child) continue;
    if (segment === '*') {
      if (!Array.isArray(value)) continue;
      for (let i = 0; i < value.length; i++) {
        path.push(i);
        collect(value[i], child, path, refer);
        path.pop();
      }
    } else if (!Array.isArray(value)) {
      const below: unknown = (value as Record<string, unknown>)[segment];
      if (below === undefined) continue;
      path.push(segment);
      collect(below, child, path, refer);
      path.pop();
    }
  }
}

/** Calls `visit` with every list matching the pattern (`*` expands over array items). */
function forEachListAt(
  value: unknown,
  segments: readonly string[],
  at: number,
  path: Array<string | number>,
  visit: (items: readonly unknown[]) => void,
): void {
  if (at === segments.length) {
    if (Array.isArray(value)) visit(value);
    return;
  }
  const segment = segments[at] ?? '';
  if (segment === '*') {
    if (!Array.isArray(value)) return;
    for (let i = 0; i < value.length; i++) {
      path.push(i);
      forEachListAt(value[i], segments, at + 1, path, visit);
      path.pop();
    }
  } else if (isRecord(value)) {
    path.push(segment);
    forEachListAt(value[segment], segments, at + 1, path, visit);
    path.pop();
  }
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function idOf(item: unknown): string | undefined {
  const id = isRecord(item) ? item['id'] : undefined;
  return typeof id === 'string' && id !== '' ? id : undefined;
}

/** `[...path, a, b]` without the spread's iterator, which cold (unoptimized) code pays for per definition. */
function withIndex(path: ReadonlyArray<string | number>, a: number, b: string): Array<string | number> {
  const out = new Array<string | number>(path.length + 2);
  for (let i = 0; i < path.length; i++) out[i] = path[i] ?? '';
  out[path.length] = a;
  out[path.length + 1] = b;
  return out;
}
