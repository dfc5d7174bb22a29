import type { ValuePath } from './locate';

/**
 * The traceability web of a proposal in one table: which lists hold items with ids, and which fields
 * of which items name an id. Everything that knows about ids derives from it: the checker's index
 * (`./idIndex.ts`, on the normalized model, for PS201/PS202/PS210/PS217) and the editor's index
 * (`./language/idIndex.ts`, on the yaml Document with spans, for completion, definition, references,
 * rename, quick fixes, symbols and code lens). Adding a reference field is one line in `ID_LISTS`.
 */
export type IdKind =
  | 'requirement'
  | 'goal'
  | 'zone'
  | 'component'
  | 'technology'
  | 'phase'
  | 'task'
  | 'member'
  | 'resource'
  | 'budgetLine'
  | 'risk'
  | 'communication'
  | 'question'
  | 'training'
  | 'scenario'
  | 'valueProposition'
  | 'improvement'
  | 'view'
  | 'environment'
  | 'node';

/** The editor's name for the same thing. */
export type EntityKind = IdKind;

/** What a reference field accepts: one kind, or any id in the file (`related`). */
export type ReferenceTarget = IdKind | 'any';

/**
 * A reference field: the target kind, or `{ target, soft: true }` for free text that may also name
 * an id (communication participants): indexed by the editor so rename and find-references keep them
 * in step, but never reported by the checker or offered as required.
 */
type ReferenceSpec = ReferenceTarget | { target: ReferenceTarget; soft: true };

interface IdListSpec {
  /** Path pattern of the list (`*` = any index), e.g. `plan.phases.*.tasks`. */
  list: string;
  /** The kind of its items' ids; absent for lists whose items only refer (connections). */
  kind?: IdKind;
  /** Fields tried in order for a human label. */
  nameKeys?: readonly string[];
  /**
   * Reference fields of each item, by path pattern below the item (`owner`, `assignees.*`,
   * `dependsOn.*.task`); the first segment is the field named in messages.
   */
  references?: Readonly<Record<string, ReferenceSpec>>;
}

/**
 * In the checker's walk order: each list's items are defined, then their references collected, list
 * after list. That order decides which of two equal ids is "the later definition" (PS201/PS217), so
 * keep it when adding rows (phases before their tasks).
 */
const ID_LISTS: readonly IdListSpec[] = [
  {
    list: 'requirements',
    kind: 'requirement',
    nameKeys: ['title'],
    // Ids of components, tasks or scenarios, or a section's name: navigation and rename only.
    references: { 'answer.refs.*': { target: 'any', soft: true } },
  },
  { list: 'goals', kind: 'goal', nameKeys: ['title'], references: { 'requirements.*': 'requirement' } },
  { list: 'architecture.zones', kind: 'zone', nameKeys: ['name'] },
  {
    list: 'architecture.components',
    kind: 'component',
    nameKeys: ['name'],
    references: { zone: 'zone', 'satisfies.*': 'requirement', 'deployedOn.*.node': 'node' },
  },
  { list: 'architecture.connections', references: { from: 'component', to: 'component' } },
  {
    list: 'architecture.views',
    kind: 'view',
    nameKeys: ['title'],
    references: {
      'select.zones.*': 'zone',
      'select.around.component': 'component',
      'select.requirements.*': 'requirement',
      environment: 'environment',
    },
  },
  { list: 'deployment.environments', kind: 'environment', nameKeys: ['name'] },
  {
    list: 'deployment.nodes',
    kind: 'node',
    nameKeys: ['name'],
    references: { environment: 'environment', parent: 'node' },
  },
  { list: 'technology', kind: 'technology', nameKeys: ['area', 'choice'], references: { 'components.*': 'component' } },
  { list: 'plan.phases', kind: 'phase', nameKeys: ['name'] },
  {
    list: 'plan.phases.*.tasks',
    kind: 'task',
    nameKeys: ['name'],
    references: {
      owner: 'member',
      'assignees.*': 'member',
      'requirements.*': 'requirement',
      'dependsOn.*': 'task',
      'dependsOn.*.task': 'task',
    },
  },
  { list: 'team', kind: 'member', nameKeys: ['name'] },
  { list: 'resources', kind: 'resource', nameKeys: ['name'] },
  { list: 'budget.lines', kind: 'budgetLine', nameKeys: ['item'] },
  { list: 'risks', kind: 'risk', nameKeys: ['title'], references: { owner: 'member', 'related.*': 'any' } },
  {
    list: 'communication',
    kind: 'communication',
    nameKeys: ['name'],
    references: { owner: 'member', 'participants.*': { target: 'member', soft: true } },
  },
  { list: 'questions', kind: 'question', nameKeys: ['question'], references: { owner: 'member', 'related.*': 'any' } },
  { list: 'training', kind: 'training', nameKeys: ['topic'] },
  { list: 'support.improvements', kind: 'improvement', nameKeys: ['title'] },
  {
    list: 'demo.scenarios',
    kind: 'scenario',
    nameKeys: ['title'],
    references: { 'requirements.*': 'requirement', presenter: 'member' },
  },
  {
    list: 'sales.valuePropositions',
    kind: 'valueProposition',
    nameKeys: ['title'],
    references: { 'requirements.*': 'requirement' },
  },
];

