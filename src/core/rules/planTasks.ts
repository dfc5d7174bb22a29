import type { ValuePath } from '../locate';
import type { Id, Proposal, Task } from '../model';

/** A task with where it sits in the file (the first one when an id is duplicated). */
export interface LocatedTask {
  task: Task;
  path: ValuePath;
}

/** Tasks of all phases by id, in one pass; rules about the plan share it. */
export function tasksById(p: Proposal): Map<Id, LocatedTask> {
  const byId = new Map<Id, LocatedTask>();
  p.plan?.phases?.forEach((phase, pi) => {
    phase.tasks?.forEach((task, ti) => {
      if (task.id && !byId.has(task.id)) byId.set(task.id, { task, path: ['plan', 'phases', pi, 'tasks', ti] });
    });
  });
  return byId;
}

/** Every task with its path, duplicates and id-less tasks included. */
export function allTasks(p: Proposal): LocatedTask[] {
  const out: LocatedTask[] = [];
  p.plan?.phases?.forEach((phase, pi) => {
    phase.tasks?.forEach((task, ti) => out.push({ task, path: ['plan', 'phases', pi, 'tasks', ti] }));
  });
  return out;
}

/** Path of the `dependsOn` entry of `from` that names `to`, if any. */
export function dependencyPath(from: LocatedTask, to: Id): ValuePath | undefined {
  const deps = from.task.dependsOn ?? [];
  for (const [i, d] of deps.entries()) {
    if (d === to) return [...from.path, 'dependsOn', i];
    if (typeof d === 'object' && d.task === to) return [...from.path, 'dependsOn', i, 'task'];
  }
  return undefined;
}

export function dependencyId(d: NonNullable<Task['dependsOn']>[number]): Id | undefined {
  return typeof d === 'string' ? d : d.task;
}
