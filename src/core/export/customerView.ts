import { ID_LIST_TABLE, type IdKind, type ReferenceTarget } from '../entities';
import type { Id, Proposal } from '../model';
import { rollupCost, schedulePlan } from '../schedule/index';
import type { CostRollup, Schedule, ScheduledTask } from '../schedule/types';

/**
 * What a customer-facing document is rendered from. The plan and the costs are computed on the whole
 * proposal and only then reduced: hiding an internal team member must not make their task take
 * twice as long, nor hiding an internal task shorten the plan. Only the internal budget lines
 * themselves leave the customer's totals (with the contingency on them), so the document's
 * arithmetic adds up from the lines it shows.
 */
export interface CustomerRender {
  /** The proposal without internal content (customerView). */
  p: Proposal;
  /** The whole proposal's schedule, without the tasks and people the view hides. */
  schedule: Schedule;
  /** The whole proposal's labour; the budget lines of the view. */
  cost: CostRollup;
}

export function customerRender(
  proposal: Proposal,
  computed?: { schedule: Schedule; cost?: CostRollup },
): CustomerRender {
  const p = customerView(proposal);
  const full = computed?.schedule ?? schedulePlan(proposal);
  return { p, schedule: customerSchedule(full, p), cost: customerCost(proposal, p, full) };
}

/** The schedule with the tasks, owners, assignees and people of `view` only; dates, durations and the critical flags unchanged. */
export function customerSchedule(schedule: Schedule, view: Proposal): Schedule {
  const tasks = new Set<Id>();
  for (const phase of view.plan?.phases ?? [])
    for (const t of phase?.tasks ?? []) if (typeof t?.id === 'string') tasks.add(t.id);
  const members = new Set<Id>();
  for (const m of view.team ?? []) if (typeof m?.id === 'string') members.add(m.id);
  // A task without an id of its own (generated) is hidden exactly when its phase is.
  const phases = new Set<Id>();
  for (const phase of view.plan?.phases ?? []) if (typeof phase?.id === 'string') phases.add(phase.id);
  const shown = (t: ScheduledTask): boolean =>
    t.generatedId ? t.phaseId === undefined || phases.has(t.phaseId) : tasks.has(t.id);
  const kept = schedule.tasks.filter(shown).map((t): ScheduledTask => ({
    ...t,
    owner: t.owner !== undefined && members.has(t.owner) ? t.owner : undefined,
    assignees: t.assignees.filter((a) => members.has(a)),
    ...(t.predecessors ? { predecessors: t.predecessors.filter((id) => tasks.has(id)) } : {}),
  }));
  return {
    ...schedule,
    tasks: kept,
    byId: new Map(kept.map((t) => [t.id, t])),
    criticalPath: schedule.criticalPath.filter((id) => tasks.has(id)),
    cycles: schedule.cycles.filter((c) => c.every((id) => tasks.has(id))),
    load: schedule.load
      .filter((l) => members.has(l.memberId))
      .map((l) => ({
        ...l,
        weeks: l.weeks.map((w) => (w.tasks ? { ...w, tasks: w.tasks.filter((id) => tasks.has(id)) } : w)),
      })),
  };
}

/** Labour from the whole plan; the lines of the view (internal ones left out); per-member labour of shown people only. */
export function customerCost(proposal: Proposal, view: Proposal, schedule: Schedule): CostRollup {
  // One home for the customer's figures: the rollup's `customer` part (all labour, no internal lines).
  const cost = rollupCost(proposal, schedule);
  const c = cost.customer;
  const members = new Set((view.team ?? []).map((m) => m?.id));
  return {
    ...cost,
    labour: c.labour,
    byCategory: c.byCategory,
    subtotal: c.subtotal,
    contingency: c.contingency,
    total: c.total,
    labourByMember: Object.fromEntries(Object.entries(cost.labourByMember).filter(([id]) => members.has(id))),
  };
}

/**
 * The proposal as the customer may see it. Every customer-facing document is built from this view
 * and from nothing else, so internal content cannot leak through a section someone adds later:
 * sales.competitors, sales.negotiationNotes and budget.internalNotes are dropped, every item marked
 * `internal: true` is dropped, and references to dropped ids are removed so no table or diagram
 * names a hidden item. The input is not modified.
 *
 * Which lists hold items with ids and which fields refer to them comes from `../entities.ts`, the
 * table the checker and the editor walk too: a reference field added there is cleaned here without
 * another line of code.
 */
export function customerView(p: Proposal): Proposal {
  // A deep copy: the walks below filter lists in place, and the caller's proposal must stay as it was.
  const view = structuredClone(p);
  if (view.budget) delete view.budget.internalNotes;
  // Only the value propositions are customer-facing; competitors and negotiation notes are not copied.
  if (view.sales) view.sales = { valuePropositions: view.sales.valuePropositions };
  dropHiddenReferences(view, dropInternalItems(view));
  return view;
}

/** Ids of the dropped items, by kind, so a reference is cleaned only when it names a hidden item of the kind it expects. */
type HiddenIds = Map<IdKind, Set<Id>>;

