import { ruleMessages } from '../messages/ruleMessages';
import { formatAmount } from './formatNumber';
import type { RuleContext } from './ruleContext';

/** Cent rounding must not turn an exactly-on-cap budget into an error. */
const TOLERANCE = 0.005;

/** PS212: the cost rollup's total (labour, lines, contingency) is above `budget.cap`. */
export function budgetCap(ctx: RuleContext): void {
  const cap = ctx.proposal.budget?.cap;
  const { total, currency } = ctx.cost;
  if (cap === undefined || !(total > cap + TOLERANCE)) return;
  ctx.report({
    code: 'PS212', path: ['budget', 'cap'],
    message: ruleMessages.budgetOverCap(formatAmount(total, currency), formatAmount(cap, currency)),
    data: { total, cap, currency },
  });
}
