import type { ValuePath } from './locate';
import type { Id, Proposal } from './model';

/**
 * Every id the proposal defines and every place that references one, built once per check in a
 * single pass so the rules stay linear; exposed on CheckResult so editor features (go to definition,
 * find references, rename) can reuse it instead of walking the proposal again.
 */
export type IdKind =
  | 'requirement' | 'goal' | 'zone' | 'component' | 'technology' | 'phase' | 'task' | 'member' | 'resource'
  | 'budgetLine' | 'risk' | 'communication' | 'question' | 'training' | 'scenario' | 'valueProposition' | 'improvement';

/** Kinds whose ids must be unique together. Tasks and phases share one: both are plan items. */
export function namespaceOf(kind: IdKind): string {
  return kind === 'phase' ? 'task' : kind;
}

export interface IdDefinition {
  id: Id;
  kind: IdKind;
  /** Path of the `id` value, e.g. ['requirements', 3, 'id']. */
  path: ValuePath;
}

/** What a reference field may point at; `any` is for `related` lists. */
export type ReferenceTarget = 'requirement' | 'component' | 'zone' | 'task' | 'member' | 'any';

export interface IdReference {
  id: Id;
  expected: ReferenceTarget;
  /** Path of the referencing string value, e.g. ['plan','phases',0,'tasks',2,'dependsOn',0,'task']. */
  path: ValuePath;
  /** The field that holds the reference (`satisfies`, `dependsOn`, `owner`...), for messages and quick fixes. */
  field: string;
}

export interface IdEntry {
  id: Id;
  /** Every definition in document-walk order; more than one is a duplicate (PS201 / PS217). */
  definitions: IdDefinition[];
  /** Every reference naming this id, whatever kind it expects. */
  references: IdReference[];
}

export interface IdIndex {
  entries: ReadonlyMap<Id, IdEntry>;
  definitions: readonly IdDefinition[];
  references: readonly IdReference[];
}

/** The definition a reference resolves to, or undefined when it names no item of the expected kind. */
export function resolveReference(index: IdIndex, ref: IdReference): IdDefinition | undefined {
  const defs = index.entries.get(ref.id)?.definitions;
  if (!defs) return undefined;
  return defs.find((d) => ref.expected === 'any' || d.kind === ref.expected);
}

/** Ids defined with a given kind, in walk order (for suggestions and completion). */
export function idsOfKind(index: IdIndex, kind: IdKind): Id[] {
  return index.definitions.filter((d) => d.kind === kind).map((d) => d.id);
}

export function buildIdIndex(p: Proposal): IdIndex {
  const entries = new Map<Id, IdEntry>();
  const definitions: IdDefinition[] = [];
  const references: IdReference[] = [];
  const entry = (id: Id): IdEntry => {
    let e = entries.get(id);
    if (!e) {
      e = { id, definitions: [], references: [] };
      entries.set(id, e);
    }
    return e;
  };
  const define = (kind: IdKind, list: ReadonlyArray<{ id?: Id }> | undefined, base: ValuePath): void => {
    list?.forEach((item, i) => {
      if (!item.id) return;
      const d: IdDefinition = { id: item.id, kind, path: [...base, i, 'id'] };
      definitions.push(d);
      entry(item.id).definitions.push(d);
    });
  };
  const refer = (expected: ReferenceTarget, field: string, id: Id | undefined, path: ValuePath): void => {
    if (!id) return; // '' marks a wrong-typed list entry (normalize.ts); the schema check reports it.
    const r: IdReference = { id, expected, path, field };
    references.push(r);
    entry(id).references.push(r);
  };
  const referAll = (expected: ReferenceTarget, field: string, ids: readonly Id[] | undefined, base: ValuePath): void => {
    ids?.forEach((id, i) => refer(expected, field, id, [...base, i]));
  };

  define('requirement', p.requirements, ['requirements']);
  define('goal', p.goals, ['goals']);
  p.goals?.forEach((g, i) => referAll('requirement', 'requirements', g.requirements, ['goals', i, 'requirements']));

  const arch = p.architecture;
  define('zone', arch?.zones, ['architecture', 'zones']);
  define('component', arch?.components, ['architecture', 'components']);
  arch?.components?.forEach((c, i) => {
    const at = ['architecture', 'components', i];
    refer('zone', 'zone', c.zone, [...at, 'zone']);
    referAll('requirement', 'satisfies', c.satisfies, [...at, 'satisfies']);
  });
  arch?.connections?.forEach((c, i) => {
    refer('component', 'from', c.from, ['architecture', 'connections', i, 'from']);
    refer('component', 'to', c.to, ['architecture', 'connections', i, 'to']);
  });

  define('technology', p.technology, ['technology']);
  p.technology?.forEach((t, i) => referAll('component', 'components', t.components, ['technology', i, 'components']));

  define('phase', p.plan?.phases, ['plan', 'phases']);
  p.plan?.phases?.forEach((phase, pi) => {
    const base = ['plan', 'phases', pi, 'tasks'];
    define('task', phase.tasks, base);
    phase.tasks?.forEach((t, ti) => {
      const at = [...base, ti];
      refer('member', 'owner', t.owner, [...at, 'owner']);
      referAll('member', 'assignees', t.assignees, [...at, 'assignees']);
      referAll('requirement', 'requirements', t.requirements, [...at, 'requirements']);
      t.dependsOn?.forEach((d, di) => {
        if (typeof d === 'string') refer('task', 'dependsOn', d, [...at, 'dependsOn', di]);
        else refer('task', 'dependsOn', d.task, [...at, 'dependsOn', di, 'task']);
      });
    });
  });

  define('member', p.team, ['team']);
  define('resource', p.resources, ['resources']);
  define('budgetLine', p.budget?.lines, ['budget', 'lines']);

  define('risk', p.risks, ['risks']);
  p.risks?.forEach((r, i) => {
    refer('member', 'owner', r.owner, ['risks', i, 'owner']);
    referAll('any', 'related', r.related, ['risks', i, 'related']);
  });

  define('communication', p.communication, ['communication']);
  p.communication?.forEach((c, i) => refer('member', 'owner', c.owner, ['communication', i, 'owner']));

  define('question', p.questions, ['questions']);
  p.questions?.forEach((q, i) => {
    refer('member', 'owner', q.owner, ['questions', i, 'owner']);
    referAll('any', 'related', q.related, ['questions', i, 'related']);
  });

  define('training', p.training, ['training']);
  define('improvement', p.support?.improvements, ['support', 'improvements']);

  define('scenario', p.demo?.scenarios, ['demo', 'scenarios']);
  p.demo?.scenarios?.forEach((s, i) => {
    referAll('requirement', 'requirements', s.requirements, ['demo', 'scenarios', i, 'requirements']);
    refer('member', 'presenter', s.presenter, ['demo', 'scenarios', i, 'presenter']);
  });

  define('valueProposition', p.sales?.valuePropositions, ['sales', 'valuePropositions']);
  p.sales?.valuePropositions?.forEach((v, i) =>
    referAll('requirement', 'requirements', v.requirements, ['sales', 'valuePropositions', i, 'requirements']));

  return { entries, definitions, references };
}