export interface EntityList {
  kind: EntityKind;
  /** Path pattern of the list holding these entities (`*` = any index). */
  list: string;
  /** Fields tried in order for a human label. */
  nameKeys: readonly string[];
}

export interface ReferenceField {
  target: ReferenceTarget;
  /** Free text that may name an id: indexed for navigation and rename only (see ReferenceSpec). */
  soft: boolean;
  /** The field that holds the reference (`satisfies`, `dependsOn`, `owner`...), for messages and quick fixes. */
  field: string;
  /** Path pattern of the field below its item, split (`['dependsOn', '*', 'task']`). */
  below: readonly string[];
}

/** A list whose items carry reference fields, with those fields in table order. */
export interface ReferringList {
  /** Path pattern of the list, split (`['plan', 'phases', '*', 'tasks']`). */
  list: readonly string[];
  /** Set when the items also define ids. */
  entity: EntityList | undefined;
  references: readonly ReferenceField[];
}

function referenceField(below: string, spec: ReferenceSpec): ReferenceField {
  const segments = below.split('.');
  const target = typeof spec === 'string' ? spec : spec.target;
  return { target, soft: typeof spec !== 'string', field: segments[0] ?? below, below: segments };
}

function entityListOf(spec: IdListSpec): EntityList | undefined {
  return spec.kind ? { kind: spec.kind, list: spec.list, nameKeys: spec.nameKeys ?? [] } : undefined;
}

/** Every list that defines or references ids, in the checker's walk order. */
export const ID_LIST_TABLE: readonly ReferringList[] = ID_LISTS.map((spec) => ({
  list: spec.list.split('.'),
  entity: entityListOf(spec),
  references: Object.entries(spec.references ?? {}).map(([below, ref]) => referenceField(below, ref)),
}));

export const ENTITY_LISTS: readonly EntityList[] = ID_LIST_TABLE.flatMap((l) => (l.entity ? [l.entity] : []));

/** Scalar paths (patterns) whose value is an id of another entity. */
export const REFERENCE_FIELDS: ReadonlyMap<string, ReferenceField> = new Map(
  ID_LIST_TABLE.flatMap((l) =>
    l.references.map((r): [string, ReferenceField] => [[...l.list, '*', ...r.below].join('.'), r]),
  ),
);

const ITEM_KIND: ReadonlyMap<string, EntityList> = new Map(ENTITY_LISTS.map((e) => [`${e.list}.*`, e]));
const LIST_KIND: ReadonlyMap<string, EntityList> = new Map(ENTITY_LISTS.map((e) => [e.list, e]));

/** `['plan','phases',0,'tasks',2,'owner']` → `plan.phases.*.tasks.*.owner`. */
export function pathPattern(path: ValuePath): string {
  return path.map((s) => (typeof s === 'number' ? '*' : s)).join('.');
}

/** The entity list whose items live at this path (e.g. `plan.phases.*.tasks.*`). */
export function entityOfItem(path: ValuePath): EntityList | undefined {
  return ITEM_KIND.get(pathPattern(path));
}

export function entityOfList(path: ValuePath): EntityList | undefined {
  return LIST_KIND.get(pathPattern(path));
}

export function entityListFor(kind: EntityKind): EntityList {
  const found = ENTITY_LISTS.find((e) => e.kind === kind);
  if (!found) throw new Error(`unknown entity kind ${kind}`);
  return found;
}

/** The reference field at a scalar path; an item of an id list (`...assignees.3`) resolves to its list's field. */
export function referenceFieldAt(path: ValuePath): ReferenceField | undefined {
  return REFERENCE_FIELDS.get(pathPattern(path));
}

/** Which entity list (by pattern) a reference field belongs to, e.g. tasks for `dependsOn`. */
export function owningEntityPath(path: ValuePath): ValuePath | undefined {
  for (let end = path.length - 1; end > 0; end--) {
    const prefix = path.slice(0, end);
    if (entityOfItem(prefix)) return prefix;
  }
  return undefined;
}

/** Id pattern from the format (schema `Id`). */
export const ID_PATTERN = /^[A-Za-z][A-Za-z0-9_.-]*$/;
