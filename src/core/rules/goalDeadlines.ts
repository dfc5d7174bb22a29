import { ruleMessages } from '../messages/ruleMessages';
import { parseIsoDate } from '../schedule';
import type { RuleContext } from './ruleContext';

/**
 * PS205: the plan's last working day falls after a goal's deadline (reported on the deadline).
 * Without `plan.start` the scheduler dates the plan from a placeholder day, so there is nothing to
 * compare (PS215 asks for the start instead).
 */
export function goalDeadlines(ctx: RuleContext): void {
  if (!ctx.proposal.plan?.start) return;
  const end = ctx.schedule.end;
  const endDay = end === undefined ? undefined : parseIsoDate(end);
  if (end === undefined || endDay === undefined) return;
  ctx.proposal.goals?.forEach((goal, i) => {
    const deadline = goal.deadline === undefined ? undefined : parseIsoDate(goal.deadline);
    if (deadline === undefined || goal.deadline === undefined || endDay <= deadline) return;
    ctx.report({
      code: 'PS205',
      path: ['goals', i, 'deadline'],
      message: ruleMessages.planAfterDeadline(goal.id ?? `#${i + 1}`, goal.deadline, end),
      data: { goal: goal.id ?? '', deadline: goal.deadline, planEnd: end },
    });
  });
}