/** Drops every item marked internal from every list that defines ids; returns their ids and the ids nested in them. */
function dropInternalItems(view: Proposal): HiddenIds {
  const hidden: HiddenIds = new Map();
  for (const referring of ID_LIST_TABLE) {
    const entity = referring.entity;
    if (!entity) continue;
    for (const items of listsAt(view, referring.list)) {
      filterInPlace(items, (item) => {
        if (!isRecord(item) || item.internal !== true) return true;
        hide(hidden, entity.kind, item.id);
        // Items listed inside a dropped one (the tasks of a phase) go with it: references to them must go too.
        for (const nested of ID_LIST_TABLE) {
          const below = nested.entity ? patternBelowItem(nested.list, referring.list) : undefined;
          if (!nested.entity || !below) continue;
          for (const children of listsAt(item, below))
            for (const child of children) if (isRecord(child)) hide(hidden, nested.entity.kind, child.id);
        }
        return false;
      });
    }
  }
  return hidden;
}

/** Removes, from every reference field in `entities.ts`, the ids of dropped items. */
function dropHiddenReferences(view: Proposal, hidden: HiddenIds): void {
  const isHidden = (target: ReferenceTarget, value: unknown): boolean => {
    if (typeof value !== 'string') return false;
    if (target !== 'any') return hidden.get(target)?.has(value) === true;
    for (const ids of hidden.values()) if (ids.has(value)) return true;
    return false;
  };
  for (const referring of ID_LIST_TABLE) {
    if (!referring.references.length) continue;
    for (const items of listsAt(view, referring.list)) {
      filterInPlace(items, (item) => {
        if (!isRecord(item)) return true;
        for (const ref of referring.references) {
          const star = ref.below.indexOf('*');
          if (star === -1) {
            if (!valuesAt(item, ref.below).some((v) => isHidden(ref.target, v))) continue;
            // A connection only relates two components: without one of its ends it says nothing, so it
            // goes. An item with an id of its own (a task whose owner is internal) stays, the field emptied.
            if (!referring.entity) return false;
            deleteAt(item, ref.below);
          } else {
            // An id list (`satisfies`) or a list of objects naming one (`dependsOn.*.task`): drop the entries.
            const rest = ref.below.slice(star + 1);
            for (const list of listsAt(item, ref.below.slice(0, star))) {
              filterInPlace(list, (entry) => !valuesAt(entry, rest).some((v) => isHidden(ref.target, v)));
            }
          }
        }
        return true;
      });
    }
  }
}

function hide(hidden: HiddenIds, kind: IdKind, id: unknown): void {
  if (typeof id !== 'string') return;
  let ids = hidden.get(kind);
  if (!ids) hidden.set(kind, (ids = new Set()));
  ids.add(id);
}

/** `plan.phases.*.tasks` below an item of `plan.phases` is `tasks`; undefined when `pattern` is not nested in `list`. */
function patternBelowItem(pattern: readonly string[], list: readonly string[]): readonly string[] | undefined {
  if (pattern.length <= list.length + 1 || pattern[list.length] !== '*') return undefined;
  return list.every((segment, i) => pattern[i] === segment) ? pattern.slice(list.length + 1) : undefined;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Every value at a path pattern (`*` = each entry of an array); wrong-typed or missing steps yield nothing. */
function valuesAt(root: unknown, segments: readonly string[]): unknown[] {
  let level: unknown[] = [root];
  for (const segment of segments) {
    const next: unknown[] = [];
    for (const value of level) {
      if (segment === '*') {
        if (Array.isArray(value)) next.push(...value);
      } else if (isRecord(value) && value[segment] !== undefined) {
        next.push(value[segment]);
      }
    }
    level = next;
  }
  return level;
}

function listsAt(root: unknown, segments: readonly string[]): unknown[][] {
  return valuesAt(root, segments).filter((v): v is unknown[] => Array.isArray(v));
}

function deleteAt(root: Record<string, unknown>, segments: readonly string[]): void {
  const last = segments[segments.length - 1];
  if (last === undefined) return;
  for (const parent of valuesAt(root, segments.slice(0, -1))) if (isRecord(parent)) delete parent[last];
  pruneEmpty(root, segments.slice(0, -1));
}

/** An object the deletion left empty (a view's `select: { around: {} }`) says nothing: it goes too. */
function pruneEmpty(root: Record<string, unknown>, segments: readonly string[]): void {
  const last = segments[segments.length - 1];
  if (last === undefined) return;
  let pruned = false;
  for (const parent of valuesAt(root, segments.slice(0, -1))) {
    const child = isRecord(parent) ? parent[last] : undefined;
    if (isRecord(parent) && isRecord(child) && Object.keys(child).length === 0) {
      delete parent[last];
      pruned = true;
    }
  }
  if (pruned) pruneEmpty(root, segments.slice(0, -1));
}

/** Keeps the entries `keep` accepts, in the same array (the view owns its copy). */
function filterInPlace(items: unknown[], keep: (item: unknown) => boolean): void {
  const kept = items.filter(keep);
  items.splice(0, items.length, ...kept);
}
