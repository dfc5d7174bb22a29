import { ruleMessages } from '../messages/ruleMessages';
import type { RuleContext } from './ruleContext';
import { formatNumber } from './formatNumber';

/** Rounding noise from fractional efforts must not raise a warning. */
const EPSILON = 1e-6;

/**
 * PS211: a team member booked above their allocation (default 100%) in some week, from the
 * scheduler's weekly load. One diagnostic per member, on their id, naming the first such week and
 * how many weeks are over. People not on the team are PS210's business.
 */
export function overAllocation(ctx: RuleContext): void {
  const memberIndex = new Map<string, number>();
  ctx.proposal.team?.forEach((m, i) => {
    if (m.id && !memberIndex.has(m.id)) memberIndex.set(m.id, i);
  });
  for (const load of ctx.schedule.load) {
    const index = memberIndex.get(load.memberId);
    if (index === undefined) continue;
    const limit = ctx.proposal.team?.[index]?.allocation ?? load.allocation;
    const over = load.weeks.filter((w) => w.percent > limit + EPSILON);
    const first = over[0];
    if (!first) continue;
    ctx.report({
      code: 'PS211',
      path: ['team', index, 'id'],
      message: ruleMessages.overAllocated(
        load.memberId,
        first.weekStart,
        formatNumber(first.percent, 0),
        formatNumber(limit, 0),
        over.length,
      ),
      data: {
        member: load.memberId,
        weekStart: first.weekStart,
        percent: first.percent,
        allocation: limit,
        weeks: over.length,
      },
    });
  }
}
