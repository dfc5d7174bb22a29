import { ruleMessages } from '../messages/ruleMessages';
import { formatAmount } from './formatNumber';
import type { RuleContext } from './ruleContext';

/** Cent rounding must not turn an exactly-on-cap budget into an error. */
const TOLERANCE = 0.005;

/**
 * PS212: the customer total is above `budget.cap`. The cap is the customer's budget, so it is held
 * against what the customer documents show (`cost.customer.total`: internal lines and internal
 * members' labour left out), not against the full internal price; the message names both when
 * they differ, so nobody mistakes one for the other.
 */
export function budgetCap(ctx: RuleContext): void {
  const cap = ctx.proposal.budget?.cap;
  const { total, customer, currency } = ctx.cost;
  const customerTotal = customer.total;
  if (cap === undefined || !(customerTotal > cap + TOLERANCE)) return;
  const amount = (n: number): string => formatAmount(n, currency);
  ctx.report({
    code: 'PS212',
    path: ['budget', 'cap'],
    message:
      Math.abs(total - customerTotal) < TOLERANCE
        ? ruleMessages.budgetOverCap(amount(customerTotal), amount(cap))
        : ruleMessages.budgetOverCapWithInternal(amount(customerTotal), amount(cap), amount(total)),
    data: { customerTotal, total, cap, currency },
  });
}
