import { ruleMessages } from '../messages/ruleMessages';
import { itemPath, type RuleContext } from './ruleContext';

type SmartPart = 'metric' | 'target' | 'deadline';

/** PS206: a goal without a metric, a target or a deadline; one diagnostic naming every missing part. */
export function smartGoals(ctx: RuleContext): void {
  ctx.proposal.goals?.forEach((goal, i) => {
    const missing: SmartPart[] = [];
    if (!goal.metric?.trim()) missing.push('metric');
    if (goal.target === undefined || (typeof goal.target === 'string' && !goal.target.trim())) missing.push('target');
    if (!goal.deadline?.trim()) missing.push('deadline');
    if (missing.length === 0) return;
    ctx.report({
      code: 'PS206',
      path: itemPath(['goals', i], goal),
      message: ruleMessages.goalNotSmart(goal.id ?? `#${i + 1}`, missing),
      data: { missing },
    });
  });
}
