import { BUDGET_CATEGORIES, type Budget, type BudgetCategory, type Id, type Proposal } from '../model';
import type { CostRollup, CustomerCost, Schedule } from './types';

/**
 * The cost rollup: labour from the plan + budget lines + contingency.
 *
 *  - Labour: each task's effort is split evenly across its assignees (default: the owner) and each
 *    share costs that member's `dayRate`. Members without a day rate, and assignees who are not on
 *    the team, cost 0 (the checker reports them). Skipped entirely when `budget.includeLabour` is false.
 *  - Lines: quantity (default 1) x unitCost (default 0), under their category (missing or unknown:
 *    `other`). Negative amounts are kept: discounts and credits are real budget lines.
 *    RECURRING lines are NOT multiplied by the plan length: the quantity already states how many
 *    periods are bought (12 x "Cloud hosting, per month" is a year). The plan's length says nothing
 *    about how long the customer keeps paying for hosting or support after go-live.
 *  - `byCategory.labour` holds plan labour plus `labour` lines, so the categories add up to `subtotal`.
 *  - subtotal = labour + lines; contingency = subtotal x contingency% (default 0); total = subtotal + contingency.
 *  - Two totals. `total` is the full price: internal lines and the labour of internal team members
 *    count (the internal view and the margin talk need them). `customer.total` is what the customer
 *    documents show: those are left out, exactly as customer exports leave them out. `budget.cap` is
 *    the customer's budget, so it is compared with the figure the customer reads (PS212).
 *  - Money is rounded to 2 decimals once, at the end; currency is `budget.currency` or ''.
 */

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function finite(value: unknown): number | undefined {
  return typeof value === 'number' && Number.isFinite(value) ? value : undefined;
}

/** Half away from zero, cent precision; the epsilon keeps 1.005 from becoming 1.00. */
export function roundMoney(value: number): number {
  const cents = Math.round(Math.abs(value) * 100 + 1e-7) / 100;
  return value < 0 && cents !== 0 ? -cents : cents; // never -0: it would print as "-0.00" in places
}

/** Own enumerable property even for odd keys such as `__proto__` (ids come from user input). */
function put(record: Record<Id, number>, key: Id, value: number): void {
  Object.defineProperty(record, key, { value, enumerable: true, writable: true, configurable: true });
}

export function rollupCost(p: Proposal, s: Schedule): CostRollup {
  const proposal: Partial<Proposal> = isRecord(p) ? p : {};
  const budget: Budget = isRecord(proposal.budget) ? proposal.budget : {};
  const team = Array.isArray(proposal.team) ? proposal.team : [];

  const rates = new Map<Id, number>();
  const memberOrder: Id[] = [];
  for (const member of team) {
    if (!isRecord(member) || typeof member.id !== 'string' || rates.has(member.id)) continue;
    rates.set(member.id, finite(member.dayRate) ?? 0);
    memberOrder.push(member.id);
  }

  const all = new Tally();
  const customer = new Tally();
  const labourByMemberRaw = new Map<Id, number>();
  if (budget.includeLabour !== false) {
    for (const id of memberOrder) labourByMemberRaw.set(id, 0);
    for (const task of Array.isArray(s?.tasks) ? s.tasks : []) {
      if (task.assignees.length === 0 || !(task.effort > 0)) continue;
      // Split over every assignee in the file. An internal member's work is still done and priced, so
      // the customer total keeps it: hiding a person changes a name on the page, never the price.
      const share = task.effort / task.assignees.length;
      for (const a of task.assignees) {
        const rate = rates.get(a);
        if (rate === undefined) continue;
        all.addLabour(share * rate);
        customer.addLabour(share * rate);
        labourByMemberRaw.set(a, (labourByMemberRaw.get(a) ?? 0) + share * rate);
      }
    }
  }

  for (const line of Array.isArray(budget.lines) ? budget.lines : []) {
    if (!isRecord(line)) continue;
    const amount = (finite(line.quantity) ?? 1) * (finite(line.unitCost) ?? 0);
    const category = BUDGET_CATEGORIES.includes(line.category as BudgetCategory)
      ? (line.category as BudgetCategory)
      : 'other';
    all.addLine(category, amount);
    if (line.internal !== true) customer.addLine(category, amount);
  }

  const contingencyPercent = finite(budget.contingency) ?? 0;
  const full = all.close(contingencyPercent);
  const labourByMember: Record<Id, number> = {};
  for (const [id, amount] of labourByMemberRaw) put(labourByMember, id, roundMoney(amount));

  return {
    currency: typeof budget.currency === 'string' ? budget.currency : '',
    labour: full.labour,
    byCategory: full.byCategory,
    subtotal: full.subtotal,
    contingencyPercent,
    contingency: full.contingency,
    total: full.total,
    customer: customer.close(contingencyPercent),
    cap: finite(budget.cap),
    labourByMember,
  };
}

/** Unrounded sums of one rollup (the full one or the customer's); rounded once, in `close`. */
class Tally {
  private labour = 0;
  private lines = 0;
  private readonly byCategory = new Map<BudgetCategory, number>(BUDGET_CATEGORIES.map((c) => [c, 0]));

  addLabour(amount: number): void {
    this.labour += amount;
    this.byCategory.set('labour', (this.byCategory.get('labour') ?? 0) + amount);
  }

  addLine(category: BudgetCategory, amount: number): void {
    this.lines += amount;
    this.byCategory.set(category, (this.byCategory.get(category) ?? 0) + amount);
  }

  close(contingencyPercent: number): CustomerCost {
    const subtotal = this.labour + this.lines;
    const contingency = (subtotal * contingencyPercent) / 100;
    const byCategory = Object.fromEntries(
      BUDGET_CATEGORIES.map((c) => [c, roundMoney(this.byCategory.get(c) ?? 0)]),
    ) as Record<BudgetCategory, number>;
    return {
      labour: roundMoney(this.labour),
      byCategory,
      subtotal: roundMoney(subtotal),
      contingency: roundMoney(contingency),
      total: roundMoney(subtotal + contingency),
    };
  }
}
