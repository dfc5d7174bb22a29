import type { Id, Plan, Task } from '../model';
import type { ValuePath } from '../locate';
import { parseIsoDate } from './calendar';
import type { DayNumber } from './types';

/**
 * The plan read as a task network: every task of every phase in file order, its size in working
 * days and person-days, and the finish-to-start links between tasks. Reading is forgiving on
 * purpose (the user is typing): wrong types are skipped, never thrown on.
 */

/** Durations above this many working days (~38 years) are clamped so hostile input stays cheap. */
export const MAX_DURATION = 10_000;

export interface PlannedTask {
  /** Position in file order (phases, then tasks). */
  index: number;
  /** The task's id, or a generated one (see `generatedId`). */
  id: Id;
  /**
   * True when the task has no valid id in the file. Such a task gets `_p<i>_t<j>` (phase index,
   * task index): the leading underscore can never match a valid id, so no dependency can point at it.
   */
  generatedId: boolean;
  name: string;
  phaseId: Id | undefined;
  phaseName: string;
  path: ValuePath;
  /** Working days, 0 for a milestone. */
  duration: number;
  /** Person-days. */
  effort: number;
  milestone: boolean;
  /** Explicit assignees, else [owner], else none; duplicates removed. */
  assignees: Id[];
  owner: Id | undefined;
  /** The fixed `start` when it is a valid date. */
  pinnedDay: DayNumber | undefined;
}

/** `to` may start only `lag` working days after `from` finishes. */
export interface TaskLink {
  from: number;
  to: number;
  lag: number;
}

export interface TaskNetwork {
  tasks: PlannedTask[];
  /** Every link whose predecessor id names a task, in file order of the successor's dependsOn. */
  links: TaskLink[];
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function nonNegative(value: unknown): number | undefined {
  return typeof value === 'number' && Number.isFinite(value) && value >= 0 ? value : undefined;
}

function text(value: unknown): string | undefined {
  return typeof value === 'string' && value.length > 0 ? value : undefined;
}

function readAssignees(task: Task): Id[] {
  const listed = Array.isArray(task.assignees)
    ? task.assignees.filter((a): a is Id => typeof a === 'string' && a.length > 0)
    : [];
  if (listed.length > 0) return [...new Set(listed)];
  const owner = text(task.owner);
  return owner === undefined ? [] : [owner];
}

/**
 * Size rules (duration in working days, effort in person-days, n = max(1, assignees)):
 *  - `milestone: true`: 0 days; effort as written (default 0).
 *  - duration given: ceil(duration) days; effort as written, else duration x n.
 *  - only effort: ceil(effort / n) days.
 *  - neither: 1 day and effort n, as if `duration: 1` were written (the checker asks for one).
 * Whatever comes out at 0 days is a milestone.
 */
function measure(task: Task, people: number): { duration: number; effort: number; milestone: boolean } {
  const n = Math.max(1, people);
  const duration = nonNegative(task.duration);
  const effort = nonNegative(task.effort);
  if (task.milestone === true) return { duration: 0, effort: effort ?? 0, milestone: true };
  let days: number;
  let personDays: number;
  if (duration !== undefined) {
    days = Math.ceil(duration);
    personDays = effort ?? days * n;
  } else if (effort !== undefined) {
    // The epsilon keeps 0.3 / 0.1 style float noise from adding a whole day.
    days = Math.ceil(effort / n - 1e-9);
    personDays = effort;
  } else {
    days = 1;
    personDays = n;
  }
  days = Math.min(MAX_DURATION, Math.max(0, days));
  return { duration: days, effort: personDays, milestone: days === 0 };
}

function readLag(value: unknown): number {
  return typeof value === 'number' && Number.isFinite(value)
    ? Math.max(-MAX_DURATION, Math.min(MAX_DURATION, Math.round(value)))
    : 0;
}

export function buildNetwork(plan: Plan | undefined): TaskNetwork {
  const tasks: PlannedTask[] = [];
  const rawTasks: Task[] = [];
  const phases = isRecord(plan) && Array.isArray(plan.phases) ? plan.phases : [];
  phases.forEach((phase, i) => {
    if (!isRecord(phase) || !Array.isArray(phase.tasks)) return;
    const phaseId = text(phase.id);
    const phaseName = text(phase.name) ?? phaseId ?? '';
    phase.tasks.forEach((task, j) => {
      if (!isRecord(task)) return;
      const id = text(task.id);
      const assignees = readAssignees(task);
      const size = measure(task, assignees.length);
      tasks.push({
        index: tasks.length,
        id: id ?? `_p${i}_t${j}`,
        generatedId: id === undefined,
        name: text(task.name) ?? id ?? '',
        phaseId,
        phaseName,
        path: ['plan', 'phases', i, 'tasks', j],
        ...size,
        assignees,
        owner: text(task.owner),
        pinnedDay: parseIsoDate(task.start),
      });
      rawTasks.push(task);
    });
  });

  // Dependencies resolve against ids written in the file only; with duplicate ids the first task wins.
  const indexById = new Map<Id, number>();
  for (const t of tasks) if (!t.generatedId && !indexById.has(t.id)) indexById.set(t.id, t.index);

  const links: TaskLink[] = [];
  rawTasks.forEach((task, to) => {
    const deps: unknown[] = Array.isArray(task.dependsOn)
      ? task.dependsOn
      : typeof task.dependsOn === 'string'
        ? [task.dependsOn]
        : [];
    for (const dep of deps) {
      const target = typeof dep === 'string' ? dep : isRecord(dep) ? dep.task : undefined;
      const from = typeof target === 'string' ? indexById.get(target) : undefined;
      if (from === undefined) continue; // unknown ids are the checker's business, not the scheduler's
      links.push({ from, to, lag: isRecord(dep) ? readLag(dep.lag) : 0 });
    }
  });
  return { tasks, links };
}
