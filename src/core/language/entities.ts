import type { IdKind } from '../idIndex';
import type { ValuePath } from '../locate';

/**
 * The entities of a proposal that carry an id, where they are defined, and which fields refer to
 * them. This table is the one place the language features (completion, navigation, rename,
 * quick fixes, code lens) learn the shape of the traceability web; it mirrors the brief's contract.
 * The checker's `src/core/idIndex.ts` walks the plain value (no source spans); the editor needs the
 * span of every occurrence, so `./idIndex.ts` walks the yaml Document with this table instead.
 */
export type EntityKind = IdKind;

/** What a reference field accepts: one kind, or any id in the file (`related`). */
export type ReferenceTarget = EntityKind | 'any';

export interface EntityList {
  kind: EntityKind;
  /** Path pattern of the list holding these entities (`*` = any index). */
  list: string;
  /** Fields tried in order for a human label. */
  nameKeys: readonly string[];
}

export const ENTITY_LISTS: readonly EntityList[] = [
  { kind: 'requirement', list: 'requirements', nameKeys: ['title'] },
  { kind: 'goal', list: 'goals', nameKeys: ['title'] },
  { kind: 'zone', list: 'architecture.zones', nameKeys: ['name'] },
  { kind: 'component', list: 'architecture.components', nameKeys: ['name'] },
  { kind: 'technology', list: 'technology', nameKeys: ['area', 'choice'] },
  { kind: 'phase', list: 'plan.phases', nameKeys: ['name'] },
  { kind: 'task', list: 'plan.phases.*.tasks', nameKeys: ['name'] },
  { kind: 'member', list: 'team', nameKeys: ['name'] },
  { kind: 'resource', list: 'resources', nameKeys: ['name'] },
  { kind: 'budgetLine', list: 'budget.lines', nameKeys: ['item'] },
  { kind: 'risk', list: 'risks', nameKeys: ['title'] },
  { kind: 'communication', list: 'communication', nameKeys: ['name'] },
  { kind: 'question', list: 'questions', nameKeys: ['question'] },
  { kind: 'training', list: 'training', nameKeys: ['topic'] },
  { kind: 'scenario', list: 'demo.scenarios', nameKeys: ['title'] },
  { kind: 'valueProposition', list: 'sales.valuePropositions', nameKeys: ['title'] },
  { kind: 'improvement', list: 'support.improvements', nameKeys: ['title'] },
];

export interface ReferenceField {
  target: ReferenceTarget;
  /**
   * Free text that may also name an id (communication participants): indexed so rename and
   * find-references keep them in step, but never reported or offered as required.
   */
  soft: boolean;
}

const ref = (target: ReferenceTarget, soft = false): ReferenceField => ({ target, soft });

/** Scalar paths (patterns) whose value is an id of another entity. */
export const REFERENCE_FIELDS: ReadonlyMap<string, ReferenceField> = new Map([
  ['goals.*.requirements.*', ref('requirement')],
  ['architecture.components.*.satisfies.*', ref('requirement')],
  ['plan.phases.*.tasks.*.requirements.*', ref('requirement')],
  ['demo.scenarios.*.requirements.*', ref('requirement')],
  ['sales.valuePropositions.*.requirements.*', ref('requirement')],
  ['architecture.connections.*.from', ref('component')],
  ['architecture.connections.*.to', ref('component')],
  ['technology.*.components.*', ref('component')],
  ['architecture.components.*.zone', ref('zone')],
  ['plan.phases.*.tasks.*.dependsOn.*', ref('task')],
  ['plan.phases.*.tasks.*.dependsOn.*.task', ref('task')],
  ['plan.phases.*.tasks.*.owner', ref('member')],
  ['plan.phases.*.tasks.*.assignees.*', ref('member')],
  ['risks.*.owner', ref('member')],
  ['communication.*.owner', ref('member')],
  ['questions.*.owner', ref('member')],
  ['demo.scenarios.*.presenter', ref('member')],
  ['risks.*.related.*', ref('any')],
  ['questions.*.related.*', ref('any')],
  ['communication.*.participants.*', ref('member', true)],
]);

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

/**
 * The reference field at a scalar path. An array item path (`...assignees.3`) and the field
 * itself (`...assignees`, for a flow list being typed) both resolve.
 */
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
