import { ruleMessages } from '../messages/ruleMessages';
import { allTasks } from './planTasks';
import { itemPath, type RuleContext } from './ruleContext';

/** PS219: a task that is not a milestone and has neither duration nor effort: its length is a guess. */
export function taskDurations(ctx: RuleContext): void {
  for (const { task, path } of allTasks(ctx.proposal)) {
    if (task.milestone || task.duration !== undefined || task.effort !== undefined) continue;
    ctx.report({
      code: 'PS219',
      path: itemPath(path, task),
      message: ruleMessages.taskWithoutDuration(task.id ?? task.name ?? '?'),
      data: { id: task.id ?? '' },
    });
  }
}
